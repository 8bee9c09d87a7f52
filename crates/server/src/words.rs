//! What the phone and table pages say, in the phone's language: the one it asked for
//! (`?lang=bn`, when that language is on offer), else the workspace's, else English.
//! The page's fixed words are put into its HTML (`{t:message-id}`) and handed to its
//! script as JSON; words with a count (plurals) are formatted here and sent with the
//! state.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use codi_i18n::{Catalog, Digits, Texts};

/// The catalogue and the languages' texts, made once each.
pub struct Words {
    catalog: Catalog,
    made: Mutex<HashMap<String, Arc<Texts>>>,
}

impl Default for Words {
    fn default() -> Self {
        Self {
            catalog: Catalog::shipped(),
            made: Mutex::default(),
        }
    }
}

impl Words {
    /// The texts for a request: `asked` if on offer, else `workspace`, else English.
    pub fn for_request(&self, asked: Option<&str>, workspace: Option<&str>) -> Arc<Texts> {
        let offered = |code: &str| self.catalog.languages().iter().any(|l| l.code == code);
        let code = asked
            .filter(|c| offered(c))
            .or(workspace.filter(|c| offered(c)))
            .unwrap_or(codi_i18n::ENGLISH);
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        made.entry(code.to_owned())
            .or_insert_with(|| {
                let digits = if code == "bn" {
                    Digits::Bangla
                } else {
                    Digits::Latin
                };
                self.catalog.texts(code, digits)
            })
            .clone()
    }

    /// (code, own name) of each language a phone may switch to (not the pseudo-locale).
    pub fn languages(&self) -> Vec<(String, String)> {
        let all = self.catalog.languages().iter();
        all.filter(|l| l.code != codi_i18n::PSEUDO)
            .map(|l| (l.code.clone(), l.name.clone()))
            .collect()
    }

    /// Every message whose id starts with `prefix`, with its variables left as
    /// `{name}` for the page's script to fill in.
    pub fn for_script(
        &self,
        t: &Texts,
        prefix: &str,
    ) -> serde_json::Map<String, serde_json::Value> {
        let mut out = serde_json::Map::new();
        for (id, vars) in self.catalog.english_messages() {
            if !id.starts_with(prefix) {
                continue;
            }
            let holes: Vec<(&str, codi_i18n::Value<'_>)> = vars
                .iter()
                .map(|v| (v.as_str(), format!("{{{v}}}").into()))
                .collect();
            out.insert(id.clone(), t.with(id, &holes).into());
        }
        out
    }
}

/// The language a request asks for, from `lang=` in its query.
pub fn asked(query: Option<&str>) -> Option<String> {
    query?
        .split('&')
        .find_map(|kv| kv.strip_prefix("lang="))
        .filter(|c| c.len() <= 35 && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'))
        .map(str::to_owned)
}

/// `html` with every `{t:message-id}` replaced by that message, escaped for HTML.
pub fn fill(html: &str, t: &Texts) -> String {
    let mut out = String::with_capacity(html.len() + 512);
    let mut rest = html;
    while let Some(at) = rest.find("{t:") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        match after.find('}') {
            Some(end) => {
                out.push_str(&escape(&t.get(&after[..end])));
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[at..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asked_language_wins_when_offered_then_the_workspaces() {
        let w = Words::default();
        assert_eq!(w.for_request(Some("bn"), Some("es")).code(), "bn");
        assert_eq!(w.for_request(Some("xx"), Some("es")).code(), "es");
        assert_eq!(w.for_request(None, None).code(), "en");
        assert_eq!(asked(Some("x=1&lang=fr")), Some("fr".into()));
        assert_eq!(asked(Some("lang=<script>")), None);
    }

    #[test]
    fn pages_get_messages_escaped_and_scripts_get_holes() {
        let w = Words::default();
        let en = w.for_request(None, None);
        assert_eq!(
            fill("<h1>{t:phone-waiting-title}</h1>", &en),
            "<h1>Waiting for the facilitator</h1>"
        );
        let js = w.for_script(&en, "phone-");
        assert_eq!(
            js["phone-your-vote"],
            "Your vote: {vote}. You can change it until voting closes."
        );
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
