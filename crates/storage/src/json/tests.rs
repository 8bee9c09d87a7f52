use super::*;
use crate::model::demo::demo_workspace;
use crate::test_ids::{mid, rid};

#[test]
fn line_column_counts_characters() {
    let b = "ab\ncé\nxyz".as_bytes();
    assert_eq!(line_column(b, 0), (1, 1));
    assert_eq!(line_column(b, 3), (2, 1));
    assert_eq!(line_column(b, 6), (2, 3));
    assert_eq!(line_column(b, 8), (3, 2));
    assert_eq!(line_column(b, 7), (3, 1));
}

#[test]
fn bytes_round_trip_and_are_deterministic() {
    let ws = demo_workspace();
    let a = to_bytes(&ws);
    let back = from_bytes(&a, Path::new("x")).unwrap();
    assert_eq!(back, ws);
    assert_eq!(to_bytes(&back), a);
    let text = String::from_utf8(a).unwrap();
    assert!(text.starts_with("{\n  \"format_version\": 3,"));
}

#[test]
fn format_1_migrates_with_versions_kept() {
    let ws = demo_workspace();
    let mut v: serde_json::Value = serde_json::from_slice(&to_bytes(&ws)).unwrap();
    // Turn it into the format-1 shape, with one round on a version it lacks.
    let o = v.as_object_mut().unwrap();
    o.insert("format_version".into(), 1.into());
    let inst = o.remove("instruments").unwrap()[0].clone();
    o.remove("current_instrument");
    o.insert("instrument".into(), inst);
    o["rounds"][0]["instrument_version"] = "2025.9".into();
    let back = from_bytes(v.to_string().as_bytes(), Path::new("old")).unwrap();
    assert_eq!(back.instrument().version(), "2026.1");
    let old = back.instrument_for("baseline-2022").unwrap();
    assert_eq!(old.version(), "2025.9");
    assert!(old.description().contains("only one instrument"));
    assert_eq!(
        back.assessment(&rid("baseline-2022"), &mid("MoSW")),
        ws.assessment(&rid("baseline-2022"), &mid("MoSW")),
        "scores load as before"
    );
}

#[test]
fn loading_an_instrument_file_names_it_and_the_field() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("adapted.json");
    let mut v: serde_json::Value =
        serde_json::from_str(crate::model::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
    v["areas"][3]["level_descriptors"] = serde_json::json!(["only one"]);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let e = load_instrument(&path).unwrap_err().to_string();
    assert!(e.contains("adapted.json"), "{e}");
    assert!(e.contains("areas[3].level_descriptors"), "{e}");
    std::fs::write(&path, crate::model::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
    assert_eq!(load_instrument(&path).unwrap(), Instrument::codi());
    let e = load_instrument(&d.path().join("missing.json"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("missing.json"), "{e}");
    #[cfg(unix)]
    {
        let e = load_instrument(Path::new("/dev/zero"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a regular file"), "{e}");
    }
}

#[test]
fn a_round_on_a_version_the_file_lacks_is_refused_by_name() {
    let ws = demo_workspace();
    let mut v: serde_json::Value = serde_json::from_slice(&to_bytes(&ws)).unwrap();
    v["rounds"][1]["instrument_version"] = "2030.1".into();
    let e = from_bytes(v.to_string().as_bytes(), Path::new("w.codi.json")).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("rounds[1] (`followup-2024`)")
            && msg.contains("no instrument version `2030.1`"),
        "{msg}"
    );
}

#[test]
fn an_edited_history_loads_and_reports_where_it_breaks() {
    use crate::model::history::{Chain, Step, entry_for};
    let mut ws = demo_workspace();
    for (before, after) in [("2", "3"), ("3", "4")] {
        let change = crate::model::Change::Structure(format!("{before} -> {after}"));
        let e = entry_for(&change, jiff::Timestamp::UNIX_EPOCH, "x", Step::Edit).unwrap();
        ws.history_mut().append(e);
    }
    let text = String::from_utf8(to_bytes(&ws)).unwrap();
    assert_eq!(
        from_bytes(text.as_bytes(), Path::new("w"))
            .unwrap()
            .history()
            .verify(),
        Chain::Intact
    );
    let edited = text.replace("2 -> 3", "2 -> 4");
    let back = from_bytes(edited.as_bytes(), Path::new("w")).unwrap();
    assert_eq!(back.history().verify(), Chain::Broken { entry: 1 });
    assert_eq!(back.history().len(), 2, "reported, never dropped");
    // A history whose last hash is missing or wrong breaks at its last entry.
    let headless = text.replace(&ws.history().head().unwrap(), "0");
    let back = from_bytes(headless.as_bytes(), Path::new("w")).unwrap();
    assert_eq!(back.history().verify(), Chain::Broken { entry: 2 });
}
