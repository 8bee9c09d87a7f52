//! Fields of a workspace file that this build does not know, written by a newer app.
//! They are kept as they were read and written back unchanged when the file is saved,
//! so a file that passes through a laptop with an older release loses nothing. Kept
//! per record: the file's top level, each round and each ministry (by id).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ids::{MinistryId, RoundId};

/// Unknown fields of one record, by name, as read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Unknown(pub BTreeMap<String, serde_json::Value>);

impl Unknown {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// Everything a workspace file held that this build does not know.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    pub top: Unknown,
    pub rounds: BTreeMap<RoundId, Unknown>,
    pub ministries: BTreeMap<MinistryId, Unknown>,
}

impl Kept {
    pub fn is_empty(&self) -> bool {
        self.top.is_empty()
            && self.rounds.values().all(Unknown::is_empty)
            && self.ministries.values().all(Unknown::is_empty)
    }

    /// Where unknown fields are, e.g. `extra_field, rounds[baseline].weather`.
    pub fn describe(&self) -> Vec<String> {
        let mut out: Vec<String> = self.top.names().map(str::to_owned).collect();
        for (id, u) in &self.rounds {
            out.extend(u.names().map(|n| format!("rounds[{id}].{n}")));
        }
        for (id, u) in &self.ministries {
            out.extend(u.names().map(|n| format!("ministries[{id}].{n}")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_where_the_unknown_fields_are() {
        let mut k = Kept::default();
        assert!(k.is_empty());
        k.top.0.insert("sync".into(), serde_json::json!({"a": 1}));
        k.rounds.insert(
            RoundId::new("r1").unwrap(),
            Unknown(BTreeMap::from([(
                "weather".into(),
                serde_json::json!("rain"),
            )])),
        );
        assert!(!k.is_empty());
        assert_eq!(k.describe(), ["sync", "rounds[r1].weather"]);
    }
}
