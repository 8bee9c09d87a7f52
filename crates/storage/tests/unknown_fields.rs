//! A file written by a newer app keeps the fields this build does not know: at the top
//! level, in a round and in a ministry, through loading, editing and saving.

use codi_model::demo::demo_workspace;
use codi_model::{Edit, RoundId};
use codi_storage::json;
use serde_json::{Value, json};

/// The demo as a newer app might write it: extra fields at three levels.
fn newer_file() -> Value {
    let mut v: Value = serde_json::from_slice(&json::to_bytes(&demo_workspace())).unwrap();
    v["sync"] = json!({"server": "https://example.org", "revision": 17});
    v["rounds"][0]["weather"] = json!("rain");
    v["rounds"][1]["venue_code"] = json!(["DHK", 3]);
    v["ministries"][2]["secretary"] = json!({"name": "—", "phone": null});
    v
}

fn extras(v: &Value) -> (Value, Value, Value, Value) {
    (
        v["sync"].clone(),
        v["rounds"][0]["weather"].clone(),
        v["rounds"][1]["venue_code"].clone(),
        v["ministries"][2]["secretary"].clone(),
    )
}

#[test]
fn unknown_fields_survive_loading_editing_and_saving() {
    let original = newer_file();
    let bytes = serde_json::to_vec_pretty(&original).unwrap();
    let mut ws = json::from_bytes(&bytes, "newer.codi.json".as_ref()).unwrap();
    assert_eq!(
        ws.kept().describe(),
        [
            "sync",
            "rounds[baseline-2022].weather",
            "rounds[followup-2024].venue_code",
            "ministries[MoLWA].secretary"
        ]
    );
    // An edit of the round that holds an unknown field, and of the title.
    let round = RoundId::new("baseline-2022").unwrap();
    let mut r = ws.round(round.as_str()).unwrap().clone();
    r.notes = "Edited on an older laptop".into();
    Edit::UpdateRound {
        id: round,
        round: Box::new(r),
    }
    .apply(&mut ws, None)
    .unwrap();
    Edit::SetTitle("Renamed".into())
        .apply(&mut ws, None)
        .unwrap();
    let saved: Value = serde_json::from_slice(&json::to_bytes(&ws)).unwrap();
    assert_eq!(extras(&saved), extras(&original), "kept as read");
    assert_eq!(saved["title"], "Renamed");
    assert_eq!(saved["rounds"][0]["notes"], "Edited on an older laptop");
    // And once more through a save and a load.
    let again = json::from_bytes(&json::to_bytes(&ws), "again.codi.json".as_ref()).unwrap();
    assert_eq!(again.kept(), ws.kept());
    assert_eq!(json::to_bytes(&again), json::to_bytes(&ws));
}

#[test]
fn a_file_without_unknown_fields_is_written_as_before() {
    let ws = demo_workspace();
    let bytes = json::to_bytes(&ws);
    let back = json::from_bytes(&bytes, "demo.codi.json".as_ref()).unwrap();
    assert!(back.kept().is_empty());
    assert_eq!(json::to_bytes(&back), bytes);
}

#[test]
fn a_field_given_twice_is_refused_known_or_not() {
    for twice in [
        r#"{"format_version": 3, "title": "a", "title": "b"}"#,
        r#"{"format_version": 3, "title": "a", "x": 1, "x": 2}"#,
    ] {
        let e = json::from_bytes(twice.as_bytes(), "twice.codi.json".as_ref()).unwrap_err();
        assert!(e.to_string().contains("duplicate field"), "{e}");
    }
}
