//! The facilitator's quick tally: a whole count of cards typed in one line. Three forms,
//! so that whatever a facilitator types first works:
//! - `2:3 3:5 NI:1` (answer, then count; answers not named get 0),
//! - `0 3 5 0 1 0` (counts in order: each level, then NA, then NI),
//! - `0350` (one digit per level, then NA and NI, for small rooms).

use super::score::{Answer, Level, VoteTally};

/// Room counts beyond this are typing mistakes, not rooms.
pub const MAX_COUNT: u32 = 9_999;

/// Read a quick tally for a scale of `levels` levels. The message names the part of
/// the text that is wrong.
pub fn parse(text: &str, levels: usize) -> Result<VoteTally, String> {
    let text = text.trim();
    let mut tally = VoteTally::zero(levels);
    if text.is_empty() {
        return Ok(tally);
    }
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|p| !p.is_empty())
        .collect();
    let slots = levels + 2;
    if parts.iter().any(|p| p.contains(':') || p.contains('=')) {
        for part in parts {
            let (key, count) = part
                .split_once([':', '='])
                .ok_or_else(|| format!("\"{part}\" is not answer:count, such as 3:5"))?;
            let answer = answer_of(key, levels)?;
            let count = count_of(count)?;
            set(&mut tally, answer, count);
        }
        return Ok(tally);
    }
    let counts: Vec<u32> = if parts.len() == 1 && parts[0].chars().all(|c| c.is_ascii_digit()) {
        // One run of digits: one digit per answer.
        parts[0].chars().filter_map(|c| c.to_digit(10)).collect()
    } else {
        parts
            .iter()
            .map(|p| count_of(p))
            .collect::<Result<_, _>>()?
    };
    if counts.len() > slots {
        return Err(format!(
            "{} counts given, but there are only {slots} answers ({levels} levels, NA, NI)",
            counts.len()
        ));
    }
    for (k, count) in counts.into_iter().enumerate() {
        let answer = match k {
            k if k < levels => Level::new(k as u8 + 1).map(Answer::Level),
            k if k == levels => Some(Answer::NotApplicable),
            _ => Some(Answer::InsufficientInfo),
        };
        if let Some(a) = answer {
            set(&mut tally, a, count);
        }
    }
    Ok(tally)
}

/// The tally written back in the `answer:count` form, zeros left out.
pub fn format(tally: &VoteTally) -> String {
    let mut parts: Vec<String> = tally
        .levels
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .map(|(k, c)| format!("{}:{c}", k + 1))
        .collect();
    if tally.na > 0 {
        parts.push(format!("NA:{}", tally.na));
    }
    if tally.ni > 0 {
        parts.push(format!("NI:{}", tally.ni));
    }
    parts.join(" ")
}

fn answer_of(key: &str, levels: usize) -> Result<Answer, String> {
    match key.to_ascii_uppercase().as_str() {
        "NA" | "N" => Ok(Answer::NotApplicable),
        "NI" | "I" => Ok(Answer::InsufficientInfo),
        k => k
            .parse::<u8>()
            .ok()
            .filter(|v| (1..=levels).contains(&usize::from(*v)))
            .and_then(Level::new)
            .map(Answer::Level)
            .ok_or_else(|| format!("\"{key}\" is not an answer: use 1-{levels}, NA or NI")),
    }
}

fn count_of(text: &str) -> Result<u32, String> {
    text.parse::<u32>()
        .ok()
        .filter(|c| *c <= MAX_COUNT)
        .ok_or_else(|| format!("\"{text}\" is not a count from 0 to {MAX_COUNT}"))
}

fn set(tally: &mut VoteTally, answer: Answer, count: u32) {
    match answer {
        Answer::Level(l) => {
            if let Some(slot) = tally.levels.get_mut(usize::from(l.get()) - 1) {
                *slot = count;
            }
        }
        Answer::NotApplicable => tally.na = count,
        Answer::InsufficientInfo => tally.ni = count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(levels: [u32; 4], na: u32, ni: u32) -> VoteTally {
        VoteTally {
            levels: levels.to_vec(),
            na,
            ni,
        }
    }

    #[test]
    fn three_ways_to_type_the_same_tally() {
        let want = t([0, 3, 5, 0], 0, 1);
        assert_eq!(parse("2:3 3:5 NI:1", 4), Ok(want.clone()));
        assert_eq!(parse("2=3, 3=5; i:1", 4), Ok(want.clone()));
        assert_eq!(parse("0 3 5 0 0 1", 4), Ok(want.clone()));
        assert_eq!(parse("035001", 4), Ok(want.clone()));
        assert_eq!(parse("0350", 4), Ok(t([0, 3, 5, 0], 0, 0)));
        assert_eq!(parse("  ", 4), Ok(VoteTally::zero(4)));
        assert_eq!(parse(&format(&want), 4), Ok(want));
    }

    #[test]
    fn mistakes_are_named() {
        let e = parse("5:2", 4).unwrap_err();
        assert!(e.contains("\"5\"") && e.contains("1-4"), "{e}");
        let e = parse("2:x", 4).unwrap_err();
        assert!(e.contains("\"x\""), "{e}");
        let e = parse("1 2 3 4 5 6 7", 4).unwrap_err();
        assert!(e.contains("7 counts"), "{e}");
        assert!(parse("2:3 4", 4).is_err(), "mixed forms are refused");
        assert!(parse("1:10000", 4).is_err());
        assert!(parse("-1 2", 4).is_err());
    }
}
