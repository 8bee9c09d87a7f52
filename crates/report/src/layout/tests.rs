use super::*;
use crate::fonts::fonts;

fn doc() -> Doc {
    Doc::new(
        Paper::A4,
        fonts().unwrap(),
        codi_i18n::Catalog::shipped().english(),
    )
}

#[test]
fn wrap_keeps_every_character_and_fits() {
    let d = doc();
    let st = Style::regular(9.0);
    let text = "The group agreed   a level after a long discussion.\nSecond paragraph with \
                a verylongwordthatcannotfitonalineatallbecauseitgoesonandon and more.";
    let lines = d.wrap(text, st, 80.0);
    assert!(lines.len() > 4);
    for l in &lines {
        assert!(d.measure(l, st) <= 80.0 + 0.01, "{l}");
    }
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(squash(&lines.concat()), squash(text));
    assert_eq!(d.wrap("", st, 50.0), vec![String::new()]);
}

#[test]
fn clean_replaces_visibly_and_reports_once_per_context() {
    let mut d = doc();
    assert_eq!(d.clean("Café – “ok”", "a"), "Café – “ok”");
    assert_eq!(d.clean("a\r\nb\rc\td", "a"), "a\nb\nc d");
    // Bangla is drawn with the Bengali face; Chinese has no bundled font.
    assert_eq!(d.clean("সমাজ x", "b"), "সমাজ x");
    let out = d.clean("社会福利 x", "ministry X name");
    assert_eq!(out.chars().filter(|&c| c == '\u{FFFD}').count(), 4);
    assert!(out.ends_with(" x"));
    d.clean("社", "ministry X name");
    d.clean("وزارة", "ministry Y name");
    let w = d.warnings();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[1].starts_with("ministry Y name: right-to-left"),
        "{}",
        w[1]
    );
    assert!(
        w[0].starts_with("ministry X name: the report font cannot show 4 distinct"),
        "{}",
        w[0]
    );
    assert!(w[0].contains("U+793E"), "{}", w[0]);
}

#[test]
fn contrast_picks_readable_text() {
    for bg in [Rgb8(0xE6, 0x61, 0x01), Rgb8(0x5E, 0x3C, 0x99), print::PANEL] {
        assert!(bg.contrast(bg.text_on()) >= 4.5, "{bg:?}");
    }
    assert_eq!(Rgb8(0x5E, 0x3C, 0x99).text_on(), Rgb8::WHITE);
    assert_eq!(Rgb8(0xE6, 0x61, 0x01).text_on(), Rgb8::BLACK);
}

fn meta() -> DocMeta<'static> {
    DocMeta {
        title: "Test",
        subject: "A test",
        footer: "Workspace",
        draft: "",
        generated: jiff::civil::date(2026, 11, 20),
    }
}

/// Text drawn on a page after the next one started (as a contents list is filled in)
/// lands on that page, in its second stream; the file parses, text extracts, and the
/// same drawing gives the same bytes.
#[test]
fn pages_are_written_as_they_finish_and_can_still_be_drawn_on() {
    let draw = || {
        let mut d = doc();
        d.new_page();
        d.text(50.0, 100.0, Style::regular(10.0), "First page");
        d.bookmark("One".into());
        d.new_page();
        d.text(50.0, 100.0, Style::bold(10.0), "Second page সমাজ");
        d.rect(50.0, 120.0, 40.0, 10.0, Paint::fill(print::PANEL));
        d.circle(
            100.0,
            200.0,
            5.0,
            Paint::stroke(Stroke::dashed(print::RULE, 1.0, 2.0, 1.0)),
        );
        d.bookmark("Two".into());
        let back = d.goto(1);
        d.text(50.0, 140.0, Style::regular(10.0), "Added later");
        d.goto(back);
        d.finish(&meta()).unwrap()
    };
    let r = draw();
    assert_eq!(r.pages, 2);
    assert_eq!(r.bytes, draw().bytes, "byte-stable");
    let pdf = lopdf::Document::load_mem(&r.bytes).expect("parses");
    let one = pdf.extract_text(&[1]).unwrap();
    // lopdf reads the glyphs, not the span's text: later glyphs of a cluster are U+200B.
    let two = pdf.extract_text(&[2]).unwrap().replace('\u{200B}', "");
    assert!(
        one.contains("First page") && one.contains("Added later"),
        "{one}"
    );
    assert!(
        one.contains("Page 1 of 2") && one.contains("Workspace"),
        "{one}"
    );
    assert!(two.contains("Second page") && two.contains("সমাজ"), "{two}");
    assert!(!two.contains("Added later"), "{two}");
    let outline = pdf.get_toc().expect("outline");
    let titles: Vec<_> = outline.toc.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["One", "Two"]);
}

#[test]
fn the_document_id_follows_the_content() {
    let make = |s: &str| {
        let mut d = doc();
        d.text(50.0, 100.0, Style::regular(10.0), s);
        d.finish(&meta()).unwrap().bytes
    };
    let id = |b: &[u8]| {
        let p = b.windows(4).rposition(|w| w == b"/ID[").unwrap();
        b[p..p + 40].to_vec()
    };
    assert_eq!(id(&make("a")), id(&make("a")));
    assert_ne!(id(&make("a")), id(&make("b")));
}
