//! The languages the window speaks. The interface language is the person's choice
//! (View › Language, kept with the window's preferences; the system's language by
//! default). The room's language, for what the projector and the phones show and for
//! the reports, is the workspace's. Both sets of texts sit in egui's context, so that
//! every drawing function reaches them through its `Ui`. Switching replaces them
//! between frames: nothing restarts and nothing is lost.

use std::sync::Arc;

pub use codi_i18n::{Catalog, Digits, Texts};

fn key() -> egui::Id {
    egui::Id::unique("codi-texts")
}

/// What the drawing functions read: the two languages' texts and the offer.
#[derive(Clone)]
pub struct Shown {
    pub interface: Arc<Texts>,
    pub room: Arc<Texts>,
    /// (code, its own name) for each language on offer.
    pub offered: Arc<Vec<(String, String)>>,
}

/// Make these the texts every drawing function reads from now on.
pub fn install(ctx: &egui::Context, shown: Shown) {
    ctx.data_mut(|d| d.insert_temp(key(), shown));
}

fn shown(ctx: &egui::Context) -> Option<Shown> {
    ctx.data(|d| d.get_temp::<Shown>(key()))
}

/// The interface's texts (English before any were installed).
pub fn texts(ctx: &egui::Context) -> Arc<Texts> {
    shown(ctx).map_or_else(|| ENGLISH.clone(), |s| s.interface)
}

/// The room's texts: the workspace's language, for the projector and the phones.
pub fn room_texts(ctx: &egui::Context) -> Arc<Texts> {
    shown(ctx).map_or_else(|| ENGLISH.clone(), |s| s.room)
}

/// The languages on offer, (code, own name).
pub fn offered(ctx: &egui::Context) -> Arc<Vec<(String, String)>> {
    shown(ctx).map(|s| s.offered).unwrap_or_default()
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
    /// The workspace's language, for the room and the reports.
    pub room: Arc<Texts>,
    latin: bool,
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
            room: catalog.english(),
            latin,
            catalog,
            texts,
            problems: problems.iter().map(ToString::to_string).collect(),
        }
    }

    pub fn choose(&mut self, code: &str, latin: bool) {
        self.latin = latin;
        self.texts = self.catalog.texts(code, digits(code, latin));
        let room = self.room.code().to_owned();
        self.room = self.catalog.texts(&room, digits(&room, latin));
    }

    /// Follow the workspace's language (`None`: English); cheap when it is unchanged.
    pub fn follow_workspace(&mut self, tag: Option<&str>) {
        let code = tag.unwrap_or(codi_i18n::ENGLISH);
        if self.room.code() != code {
            self.room = self.catalog.texts(code, digits(code, self.latin));
        }
    }

    pub fn shown(&self) -> Shown {
        Shown {
            interface: self.texts.clone(),
            room: self.room.clone(),
            offered: Arc::new(self.offered_for_rooms()),
        }
    }

    /// The languages a workspace may be shown in: all but the pseudo-locale.
    fn offered_for_rooms(&self) -> Vec<(String, String)> {
        let mut all = self.offered();
        all.retain(|(code, _)| code != codi_i18n::PSEUDO);
        all
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

/// A date the language's way: `৪ আগস্ট ২০২৪` with Bangla digits, `2024-08-04` otherwise.
pub fn date(t: &Texts, d: jiff::civil::Date) -> String {
    let (month, day) = (u8::try_from(d.month()), u8::try_from(d.day()));
    match (month, day) {
        (Ok(m), Ok(dd)) => codi_i18n::date(t.digits(), i32::from(d.year()), m, dd),
        _ => d.to_string(),
    }
}
