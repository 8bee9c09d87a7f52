use super::*;

fn raw() -> serde_json::Value {
    serde_json::from_str(DEFAULT_INSTRUMENT_JSON).unwrap()
}

fn parse(v: &serde_json::Value) -> Result<Instrument, String> {
    Instrument::from_json(&v.to_string()).map_err(|e| e.to_string())
}

#[test]
fn embedded_instrument_is_valid() {
    let i = Instrument::codi();
    assert_eq!(i.areas().len(), 10);
    assert_eq!(i.level_count(), 4);
    assert_eq!(i.scale().label(1), "Latent");
    assert_eq!(i.scale().label(4), "Advanced");
    assert_eq!(i.scale().label(5), "?");
    assert_eq!(i.areas()[0].id.as_str(), "inclusiveness");
    for a in i.areas() {
        assert!((3..=5).contains(&a.guiding_questions.len()), "{}", a.id);
        assert!(!a.definition.is_empty());
    }
}

#[test]
fn finds_areas_by_id_or_number() {
    let i = Instrument::codi();
    assert_eq!(i.find_area("adequacy"), Some(1));
    assert_eq!(i.find_area("ADEQUACY"), Some(1));
    assert_eq!(i.find_area("10"), Some(9));
    assert_eq!(i.find_area("0"), None);
    assert_eq!(i.find_area("11"), None);
    assert_eq!(i.find_area("nope"), None);
}

#[test]
fn rejects_duplicate_area_ids() {
    let mut v = raw();
    v["areas"][1]["id"] = v["areas"][0]["id"].clone();
    let e = parse(&v).unwrap_err();
    assert!(e.contains("areas[1].id"), "{e}");
    assert!(e.contains("inclusiveness"), "{e}");
}

#[test]
fn rejects_bad_level_counts() {
    let mut v = raw();
    v["scale"]["levels"] = serde_json::json!([{"value": 1, "label": "Only"}]);
    let e = parse(&v).unwrap_err();
    assert!(e.contains("scale.levels"), "{e}");
    let mut v = raw();
    let levels: Vec<_> = (1..=11)
        .map(|i| serde_json::json!({"value": i, "label": format!("L{i}")}))
        .collect();
    v["scale"]["levels"] = levels.into();
    assert!(parse(&v).unwrap_err().contains("11 levels"));
}

#[test]
fn rejects_misnumbered_levels_and_missing_descriptors() {
    let mut v = raw();
    v["scale"]["levels"][2]["value"] = 7.into();
    assert!(parse(&v).unwrap_err().contains("scale.levels[2].value"));
    let mut v = raw();
    v["areas"][4]["level_descriptors"]
        .as_array_mut()
        .unwrap()
        .pop();
    assert!(
        parse(&v)
            .unwrap_err()
            .contains("areas[4].level_descriptors")
    );
}

#[test]
fn rejects_empty_names_and_no_areas() {
    let mut v = raw();
    v["areas"][2]["name"] = " ".into();
    assert!(parse(&v).unwrap_err().contains("areas[2].name"));
    let mut v = raw();
    v["areas"] = serde_json::json!([]);
    assert!(parse(&v).unwrap_err().contains("at least one area"));
    let mut v = raw();
    v["title"] = "".into();
    assert!(parse(&v).unwrap_err().contains("`title`"));
}

#[test]
fn accepts_a_three_level_adapted_rubric() {
    let mut v = raw();
    // An adapted scale needs adapted translations: this one keeps none.
    v.as_object_mut().unwrap().remove("translations");
    v["scale"]["levels"].as_array_mut().unwrap().pop();
    for a in v["areas"].as_array_mut().unwrap() {
        a["level_descriptors"].as_array_mut().unwrap().pop();
    }
    let i = parse(&v).unwrap();
    assert_eq!(i.scale().max_level(), 3);
}

#[test]
fn same_meaning_by_text_or_declaration() {
    let a = Instrument::codi();
    let b = a.relabelled("2027.1", "");
    assert!(a.same_meaning(&b, "adequacy"), "identical texts");
    let mut v = raw();
    v["version"] = "2027.2".into();
    v["areas"][1]["definition"] = "A new definition".into();
    let c = parse(&v).unwrap();
    assert!(!a.same_meaning(&c, "adequacy"), "definition changed");
    assert!(a.same_meaning(&c, "inclusiveness"));
    assert!(!a.same_meaning(&c, "nope"));
    v["areas"][1]["comparable_with"] = serde_json::json!(["2026.1"]);
    let d = parse(&v).unwrap();
    assert!(a.same_meaning(&d, "adequacy"), "declared equivalent");
    assert!(d.same_meaning(&a, "adequacy"), "either way round");
}

#[test]
fn round_trips_through_json() {
    let i = Instrument::codi();
    let text = serde_json::to_string(&i).unwrap();
    assert_eq!(Instrument::from_json(&text).unwrap(), i);
}

fn with_translation(extra: serde_json::Value) -> Result<Instrument, InstrumentParseError> {
    let mut v: serde_json::Value = serde_json::from_str(DEFAULT_INSTRUMENT_JSON).unwrap();
    v["translations"] = extra;
    Instrument::from_json(&v.to_string())
}

#[test]
fn a_translation_changes_texts_and_never_ids_codes_or_version() {
    let base = Instrument::codi();
    let id = base.areas()[0].id.to_string();
    let inst = with_translation(serde_json::json!({
        "xx": {
            "levels": [{"label": "L1"}, {"label": "L2"}, {"label": "L3"}, {"label": "L4"}],
            "not_applicable": {"label": "Nicht anwendbar"},
            "areas": { id.clone(): { "name": "Inklusion", "level_descriptors": ["a", "b", "c", "d"] } }
        }
    }))
    .unwrap();
    assert_eq!(inst.languages().collect::<Vec<_>>(), vec!["xx"]);
    let xx = inst.localized("xx");
    assert_eq!(xx.areas()[0].name, "Inklusion");
    assert_eq!(xx.areas()[0].level_descriptors[2], "c");
    // What it does not translate stays English.
    assert_eq!(xx.areas()[0].definition, base.areas()[0].definition);
    assert_eq!(xx.areas()[1].name, base.areas()[1].name);
    assert_eq!(xx.scale().label(3), "L3");
    assert_eq!(xx.scale().not_applicable.label, "Nicht anwendbar");
    assert_eq!(xx.scale().not_applicable.code, "NA");
    assert_eq!(
        (xx.version(), xx.areas()[0].id.as_str()),
        (base.version(), id.as_str())
    );
    assert!(
        inst.same_texts(&base),
        "translations aside, the same instrument"
    );
    // A language it lacks: unchanged.
    assert!(inst.localized("yy").same_texts(&base));
}

#[test]
fn a_translation_that_does_not_fit_is_refused_by_name() {
    let id = Instrument::codi().areas()[0].id.to_string();
    for (bad, field) in [
        (serde_json::json!({"Bengali": {}}), "translations.Bengali"),
        (
            serde_json::json!({"bn": {"levels": [{"label": "x"}]}}),
            "translations.bn.levels",
        ),
        (
            serde_json::json!({"bn": {"areas": {"nope": {"name": "x"}}}}),
            "translations.bn.areas.nope",
        ),
        (
            serde_json::json!({"bn": {"areas": {id.clone(): {"name": "x", "level_descriptors": ["a"]}}}}),
            "level_descriptors",
        ),
    ] {
        let e = with_translation(bad).unwrap_err().to_string();
        assert!(e.contains(field), "{field}: {e}");
    }
}

#[test]
fn the_shipped_instrument_is_in_bangla_and_an_older_copy_borrows_it() {
    let shipped = Instrument::codi();
    assert!(shipped.languages().any(|l| l == "bn"));
    let bn = shipped.localized("bn");
    for (en, bn) in shipped.areas().iter().zip(bn.areas()) {
        assert_eq!(en.id, bn.id);
        assert_ne!(en.name, bn.name, "area {} is translated", en.id);
        assert!(
            bn.name
                .chars()
                .any(|c| ('\u{0980}'..='\u{09FF}').contains(&c)),
            "{}",
            bn.name
        );
        assert_eq!(en.guiding_questions.len(), bn.guiding_questions.len());
    }
    // A workspace file from before the translations holds the same texts without them.
    let mut v: serde_json::Value = serde_json::from_str(DEFAULT_INSTRUMENT_JSON).unwrap();
    v.as_object_mut().unwrap().remove("translations");
    let older = Instrument::from_json(&v.to_string()).unwrap();
    assert_eq!(older.languages().count(), 0);
    assert_eq!(older.localized("bn").areas()[0].name, bn.areas()[0].name);
}
