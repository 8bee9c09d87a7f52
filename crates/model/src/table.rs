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

/// The letters of join and table codes: Crockford's base 32 (digits and capitals
/// without I, L, O and U), so that what is read off a projector or a sheet is typed
/// back without doubt; [`normalize_code`] maps the look-alikes.
pub const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// A join code is read off the projector: 6 characters (32^6, about a billion).
pub const JOIN_CODE_LEN: usize = 6;
/// A table code is on a printed sheet (and its QR code): 8 characters (32^8, about
/// 1.1 million million), out of reach of guessing at the server's limits.
pub const TABLE_CODE_LEN: usize = 8;

/// `len` characters of [`CODE_ALPHABET`], from the operating system's random source.
pub fn random_code(len: usize) -> String {
    let mut bytes = vec![0u8; len];
    random_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(CODE_ALPHABET[usize::from(b % 32)]))
        .collect()
}

/// Fill `out` from the operating system's random source.
pub fn random_bytes(out: &mut [u8]) {
    if getrandom::fill(out).is_err() {
        // No random source answered (never seen on a desktop): the system's hasher
        // keys rather than nothing.
        fallback_bytes(out);
    }
}

fn fallback_bytes(out: &mut [u8]) {
    use std::hash::{BuildHasher, Hasher, RandomState};
    let mut h = RandomState::new().build_hasher();
    // `RandomState` is seeded from the system's random source where there is one.
    h.write_usize(out.len());
    for chunk in out.chunks_mut(8) {
        let bits = h.finish().to_le_bytes();
        chunk.copy_from_slice(&bits[..chunk.len()]);
        h.write_u64(u64::from_le_bytes(bits));
    }
}

/// A code as a person typed it, made the code it means: upper case, spaces and
/// dashes dropped, O read as 0 and I or L as 1. Codes of older versions (which had
/// none of 0, O, 1, I and L) are unchanged by it.
pub fn normalize_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

/// Whether `code` can be a table or join code: 6 to 12 letters and digits (older
/// versions made 6 of another alphabet, still valid).
pub fn is_valid_code(code: &str) -> bool {
    (JOIN_CODE_LEN..=12).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric())
        && code.bytes().all(|b| !b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_avoid_look_alikes_and_differ() {
        let codes: Vec<String> = (0..200).map(|_| random_code(TABLE_CODE_LEN)).collect();
        for c in &codes {
            assert_eq!(c.len(), 8);
            assert!(!c.contains(['O', 'I', 'L', 'U']), "{c}");
            assert_eq!(normalize_code(c), *c, "a code is its own normal form");
            assert!(is_valid_code(c), "{c}");
        }
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len(), "codes repeat: {codes:?}");
        // Every letter of the alphabet turns up: the draw is not biased away from any.
        let all: std::collections::BTreeSet<char> = codes.concat().chars().collect();
        assert_eq!(all.len(), 32);
    }

    #[test]
    fn typed_codes_are_forgiven() {
        assert_eq!(normalize_code("ab1o-il 2"), "AB1011 2".replace(' ', ""));
        assert_eq!(
            normalize_code(" 9udthn "),
            "9UDTHN",
            "an older code stays as it was"
        );
        assert!(!is_valid_code("../x"));
        assert!(!is_valid_code(""));
        assert!(!is_valid_code("abcdef"), "codes are stored in capitals");
        assert!(is_valid_code("9UDTHN"));
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
