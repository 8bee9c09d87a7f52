use super::*;

fn catalog() -> Catalog {
    Catalog::shipped()
}

#[test]
fn english_formats_messages_attributes_and_variables() {
    let en = catalog().english();
    assert_eq!(en.get("menu-file"), "File");
    assert!(en.attr("action-open-demo", "tooltip").is_some());
    assert_eq!(en.attr("action-undo", "tooltip"), None);
    let text = en.with(
        "action-not-now",
        &[("action", "Undo".into()), ("why", "Nothing to undo".into())],
    );
    assert_eq!(text, "Undo: Nothing to undo.");
}

#[test]
fn a_missing_message_falls_back_to_english_and_an_unknown_id_shows_itself() {
    let c = catalog();
    let t = c.texts("en-XA", Digits::Latin);
    assert!(t.get("menu-file").starts_with('['));
    assert_eq!(c.english().get("no-such-message"), "no-such-message");
}

#[test]
fn bangla_digits_reach_the_numbers_in_messages() {
    let c = catalog();
    let t = c.texts("en", Digits::Bangla);
    let text = t.with("about-workspace-value", &[("version", 2026.into())]);
    assert!(text.ends_with("২০২৬"), "{text}");
    assert_eq!(t.number("3.5"), "৩.৫");
}

#[test]
fn the_system_language_picks_a_shipped_one() {
    let c = catalog();
    assert_eq!(c.best_for("bn-BD"), Some("bn"));
    assert_eq!(c.best_for("fr_FR.UTF-8"), Some("fr"));
    assert_eq!(c.best_for("de-DE"), None);
    assert_eq!(c.best_for("en-XA"), Some("en"));
}

#[test]
fn a_dropped_in_language_loads_with_its_faults_named() {
    let dir = std::env::temp_dir().join(format!("codi-i18n-{}", std::process::id()));
    let xx = dir.join("pt-BR");
    std::fs::create_dir_all(&xx).unwrap();
    std::fs::write(
        xx.join("app.ftl"),
        "language-name = Português\nmenu-file = Arquivo\nmenu-edit = { oops\nextra = X\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("not a code")).unwrap();
    let (c, problems) = Catalog::with_folder(&dir);
    let names: Vec<&str> = c.languages().iter().map(|l| l.name.as_str()).collect();
    assert!(names.contains(&"Português"), "{names:?}");
    let t = c.texts("pt-BR", Digits::Latin);
    assert_eq!(t.get("menu-file"), "Arquivo");
    // Missing and malformed: English stands in.
    assert_eq!(t.get("menu-edit"), "Edit");
    let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let text = all.join("\n");
    assert!(text.contains("app.ftl:3:"), "{text}");
    assert!(text.contains("(in or after `menu-edit`)"), "{text}");
    assert!(
        text.contains("messages missing (shown in English)"),
        "{text}"
    );
    assert!(
        text.contains("English does not have (ignored): extra"),
        "{text}"
    );
    assert!(text.contains("is not named as a language code"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}
