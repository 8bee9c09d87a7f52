//! Charts in words: the text alternative of each chart (radar, trend, distribution),
//! read by screen readers from the tagged PDF and, for the radar, from the app's
//! window too. Each names what is drawn and every value in it.

use codi_i18n::Texts;

use crate::model::Answer;
use crate::model::stats::Distribution;
use crate::words::num;

/// An answer as words: the level's number, or what NA, NI and no answer mean.
pub fn answer(t: &Texts, a: Option<Answer>) -> String {
    match a {
        Some(Answer::Level(l)) => num(t, l.get()),
        Some(Answer::NotApplicable) => t.get("report-alt-na"),
        Some(Answer::InsufficientInfo) => t.get("report-alt-ni"),
        None => t.get("report-alt-unscored"),
    }
}

/// What a radar shows: each area's answer this round, and the previous round's where
/// there is one ("Radar of MoSW, follow-up 2024 against baseline 2022: Inclusiveness 3
/// (was 2), …").
pub fn radar(
    t: &Texts,
    ministry: &str,
    round: &str,
    previous: Option<(&str, &[Option<Answer>])>,
    areas: &[String],
    current: &[Option<Answer>],
) -> String {
    let parts: Vec<String> = areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let now = answer(t, current.get(i).copied().flatten());
            match previous {
                Some((_, was)) => t.with(
                    "report-alt-area-was",
                    &[
                        ("area", area.as_str().into()),
                        ("answer", now.into()),
                        ("was", answer(t, was.get(i).copied().flatten()).into()),
                    ],
                ),
                None => t.with(
                    "report-alt-area",
                    &[("area", area.as_str().into()), ("answer", now.into())],
                ),
            }
        })
        .collect();
    let mut args = vec![
        ("ministry", ministry.into()),
        ("round", round.into()),
        ("areas", parts.join(", ").into()),
    ];
    match previous {
        Some((title, _)) => {
            args.push(("previous", title.into()));
            t.with("report-alt-radar-against", &args)
        }
        None => t.with("report-alt-radar", &args),
    }
}

/// What one area's trend chart shows: the answer in each round, oldest first.
pub fn trend(t: &Texts, ministry: &str, area: &str, points: &[(String, Option<Answer>)]) -> String {
    let list: Vec<String> = points
        .iter()
        .map(|(round, a)| {
            t.with(
                "report-alt-trend-point",
                &[
                    ("round", round.as_str().into()),
                    ("answer", answer(t, *a).into()),
                ],
            )
        })
        .collect();
    t.with(
        "report-alt-trend",
        &[
            ("ministry", ministry.into()),
            ("area", area.into()),
            ("n", points.len().into()),
            ("points", list.join(", ").into()),
        ],
    )
}

/// What one area's distribution bar shows: how many ministries gave each answer.
pub fn distribution(t: &Texts, area: &str, d: &Distribution) -> String {
    let mut parts: Vec<String> = d
        .levels
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .map(|(i, c)| count(t, num(t, i + 1), *c))
        .collect();
    for (id, c) in [
        ("report-alt-na", d.na),
        ("report-alt-ni", d.ni),
        ("report-alt-unscored", d.unscored),
    ] {
        if c > 0 {
            parts.push(count(t, t.get(id), c));
        }
    }
    t.with(
        "report-alt-distribution",
        &[("area", area.into()), ("parts", parts.join(", ").into())],
    )
}

fn count(t: &Texts, answer: String, n: usize) -> String {
    t.with(
        "report-alt-count",
        &[("answer", answer.into()), ("count", n.into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level;

    fn texts(code: &str) -> std::sync::Arc<Texts> {
        let digits = if code == "bn" {
            codi_i18n::Digits::Bangla
        } else {
            codi_i18n::Digits::Latin
        };
        codi_i18n::Catalog::shipped().texts(code, digits)
    }

    fn en() -> std::sync::Arc<Texts> {
        texts("en")
    }

    #[test]
    fn a_radar_names_every_area_with_its_answer_and_the_previous_one() {
        let t = en();
        let areas = ["Inclusiveness".to_owned(), "Responsiveness".to_owned()];
        let now = [
            Level::new(3).map(Answer::Level),
            Some(Answer::NotApplicable),
        ];
        let was = [Level::new(2).map(Answer::Level), None];
        let s = radar(
            &t,
            "MoSW",
            "Follow-up 2024",
            Some(("Baseline 2022", &was)),
            &areas,
            &now,
        );
        assert_eq!(
            s,
            "Radar chart of MoSW, Follow-up 2024 against Baseline 2022: Inclusiveness 3 \
             (was 2), Responsiveness not applicable (was not scored)."
        );
        let first = radar(&t, "MoSW", "Baseline 2022", None, &areas, &was);
        assert_eq!(
            first,
            "Radar chart of MoSW, Baseline 2022: Inclusiveness 2, Responsiveness not scored."
        );
    }

    #[test]
    fn a_trend_and_a_distribution_say_every_value() {
        let t = en();
        let pts = [
            ("Baseline 2022".to_owned(), Level::new(1).map(Answer::Level)),
            ("Follow-up 2024".to_owned(), Some(Answer::InsufficientInfo)),
        ];
        assert_eq!(
            trend(&t, "MoSW", "Coherence", &pts),
            "Trend of Coherence for MoSW over 2 rounds: Baseline 2022 1, Follow-up 2024 \
             insufficient information."
        );
        let d = Distribution {
            levels: vec![0, 4, 1, 0],
            na: 2,
            ni: 0,
            unscored: 1,
        };
        assert_eq!(
            distribution(&t, "Coherence", &d),
            "How the ministries answered Coherence: 2: 4 ministries, 3: 1 ministry, not \
             applicable: 2 ministries, not scored: 1 ministry."
        );
    }

    #[test]
    fn bangla_alternatives_use_bangla_digits() {
        let t = texts("bn");
        let s = answer(&t, Level::new(3).map(Answer::Level));
        assert_eq!(s, "৩");
    }
}
