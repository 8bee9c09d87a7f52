//! A language tag as the workspace keeps it (`bn`, `es`, `pt-BR`): the language its
//! reports, room view and phone pages are shown in. Only well-formed tags can be held.

use std::fmt;

/// A well-formed language tag: a 2-3 letter language, then optional subtags of 1-8
/// letters or digits, joined by `-`, at most 35 characters.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageTag(String);

impl LanguageTag {
    pub fn parse(text: &str) -> Result<Self, BadLanguageTag> {
        let mut parts = text.split('-');
        let lang = parts.next().unwrap_or_default();
        let lang_ok = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
        let rest_ok = parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if lang_ok && rest_ok && text.len() <= 35 {
            Ok(Self(text.to_owned()))
        } else {
            Err(BadLanguageTag(text.chars().take(40).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for LanguageTag {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a language tag such as bn, es or pt-BR")]
pub struct BadLanguageTag(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_tags_are_held() {
        for ok in ["bn", "en", "fr", "pt-BR", "en-XA", "ast"] {
            assert_eq!(LanguageTag::parse(ok).unwrap().as_str(), ok);
        }
        for bad in [
            "",
            "b",
            "BN",
            "bengali",
            "bn-",
            "bn_BD",
            "bn-toolongsubtag",
            "e n",
        ] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad}");
        }
    }
}
