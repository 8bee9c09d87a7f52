use super::finish::stabilize_trailer_id;
use super::*;
use crate::report::fonts::fonts;

fn doc() -> Doc {
    Doc::new(Paper::A4, fonts().unwrap())
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

#[test]
fn trailer_id_is_replaced_by_a_content_hash() {
    let mut a = b"%PDF body\ntrailer<</ID[(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA)(BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB)]>>".to_vec();
    let mut b = a.clone();
    b[58..90].copy_from_slice(&[b'C'; 32]);
    stabilize_trailer_id(&mut a);
    stabilize_trailer_id(&mut b);
    assert_eq!(a, b);
    assert!(!a.windows(4).any(|w| w == b"AAAA"));
}
