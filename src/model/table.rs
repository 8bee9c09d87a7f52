//! Table scoring: each ministry's table proposes its own answers for a round, from a
//! browser on the local network. A [`Proposal`] is kept beside the agreed answer, never
//! in its place; a [`Table`] is the ministry's access for one round (its code) and when
//! it started and submitted.

use serde::{Deserialize, Serialize};

use super::score::Answer;

/// The longest free text kept in one field (a table's rationale, an action, a note),
/// in characters.
pub const MAX_TEXT: usize = 4000;

/// Refuse a text longer than [`MAX_TEXT`], naming the field.
pub fn check_len(field: &'static str, text: &str) -> Result<(), super::workspace::ModelError> {
    let len = text.chars().count();
    if len > MAX_TEXT {
        return Err(super::workspace::ModelError::TextTooLong {
            field,
            len,
            max: MAX_TEXT,
        });
    }
    Ok(())
}

/// A table's proposal for one area: the level (or NA, NI) it chose, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Saves so far. A device says which one it started from, so it learns when
    /// another device at the table saved in between.
    #[serde(default)]
    pub revision: u32,
    /// When it was last saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved: Option<jiff::Timestamp>,
}

impl Proposal {
    /// Whether the table has put anything in it.
    pub fn is_answered(&self) -> bool {
        self.answer.is_some()
    }

    /// Same content, whatever the revision and time.
    pub fn same_content(&self, other: &Proposal) -> bool {
        self.answer == other.answer
            && self.rationale == other.rationale
            && self.evidence == other.evidence
    }
}

/// A ministry's table in one round: its access code and progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// The code in the table's address: random, without look-alike characters.
    pub code: String,
    /// First save from the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<jiff::Timestamp>,
    /// When the table pressed Submit (cleared when it reopens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted: Option<jiff::Timestamp>,
    /// A note from the facilitator, shown on the table's devices ("look at area 4 again").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Table {
    pub fn new(code: String) -> Self {
        Self {
            code,
            started: None,
            submitted: None,
            note: String::new(),
        }
    }
}

/// Six characters from an alphabet without look-alikes (no 0/O, 1/I/L): join and
/// table codes. Random from the system's hasher keys and the clock.
pub fn random_code() -> String {
    use std::hash::{BuildHasher, Hasher, RandomState};
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut h = RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let mut bits = h.finish();
    (0..6)
        .map(|_| {
            let c = ALPHABET[(bits % ALPHABET.len() as u64) as usize];
            bits /= ALPHABET.len() as u64;
            char::from(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_avoid_look_alikes_and_differ() {
        let codes: Vec<String> = (0..50).map(|_| random_code()).collect();
        for c in &codes {
            assert_eq!(c.len(), 6);
            assert!(!c.contains(['0', 'O', '1', 'I', 'L']), "{c}");
        }
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert!(unique.len() >= 49, "codes repeat: {codes:?}");
    }

    #[test]
    fn a_proposal_round_trips_and_a_blank_one_is_small() {
        let p = Proposal {
            answer: Some(Answer::NotApplicable),
            rationale: "প্রতিষ্ঠিত\nline two".into(),
            ..Proposal::default()
        };
        let json = serde_json::to_string(&p).unwrap();
        let back: Proposal = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(
            serde_json::to_string(&Proposal::default()).unwrap(),
            r#"{"revision":0}"#
        );
    }
}
