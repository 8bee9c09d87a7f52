//! The built-in demo workspace: twelve Bangladesh ministries/divisions in the five NSSS
//! clusters, scored in a 2022 baseline and a 2024 follow-up. The scores are made up for
//! demonstration and say so in the title.

use super::ids::{MinistryId, RoundId, ScoreRef};
use super::instrument::Instrument;
use super::score::{Answer, AreaScore, Level, VoteTally};
use super::workspace::{Ministry, Participation, Round, Workspace};

mod followup;

pub const DEMO_TITLE: &str = "Bangladesh NSSS demo workshop (illustrative scores, not real data)";

const SOCIAL_ALLOWANCE: &str = "Social Allowance";
const FOOD_DISASTER: &str = "Food Security & Disaster Assistance";
const SOCIAL_INSURANCE: &str = "Social Insurance";
const LABOUR: &str = "Labour/Livelihood Intervention";
const HUMAN_DEV: &str = "Human Development & Social Empowerment";

/// (code, name, cluster, baseline answers, follow-up answers). Answers: a digit, `N`
/// (not applicable), `I` (insufficient information) or `_` (not scored yet).
const MINISTRIES: [(&str, &str, &str, &str, &str); 12] = [
    (
        "MoSW",
        "Ministry of Social Welfare",
        SOCIAL_ALLOWANCE,
        "2232322222",
        "3233323222",
    ),
    (
        "MoWCA",
        "Ministry of Women and Children Affairs",
        SOCIAL_ALLOWANCE,
        "2122222122",
        "2223222222",
    ),
    (
        "MoLWA",
        "Ministry of Liberation War Affairs",
        SOCIAL_ALLOWANCE,
        "332233112N",
        "332233212N",
    ),
    (
        "MoDMR",
        "Ministry of Disaster Management and Relief",
        FOOD_DISASTER,
        "2232322322",
        "3232323422",
    ),
    (
        "MoFood",
        "Ministry of Food",
        FOOD_DISASTER,
        "2222322321",
        "2232322332",
    ),
    (
        "FD",
        "Finance Division",
        SOCIAL_INSURANCE,
        "22223322I2",
        "2222333222",
    ),
    (
        "FID",
        "Financial Institutions Division",
        SOCIAL_INSURANCE,
        "11222211II",
        "212222212I",
    ),
    (
        "MoLE",
        "Ministry of Labour and Employment",
        LABOUR,
        "1122211222",
        "2122221222",
    ),
    (
        "RDCD",
        "Rural Development and Cooperatives Division",
        LABOUR,
        "2222222223",
        "2222212223",
    ),
    (
        "MoPME",
        "Ministry of Primary and Mass Education",
        HUMAN_DEV,
        "3233322232",
        "3333322232",
    ),
    (
        "SHED",
        "Secondary and Higher Education Division",
        HUMAN_DEV,
        "2223221122",
        "2233222122",
    ),
    (
        "HSD",
        "Health Services Division",
        HUMAN_DEV,
        "11222212I1",
        "2122221___",
    ),
];

/// Short topic phrase per area, used to write the illustrative rationales.
const THEMES: [&str; 10] = [
    "reaching all eligible groups",
    "benefit amounts compared with need",
    "the fit of the programme mix to local risks",
    "entitlements in law and complaint channels",
    "mandates, staffing and coordination",
    "predictable, affordable financing",
    "links with other ministries' programmes",
    "scaling up after floods and cyclones",
    "administrative cost per beneficiary",
    "effects on work and saving",
];

const EVIDENCE: [&str; 4] = [
    "Programme MIS extract (illustrative)",
    "Annual NSSS progress report (illustrative)",
    "Budget documents, social security allocation table (illustrative)",
    "Field monitoring notes shared in the session (illustrative)",
];

fn parse_answer(c: char) -> Option<Answer> {
    match c {
        'N' => Some(Answer::NotApplicable),
        'I' => Some(Answer::InsufficientInfo),
        d => d
            .to_digit(10)
            .and_then(|d| Level::new(d as u8))
            .map(Answer::Level),
    }
}

fn rationale(answer: Answer, theme: &str, before: Option<Answer>) -> String {
    let mut text = match answer {
        Answer::Level(l) => match l.get() {
            1 => format!("Little is in place on {theme}; the group found no shared data."),
            2 => format!(
                "Some steps on {theme} exist, but they are partial and uneven across districts."
            ),
            3 => format!(
                "The main programmes address {theme}; follow-up and review are still irregular."
            ),
            _ => format!("Well established on {theme}, reviewed every year with data to show it."),
        },
        Answer::NotApplicable => {
            "The group agreed this area does not apply to the ministry's role.".to_owned()
        }
        Answer::InsufficientInfo => {
            format!("Not enough evidence on {theme} in the room; to revisit.")
        }
    };
    if let (Some(a), Some(b)) = (before.and_then(Answer::level), answer.level()) {
        if b > a {
            text.push_str(" Better than at the baseline.");
        } else if b < a {
            text.push_str(" Weaker than at the baseline.");
        }
    }
    text
}

/// A plausible vote tally around the agreed answer, varied by a fixed seed.
fn votes(answer: Answer, seed: usize) -> VoteTally {
    let voters = 6 + (seed % 4) as u32;
    let mut t = VoteTally::zero(4);
    match answer {
        Answer::Level(l) => {
            let i = usize::from(l.get()) - 1;
            let spread = (seed % 3) as u32;
            t.levels[i] = voters - spread;
            let other = if i == 0 || (seed.is_multiple_of(2) && i < 3) {
                i + 1
            } else {
                i - 1
            };
            t.levels[other] += spread;
        }
        Answer::NotApplicable => {
            t.na = voters - 1;
            t.levels[0] = 1;
        }
        Answer::InsufficientInfo => {
            t.ni = voters - 2;
            t.levels[1] = 2;
        }
    }
    t
}

fn timestamp(date: jiff::civil::Date, minutes: i64) -> Option<jiff::Timestamp> {
    let start = date
        .at(10, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(6)))
        .ok()?;
    start
        .checked_add(jiff::Span::new().minutes(minutes))
        .ok()
        .map(|z| z.timestamp())
}

fn date(y: i16, m: i8, d: i8) -> jiff::civil::Date {
    jiff::civil::date(y, m, d)
}

/// Store a generated record for area number `k` (0-based).
fn put(ws: &mut Workspace, round: &str, ministry: &str, k: usize, score: AreaScore) {
    // Generated ids, areas and levels all come from the checked tables above and the
    // built-in instrument (invariant).
    let area = ws.instrument().areas()[k].id.clone();
    let at = ScoreRef {
        round: RoundId::new(round).expect("invariant: generated round id"),
        ministry: MinistryId::new(ministry).expect("invariant: generated code"),
        area,
    };
    ws.edit_score(&at, |s, _| {
        *s = score;
        Ok(())
    })
    .expect("invariant: generated scores fit the built-in instrument");
}

/// Build the demo workspace (deterministic: same output every time).
pub fn demo_workspace() -> Workspace {
    let instrument = Instrument::codi();
    let version = instrument.version().to_owned();
    let mut ws = Workspace::new(DEMO_TITLE, instrument);
    let rounds = [
        (
            "baseline-2022",
            "Baseline workshop",
            date(2022, 8, 4),
            "Each implementing ministry scored its own work on the ten areas.",
            Participation {
                women: 16,
                men: 24,
                other: 0,
            },
        ),
        (
            "followup-2024",
            "Follow-up workshop",
            date(2024, 8, 4),
            "Second round with the same instrument, two years on.",
            Participation {
                women: 21,
                men: 27,
                other: 0,
            },
        ),
    ];
    // Ids and names below are fixed literals checked by the demo tests (invariant).
    for (id, title, date, notes, participants) in rounds {
        ws.add_round(Round {
            id: RoundId::new(id).expect("invariant: literal round id is valid"),
            title: title.to_owned(),
            date,
            location: "Dhaka".to_owned(),
            facilitator: "CMC secretariat, Cabinet Division (illustrative)".to_owned(),
            notes: notes.to_owned(),
            instrument_version: version.clone(),
            participants,
            tables: Default::default(),
            review: Default::default(),
            sources: Vec::new(),
        })
        .expect("invariant: demo round ids are unique");
    }
    for (mi, (code, name, cluster, base, follow)) in MINISTRIES.iter().enumerate() {
        ws.add_ministry(Ministry {
            id: MinistryId::new(code).expect("invariant: literal ministry code is valid"),
            name: (*name).to_owned(),
            cluster: Some((*cluster).to_owned()),
        })
        .expect("invariant: demo ministry codes are unique");
        let mut previous: Vec<Option<Answer>> = vec![None; 10];
        for (ri, (round, _, date, _, _)) in rounds.iter().enumerate() {
            let answers = if ri == 0 { base } else { follow };
            for (ai, c) in answers.chars().enumerate() {
                let Some(answer) = parse_answer(c) else {
                    continue;
                };
                let seed = mi * 31 + ai * 7 + ri * 3;
                let score = AreaScore {
                    answer: Some(answer),
                    votes: votes(answer, seed),
                    phone_votes: VoteTally::default(),
                    rationale: rationale(answer, THEMES[ai], previous[ai]),
                    evidence: if seed % 3 == 0 {
                        EVIDENCE[seed % 4].to_owned()
                    } else {
                        String::new()
                    },
                    // Follow-up rounds were timed: 3 to 9 minutes an area.
                    discussed_secs: if ri == 0 {
                        0
                    } else {
                        180 + (seed % 13) as u32 * 30
                    },
                    updated: timestamp(*date, (mi * 40 + ai * 4) as i64),
                    proposal: None,
                    ..AreaScore::default()
                };
                put(&mut ws, round, code, ai, score);
                previous[ai] = Some(answer);
            }
        }
    }
    followup::add(&mut ws);
    ws
}

/// A large synthetic workspace for benchmarks: `ministries` x `rounds` x every area,
/// each with a level, a tally and a rationale of `rationale_len` characters.
pub fn large_workspace(ministries: usize, rounds: usize, rationale_len: usize) -> Workspace {
    let instrument = Instrument::codi();
    let version = instrument.version().to_owned();
    let areas = instrument.areas().len();
    let mut ws = Workspace::new(
        format!("Generated: {ministries} ministries x {rounds} rounds"),
        instrument,
    );
    let clusters = [
        SOCIAL_ALLOWANCE,
        FOOD_DISASTER,
        SOCIAL_INSURANCE,
        LABOUR,
        HUMAN_DEV,
    ];
    let filler =
        "Evidence reviewed in the session; the group discussed coverage, gaps and next steps. ";
    for r in 0..rounds {
        let year = 2000 + r as i16;
        ws.add_round(Round {
            id: RoundId::new(&format!("round-{year}")).expect("invariant: generated id is valid"),
            title: format!("Round {year}"),
            date: date(year, 8, 4),
            location: "Dhaka".into(),
            facilitator: String::new(),
            notes: String::new(),
            instrument_version: version.clone(),
            participants: Participation::default(),
            tables: Default::default(),
            review: Default::default(),
            sources: Vec::new(),
        })
        .expect("invariant: generated round ids are unique");
    }
    let round_ids: Vec<String> = ws.rounds().iter().map(|r| r.id.to_string()).collect();
    for m in 0..ministries {
        let code = format!("M{m:04}");
        ws.add_ministry(Ministry {
            id: MinistryId::new(&code).expect("invariant: generated code is valid"),
            name: format!("Generated ministry number {m}"),
            cluster: Some(clusters[m % clusters.len()].to_owned()),
        })
        .expect("invariant: generated ministry codes are unique");
        for (r, round) in round_ids.iter().enumerate() {
            for a in 0..areas {
                let seed = m * 7 + r * 3 + a;
                let answer = match seed % 23 {
                    0 => Answer::NotApplicable,
                    1 => Answer::InsufficientInfo,
                    k => Answer::Level(
                        Level::new((k % 4) as u8 + 1).expect("invariant: 1-4 is a level"),
                    ),
                };
                let rationale: String = filler
                    .chars()
                    .cycle()
                    .skip(seed % 40)
                    .take(rationale_len)
                    .collect();
                let score = AreaScore {
                    answer: Some(answer),
                    votes: votes(answer, seed),
                    phone_votes: VoteTally::default(),
                    rationale,
                    evidence: String::new(),
                    discussed_secs: 0,
                    updated: timestamp(date(2000 + r as i16, 8, 4), a as i64),
                    proposal: None,
                    ..AreaScore::default()
                };
                put(&mut ws, round, &code, a, score);
            }
        }
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::testing::{aid, mid, rid};
    use crate::stats;

    #[test]
    fn demo_tables_are_well_formed() {
        for (code, _, _, base, follow) in MINISTRIES {
            assert_eq!(base.chars().count(), 10, "{code}");
            assert_eq!(follow.chars().count(), 10, "{code}");
            for c in base.chars().chain(follow.chars()) {
                assert!(c == '_' || parse_answer(c).is_some(), "{code}: {c}");
            }
        }
    }

    #[test]
    fn demo_has_the_promised_shape() {
        let ws = demo_workspace();
        assert!(ws.title().contains("not real"));
        assert_eq!(ws.ministries().len(), 12);
        assert_eq!(ws.rounds().len(), 2);
        assert_eq!(ws.rounds()[0].date.to_string(), "2022-08-04");
        assert_eq!(ws.rounds()[1].date.to_string(), "2024-08-04");
        let clusters: std::collections::BTreeSet<_> = ws
            .ministries()
            .iter()
            .filter_map(|m| m.cluster.clone())
            .collect();
        assert_eq!(clusters.len(), 5);
        let s = stats::summary(&ws, &rid("baseline-2022"), &mid("FID"));
        assert_eq!((s.coverage.ni, s.coverage.levels), (2, 8));
        let hsd = stats::summary(&ws, &rid("followup-2024"), &mid("HSD"));
        assert_eq!(hsd.coverage.unscored(), 3);
        assert_eq!(
            stats::summary(&ws, &rid("baseline-2022"), &mid("MoLWA"))
                .coverage
                .na,
            1
        );
        let score = ws
            .score(&rid("followup-2024"), &mid("MoSW"), &aid("inclusiveness"))
            .unwrap();
        assert!(score.rationale.contains("Better than at the baseline"));
        assert!(score.votes.total() >= 6);
        assert_eq!(score.votes.stats().mode, score.answer);
    }

    #[test]
    fn large_workspace_has_requested_size() {
        let ws = large_workspace(3, 2, 50);
        assert_eq!((ws.ministries().len(), ws.rounds().len()), (3, 2));
        assert_eq!(ws.assessments().count(), 6);
        let s = ws
            .score(
                &rid("round-2001"),
                &mid("M0002"),
                &aid("incentive-compatibility"),
            )
            .unwrap();
        assert_eq!(s.rationale.chars().count(), 50);
        assert!(s.answer.is_some());
    }

    #[test]
    fn demo_is_deterministic() {
        assert_eq!(demo_workspace(), demo_workspace());
    }
}
