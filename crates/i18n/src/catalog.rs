//! The languages on offer: the shipped ones, the pseudo-locale, and any a translator has
//! dropped into a folder (`xx/*.ftl`), each checked against English as it loads.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::check::Source;
use crate::{Digits, ENGLISH, PSEUDO, SHIPPED, Texts};

/// A language on offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    /// Its own name for itself (`বাংলা`), from its `language-name` message.
    pub name: String,
    /// The folder it was read from; `None` when it ships inside the program.
    pub folder: Option<PathBuf>,
}

/// Something wrong with a language's files; the rest of it still loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub language: String,
    pub text: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.language, self.text)
    }
}

/// Every language on offer, with each one's sources; `Texts` are made on request.
#[derive(Clone, Debug)]
pub struct Catalog {
    languages: Vec<Language>,
    sources: BTreeMap<String, Vec<String>>,
    english: Arc<Texts>,
    /// English's message ids, each with its variables.
    ids: Vec<(String, Vec<String>)>,
}

impl Catalog {
    /// The shipped languages and the pseudo-locale. Read once per process (about 3 ms)
    /// and copied after that.
    pub fn shipped() -> Self {
        static SHIPPED_CATALOG: std::sync::LazyLock<Catalog> =
            std::sync::LazyLock::new(Catalog::read_shipped);
        SHIPPED_CATALOG.clone()
    }

    fn read_shipped() -> Self {
        let mut sources: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut languages = vec![];
        for (code, files) in SHIPPED {
            sources.insert(
                (*code).to_owned(),
                files.iter().map(|(_, t)| (*t).to_owned()).collect(),
            );
            languages.push(Language {
                code: (*code).to_owned(),
                name: String::new(),
                folder: None,
            });
        }
        let english_sources = sources.get(ENGLISH).cloned().unwrap_or_default();
        sources.insert(PSEUDO.to_owned(), english_sources.clone());
        languages.push(Language {
            code: PSEUDO.to_owned(),
            name: String::new(),
            folder: None,
        });
        let english = Arc::new(Texts::build(
            ENGLISH,
            &english_sources,
            None,
            Digits::Latin,
            false,
        ));
        let source = Source::read(SHIPPED[0].1.iter().map(|(name, text)| (*name, *text)));
        let ids = source
            .messages
            .into_iter()
            .map(|(id, m)| (id, m.variables.into_iter().collect()))
            .collect();
        let mut catalog = Self {
            languages,
            sources,
            english,
            ids,
        };
        catalog.name_languages();
        catalog
    }

    /// The shipped languages and those in `folder` (one subfolder per language code,
    /// holding `.ftl` files). A language already shipped is replaced by the folder's,
    /// so a translator can correct one without a rebuild. Every fault is reported; no
    /// fault stops the others from loading.
    pub fn with_folder(folder: &Path) -> (Self, Vec<Problem>) {
        let mut catalog = Self::shipped();
        let mut problems = vec![];
        let Ok(entries) = std::fs::read_dir(folder) else {
            return (catalog, problems);
        };
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        let english = Source::read(SHIPPED[0].1.iter().map(|(name, text)| (*name, *text)));
        for dir in dirs {
            let code = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match read_language(&dir, &code, &english) {
                Ok((texts, mut found)) => {
                    problems.append(&mut found);
                    catalog.sources.insert(code.clone(), texts);
                    catalog.languages.retain(|l| l.code != code);
                    catalog.languages.push(Language {
                        code,
                        name: String::new(),
                        folder: Some(dir),
                    });
                }
                Err(p) => problems.push(p),
            }
        }
        catalog.name_languages();
        (catalog, problems)
    }

    fn name_languages(&mut self) {
        for l in &mut self.languages {
            let texts = Texts::build(
                &l.code,
                self.sources.get(&l.code).map_or(&[][..], Vec::as_slice),
                Some(self.english.clone()),
                Digits::Latin,
                l.code == PSEUDO,
            );
            l.name = texts.get("language-name");
        }
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn english(&self) -> Arc<Texts> {
        self.english.clone()
    }

    /// English's message ids, each with the names of its variables.
    pub fn english_messages(&self) -> &[(String, Vec<String>)] {
        &self.ids
    }

    /// A language's texts; English when the code is not on offer.
    pub fn texts(&self, code: &str, digits: Digits) -> Arc<Texts> {
        match self.sources.get(code) {
            Some(_) if code == ENGLISH && digits == Digits::Latin => self.english.clone(),
            Some(sources) => Arc::new(Texts::build(
                code,
                sources,
                (code != ENGLISH).then(|| self.english.clone()),
                digits,
                code == PSEUDO,
            )),
            None => self.english.clone(),
        }
    }

    /// The shipped language that best fits a system locale such as `bn-BD` or `fr_FR`:
    /// its language part, when it is one on offer (the pseudo-locale never is).
    pub fn best_for(&self, locale: &str) -> Option<&str> {
        let lang = locale.split(['-', '_', '.']).next()?.to_ascii_lowercase();
        self.languages
            .iter()
            .find(|l| l.code == lang && l.code != PSEUDO)
            .map(|l| l.code.as_str())
    }
}

/// A dropped-in language's files, read and checked against English.
fn read_language(
    dir: &Path,
    code: &str,
    english: &Source,
) -> Result<(Vec<String>, Vec<Problem>), Problem> {
    let problem = |text: String| Problem {
        language: code.to_owned(),
        text,
    };
    if code.parse::<unic_langid::LanguageIdentifier>().is_err() {
        return Err(problem(format!(
            "{} is not named as a language code (such as bn or pt-BR), so it was not loaded",
            dir.display()
        )));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| problem(format!("cannot read {}: {e}", dir.display())))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut texts = vec![];
    let mut named = vec![];
    let mut problems = vec![];
    for f in &files {
        match std::fs::read_to_string(f) {
            Ok(t) => {
                named.push(f.display().to_string());
                texts.push(t);
            }
            Err(e) => problems.push(problem(format!("cannot read {}: {e}", f.display()))),
        }
    }
    if texts.is_empty() {
        return Err(problem(format!(
            "{} holds no readable .ftl file",
            dir.display()
        )));
    }
    let source = Source::read(
        named
            .iter()
            .map(String::as_str)
            .zip(texts.iter().map(String::as_str)),
    );
    let c = source.compare(english);
    problems.extend(c.malformed.into_iter().map(&problem));
    problems.extend(c.different.into_iter().map(&problem));
    if !c.missing.is_empty() {
        problems.push(problem(format!(
            "{} messages missing (shown in English): {}",
            c.missing.len(),
            c.missing.join(", ")
        )));
    }
    if !c.unused.is_empty() {
        problems.push(problem(format!(
            "{} messages that English does not have (ignored): {}",
            c.unused.len(),
            c.unused.join(", ")
        )));
    }
    Ok((texts, problems))
}
