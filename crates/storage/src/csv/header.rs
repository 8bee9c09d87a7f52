//! The header row: which columns of the contract are present, and where.

use super::{CsvError, Where};

/// Column positions (0-based) of the columns present.
#[derive(Default, Debug)]
pub struct Columns {
    pub names: Vec<String>,
    pub round: usize,
    pub date: usize,
    pub ministry: usize,
    pub area: usize,
    pub score: usize,
    pub round_title: Option<usize>,
    pub ministry_name: Option<usize>,
    pub cluster: Option<usize>,
    pub rationale: Option<usize>,
    pub evidence: Option<usize>,
    pub updated: Option<usize>,
    pub discussion: Option<usize>,
    pub dissent: Option<usize>,
    pub change_reason: Option<usize>,
    pub change_note: Option<usize>,
    /// Card votes: (level, column), then NA and NI.
    pub votes: Vec<(u8, usize)>,
    pub votes_na: Option<usize>,
    pub votes_ni: Option<usize>,
    /// Phone votes, likewise.
    pub phone_votes: Vec<(u8, usize)>,
    pub phone_na: Option<usize>,
    pub phone_ni: Option<usize>,
}

impl Columns {
    /// Any card-vote column present.
    pub fn has_votes(&self) -> bool {
        !self.votes.is_empty() || self.votes_na.is_some() || self.votes_ni.is_some()
    }
    pub fn has_phone_votes(&self) -> bool {
        !self.phone_votes.is_empty() || self.phone_na.is_some() || self.phone_ni.is_some()
    }
    pub fn name(&self, c: usize) -> &str {
        self.names.get(c).map_or("", String::as_str)
    }
}

#[derive(Default)]
struct Slots {
    round: Option<usize>,
    date: Option<usize>,
    ministry: Option<usize>,
    area: Option<usize>,
    score: Option<usize>,
}

/// Read the header. `max_levels` is the most levels any instrument of the workspace
/// has (vote columns beyond it are an error). Unknown columns become warnings.
pub fn read(
    header: &csv::StringRecord,
    max_levels: usize,
    place: &Where<'_>,
    warnings: &mut Vec<String>,
) -> Result<Columns, CsvError> {
    let names: Vec<String> = header
        .iter()
        .map(|h| super::scan::unguard(h.trim()).to_ascii_lowercase())
        .collect();
    let mut cols = Columns {
        names: names.clone(),
        ..Default::default()
    };
    let mut req = Slots::default();
    let twice = |i: usize, name: &str| {
        place.at(
            place.header_line,
            i,
            &names,
            format!("column `{name}` appears twice"),
        )
    };
    for (i, name) in names.iter().enumerate() {
        let optional = match name.as_str() {
            "round" => Some(&mut req.round),
            "date" => Some(&mut req.date),
            "ministry" => Some(&mut req.ministry),
            "area" => Some(&mut req.area),
            "score" => Some(&mut req.score),
            "round_title" => Some(&mut cols.round_title),
            "ministry_name" => Some(&mut cols.ministry_name),
            "cluster" => Some(&mut cols.cluster),
            "rationale" => Some(&mut cols.rationale),
            "evidence" => Some(&mut cols.evidence),
            "updated" => Some(&mut cols.updated),
            "discussion_seconds" => Some(&mut cols.discussion),
            "dissent" => Some(&mut cols.dissent),
            "change_reason" => Some(&mut cols.change_reason),
            "change_note" => Some(&mut cols.change_note),
            "votes_na" => Some(&mut cols.votes_na),
            "votes_ni" => Some(&mut cols.votes_ni),
            "phone_votes_na" => Some(&mut cols.phone_na),
            "phone_votes_ni" => Some(&mut cols.phone_ni),
            "area_name" => continue,
            _ => None,
        };
        if let Some(slot) = optional {
            if slot.is_some() {
                return Err(twice(i, name));
            }
            *slot = Some(i);
            continue;
        }
        vote_column(&mut cols, i, name, max_levels, place, &names, warnings)?;
    }
    required(cols, req, place, &names)
}

/// A `votes_N` or `phone_votes_N` column, or else an ignored one (with a warning).
fn vote_column(
    cols: &mut Columns,
    i: usize,
    name: &str,
    max_levels: usize,
    place: &Where<'_>,
    names: &[String],
    warnings: &mut Vec<String>,
) -> Result<(), CsvError> {
    let (list, k) = if let Some(k) = name.strip_prefix("phone_votes_") {
        (&mut cols.phone_votes, k)
    } else if let Some(k) = name.strip_prefix("votes_") {
        (&mut cols.votes, k)
    } else {
        warnings.push(if name.is_empty() {
            format!("column {} has no name and was ignored", i + 1)
        } else {
            format!(
                "column {} (`{name}`) is not part of the format and was ignored",
                i + 1
            )
        });
        return Ok(());
    };
    match k.parse::<u8>() {
        Ok(level) if (1..=max_levels).contains(&usize::from(level)) => {
            if list.iter().any(|&(l, _)| l == level) {
                return Err(place.at(
                    place.header_line,
                    i,
                    names,
                    format!("column `{name}` appears twice"),
                ));
            }
            list.push((level, i));
            Ok(())
        }
        _ => Err(place.at(
            1,
            i,
            names,
            format!("the scale has levels 1-{max_levels}, so there is no `{name}`"),
        )),
    }
}

/// Check that the five required columns are there.
fn required(
    mut cols: Columns,
    req: Slots,
    place: &Where<'_>,
    names: &[String],
) -> Result<Columns, CsvError> {
    let mut missing = Vec::new();
    for (name, c) in [
        ("round", req.round),
        ("date", req.date),
        ("ministry", req.ministry),
        ("area", req.area),
        ("score", req.score),
    ] {
        if c.is_none() {
            missing.push(name);
        }
    }
    let (Some(round), Some(date), Some(ministry), Some(area), Some(score)) =
        (req.round, req.date, req.ministry, req.area, req.score)
    else {
        return Err(place.line(
            place.header_line,
            format!(
                "the header row lacks the required column(s) {}; found: {}",
                missing.join(", "),
                names.join(", ")
            ),
        ));
    };
    cols.round = round;
    cols.date = date;
    cols.ministry = ministry;
    cols.area = area;
    cols.score = score;
    Ok(cols)
}
