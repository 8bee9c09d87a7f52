//! Whether two rounds can be compared for an area: the one rule the screen, the PDF and
//! the command line all use. Two rounds are comparable for an area when both of their
//! instruments have it and it means the same in both: the same version, identical
//! texts, or an equivalence the newer instrument declares. Past ratings are never
//! re-rated, so a changed area is shown as a break, not as a change of score.

use super::workspace::Workspace;
use crate::ids::{AreaId, RoundId};

/// How one area compares between two rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparability {
    /// Both rounds used the same instrument version.
    SameVersion,
    /// Different versions, but the area means the same in both.
    SameMeaning,
    /// The area's definition or descriptors changed between the versions.
    Changed,
    /// One of the rounds (or its instrument) has no such area.
    Missing,
}

impl Comparability {
    pub fn is_comparable(self) -> bool {
        matches!(
            self,
            Comparability::SameVersion | Comparability::SameMeaning
        )
    }
}

/// Compare round `from` with round `to` for `area`.
pub fn comparability(ws: &Workspace, from: &RoundId, to: &RoundId, area: &AreaId) -> Comparability {
    let (Some(a), Some(b)) = (
        ws.instrument_for(from.as_str()),
        ws.instrument_for(to.as_str()),
    ) else {
        return Comparability::Missing;
    };
    let area = area.as_str();
    if a.area(area).is_none() || b.area(area).is_none() {
        return Comparability::Missing;
    }
    if a.version() == b.version() {
        Comparability::SameVersion
    } else if a.same_meaning(b, area) {
        Comparability::SameMeaning
    } else {
        Comparability::Changed
    }
}

/// A sentence for change tables when two rounds used different instrument versions,
/// naming the areas that cannot be compared.
pub fn version_note(ws: &Workspace, from: &RoundId, to: &RoundId) -> Option<String> {
    let (ra, rb) = (ws.round(from.as_str())?, ws.round(to.as_str())?);
    if ra.instrument_version == rb.instrument_version {
        return None;
    }
    let inst = ws.instrument_for(to)?;
    let changed: Vec<&str> = inst
        .areas()
        .iter()
        .filter(|a| !comparability(ws, from, to, &a.id).is_comparable())
        .map(|a| a.label())
        .collect();
    let tail = if changed.is_empty() {
        "every area means the same in both, so all are compared.".to_owned()
    } else {
        format!("not comparable, so listed apart: {}.", changed.join(", "))
    };
    Some(format!(
        "The two rounds used different instrument versions ({} in {}, {} in {}); {tail}",
        ra.instrument_version, ra.title, rb.instrument_version, rb.title
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Instrument;
    use crate::ids::testing::{aid, rid};
    use crate::workspace::tests::{round, small};

    fn with_version(ws: &mut Workspace, id: &str, date: &str, inst: Instrument) {
        let version = inst.version().to_owned();
        ws.add_instrument(inst).unwrap();
        let mut r = round(id, date);
        r.instrument_version = version;
        ws.add_round(r).unwrap();
    }

    #[test]
    fn same_version_same_meaning_changed_and_missing() {
        let mut ws = small();
        assert_eq!(
            comparability(&ws, &rid("r1"), &rid("r2"), &aid("adequacy")),
            Comparability::SameVersion
        );
        with_version(
            &mut ws,
            "r3",
            "2026-01-01",
            Instrument::codi().relabelled("2027", ""),
        );
        assert_eq!(
            comparability(&ws, &rid("r2"), &rid("r3"), &aid("adequacy")),
            Comparability::SameMeaning
        );
        let mut v: serde_json::Value =
            serde_json::from_str(crate::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
        v["version"] = "2028".into();
        // A changed instrument would need changed translations: this one keeps none.
        v.as_object_mut().unwrap().remove("translations");
        v["areas"][1]["definition"] = "Changed".into();
        v["areas"].as_array_mut().unwrap().pop();
        with_version(
            &mut ws,
            "r4",
            "2028-01-01",
            Instrument::from_json(&v.to_string()).unwrap(),
        );
        assert_eq!(
            comparability(&ws, &rid("r3"), &rid("r4"), &aid("adequacy")),
            Comparability::Changed
        );
        let last = Instrument::codi().areas()[9].id.clone();
        assert_eq!(
            comparability(&ws, &rid("r3"), &rid("r4"), &last),
            Comparability::Missing
        );
        assert!(!Comparability::Changed.is_comparable());
        let note = version_note(&ws, &rid("r3"), &rid("r4")).unwrap();
        assert!(note.contains("Adequacy"), "{note}");
        assert!(version_note(&ws, &rid("r1"), &rid("r2")).is_none());
    }
}
