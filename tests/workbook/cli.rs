//! The workbook commands as a user runs them: `export-xlsx`, `import` with `--sheet`,
//! `template` and its import back, and the files that must never be overwritten.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codi-workshop"))
        .args(args)
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(o.status.code(), Some(1), "{args:?}");
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn export_import_and_template_from_the_command_line() {
    let d = tempfile::tempdir().unwrap();
    let p = |n: &str| d.path().join(n).to_str().unwrap().to_owned();
    ok(&["demo", &p("demo.codi.json")]);
    ok(&["export-xlsx", &p("demo.codi.json"), "-o", &p("demo.xlsx")]);
    let out = ok(&["import", &p("demo.xlsx"), "-o", &p("back.codi.json")]);
    assert!(out.contains("Imported 240 rows"), "{out}");
    // The same data as the CSV of the original.
    ok(&["export-csv", &p("demo.codi.json"), "-o", &p("a.csv")]);
    ok(&["export-csv", &p("back.codi.json"), "-o", &p("b.csv")]);
    assert_eq!(
        std::fs::read(p("a.csv")).unwrap(),
        std::fs::read(p("b.csv")).unwrap()
    );
    // A sheet that is not there is named, with the sheets that are.
    let e = err(&[
        "import",
        &p("demo.xlsx"),
        "--sheet",
        "Nope",
        "-o",
        &p("x.codi.json"),
    ]);
    assert!(
        e.contains("no sheet `Nope`; its sheets are `Scores`, `Summary`"),
        "{e}"
    );
    // The Summary sheet is for reading: it lacks the contract's columns.
    let e = err(&[
        "import",
        &p("demo.xlsx"),
        "--sheet",
        "summary",
        "-o",
        &p("x.codi.json"),
    ]);
    assert!(
        e.contains("sheet Summary") && e.contains("lacks the required"),
        "{e}"
    );
    // A sheet named for a CSV file.
    let e = err(&[
        "import",
        &p("a.csv"),
        "--sheet",
        "Scores",
        "-o",
        &p("x.codi.json"),
    ]);
    assert!(e.contains("this is a CSV file"), "{e}");
    // The old command name still works, on workbooks too.
    ok(&["import-csv", &p("demo.xlsx"), "-o", &p("again.codi.json")]);

    let out = ok(&[
        "template",
        &p("demo.codi.json"),
        "--round",
        "followup-2024",
        "-o",
        &p("t.xlsx"),
    ]);
    assert!(out.contains("import it with"), "{out}");
    let e = err(&[
        "template",
        &p("demo.codi.json"),
        "--round",
        "2030",
        "-o",
        &p("t2.xlsx"),
    ]);
    assert!(
        e.contains("no round `2030`; its rounds are `baseline-2022`, `followup-2024`"),
        "{e}"
    );
    let out = ok(&[
        "import",
        &p("t.xlsx"),
        "--into",
        &p("demo.codi.json"),
        "-o",
        &p("merged.codi.json"),
    ]);
    assert!(out.contains("0 added, 0 changed"), "{out}");

    // Never over the input.
    let before = std::fs::read(p("demo.xlsx")).unwrap();
    let e = err(&["import", &p("demo.xlsx"), "-o", &p("demo.xlsx")]);
    assert!(e.contains("would overwrite the workbook"), "{e}");
    assert_eq!(std::fs::read(p("demo.xlsx")).unwrap(), before);
    let e = err(&[
        "export-xlsx",
        &p("demo.codi.json"),
        "-o",
        &p("demo.codi.json"),
    ]);
    assert!(e.contains("would overwrite"), "{e}");
    assert!(run(&["check", &p("demo.codi.json")]).status.success());
}
