//! Every word a person reads, by language: the message catalogue (Project Fluent `.ftl`
//! files under `assets/i18n/<code>/`), the shipped languages, a pseudo-locale that finds
//! cut and hard-coded text, languages a translator drops into the data folder, and
//! Bangla digits and dates. English is the reference: a message missing in another
//! language falls back to it.
//!
//! Machine contracts stay English and do not come from here: CSV and workbook column
//! names, the command line's options, file format ids and error codes.

mod catalog;
pub mod check;
mod forms;
mod pseudo;

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use catalog::{Catalog, Language, Problem};
pub use fluent_bundle::FluentValue as Value;
pub use forms::{Digits, bangla_digits, date};

/// The reference language.
pub const ENGLISH: &str = "en";
/// The pseudo-locale: English with accents, about 40% longer, in brackets.
pub const PSEUDO: &str = "en-XA";

/// The languages that ship inside the program, with their `.ftl` files.
pub const SHIPPED: &[(&str, &[(&str, &str)])] = &[
    (
        "en",
        &[
            ("app.ftl", include_str!("../../../assets/i18n/en/app.ftl")),
            (
                "phone.ftl",
                include_str!("../../../assets/i18n/en/phone.ftl"),
            ),
            (
                "report.ftl",
                include_str!("../../../assets/i18n/en/report.ftl"),
            ),
            (
                "workbook.ftl",
                include_str!("../../../assets/i18n/en/workbook.ftl"),
            ),
        ],
    ),
    (
        "bn",
        &[
            ("app.ftl", include_str!("../../../assets/i18n/bn/app.ftl")),
            (
                "phone.ftl",
                include_str!("../../../assets/i18n/bn/phone.ftl"),
            ),
            (
                "report.ftl",
                include_str!("../../../assets/i18n/bn/report.ftl"),
            ),
            (
                "workbook.ftl",
                include_str!("../../../assets/i18n/bn/workbook.ftl"),
            ),
        ],
    ),
    (
        "es",
        &[
            ("app.ftl", include_str!("../../../assets/i18n/es/app.ftl")),
            (
                "phone.ftl",
                include_str!("../../../assets/i18n/es/phone.ftl"),
            ),
            (
                "report.ftl",
                include_str!("../../../assets/i18n/es/report.ftl"),
            ),
            (
                "workbook.ftl",
                include_str!("../../../assets/i18n/es/workbook.ftl"),
            ),
        ],
    ),
    (
        "fr",
        &[
            ("app.ftl", include_str!("../../../assets/i18n/fr/app.ftl")),
            (
                "phone.ftl",
                include_str!("../../../assets/i18n/fr/phone.ftl"),
            ),
            (
                "report.ftl",
                include_str!("../../../assets/i18n/fr/report.ftl"),
            ),
            (
                "workbook.ftl",
                include_str!("../../../assets/i18n/fr/workbook.ftl"),
            ),
        ],
    ),
];

/// One language's messages, ready to format. Cheap to share (`Arc`).
pub struct Texts {
    code: String,
    bundle: FluentBundle<FluentResource>,
    /// English, for messages this language lacks; `None` for English itself.
    fallback: Option<Arc<Texts>>,
    digits: Digits,
    pseudo: bool,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({})", self.code)
    }
}

impl Texts {
    /// A language from its `.ftl` sources. Malformed entries are skipped here; the
    /// catalogue reports them.
    fn build(
        code: &str,
        sources: &[String],
        fallback: Option<Arc<Texts>>,
        digits: Digits,
        pseudo: bool,
    ) -> Self {
        let lang: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // egui and the PDFs lay out left-to-right text only: no isolation marks.
        bundle.set_use_isolating(false);
        if digits == Digits::Bangla {
            bundle.set_formatter(Some(forms::bangla_number));
        }
        if pseudo {
            bundle.set_transform(Some(pseudo::transform));
        }
        for source in sources {
            let res = FluentResource::try_new(source.clone()).unwrap_or_else(|(res, _)| res);
            // A repeated id keeps the first; the catalogue reports it.
            let _ = bundle.add_resource(res);
        }
        Self {
            code: code.to_owned(),
            bundle,
            fallback,
            digits,
            pseudo,
        }
    }

    /// The language's code, as in the folder name (`bn`, `en-XA`).
    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn digits(&self) -> Digits {
        self.digits
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// A message with variables: `t.with("rows-read", &[("n", 3.into())])`.
    pub fn with(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            fa.set(*name, value.clone());
        }
        self.format(id, None, Some(&fa))
    }

    /// A message's attribute (`.tooltip`), or `None` when neither this language nor
    /// English has it.
    pub fn attr(&self, id: &str, attr: &str) -> Option<String> {
        let has = |t: &Texts| {
            t.bundle
                .get_message(id)
                .is_some_and(|m| m.get_attribute(attr).is_some())
        };
        (has(self) || self.fallback.as_deref().is_some_and(has))
            .then(|| self.format(id, Some(attr), None))
    }

    /// Numbers written the language's way (Bangla digits where chosen).
    pub fn number(&self, text: &str) -> String {
        match self.digits {
            Digits::Bangla => bangla_digits(text),
            Digits::Latin => text.to_owned(),
        }
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        let pattern = self.bundle.get_message(id).and_then(|m| match attr {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        });
        let Some(pattern) = pattern else {
            return match &self.fallback {
                Some(english) => english.format(id, attr, args),
                // Not in English either: a programming slip that the catalogue tests
                // catch; show the id rather than nothing.
                None => id.to_owned(),
            };
        };
        let mut errors = vec![];
        let text: Cow<'_, str> = self.bundle.format_pattern(pattern, args, &mut errors);
        if self.pseudo {
            format!("[{text}]")
        } else {
            text.into_owned()
        }
    }
}

#[cfg(test)]
mod tests;
