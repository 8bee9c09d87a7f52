//! Identifiers: area ids, ministry codes and round ids.
//!
//! All three are short, non-empty strings without spaces or control characters, so they
//! can be shown, typed on a command line and used as CSV keys unchanged.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Longest id accepted.
pub const MAX_ID_LEN: usize = 64;

/// Why a string is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("an id must not be empty")]
    Empty,
    #[error("`{0}` is longer than {MAX_ID_LEN} characters")]
    TooLong(String),
    #[error("`{0}` contains a space or control character; use letters, digits, '-', '_' or '.'")]
    BadChar(String),
    #[error(
        "`{0}` contains an invisible or text-direction character (U+{1:04X}), which would let two different ids look the same"
    )]
    Invisible(String, u32),
}

/// Characters that show nothing or reorder text: zero-width spaces and joiners,
/// bidirectional marks, embeddings, overrides and isolates, the soft hyphen, word
/// joiners and invisible operators, and the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{E0000}'..='\u{E0FFF}')
}

/// An id as a message may quote it: control characters escaped (`\n`, `\u{1b}`), so a
/// message stays on one line and cannot drive the terminal, and cut after 64 characters.
pub fn quoted(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(MAX_ID_LEN)
        .flat_map(|c| {
            if c.is_control() || is_invisible(c) {
                c.escape_debug().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    if s.chars().count() > MAX_ID_LEN {
        out.push('…');
    }
    out
}

fn check_id(s: &str) -> Result<(), IdError> {
    if s.is_empty() {
        return Err(IdError::Empty);
    }
    if s.chars().count() > MAX_ID_LEN {
        return Err(IdError::TooLong(quoted(s)));
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(IdError::BadChar(quoted(s)));
    }
    if let Some(c) = s.chars().find(|&c| is_invisible(c)) {
        return Err(IdError::Invisible(quoted(s), u32::from(c)));
    }
    Ok(())
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Validate `s` (surrounding white space is trimmed first).
            pub fn new(s: &str) -> Result<Self, IdError> {
                let s = s.trim();
                check_id(s)?;
                Ok(Self(s.to_owned()))
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, IdError> {
                check_id(&s)?;
                Ok(Self(s))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        // Read as text wherever text is wanted (a lookup, a message); functions that
        // take several ids take them typed, so a string or another kind of id does
        // not fit.
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }
    };
}

id_type!(
    /// A stable area id from the instrument, e.g. `adequacy`.
    AreaId
);
id_type!(
    /// A ministry or division's short code, e.g. `MoSW`.
    MinistryId
);
id_type!(
    /// A round id, e.g. `2022-baseline`.
    RoundId
);

/// One area of one ministry's assessment in one round: where a score lives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScoreRef {
    pub round: RoundId,
    pub ministry: MinistryId,
    /// The instrument's area id (never a position).
    pub area: AreaId,
}

impl ScoreRef {
    pub fn new(round: &RoundId, ministry: &MinistryId, area: &AreaId) -> Self {
        Self {
            round: round.clone(),
            ministry: ministry.clone(),
            area: area.clone(),
        }
    }
}

impl fmt::Display for ScoreRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {} / {}", self.round, self.ministry, self.area)
    }
}

/// Make an id from free text: lower case, runs of other characters become `-`.
/// Falls back to `fallback` when nothing usable is left.
pub fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(MAX_ID_LEN).collect();
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        fallback.to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_codes_and_trims() {
        assert_eq!(MinistryId::new(" MoSW ").unwrap().as_str(), "MoSW");
        assert!(RoundId::new("2022-baseline").is_ok());
    }

    #[test]
    fn rejects_bad_ids() {
        assert_eq!(MinistryId::new("  "), Err(IdError::Empty));
        assert!(matches!(MinistryId::new("Mo SW"), Err(IdError::BadChar(_))));
        assert!(matches!(
            MinistryId::new("a\u{7}"),
            Err(IdError::BadChar(_))
        ));
        assert!(matches!(
            MinistryId::new(&"x".repeat(65)),
            Err(IdError::TooLong(_))
        ));
        for sneaky in [
            "Mo\u{200B}SW",
            "\u{202E}WSoM",
            "MoSW\u{FEFF}",
            "Mo\u{2066}SW",
        ] {
            assert!(
                matches!(MinistryId::new(sneaky), Err(IdError::Invisible(..))),
                "{sneaky:?}"
            );
        }
        assert!(MinistryId::new("মসক").is_ok(), "other scripts are fine");
        // A message quotes a bad id on one line, escaped, and never whole when long.
        let e = MinistryId::new("Mo\nSW\u{1b}[31m").unwrap_err().to_string();
        assert!(!e.contains('\n') && !e.contains('\u{1b}'), "{e:?}");
        assert!(e.contains("Mo\\nSW\\u{1b}[31m"), "{e}");
        let long = MinistryId::new(&"y".repeat(100_000))
            .unwrap_err()
            .to_string();
        assert!(long.len() < 200, "{} bytes", long.len());
        let e: Result<AreaId, _> = serde_json::from_str("\"has space\"");
        assert!(e.unwrap_err().to_string().contains("space"));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Baseline 2022 (Dhaka)", "r"), "baseline-2022-dhaka");
        assert_eq!(slug("  ", "round"), "round");
        assert_eq!(slug("Café – Süd", "r"), "café-süd");
        let long = slug(&"ab ".repeat(40), "r");
        assert_eq!(long.len(), 64);
        assert!(!long.ends_with('-'));
    }
}

/// Ids from literals known to be valid, for tests.
#[cfg(test)]
pub(crate) mod testing {
    pub fn rid(s: &str) -> super::RoundId {
        super::RoundId::new(s).unwrap()
    }
    pub fn mid(s: &str) -> super::MinistryId {
        super::MinistryId::new(s).unwrap()
    }
    pub fn aid(s: &str) -> super::AreaId {
        super::AreaId::new(s).unwrap()
    }
}
