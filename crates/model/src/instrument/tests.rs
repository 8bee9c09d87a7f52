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
