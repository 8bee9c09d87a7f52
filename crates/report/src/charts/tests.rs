use super::*;

#[test]
fn print_uses_the_screens_level_colours() {
    let s = ScaleInfo {
        max: 4,
        labels: vec!["a".into(), "b".into(), "c".into(), "d".into()],
        na: "NA".into(),
        ni: "NI".into(),
        not_scored: "Not scored".into(),
    };
    for l in 1..=4u8 {
        assert_eq!(s.level_color(l), look::LEVELS[usize::from(l) - 1]);
    }
    let five = ScaleInfo { max: 5, ..s };
    assert_eq!(five.level_color(1), look::LEVELS[0]);
    assert_eq!(five.level_color(5), look::LEVELS[3]);
}
