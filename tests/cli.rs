//! The command line, run as a user would: exit codes, messages, files written.

use std::path::Path;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_codi-workshop"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn demo_in(dir: &Path) -> String {
    let p = dir.join("demo.codi.json");
    let out = run(&["demo", p.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    p.to_str().unwrap().to_owned()
}

#[test]
fn demo_then_check() {
    let d = tempfile::tempdir().unwrap();
    let p = demo_in(d.path());
    let out = run(&["check", &p]);
    assert_eq!(out.status.code(), Some(0));
    let s = text(&out.stdout);
    assert!(s.contains("valid workspace"), "{s}");
    assert!(s.contains("Ministries: 12"), "{s}");
    assert!(s.contains("baseline-2022"), "{s}");
    assert!(s.lines().count() <= 24, "one screen: {s}");
}

#[test]
fn check_bad_file_exits_1_with_message_and_leaves_it() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("bad.codi.json");
    std::fs::write(&p, "{\"format_version\": 1,").unwrap();
    let out = run(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let e = text(&out.stderr);
    assert!(e.contains("bad.codi.json") && e.contains("line 1"), "{e}");
    assert_eq!(
        std::fs::read_to_string(&p).unwrap(),
        "{\"format_version\": 1,"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(
        run(&["summary", "x", "--format", "xml"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate", "a", "b"]).status.code(), Some(2));
}

#[test]
fn summary_text_and_csv() {
    let d = tempfile::tempdir().unwrap();
    let p = demo_in(d.path());
    let out = run(&["summary", &p, "--round", "followup-2024"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("Follow-up workshop"));
    assert!(!s.contains("Baseline workshop ("));
    let hsd = s.lines().find(|l| l.starts_with("HSD")).unwrap();
    assert!(hsd.contains("7/10"), "{hsd}");
    assert!(s.contains("indicative"));

    let out = run(&["summary", &p, "--format", "csv"]);
    let s = text(&out.stdout);
    let mut lines = s.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("round,date,ministry,inclusiveness")
    );
    let fid = s
        .lines()
        .find(|l| l.starts_with("baseline-2022,2022-08-04,FID,"))
        .unwrap();
    // FID baseline: 1 1 2 2 2 2 1 1 NI NI -> median 1.50, mean 1.50
    assert!(fid.contains(",NI,NI,10,10,8,0,2,1.50,1.50"), "{fid}");
    assert_eq!(s.lines().count(), 1 + 2 * 12);

    let out = run(&["summary", &p, "--round", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no round `nope`"));
}

#[test]
fn csv_export_import_round_trip_via_cli() {
    let d = tempfile::tempdir().unwrap();
    let p = demo_in(d.path());
    let csv = d.path().join("out.csv");
    let out = run(&["export-csv", &p, "-o", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let back = d.path().join("back.codi.json");
    let out = run(&[
        "import-csv",
        csv.to_str().unwrap(),
        "-o",
        back.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Imported 240 rows"),
        "{}",
        text(&out.stdout)
    );
    let a = run(&["summary", &p, "--format", "csv"]).stdout;
    let b = run(&["summary", back.to_str().unwrap(), "--format", "csv"]).stdout;
    assert_eq!(text(&a), text(&b));
}

#[test]
fn import_into_existing_leaves_it_untouched() {
    let d = tempfile::tempdir().unwrap();
    let p = demo_in(d.path());
    let before = std::fs::read(&p).unwrap();
    let csv = d.path().join("new.csv");
    std::fs::write(
        &csv,
        "round;date;ministry;area;score\nFollow-up workshop;2024-08-04;HSD;8;3\n",
    )
    .unwrap();
    let out_path = d.path().join("merged.codi.json");
    let out = run(&[
        "import-csv",
        csv.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
        "--into",
        &p,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(&p).unwrap(), before);
    let s = text(
        &run(&[
            "summary",
            out_path.to_str().unwrap(),
            "--round",
            "followup-2024",
        ])
        .stdout,
    );
    assert!(
        s.lines()
            .find(|l| l.starts_with("HSD"))
            .unwrap()
            .contains("8/10"),
        "{s}"
    );
}

#[test]
fn bad_csv_names_line_and_column() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("bad.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score\nR,2022-08-04,MoSW,1,7\n",
    )
    .unwrap();
    let out = run(&[
        "import-csv",
        csv.to_str().unwrap(),
        "-o",
        d.path().join("o.codi.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let e = text(&out.stderr);
    assert!(
        e.contains("line 2, column 5 (`score`)") && e.contains("bad.csv"),
        "{e}"
    );
    assert!(!d.path().join("o.codi.json").exists());
}

#[test]
fn refuses_to_overwrite_a_newer_file() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("future.codi.json");
    std::fs::write(&p, "{\"format_version\": 99}").unwrap();
    let out = run(&["demo", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("newer version"));
    assert_eq!(
        std::fs::read_to_string(&p).unwrap(),
        "{\"format_version\": 99}"
    );
}

#[test]
fn new_workspace_with_another_instrument() {
    let d = tempfile::tempdir().unwrap();
    let inst = d.path().join("three-levels.json");
    let mut v: serde_json::Value =
        serde_json::from_str(codi_workshop::model::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
    // Adapting the scale without its translations is refused by name.
    v["scale"]["levels"].as_array_mut().unwrap().pop();
    for a in v["areas"].as_array_mut().unwrap() {
        a["level_descriptors"].as_array_mut().unwrap().pop();
    }
    std::fs::write(&inst, v.to_string()).unwrap();
    let refused = run(&[
        "new",
        d.path().join("x.codi.json").to_str().unwrap(),
        "--instrument",
        inst.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("translations.bn.levels"),
        "{}",
        text(&refused.stderr)
    );
    // An adapted instrument with its own texts only.
    v.as_object_mut().unwrap().remove("translations");
    std::fs::write(&inst, v.to_string()).unwrap();
    let out = d.path().join("new.codi.json");
    let o = run(&[
        "new",
        out.to_str().unwrap(),
        "--instrument",
        inst.to_str().unwrap(),
        "--title",
        "Adapted",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let s = text(&run(&["check", out.to_str().unwrap()]).stdout);
    assert!(s.contains("levels 1-3") && s.contains("Adapted"), "{s}");
    // A broken instrument names the file and the field; nothing is written.
    v["areas"][0]["name"] = "".into();
    std::fs::write(&inst, v.to_string()).unwrap();
    let out2 = d.path().join("never.codi.json");
    let o = run(&[
        "new",
        out2.to_str().unwrap(),
        "--instrument",
        inst.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let e = text(&o.stderr);
    assert!(
        e.contains("three-levels.json") && e.contains("areas[0].name"),
        "{e}"
    );
    assert!(!out2.exists());
}

#[test]
fn report_writes_pdfs_and_is_byte_stable_across_processes() {
    let d = tempfile::tempdir().unwrap();
    let p = demo_in(d.path());
    let a = d.path().join("a.pdf");
    let b = d.path().join("b.pdf");
    let a_s = a.to_str().unwrap();
    let args = |out: &str| {
        [
            "report",
            &p,
            "-o",
            out,
            "--round",
            "baseline-2022",
            "--fixed-date",
            "2026-11-20",
        ]
        .map(str::to_owned)
    };
    let out = bin().args(args(a_s)).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("pages"), "{}", text(&out.stdout));
    // The environment variable fixes the date just as well.
    let out = bin()
        .args(&args(b.to_str().unwrap())[..6])
        .env("CODI_REPORT_DATE", "2026-11-20")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let (ba, bb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert!(ba.starts_with(b"%PDF-"));
    assert!(ba == bb, "same input and date must give the same bytes");
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());

    let m = d.path().join("m.pdf");
    let out = run(&[
        "report",
        &p,
        "-o",
        m.to_str().unwrap(),
        "--round",
        "Follow-up workshop",
        "--ministry",
        "MoSW",
        "--paper",
        "letter",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pdf = std::fs::read(&m).unwrap();
    assert!(
        pdf.len() < ba.len(),
        "one ministry is smaller than the workshop"
    );
    assert!(
        pdf.windows(22).any(|w| w == b"/MediaBox[0 0 612 792]"),
        "letter media box"
    );
}

#[test]
fn report_unknown_round_or_ministry_exits_1_and_writes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let p = demo_in(d.path());
    let o = d.path().join("r.pdf");
    let o_s = o.to_str().unwrap();
    let out = run(&["report", &p, "-o", o_s, "--round", "2030"]);
    assert_eq!(out.status.code(), Some(1));
    let e = text(&out.stderr);
    assert!(
        e.contains("no round `2030`") && e.contains("baseline-2022"),
        "{e}"
    );
    let out = run(&[
        "report",
        &p,
        "-o",
        o_s,
        "--round",
        "baseline-2022",
        "--ministry",
        "MoXX",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no ministry `MoXX`"));
    assert!(!o.exists());
    // Usage errors: bad paper size, bad date, missing round.
    for bad in [
        vec![
            "report",
            &p,
            "-o",
            o_s,
            "--round",
            "baseline-2022",
            "--paper",
            "a3",
        ],
        vec![
            "report",
            &p,
            "-o",
            o_s,
            "--round",
            "baseline-2022",
            "--fixed-date",
            "20-11-2026",
        ],
        vec!["report", &p, "-o", o_s],
    ] {
        assert_eq!(run(&bad).status.code(), Some(2), "{bad:?}");
    }
    // Never overwrite the workspace with a PDF.
    let out = run(&["report", &p, "-o", &p, "--round", "baseline-2022"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("overwrite the workspace"));
}

#[test]
fn i18n_check_passes_the_shipped_languages_and_names_a_translators_faults() {
    let o = run(&["i18n-check", "assets/i18n"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let listed = text(&o.stdout);
    for code in ["bn", "en", "es", "fr"] {
        assert!(listed.contains(&format!("{code}: ")), "{listed}");
    }
    assert!(listed.contains("0 missing, 0 unused, 0 with other variables, 0 malformed"));
    let dir = tempfile::tempdir().unwrap();
    let pt = dir.path().join("pt-BR");
    std::fs::create_dir(&pt).unwrap();
    std::fs::write(
        pt.join("app.ftl"),
        "language-name = Português\nmenu-file = Arquivo\nmenu-edit = { oops\nextra = X\naction-not-now = { $action }\n",
    )
    .unwrap();
    let o = run(&["i18n-check", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let listed = text(&o.stdout);
    assert!(listed.contains("pt-BR: 4 messages"), "{listed}");
    assert!(listed.contains("  missing: menu-help"), "{listed}");
    assert!(listed.contains("  unused: extra ("), "{listed}");
    assert!(listed.contains("app.ftl:3: "), "{listed}");
    assert!(
        listed.contains("`action-not-now` has variables"),
        "{listed}"
    );
    assert!(text(&o.stderr).contains("problems in 1 languages"));
}

/// egui cannot lay out right-to-left scripts, but Arabic data is kept whole: a
/// ministry name and a rationale in Arabic go through the file, CSV export and import,
/// and the workbook, byte for byte.
#[test]
fn arabic_text_is_stored_and_exported_intact() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_in(dir.path());
    let name = "وزارة الشؤون الاجتماعية";
    let rationale = "التغطية جزئية في المناطق الريفية، والبيانات غير مكتملة.";
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    v["ministries"][0]["name"] = name.into();
    v["assessments"][0]["scores"]["inclusiveness"]["rationale"] = rationale.into();
    std::fs::write(&file, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    assert!(run(&["check", &file]).status.success());
    let csv = dir.path().join("ar.csv");
    let o = run(&["export-csv", "-o", csv.to_str().unwrap(), &file]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let exported = std::fs::read_to_string(&csv).unwrap();
    assert!(exported.contains(name) && exported.contains(rationale));
    let back = dir.path().join("back.codi.json");
    let o = run(&[
        "import",
        "-o",
        back.to_str().unwrap(),
        csv.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let again = dir.path().join("again.csv");
    let o = run(&[
        "export-csv",
        "-o",
        again.to_str().unwrap(),
        back.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert_eq!(std::fs::read(&csv).unwrap(), std::fs::read(&again).unwrap());
    let xlsx = dir.path().join("ar.xlsx");
    let o = run(&["export-xlsx", "-o", xlsx.to_str().unwrap(), &file]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let from_xlsx = dir.path().join("x.codi.json");
    let o = run(&[
        "import",
        "-o",
        from_xlsx.to_str().unwrap(),
        xlsx.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let kept = std::fs::read_to_string(&from_xlsx).unwrap();
    assert!(kept.contains(name) && kept.contains(rationale));
}
