//! Every kind of bad workspace file gets a clear error naming what and where, never a
//! panic, and the file is left exactly as it was.

use std::path::{Path, PathBuf};

use codi_model::demo::demo_workspace;
use codi_storage::fs::ReadError;
use codi_storage::json::{self, LoadError};
use serde_json::{Value, json};

fn demo_value() -> Value {
    serde_json::from_slice(&json::to_bytes(&demo_workspace())).unwrap()
}

/// Write `bytes`, try to load, check the file is unchanged, return the message.
fn load_err(dir: &Path, name: &str, bytes: &[u8]) -> (LoadError, String) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let err = json::load(&path).expect_err("bad input must be refused");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "input file was changed"
    );
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    assert!(
        !json::backup_path(&path).exists(),
        "loading must not write a backup"
    );
    let msg = err.to_string();
    assert!(msg.contains(name), "message should name the file: {msg}");
    (err, msg)
}

fn with(mut v: Value, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn empty_and_blank_files() {
    let d = tmp();
    let (e, msg) = load_err(d.path(), "empty.codi.json", b"");
    assert!(matches!(e, LoadError::Empty { .. }), "{msg}");
    let (e, _) = load_err(d.path(), "blank.codi.json", b"  \n\t\n");
    assert!(matches!(e, LoadError::Empty { .. }));
}

#[test]
fn truncated_json_names_line_and_column() {
    let d = tmp();
    let full = json::to_bytes(&demo_workspace());
    let cut = &full[..full.len() / 2];
    let (e, msg) = load_err(d.path(), "cut.codi.json", cut);
    let LoadError::Json { line, .. } = e else {
        panic!("{msg}")
    };
    assert!(line > 100, "{msg}");
    assert!(msg.contains("cut short"), "{msg}");
}

#[test]
fn non_utf8_bytes_give_position() {
    let d = tmp();
    let mut bytes = b"{\n  \"format_version\": 1,\n  \"title\": \"Caf".to_vec();
    bytes.extend([0xE9, b'"', b'\n', b'}']); // Latin-1 é
    let (e, msg) = load_err(d.path(), "latin1.codi.json", &bytes);
    assert!(
        matches!(
            e,
            LoadError::NotUtf8 {
                line: 3,
                column: 16,
                ..
            }
        ),
        "{msg}"
    );
    assert!(msg.contains("UTF-8"));
}

#[test]
fn not_json_at_all() {
    let d = tmp();
    let (e, msg) = load_err(d.path(), "notes.codi.json", b"Minutes of the workshop\n");
    assert!(matches!(e, LoadError::Json { line: 1, .. }), "{msg}");
}

#[test]
fn wrong_types() {
    let d = tmp();
    let v = with(demo_value(), |v| v["ministries"] = json!("MoSW"));
    let (_, msg) = load_err(d.path(), "types.codi.json", &v);
    assert!(msg.contains("invalid type"), "{msg}");
    assert!(msg.contains("line "), "{msg}");
    let v = with(demo_value(), |v| v["rounds"][0]["date"] = json!(20220804));
    let (_, msg) = load_err(d.path(), "types2.codi.json", &v);
    assert!(msg.contains("invalid type"), "{msg}");
    let v = with(demo_value(), |v| {
        v["assessments"][0]["scores"]["adequacy"]["votes"]["na"] = json!(-1)
    });
    let (_, msg) = load_err(d.path(), "types3.codi.json", &v);
    assert!(msg.contains("-1"), "{msg}");
}

#[test]
fn levels_out_of_range() {
    let d = tmp();
    for (bad, expect) in [
        (json!(0), "level 0"),
        (json!(11), "level 11"),
        (json!("x"), "`x`"),
        (json!(2.5), "2.5"),
    ] {
        let v = with(demo_value(), |v| {
            v["assessments"][0]["scores"]["adequacy"]["answer"] = bad.clone()
        });
        let (_, msg) = load_err(d.path(), "level.codi.json", &v);
        assert!(msg.contains(expect), "{bad}: {msg}");
        assert!(msg.contains("line "), "{msg}");
    }
    // 5 is a level on some scale, but not on this instrument's 1-4.
    let v = with(demo_value(), |v| {
        v["assessments"][3]["scores"]["adequacy"]["answer"] = json!(5)
    });
    let (e, msg) = load_err(d.path(), "level5.codi.json", &v);
    assert!(matches!(e, LoadError::Data { .. }), "{msg}");
    assert!(msg.contains("assessments[3]"), "{msg}");
    assert!(msg.contains("area `adequacy`"), "{msg}");
    assert!(msg.contains("level 5 is outside the scale 1-4"), "{msg}");
}

#[test]
fn unknown_ids() {
    let d = tmp();
    let v = with(demo_value(), |v| {
        let s = v["assessments"][0]["scores"].as_object_mut().unwrap();
        let x = s.remove("adequacy").unwrap();
        s.insert("adequacyy".into(), x);
    });
    let (_, msg) = load_err(d.path(), "area.codi.json", &v);
    assert!(msg.contains("has no area `adequacyy`"), "{msg}");
    let v = with(demo_value(), |v| {
        v["assessments"][2]["ministry"] = json!("MoXYZ")
    });
    let (_, msg) = load_err(d.path(), "ministry.codi.json", &v);
    assert!(msg.contains("assessments[2]"), "{msg}");
    assert!(msg.contains("no ministry `MoXYZ`"), "{msg}");
    let v = with(demo_value(), |v| {
        v["assessments"][0]["round"] = json!("nope")
    });
    let (_, msg) = load_err(d.path(), "round.codi.json", &v);
    assert!(msg.contains("no round `nope`"), "{msg}");
}

#[test]
fn duplicate_ids() {
    let d = tmp();
    let v = with(demo_value(), |v| v["ministries"][3]["id"] = json!("MoSW"));
    let (_, msg) = load_err(d.path(), "dupm.codi.json", &v);
    assert!(msg.contains("ministries[3]"), "{msg}");
    assert!(msg.contains("`MoSW` already exists"), "{msg}");
    let v = with(demo_value(), |v| {
        v["rounds"][1]["id"] = v["rounds"][0]["id"].clone()
    });
    let (_, msg) = load_err(d.path(), "dupr.codi.json", &v);
    assert!(
        msg.contains("rounds[1]") && msg.contains("already exists"),
        "{msg}"
    );
    let v = with(demo_value(), |v| {
        let first = v["assessments"][0].clone();
        v["assessments"].as_array_mut().unwrap().push(first);
    });
    let (_, msg) = load_err(d.path(), "dupa.codi.json", &v);
    assert!(msg.contains("appear twice"), "{msg}");
    let v = with(demo_value(), |v| {
        v["instruments"][0]["areas"][2]["id"] = json!("adequacy")
    });
    let (_, msg) = load_err(d.path(), "dupi.codi.json", &v);
    assert!(
        msg.contains("line ") && msg.contains("areas[2].id") && msg.contains("more than one area"),
        "{msg}"
    );
    // A JSON object with the same area key twice (a plain map would keep the last).
    let text = String::from_utf8(json::to_bytes(&demo_workspace())).unwrap();
    // In the scores (the instrument's translations have area keys too, earlier on).
    let at = text.find("\"assessments\"").unwrap();
    let (head, tail) = text.split_at(at);
    let tail = tail.replacen(
        "\"inclusiveness\": {",
        "\"adequacy\": {\"answer\": 1}, \"inclusiveness\": {",
        1,
    );
    let text = format!("{head}{tail}");
    let (_, msg) = load_err(d.path(), "dupkey.codi.json", text.as_bytes());
    assert!(msg.contains("area `adequacy` appears twice"), "{msg}");
}

#[test]
fn impossible_dates() {
    let d = tmp();
    for bad in ["2022-02-30", "2022-13-01", "04/08/2022", ""] {
        let v = with(demo_value(), |v| v["rounds"][0]["date"] = json!(bad));
        let (_, msg) = load_err(d.path(), "date.codi.json", &v);
        assert!(msg.contains("line "), "{bad}: {msg}");
    }
}

#[test]
fn deeply_nested_array() {
    let d = tmp();
    let depth = 100_000;
    // In a field this build does not know (kept to be written back): refused where the
    // nesting goes too deep, without recursing into it.
    let mut bytes = b"{\"format_version\": 1, \"extra\": ".to_vec();
    bytes.extend(std::iter::repeat_n(b'[', depth));
    bytes.extend(std::iter::repeat_n(b']', depth));
    bytes.push(b'}');
    let (_, msg) = load_err(d.path(), "deep.codi.json", &bytes);
    assert!(msg.starts_with("line 1, column 158"), "{msg}");
    assert!(msg.contains("nested far too deeply"), "{msg}");
    // Where a string is expected.
    let mut bytes = b"{\"format_version\": 1, \"title\": ".to_vec();
    bytes.extend(std::iter::repeat_n(b'[', depth));
    let (_, msg) = load_err(d.path(), "deep2.codi.json", &bytes);
    assert!(
        msg.contains("line 1, column 31") && msg.contains("expected a string"),
        "{msg}"
    );
    // A bare array.
    let (_, msg) = load_err(d.path(), "deep3.codi.json", &vec![b'['; depth]);
    assert!(
        msg.contains("line 1, column 1") && msg.contains("not a workspace file"),
        "{msg}"
    );
}

#[test]
fn two_hundred_megabyte_file_is_refused_without_reading() {
    let d = tmp();
    let path = d.path().join("huge.codi.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(200 * 1000 * 1000).unwrap(); // sparse: no disk used
    let e = json::load(&path).unwrap_err();
    let msg = e.to_string();
    assert!(
        matches!(e, LoadError::Read(ReadError::TooLarge { .. })),
        "{msg}"
    );
    assert!(
        msg.contains("200 MB") && msg.contains("huge.codi.json"),
        "{msg}"
    );
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 200 * 1000 * 1000);
}

#[test]
fn newer_format_is_refused_and_never_overwritten() {
    let d = tmp();
    let v = with(demo_value(), |v| {
        v["format_version"] = json!(7);
        v["something_new"] = json!({"shape": "unknown"});
        v["ministries"] = json!({"now": "a map"});
    });
    let (e, msg) = load_err(d.path(), "future.codi.json", &v);
    assert!(matches!(e, LoadError::TooNew { found: 7, .. }), "{msg}");
    assert!(msg.contains("newer version"), "{msg}");
    let path = d.path().join("future.codi.json");
    assert!(json::check_overwritable(&path).is_err());
    let v0 = with(demo_value(), |v| v["format_version"] = json!(0));
    let (e, _) = load_err(d.path(), "ancient.codi.json", &v0);
    assert!(matches!(e, LoadError::Unsupported { found: 0, .. }));
    let missing = with(demo_value(), |v| {
        v.as_object_mut().unwrap().remove("format_version");
    });
    let (_, msg) = load_err(d.path(), "nover.codi.json", &missing);
    assert!(msg.contains("missing field `format_version`"), "{msg}");
}

#[test]
fn missing_file_is_an_io_error() {
    let e = json::load(Path::new("/nonexistent/dir/x.codi.json")).unwrap_err();
    assert!(matches!(e, LoadError::Read(ReadError::Io { .. })));
    assert!(e.to_string().contains("/nonexistent/dir/x.codi.json"));
}

#[test]
fn save_is_atomic_keeps_a_backup_and_leaves_no_temp_files() {
    let d = tmp();
    let path: PathBuf = d.path().join("ws.codi.json");
    let mut ws = demo_workspace();
    json::save(&path, &ws).unwrap();
    let first = std::fs::read(&path).unwrap();
    assert!(
        !json::backup_path(&path).exists(),
        "no backup before a second save"
    );
    ws.set_title("Changed");
    json::save(&path, &ws).unwrap();
    assert_eq!(std::fs::read(json::backup_path(&path)).unwrap(), first);
    assert_eq!(json::load(&path).unwrap(), ws);
    let names: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "only the file and its backup: {names:?}");
}

#[test]
fn save_into_a_missing_folder_fails_cleanly() {
    let d = tmp();
    let path = d.path().join("no-such-folder").join("ws.codi.json");
    let e = json::save(&path, &demo_workspace()).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("creating a temporary file") && msg.contains("ws.codi.json"),
        "{msg}"
    );
    assert!(!path.exists());
}

#[test]
fn save_over_a_folder_fails_and_keeps_it() {
    let d = tmp();
    let path = d.path().join("taken.codi.json");
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("inside.txt"), "keep me").unwrap();
    assert!(json::save(&path, &demo_workspace()).is_err());
    assert_eq!(
        std::fs::read_to_string(path.join("inside.txt")).unwrap(),
        "keep me"
    );
    let leftovers = std::fs::read_dir(d.path()).unwrap().count();
    assert_eq!(leftovers, 1, "temporary file removed after the failure");
}

#[test]
fn a_text_longer_than_editing_allows_is_refused_naming_the_record() {
    let d = tmp();
    // 100 MB of rationale (what an exploding workbook could once produce), built as
    // text so the test holds it only a few times.
    let text = String::from_utf8(json::to_bytes(&demo_workspace())).unwrap();
    let huge = "x".repeat(100 * 1024 * 1024);
    let bytes = text.replacen("\"rationale\": \"", &format!("\"rationale\": \"{huge}"), 1);
    drop(huge);
    let (_, msg) = load_err(d.path(), "huge.codi.json", bytes.as_bytes());
    assert!(msg.contains("assessments[0]"), "{msg}");
    assert!(msg.contains("inclusiveness"), "{msg}");
    assert!(msg.contains("rationale is 104857"), "{msg}");
    assert!(msg.contains("at most 4000"), "{msg}");
    assert!(msg.len() < 400, "the message does not quote the text");
    // Every kept text of a record, and the notes, have the same limit.
    let long = json!("y".repeat(4001));
    for (name, edit) in [
        (
            "evidence",
            &(|v: &mut Value| v["assessments"][0]["scores"]["adequacy"]["evidence"] = long.clone())
                as &dyn Fn(&mut Value),
        ),
        ("dissent", &|v: &mut Value| {
            v["assessments"][1]["scores"]["adequacy"]["dissent"] = long.clone()
        }),
        ("round notes", &|v: &mut Value| {
            v["rounds"][0]["notes"] = long.clone()
        }),
        ("notes", &|v: &mut Value| {
            v["assessments"][2]["notes"] = long.clone()
        }),
    ] {
        let (_, msg) = load_err(d.path(), "long.codi.json", &with(demo_value(), edit));
        assert!(
            msg.contains(&format!("{name} is 4001 characters")),
            "{name}: {msg}"
        );
    }
    // 4,000 characters load.
    let ok = with(demo_value(), |v| {
        v["assessments"][0]["scores"]["adequacy"]["evidence"] = json!("z".repeat(4000))
    });
    std::fs::write(d.path().join("ok.codi.json"), ok).unwrap();
    json::load(&d.path().join("ok.codi.json")).expect("4,000 characters are kept");
}

#[test]
fn table_codes_must_be_well_formed_and_each_reach_one_table() {
    let d = tmp();
    let table = |code: &str| json!({"code": code});
    let two =
        with(
            demo_value(),
            |v| {
                v["rounds"][1]["tables"] =
                    json!({"MoSW": table("K7M2Q9XR"), "MoWCA": table("K7M2Q9XR")})
            },
        );
    let (_, msg) = load_err(d.path(), "shared.codi.json", &two);
    assert!(msg.contains("rounds[1]"), "{msg}");
    assert!(msg.contains("`K7M2Q9XR` is already used"), "{msg}");
    for (code, shown) in [
        ("", "``"),
        ("../x", "`../x`"),
        ("AB\nCDEFGH", "`AB\\nCDEFGH`"),
    ] {
        let bad = with(demo_value(), |v| {
            v["rounds"][1]["tables"] = json!({"MoSW": table(code)})
        });
        let (_, msg) = load_err(d.path(), "code.codi.json", &bad);
        assert!(
            msg.contains(&format!("table code {shown} is not")),
            "{code:?}: {msg}"
        );
        assert!(!msg.contains('\n'), "one line: {msg:?}");
    }
    let stranger = with(demo_value(), |v| {
        v["rounds"][1]["tables"] = json!({"MoNobody": table("K7M2Q9XR")})
    });
    let (_, msg) = load_err(d.path(), "who.codi.json", &stranger);
    assert!(msg.contains("MoNobody"), "{msg}");
    let fine =
        with(
            demo_value(),
            |v| {
                v["rounds"][1]["tables"] =
                    json!({"MoSW": table("K7M2Q9XR"), "MoWCA": table("H3JW8NPT")})
            },
        );
    std::fs::write(d.path().join("fine.codi.json"), fine).unwrap();
    json::load(&d.path().join("fine.codi.json")).expect("two tables, two codes");
}

#[test]
fn an_instrument_version_twice_is_refused() {
    let d = tmp();
    let v = with(demo_value(), |v| {
        let first = v["instruments"][0].clone();
        v["instruments"].as_array_mut().unwrap().push(first);
    });
    let (_, msg) = load_err(d.path(), "twice.codi.json", &v);
    assert!(msg.contains("instruments[1]"), "{msg}");
    assert!(msg.contains("appears twice"), "{msg}");
}

#[test]
fn a_bad_language_tag_is_named_and_a_good_one_round_trips() {
    let d = tmp();
    let v = with(demo_value(), |v| v["language"] = json!("Bengali"));
    let (e, msg) = load_err(d.path(), "lang.codi.json", &v);
    assert!(matches!(e, LoadError::Data { .. }), "{msg}");
    assert!(msg.contains("language"), "{msg}");
    assert!(msg.contains("`Bengali` is not a language tag"), "{msg}");
    // A file without a language is English and is written back without one.
    let plain = d.path().join("plain.codi.json");
    codi_storage::save(&plain, &codi_model::demo::demo_workspace()).unwrap();
    let ws = codi_storage::load(&plain).unwrap();
    assert_eq!(ws.language(), None);
    assert!(
        !std::fs::read_to_string(&plain)
            .unwrap()
            .contains("\"language\"")
    );
    let bn = d.path().join("bn.codi.json");
    let v = with(demo_value(), |v| v["language"] = json!("bn"));
    std::fs::write(&bn, &v).unwrap();
    let ws = codi_storage::load(&bn).unwrap();
    assert_eq!(ws.language().map(|l| l.as_str()), Some("bn"));
    codi_storage::save(&bn, &ws).unwrap();
    assert!(
        std::fs::read_to_string(&bn)
            .unwrap()
            .contains("\"language\": \"bn\"")
    );
}
