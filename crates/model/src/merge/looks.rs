//! Which of B's ministries are A's: the same code (codes ignore case, as everywhere),
//! or a code the facilitator matched. Codes that only look alike (0 for O, 1 for l, a
//! Cyrillic letter for a Latin one) and one name under two codes are listed, and kept
//! apart unless matched.

use std::collections::BTreeMap;

use super::MergeError;
use crate::edit::Edit;
use crate::ids::MinistryId;
use crate::workspace::Workspace;

/// Two ministries, one in each file, that may be the same.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookalike {
    /// B's code, and A's code it looks like.
    pub b: MinistryId,
    pub a: MinistryId,
    /// Why: `code` (the codes look alike) or `name` (the same name).
    pub why: &'static str,
}

pub(super) struct Ministries {
    /// B's code → the merged workspace's code.
    pub map: BTreeMap<MinistryId, MinistryId>,
    /// B's ministries A lacks, added.
    pub added: Vec<Edit>,
    pub lookalikes: Vec<Lookalike>,
    pub notes: Vec<String>,
}

pub(super) fn map_ministries(
    a: &Workspace,
    b: &Workspace,
    matches: &BTreeMap<String, String>,
) -> Result<Ministries, MergeError> {
    for (from, to) in matches {
        if b.find_ministry(from).is_none() {
            return Err(MergeError::UnknownMatch(from.clone()));
        }
        if a.find_ministry(to).is_none() {
            return Err(MergeError::UnknownMatch(to.clone()));
        }
    }
    let mut out = Ministries {
        map: BTreeMap::new(),
        added: Vec::new(),
        lookalikes: Vec::new(),
        notes: Vec::new(),
    };
    for bm in b.ministries() {
        let matched = matches
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(bm.id.as_str()))
            .and_then(|(_, to)| a.find_ministry(to))
            .or_else(|| a.find_ministry(bm.id.as_str()));
        if let Some(am) = matched {
            if am.id != bm.id {
                out.notes.push(format!(
                    "ministry {} of the other file is {} here",
                    bm.id, am.id
                ));
            }
            if (&am.name, &am.cluster) != (&bm.name, &bm.cluster) {
                out.notes.push(format!(
                    "ministry {}: kept the first file's name and cluster ({}); the other file says {} ({})",
                    am.id,
                    am.name,
                    bm.name,
                    bm.id
                ));
            }
            out.map.insert(bm.id.clone(), am.id.clone());
            continue;
        }
        for am in a.ministries() {
            let why = if skeleton(am.id.as_str()) == skeleton(bm.id.as_str()) {
                "code"
            } else if am.name.trim().eq_ignore_ascii_case(bm.name.trim()) {
                "name"
            } else {
                continue;
            };
            out.lookalikes.push(Lookalike {
                b: bm.id.clone(),
                a: am.id.clone(),
                why,
            });
        }
        out.map.insert(bm.id.clone(), bm.id.clone());
        out.added.push(Edit::AddMinistry {
            ministry: Box::new(bm.clone()),
            position: None,
        });
    }
    Ok(out)
}

/// A code with look-alike characters folded together: `M0SW`, `MoSW` and `MОSW` (a
/// Cyrillic О) all give `mosw`.
fn skeleton(code: &str) -> String {
    code.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '0' | 'о' | 'ο' => 'o',
            '1' | 'l' | 'і' | 'ı' | '|' => 'i',
            'а' => 'a',
            'е' => 'e',
            'с' => 'c',
            'р' => 'p',
            'х' => 'x',
            'у' => 'y',
            '5' | 'ѕ' => 's',
            '_' | ' ' | '.' => '-',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::skeleton;

    #[test]
    fn look_alike_codes_share_a_skeleton() {
        assert_eq!(skeleton("M0SW"), skeleton("MoSW"));
        assert_eq!(skeleton("MОSW"), skeleton("mosw"), "Cyrillic O");
        assert_eq!(skeleton("FlD"), skeleton("FID"));
        assert_ne!(skeleton("MoSW"), skeleton("MoWCA"));
    }
}
