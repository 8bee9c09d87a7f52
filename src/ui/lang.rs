//! The interface language: the person's choice (View › Language, kept with the window's
//! preferences), the system's language by default, and the texts for it kept in egui's
//! context, so that every drawing function reaches them through its `Ui`. Switching
//! replaces the texts between frames: nothing restarts and nothing is lost.

use std::sync::Arc;

pub use codi_i18n::{Catalog, Digits, Texts};

fn key() -> egui::Id {
    egui::Id::unique("codi-interface-texts")
}

/// Make `texts` the ones every drawing function reads from now on.
pub fn install(ctx: &egui::Context, texts: Arc<Texts>) {
    ctx.data_mut(|d| d.insert_temp(key(), texts));
}

/// The interface's texts (English before any were installed).
pub fn texts(ctx: &egui::Context) -> Arc<Texts> {
    ctx.data(|d| d.get_temp::<Arc<Texts>>(key()))
        .unwrap_or_else(|| ENGLISH.clone())
}

/// One message in the interface language.
pub fn tr(ui: &egui::Ui, id: &str) -> String {
    texts(ui.ctx()).get(id)
}

static ENGLISH: std::sync::LazyLock<Arc<Texts>> =
    std::sync::LazyLock::new(|| Catalog::shipped().english());

/// The language to show: the chosen one when it is on offer, else the system's
/// language (a locale such as `bn-BD`) when it is one of ours, else English.
pub fn initial(catalog: &Catalog, chosen: Option<&str>, system: Option<&str>) -> String {
    chosen
        .filter(|code| catalog.languages().iter().any(|l| l.code == *code))
        .or_else(|| catalog.best_for(system?))
        .unwrap_or(codi_i18n::ENGLISH)
        .to_owned()
}

/// The system's locale, e.g. `bn-BD`.
pub fn system_locale() -> Option<String> {
    sys_locale::get_locale()
}

/// Bangla is written with Bangla digits unless the person chose Latin ones.
pub fn digits(code: &str, latin: bool) -> Digits {
    if code == "bn" && !latin {
        Digits::Bangla
    } else {
        Digits::Latin
    }
}

/// The languages on offer (shipped, and any in the data folder's `languages`), the one
/// shown, and what was wrong with a dropped-in one.
pub struct Languages {
    pub catalog: Catalog,
    pub texts: Arc<Texts>,
    /// One line per fault in a dropped-in language, shown once at start.
    pub problems: Vec<String>,
}

impl Languages {
    /// `chosen` (this run's or the saved choice) wins over the `system` locale.
    pub fn new(
        data_dir: Option<&std::path::Path>,
        chosen: Option<&str>,
        system: Option<&str>,
        latin: bool,
    ) -> Self {
        let (catalog, problems) = match data_dir {
            Some(dir) => Catalog::with_folder(&dir.join("languages")),
            None => (Catalog::shipped(), vec![]),
        };
        let code = initial(&catalog, chosen, system);
        let texts = catalog.texts(&code, digits(&code, latin));
        Self {
            catalog,
            texts,
            problems: problems.iter().map(ToString::to_string).collect(),
        }
    }

    pub fn choose(&mut self, code: &str, latin: bool) {
        self.texts = self.catalog.texts(code, digits(code, latin));
    }

    pub fn code(&self) -> &str {
        self.texts.code()
    }

    /// (code, its own name) for each language on offer.
    pub fn offered(&self) -> Vec<(String, String)> {
        let l = self.catalog.languages();
        l.iter().map(|l| (l.code.clone(), l.name.clone())).collect()
    }
}
