//! The instrument: the areas a workshop scores, their texts, and the scale.
//!
//! An [`Instrument`] can only be built through validation (unique ids, 2-10 levels
//! numbered from 1, at least one area, non-empty names, one descriptor per level), so
//! every other part of the app may index it without checking.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::ids::AreaId;
use super::translation::{self, Translation};

/// The default instrument shipped with the app (`scoring/codi.json`).
pub const DEFAULT_INSTRUMENT_JSON: &str = include_str!("../../../scoring/codi.json");

/// Fewest and most levels a scale may have.
pub const MIN_LEVELS: usize = 2;
pub const MAX_LEVELS: usize = 10;

/// One level of the scale, e.g. `3 Established`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelDef {
    pub value: u8,
    pub label: String,
    #[serde(default)]
    pub meaning: String,
}

/// An answer that is not a level (Not applicable, Insufficient information).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonLevelDef {
    pub code: String,
    pub label: String,
    #[serde(default)]
    pub meaning: String,
}

/// The ordinal scale plus the two answers that are not levels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    pub levels: Vec<LevelDef>,
    pub not_applicable: NonLevelDef,
    pub insufficient_information: NonLevelDef,
}

impl Scale {
    /// Highest level value (levels are always numbered 1..=max).
    pub fn max_level(&self) -> u8 {
        // Validation guarantees 2..=10 levels numbered from 1, so the length fits a u8.
        self.levels.len() as u8
    }

    /// The label of level `value`, or "?" for a value outside the scale.
    pub fn label(&self, value: u8) -> &str {
        usize::from(value)
            .checked_sub(1)
            .and_then(|i| self.levels.get(i))
            .map_or("?", |l| l.label.as_str())
    }
}

/// One scored area (a CODI performance criterion).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    pub id: AreaId,
    pub name: String,
    /// A short name for crowded places (radar spokes, table headers).
    #[serde(default)]
    pub short_name: String,
    #[serde(default)]
    pub definition: String,
    #[serde(default)]
    pub guiding_questions: Vec<String>,
    /// One descriptor per level, in level order.
    pub level_descriptors: Vec<String>,
    /// Earlier instrument versions whose version of this area means the same, although
    /// its texts were edited (a declared equivalence; identical texts need none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comparable_with: Vec<String>,
}

impl Area {
    /// The short name, or the full name when no short one is given.
    pub fn label(&self) -> &str {
        if self.short_name.trim().is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}

/// The unvalidated shape of an instrument file.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct RawInstrument {
    id: String,
    version: String,
    title: String,
    #[serde(default)]
    description: String,
    scale: Scale,
    areas: Vec<Area>,
    /// The same texts in other languages, by language tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<String, Translation>,
}

/// A validated instrument. Build it with [`Instrument::from_json`] or deserialize it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawInstrument", into = "RawInstrument")]
pub struct Instrument {
    id: String,
    version: String,
    title: String,
    description: String,
    scale: Scale,
    areas: Vec<Area>,
    translations: BTreeMap<String, Translation>,
}

/// Why an instrument definition was refused; names the offending field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("instrument field `{field}`: {problem}")]
pub struct InstrumentError {
    pub field: String,
    pub problem: String,
}

fn err(field: impl Into<String>, problem: impl Into<String>) -> InstrumentError {
    InstrumentError {
        field: field.into(),
        problem: problem.into(),
    }
}

impl TryFrom<RawInstrument> for Instrument {
    type Error = InstrumentError;

    fn try_from(raw: RawInstrument) -> Result<Self, Self::Error> {
        let RawInstrument {
            id,
            version,
            title,
            description,
            scale,
            areas,
            translations,
        } = raw;
        for (field, value) in [("id", &id), ("version", &version), ("title", &title)] {
            if value.trim().is_empty() {
                return Err(err(field, "must not be empty"));
            }
        }
        let n = scale.levels.len();
        if !(MIN_LEVELS..=MAX_LEVELS).contains(&n) {
            return Err(err(
                "scale.levels",
                format!("has {n} levels; a scale needs {MIN_LEVELS} to {MAX_LEVELS}"),
            ));
        }
        for (i, level) in scale.levels.iter().enumerate() {
            if usize::from(level.value) != i + 1 {
                return Err(err(
                    format!("scale.levels[{i}].value"),
                    format!(
                        "is {}; levels must be numbered 1, 2, 3 ... in order",
                        level.value
                    ),
                ));
            }
            if level.label.trim().is_empty() {
                return Err(err(format!("scale.levels[{i}].label"), "must not be empty"));
            }
        }
        for (field, def) in [
            ("scale.not_applicable", &scale.not_applicable),
            (
                "scale.insufficient_information",
                &scale.insufficient_information,
            ),
        ] {
            if def.code.trim().is_empty() || def.label.trim().is_empty() {
                return Err(err(field, "needs a non-empty code and label"));
            }
        }
        if scale
            .not_applicable
            .code
            .eq_ignore_ascii_case(&scale.insufficient_information.code)
        {
            return Err(err(
                "scale.insufficient_information.code",
                "must differ from the not-applicable code",
            ));
        }
        if areas.is_empty() {
            return Err(err("areas", "must list at least one area"));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, area) in areas.iter().enumerate() {
            if !seen.insert(area.id.as_str()) {
                return Err(err(
                    format!("areas[{i}].id"),
                    format!("`{}` is used by more than one area", area.id),
                ));
            }
            if area.name.trim().is_empty() {
                return Err(err(format!("areas[{i}].name"), "must not be empty"));
            }
            if area.level_descriptors.len() != n {
                return Err(err(
                    format!("areas[{i}].level_descriptors"),
                    format!(
                        "area `{}` has {} descriptors but the scale has {n} levels",
                        area.id,
                        area.level_descriptors.len()
                    ),
                ));
            }
        }
        translation::validate(&translations, &scale, &areas)?;
        Ok(Self {
            id,
            version,
            title,
            description,
            scale,
            areas,
            translations,
        })
    }
}

impl From<Instrument> for RawInstrument {
    fn from(i: Instrument) -> Self {
        Self {
            id: i.id,
            version: i.version,
            title: i.title,
            description: i.description,
            scale: i.scale,
            areas: i.areas,
            translations: i.translations,
        }
    }
}

impl Instrument {
    /// The instrument shipped with the app.
    pub fn codi() -> Self {
        // The embedded file is checked by the `embedded_instrument_is_valid` test, so
        // parsing it cannot fail at run time (invariant).
        Self::from_json(DEFAULT_INSTRUMENT_JSON)
            .expect("invariant: embedded scoring/codi.json is valid")
    }

    /// The shipped instrument, parsed once.
    pub fn builtin() -> &'static Instrument {
        static BUILTIN: LazyLock<Instrument> = LazyLock::new(Instrument::codi);
        &BUILTIN
    }

    /// The languages it has texts in besides its own.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.translations.keys().map(String::as_str)
    }

    /// The same instrument with its texts in `lang` where it has them (ids, codes,
    /// values and version unchanged). A copy of the shipped instrument that predates
    /// its translations borrows the shipped one's, as the texts are the same.
    pub fn localized(&self, lang: &str) -> Instrument {
        let mut copy = self.clone();
        let builtin = Instrument::builtin();
        let t = self.translations.get(lang).or_else(|| {
            self.same_texts(builtin)
                .then(|| builtin.translations.get(lang))
                .flatten()
        });
        if let Some(t) = t {
            translation::apply(t, &mut copy.title, &mut copy.scale, &mut copy.areas);
        }
        copy
    }

    /// Equal but for the translations.
    pub fn same_texts(&self, other: &Instrument) -> bool {
        self.id == other.id
            && self.version == other.version
            && self.title == other.title
            && self.description == other.description
            && self.scale == other.scale
            && self.areas == other.areas
    }

    /// Parse and validate an instrument definition.
    pub fn from_json(text: &str) -> Result<Self, InstrumentParseError> {
        serde_json::from_str(text).map_err(InstrumentParseError)
    }

    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn version(&self) -> &str {
        &self.version
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn description(&self) -> &str {
        &self.description
    }
    pub fn scale(&self) -> &Scale {
        &self.scale
    }
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }
    /// Number of levels on the scale.
    pub fn level_count(&self) -> usize {
        self.scale.levels.len()
    }
    /// Index of the area with this id.
    pub fn area_index(&self, id: &str) -> Option<usize> {
        self.areas.iter().position(|a| a.id.as_str() == id)
    }
    /// The area with this id.
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id.as_str() == id)
    }
    /// Whether `area` means the same here as in `other`: the same definition, level
    /// descriptors and number of levels, or an equivalence declared by either side.
    pub fn same_meaning(&self, other: &Instrument, area: &str) -> bool {
        let (Some(a), Some(b)) = (self.area(area), other.area(area)) else {
            return false;
        };
        if self.version == other.version {
            return true;
        }
        let declared =
            a.comparable_with.contains(&other.version) || b.comparable_with.contains(&self.version);
        let same_text = a.definition.trim() == b.definition.trim()
            && a.level_descriptors == b.level_descriptors
            && self.level_count() == other.level_count();
        declared || same_text
    }
    /// A copy under another version (used when migrating old files, whose rounds could
    /// name a version whose texts the file did not keep).
    pub fn relabelled(&self, version: &str, note: &str) -> Self {
        let mut copy = self.clone();
        copy.version = version.to_owned();
        if !note.is_empty() {
            copy.description = if copy.description.is_empty() {
                note.to_owned()
            } else {
                format!("{} {note}", copy.description)
            };
        }
        copy
    }
    /// Look an area up by id, or by its 1-based number ("3").
    pub fn find_area(&self, key: &str) -> Option<usize> {
        let key = key.trim();
        if let Some(i) = self.area_index(key) {
            return Some(i);
        }
        if let Some(i) = self
            .areas
            .iter()
            .position(|a| a.id.as_str().eq_ignore_ascii_case(key))
        {
            return Some(i);
        }
        match key.parse::<usize>() {
            Ok(n) if (1..=self.areas.len()).contains(&n) => Some(n - 1),
            _ => None,
        }
    }
}

/// An instrument file that could not be read; wraps the JSON or validation message
/// together with its line and column.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InstrumentParseError(pub serde_json::Error);

/// Largest instrument file accepted (the default one is about 12 KB).
pub const MAX_INSTRUMENT_BYTES: u64 = 5_000_000;

#[cfg(test)]
mod tests;
