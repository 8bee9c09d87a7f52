//! Reading a workspace file's top level field by field: known fields into their types
//! (so errors keep their line and column), any other field kept whole as JSON, and a
//! field given twice refused.

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use super::FileIn;

impl<'de> Deserialize<'de> for FileIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FileVisitor)
    }
}

struct FileVisitor;

/// Put `value` in `slot` unless the field was given before.
fn once<T, E: de::Error>(slot: &mut Option<T>, value: T, name: &'static str) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(name));
    }
    *slot = Some(value);
    Ok(())
}

/// The fields as read, each at most once.
#[derive(Default)]
struct Fields {
    format_version: Option<u64>,
    title: Option<String>,
    language: Option<Option<String>>,
    instrument: Option<Option<super::Instrument>>,
    instruments: Option<Vec<super::Instrument>>,
    current_instrument: Option<Option<String>>,
    ministries: Option<Vec<super::Kept<super::Ministry>>>,
    rounds: Option<Vec<super::Kept<super::Round>>>,
    assessments: Option<Vec<super::AssessmentIn>>,
    history: Option<Vec<super::Entry>>,
    history_head: Option<Option<String>>,
}

impl<'de> Visitor<'de> for FileVisitor {
    type Value = FileIn;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a workspace (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FileIn, A::Error> {
        let mut f = Fields::default();
        let mut unknown = super::Unknown::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format_version" => {
                    once(&mut f.format_version, map.next_value()?, "format_version")?
                }
                "title" => once(&mut f.title, map.next_value()?, "title")?,
                "language" => once(&mut f.language, map.next_value()?, "language")?,
                "instrument" => once(&mut f.instrument, map.next_value()?, "instrument")?,
                "instruments" => once(&mut f.instruments, map.next_value()?, "instruments")?,
                "current_instrument" => once(
                    &mut f.current_instrument,
                    map.next_value()?,
                    "current_instrument",
                )?,
                "ministries" => once(&mut f.ministries, map.next_value()?, "ministries")?,
                "rounds" => once(&mut f.rounds, map.next_value()?, "rounds")?,
                "assessments" => once(&mut f.assessments, map.next_value()?, "assessments")?,
                "history" => once(&mut f.history, map.next_value()?, "history")?,
                "history_head" => once(&mut f.history_head, map.next_value()?, "history_head")?,
                _ => {
                    let value: serde_json::Value = map.next_value()?;
                    if unknown.0.insert(key.clone(), value).is_some() {
                        return Err(de::Error::custom(format!("duplicate field `{key}`")));
                    }
                }
            }
        }
        Ok(FileIn {
            format_version: f
                .format_version
                .ok_or_else(|| de::Error::missing_field("format_version"))?,
            title: f.title.ok_or_else(|| de::Error::missing_field("title"))?,
            language: f.language.flatten(),
            instrument: f.instrument.flatten(),
            instruments: f.instruments.unwrap_or_default(),
            current_instrument: f.current_instrument.flatten(),
            ministries: f.ministries.unwrap_or_default(),
            rounds: f.rounds.unwrap_or_default(),
            assessments: f.assessments.unwrap_or_default(),
            history: f.history.unwrap_or_default(),
            history_head: f.history_head.flatten(),
            unknown,
        })
    }
}
