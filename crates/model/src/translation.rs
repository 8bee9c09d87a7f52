//! An instrument's texts in other languages, under the same ids, codes, values and
//! version: a round scored with the Bangla texts on the projector is the same round,
//! comparable with any other. Each translation may leave out what it does not
//! translate (the English stays); what it gives must fit the instrument (known areas,
//! one descriptor per level).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::instrument::{Area, InstrumentError, Scale};
use super::language::LanguageTag;

/// A label and what it means (a level, or an answer that is not a level).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meaning: String,
}

/// One area's texts in a language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaTexts {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definition: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guiding_questions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_descriptors: Vec<String>,
}

/// An instrument's texts in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Label>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_applicable: Option<Label>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insufficient_information: Option<Label>,
    /// By area id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub areas: BTreeMap<String, AreaTexts>,
}

fn err(field: String, problem: impl Into<String>) -> InstrumentError {
    InstrumentError {
        field,
        problem: problem.into(),
    }
}

/// Every translation fits the instrument: a language tag, known areas, a text per level.
pub(crate) fn validate(
    translations: &BTreeMap<String, Translation>,
    scale: &Scale,
    areas: &[Area],
) -> Result<(), InstrumentError> {
    let n = scale.levels.len();
    for (lang, t) in translations {
        let at = |rest: &str| format!("translations.{lang}{rest}");
        LanguageTag::parse(lang).map_err(|e| err(at(""), e.to_string()))?;
        if !t.levels.is_empty() && t.levels.len() != n {
            let problem = format!("has {} levels but the scale has {n}", t.levels.len());
            return Err(err(at(".levels"), problem));
        }
        for (id, a) in &t.areas {
            if !areas.iter().any(|x| x.id.as_str() == id) {
                return Err(err(
                    at(&format!(".areas.{id}")),
                    "names no area of this instrument",
                ));
            }
            if a.name.trim().is_empty() {
                return Err(err(at(&format!(".areas.{id}.name")), "must not be empty"));
            }
            let d = a.level_descriptors.len();
            if d != 0 && d != n {
                let problem = format!("has {d} descriptors but the scale has {n} levels");
                return Err(err(at(&format!(".areas.{id}.level_descriptors")), problem));
            }
        }
    }
    Ok(())
}

/// Put `t`'s texts over the English ones, field by field.
pub(crate) fn apply(t: &Translation, title: &mut String, scale: &mut Scale, areas: &mut [Area]) {
    let put = |to: &mut String, from: &str| {
        if !from.trim().is_empty() {
            from.clone_into(to);
        }
    };
    put(title, &t.title);
    for (level, l) in scale.levels.iter_mut().zip(&t.levels) {
        put(&mut level.label, &l.label);
        put(&mut level.meaning, &l.meaning);
    }
    for (def, l) in [
        (&mut scale.not_applicable, &t.not_applicable),
        (
            &mut scale.insufficient_information,
            &t.insufficient_information,
        ),
    ] {
        if let Some(l) = l {
            put(&mut def.label, &l.label);
            put(&mut def.meaning, &l.meaning);
        }
    }
    for area in areas.iter_mut() {
        let Some(a) = t.areas.get(area.id.as_str()) else {
            continue;
        };
        put(&mut area.name, &a.name);
        put(&mut area.short_name, &a.short_name);
        put(&mut area.definition, &a.definition);
        if !a.guiding_questions.is_empty() {
            area.guiding_questions.clone_from(&a.guiding_questions);
        }
        if !a.level_descriptors.is_empty() {
            area.level_descriptors.clone_from(&a.level_descriptors);
        }
    }
}
