//! CSV interchange for spreadsheet users. The columns are a contract documented in the
//! README: `round`, `date`, `ministry`, `area`, `score` are required; `round_title`,
//! `ministry_name`, `cluster`, `area_name` (ignored on import), `rationale`, `evidence`,
//! `votes_1` … `votes_N`, `votes_na`, `votes_ni` and `updated` are optional.
//!
//! Import accepts UTF-8 with or without a byte-order mark, comma or semicolon delimiters
//! (detected from the header), and quoted fields holding delimiters or line breaks.
//! Every problem names the line and column.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::ids::{MinistryId, RoundId, slug};
use crate::model::score::{Answer, AreaScore, VoteTally};
use crate::model::workspace::{Ministry, Round, Workspace};

use super::json::{LoadError, check_utf8, read_limited};

/// A CSV problem: what and where.
#[derive(Debug, thiserror::Error)]
pub struct CsvError {
    pub path: PathBuf,
    /// 1-based line in the file where the record starts.
    pub line: Option<u64>,
    /// 1-based column number and header name.
    pub column: Option<(usize, String)>,
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.line, &self.column) {
            (Some(l), Some((c, name))) => write!(f, "line {l}, column {c} (`{name}`) of ")?,
            (Some(l), None) => write!(f, "line {l} of ")?,
            (None, Some((c, name))) => write!(f, "column {c} (`{name}`) of ")?,
            (None, None) => {}
        }
        if self.path.as_os_str().is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path.display(), self.message)
        }
    }
}

impl From<LoadError> for CsvError {
    fn from(e: LoadError) -> Self {
        match e {
            LoadError::NotUtf8 { path, line, column } => CsvError {
                path,
                line: Some(line as u64),
                column: None,
                message: format!(
                    "character {column} is not UTF-8 text; in Excel choose \"CSV UTF-8\" when saving"
                ),
            },
            other => CsvError {
                path: PathBuf::new(),
                line: None,
                column: None,
                message: other.to_string(),
            },
        }
    }
}

/// What an import did.
#[derive(Debug)]
pub struct ImportReport {
    pub workspace: Workspace,
    /// Data rows read (blank rows skipped).
    pub rows: usize,
    pub new_rounds: Vec<String>,
    pub new_ministries: Vec<String>,
    /// Area records written.
    pub scores: usize,
    /// Things ignored (unknown columns).
    pub warnings: Vec<String>,
}

/// Pick `;` or `,` from the header line (whichever appears more outside quotes).
fn detect_delimiter(text: &str) -> u8 {
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

#[derive(Default)]
struct Columns {
    round: Option<usize>,
    date: Option<usize>,
    ministry: Option<usize>,
    area: Option<usize>,
    score: Option<usize>,
    round_title: Option<usize>,
    ministry_name: Option<usize>,
    cluster: Option<usize>,
    rationale: Option<usize>,
    evidence: Option<usize>,
    updated: Option<usize>,
    votes_na: Option<usize>,
    votes_ni: Option<usize>,
    /// (level, column).
    votes: Vec<(u8, usize)>,
}

/// Read a CSV file into a new workspace (default instrument) or into `into`.
pub fn import_file(path: &Path, into: Option<Workspace>) -> Result<ImportReport, CsvError> {
    let bytes = read_limited(path)?;
    import_bytes(&bytes, path, into)
}

/// Import CSV bytes; `path` is only used in messages and the new workspace title.
pub fn import_bytes(
    bytes: &[u8],
    path: &Path,
    into: Option<Workspace>,
) -> Result<ImportReport, CsvError> {
    let text = check_utf8(bytes, path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let err = |line: Option<u64>, column: Option<(usize, String)>, message: String| CsvError {
        path: path.to_owned(),
        line,
        column,
        message,
    };
    if text.trim().is_empty() {
        return Err(err(
            None,
            None,
            "the file is empty; it needs a header row".into(),
        ));
    }
    let mut ws = into.unwrap_or_else(|| {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        Workspace::new(
            format!("Imported from {name}"),
            crate::model::instrument::Instrument::codi(),
        )
    });
    let level_count = ws.instrument().level_count();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let csv_err = |e: csv::Error| {
        let line = e.position().map(|p| p.line());
        err(line, None, e.to_string())
    };
    let headers = reader.headers().map_err(csv_err)?.clone();
    let names: Vec<String> = headers
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let header_col = |i: usize| Some((i + 1, names[i].clone()));

    let mut cols = Columns::default();
    let mut warnings = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let slot = match name.as_str() {
            "round" => &mut cols.round,
            "date" => &mut cols.date,
            "ministry" => &mut cols.ministry,
            "area" => &mut cols.area,
            "score" => &mut cols.score,
            "round_title" => &mut cols.round_title,
            "ministry_name" => &mut cols.ministry_name,
            "cluster" => &mut cols.cluster,
            "rationale" => &mut cols.rationale,
            "evidence" => &mut cols.evidence,
            "updated" => &mut cols.updated,
            "votes_na" => &mut cols.votes_na,
            "votes_ni" => &mut cols.votes_ni,
            "area_name" => continue,
            other => {
                if let Some(k) = other
                    .strip_prefix("votes_")
                    .and_then(|k| k.parse::<u8>().ok())
                {
                    if (1..=level_count as u8).contains(&k) {
                        if cols.votes.iter().any(|&(l, _)| l == k) {
                            return Err(err(
                                Some(1),
                                header_col(i),
                                format!("column `{other}` appears twice"),
                            ));
                        }
                        cols.votes.push((k, i));
                        continue;
                    }
                    return Err(err(
                        Some(1),
                        header_col(i),
                        format!("the scale has levels 1-{level_count}, so there is no `{other}`"),
                    ));
                }
                if other.is_empty() {
                    warnings.push(format!("column {} has no name and was ignored", i + 1));
                } else {
                    warnings.push(format!(
                        "column {} (`{other}`) is not part of the format and was ignored",
                        i + 1
                    ));
                }
                continue;
            }
        };
        if slot.is_some() {
            return Err(err(
                Some(1),
                header_col(i),
                format!("column `{name}` appears twice"),
            ));
        }
        *slot = Some(i);
    }
    let mut missing = Vec::new();
    for (name, c) in [
        ("round", cols.round),
        ("date", cols.date),
        ("ministry", cols.ministry),
        ("area", cols.area),
        ("score", cols.score),
    ] {
        if c.is_none() {
            missing.push(name);
        }
    }
    if !missing.is_empty() {
        return Err(err(
            Some(1),
            None,
            format!(
                "the header row lacks the required column(s) {}; found: {}",
                missing.join(", "),
                names.join(", ")
            ),
        ));
    }
    // Checked just above (invariant): all required columns exist.
    let (c_round, c_date, c_ministry, c_area, c_score) = (
        cols.round.unwrap_or_default(),
        cols.date.unwrap_or_default(),
        cols.ministry.unwrap_or_default(),
        cols.area.unwrap_or_default(),
        cols.score.unwrap_or_default(),
    );

    // (round id, ministry, area) -> (line, score) to find conflicting rows.
    let mut seen: BTreeMap<(String, String, usize), (u64, AreaScore)> = BTreeMap::new();
    // Round key as written -> (round id, line that set its date).
    let mut round_rows: BTreeMap<String, (String, u64)> = BTreeMap::new();
    let mut new_rounds = Vec::new();
    let mut new_ministries = Vec::new();
    let mut rows = 0;

    for record in reader.records() {
        let record = record.map_err(csv_err)?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows += 1;
        if record.len() > names.len()
            && record
                .iter()
                .skip(names.len())
                .any(|f| !f.trim().is_empty())
        {
            return Err(err(
                Some(line),
                None,
                format!(
                    "this row has {} fields but the header has {}",
                    record.len(),
                    names.len()
                ),
            ));
        }
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).map_or("", str::trim);
        let at = |c: usize| Some((c + 1, names[c].clone()));
        let required = |c: usize| {
            let v = get(Some(c));
            if v.is_empty() {
                Err(err(
                    Some(line),
                    at(c),
                    format!("`{}` is required and is empty", names[c]),
                ))
            } else {
                Ok(v)
            }
        };

        // Round: an existing one by id or title, else a new one.
        let round_key = required(c_round)?;
        let date_text = get(Some(c_date));
        let date = if date_text.is_empty() {
            None
        } else {
            Some(date_text.parse::<jiff::civil::Date>().map_err(|e| {
                err(
                    Some(line),
                    at(c_date),
                    format!("`{date_text}` is not a real date in the form YYYY-MM-DD ({e})"),
                )
            })?)
        };
        let round_id = if let Some((id, first_line)) = round_rows.get(round_key) {
            let existing = ws.round(id).map(|r| r.date);
            if let (Some(d), Some(e)) = (date, existing)
                && d != e
            {
                return Err(err(
                    Some(line),
                    at(c_date),
                    format!("round `{round_key}` has date {e} on line {first_line} but {d} here"),
                ));
            }
            id.clone()
        } else if let Some(r) = ws.find_round(round_key) {
            if let Some(d) = date.filter(|d| *d != r.date) {
                return Err(err(
                    Some(line),
                    at(c_date),
                    format!(
                        "round `{round_key}` is dated {} in the workspace but {d} here",
                        r.date
                    ),
                ));
            }
            let id = r.id.to_string();
            round_rows.insert(round_key.to_owned(), (id.clone(), line));
            id
        } else {
            let Some(date) = date else {
                return Err(err(
                    Some(line),
                    at(c_date),
                    format!("round `{round_key}` is new, so it needs a date (YYYY-MM-DD)"),
                ));
            };
            // A valid id is kept as written (export writes ids); free text becomes a slug.
            let mut id = match RoundId::new(round_key) {
                Ok(valid) => valid.to_string(),
                Err(_) => slug(round_key, "round"),
            };
            let base = id.clone();
            let mut k = 2;
            while ws.round(&id).is_some() {
                id = format!("{base}-{k}");
                k += 1;
            }
            let title = match get(cols.round_title) {
                "" => round_key.to_owned(),
                t => t.to_owned(),
            };
            let round = Round {
                // A slug is non-empty and has no spaces (invariant of `slug`).
                id: RoundId::new(&id).map_err(|e| err(Some(line), at(c_round), e.to_string()))?,
                title,
                date,
                location: String::new(),
                facilitator: String::new(),
                notes: String::new(),
                instrument_version: ws.instrument().version().to_owned(),
                participants: Default::default(),
            };
            ws.add_round(round)
                .map_err(|e| err(Some(line), at(c_round), e.to_string()))?;
            new_rounds.push(id.clone());
            round_rows.insert(round_key.to_owned(), (id.clone(), line));
            id
        };

        // Ministry: existing by code, else new.
        let code = required(c_ministry)?;
        let ministry_id = match ws.find_ministry(code) {
            Some(m) => m.id.to_string(),
            None => {
                let id = MinistryId::new(code)
                    .map_err(|e| err(Some(line), at(c_ministry), e.to_string()))?;
                let name = match get(cols.ministry_name) {
                    "" => code.to_owned(),
                    n => n.to_owned(),
                };
                let cluster = Some(get(cols.cluster))
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned);
                ws.add_ministry(Ministry {
                    id: id.clone(),
                    name,
                    cluster,
                })
                .map_err(|e| err(Some(line), at(c_ministry), e.to_string()))?;
                new_ministries.push(id.to_string());
                id.to_string()
            }
        };

        // Area by id or number.
        let area_key = required(c_area)?;
        let area = ws.instrument().find_area(area_key).ok_or_else(|| {
            err(
                Some(line),
                at(c_area),
                format!(
                    "unknown area `{area_key}`; use an area id (such as `{}`) or a number 1-{}",
                    ws.instrument().areas()[0].id,
                    ws.instrument().areas().len()
                ),
            )
        })?;

        // Score.
        let score_text = get(Some(c_score));
        let answer = if score_text.is_empty() {
            None
        } else {
            let a = Answer::parse(score_text)
                .map_err(|e| err(Some(line), at(c_score), e.to_string()))?;
            ws.check_answer(Some(a))
                .map_err(|e| err(Some(line), at(c_score), e.to_string()))?;
            Some(a)
        };

        let count = |c: usize| -> Result<u32, CsvError> {
            let v = get(Some(c));
            if v.is_empty() {
                return Ok(0);
            }
            v.parse::<u32>().map_err(|_| {
                err(
                    Some(line),
                    at(c),
                    format!("`{v}` is not a whole number of votes"),
                )
            })
        };
        let mut votes = VoteTally::zero(level_count);
        for &(level, c) in &cols.votes {
            votes.levels[usize::from(level) - 1] = count(c)?;
        }
        if let Some(c) = cols.votes_na {
            votes.na = count(c)?;
        }
        if let Some(c) = cols.votes_ni {
            votes.ni = count(c)?;
        }
        if votes.is_empty() {
            votes = VoteTally::default();
        }
        let updated_text = get(cols.updated);
        let updated = if updated_text.is_empty() {
            None
        } else {
            Some(updated_text.parse::<jiff::Timestamp>().map_err(|e| {
                err(
                    Some(line),
                    cols.updated.and_then(at),
                    format!("`{updated_text}` is not a timestamp like 2024-08-04T10:00:00Z ({e})"),
                )
            })?)
        };
        let score = AreaScore {
            answer,
            votes,
            rationale: get(cols.rationale).to_owned(),
            evidence: get(cols.evidence).to_owned(),
            updated,
        };

        let key = (round_id.clone(), ministry_id.clone(), area);
        if let Some((first, earlier)) = seen.get(&key) {
            if *earlier != score {
                return Err(err(
                    Some(line),
                    None,
                    format!(
                        "conflicts with line {first}: both give round `{round_id}`, ministry `{ministry_id}`, area `{}` but with different values",
                        ws.instrument().areas()[area].id
                    ),
                ));
            }
            continue;
        }
        seen.insert(key, (line, score));
    }

    let scores = seen.len();
    for ((round, ministry, area), (line, score)) in seen {
        ws.set_score(&round, &ministry, area, score)
            .map_err(|e| err(Some(line), None, e.to_string()))?;
    }
    Ok(ImportReport {
        workspace: ws,
        rows,
        new_rounds,
        new_ministries,
        scores,
        warnings,
    })
}

/// Write every assessment as CSV rows (one per area, all columns, UTF-8, comma).
pub fn export(ws: &Workspace) -> Vec<u8> {
    let levels = ws.instrument().level_count();
    let mut header: Vec<String> = [
        "round",
        "round_title",
        "date",
        "ministry",
        "ministry_name",
        "cluster",
        "area",
        "area_name",
        "score",
        "rationale",
        "evidence",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    header.extend((1..=levels).map(|k| format!("votes_{k}")));
    header.extend(["votes_na", "votes_ni", "updated"].map(str::to_owned));

    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail (invariant): csv only reports I/O errors here.
    w.write_record(&header).expect("invariant: write to memory");
    for (round_id, ministry_id, assessment) in ws.assessments() {
        let (Some(round), Some(ministry)) = (
            ws.round(round_id.as_str()),
            ws.ministry(ministry_id.as_str()),
        ) else {
            continue;
        };
        for (area, score) in ws.instrument().areas().iter().zip(assessment.scores()) {
            let mut row: Vec<String> = vec![
                round.id.to_string(),
                round.title.clone(),
                round.date.to_string(),
                ministry.id.to_string(),
                ministry.name.clone(),
                ministry.cluster.clone().unwrap_or_default(),
                area.id.to_string(),
                area.name.clone(),
                score.answer.map(|a| a.code()).unwrap_or_default(),
                score.rationale.clone(),
                score.evidence.clone(),
            ];
            let count = |c: u32| {
                if score.votes.is_empty() {
                    String::new()
                } else {
                    c.to_string()
                }
            };
            row.extend((0..levels).map(|i| count(score.votes.levels.get(i).copied().unwrap_or(0))));
            row.push(count(score.votes.na));
            row.push(count(score.votes.ni));
            row.push(score.updated.map(|t| t.to_string()).unwrap_or_default());
            w.write_record(&row).expect("invariant: write to memory");
        }
    }
    w.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;

    fn import(text: &str) -> Result<ImportReport, CsvError> {
        import_bytes(text.as_bytes(), Path::new("t.csv"), None)
    }

    #[test]
    fn detects_delimiters() {
        assert_eq!(detect_delimiter("a,b,c\n1;2;3"), b',');
        assert_eq!(detect_delimiter("a;b;c\n"), b';');
        assert_eq!(detect_delimiter("\"x,y,z\";b;c"), b';');
    }

    #[test]
    fn export_then_import_round_trips() {
        let ws = demo_workspace();
        let bytes = export(&ws);
        let back = import_bytes(&bytes, Path::new("demo.csv"), None)
            .unwrap()
            .workspace;
        for (r, m, a) in ws.assessments() {
            let b = back.assessment(r.as_str(), m.as_str()).unwrap();
            assert_eq!(a.scores(), b.scores(), "{r} {m}");
        }
        assert_eq!(back.ministries(), ws.ministries());
        let titles: Vec<_> = back
            .rounds()
            .iter()
            .map(|r| (&r.id, &r.title, r.date))
            .collect();
        let want: Vec<_> = ws
            .rounds()
            .iter()
            .map(|r| (&r.id, &r.title, r.date))
            .collect();
        assert_eq!(titles, want);
    }

    #[test]
    fn semicolons_bom_quotes_and_case() {
        let text = "\u{feff}ROUND;Date;Ministry;AREA;Score;Rationale\n\
                    Baseline;2022-08-04;MoSW;2;3;\"Long; with \"\"quotes\"\"\nand a line break\"\n\
                    Baseline;2022-08-04;MoSW;adequacy;3;\"Long; with \"\"quotes\"\"\nand a line break\"\n";
        let r = import(text).unwrap();
        assert_eq!(r.rows, 2);
        assert_eq!(r.scores, 1, "identical duplicate rows are one record");
        let s = r.workspace.score("Baseline", "MoSW", 1).unwrap();
        assert_eq!(s.rationale, "Long; with \"quotes\"\nand a line break");
        assert_eq!(s.answer.and_then(Answer::level), Some(3));
    }

    #[test]
    fn conflicting_rows_name_both_lines() {
        let text = "round,date,ministry,area,score\nR,2022-08-04,A,1,2\nR,2022-08-04,B,1,2\nR,2022-08-04,A,inclusiveness,3\n";
        let e = import(text).unwrap_err().to_string();
        assert!(e.starts_with("line 4 of t.csv"), "{e}");
        assert!(e.contains("conflicts with line 2"), "{e}");
    }

    #[test]
    fn errors_name_line_and_column() {
        let h = "round,date,ministry,area,score,votes_2\n";
        let cases = [
            (
                format!("{h}R,2022-08-04,A,1,5,\n"),
                "line 2, column 5 (`score`)",
                "outside the scale",
            ),
            (
                format!("{h}R,2022-08-04,A,1,0,\n"),
                "line 2, column 5 (`score`)",
                "not a score",
            ),
            (
                format!("{h}R,2022-08-04,A,1,x,\n"),
                "line 2, column 5 (`score`)",
                "`x`",
            ),
            (
                format!("{h}R,2022-02-30,A,1,2,\n"),
                "line 2, column 2 (`date`)",
                "not a real date",
            ),
            (
                format!("{h}R,2022-08-04,A,99,2,\n"),
                "line 2, column 4 (`area`)",
                "unknown area",
            ),
            (
                format!("{h}R,2022-08-04,,1,2,\n"),
                "line 2, column 3 (`ministry`)",
                "required",
            ),
            (
                format!("{h}R,2022-08-04,A,1,2,many\n"),
                "line 2, column 6 (`votes_2`)",
                "whole number",
            ),
            (
                format!("{h}R,,A,1,2,\n"),
                "line 2, column 2 (`date`)",
                "needs a date",
            ),
            (
                format!("{h}R,2022-08-04,A,1,2,\nR,2023-01-01,A,2,2,\n"),
                "line 3, column 2",
                "line 2",
            ),
            (
                "round,date,area,score\n".to_owned(),
                "line 1 of",
                "ministry",
            ),
            (
                "round,date,ministry,area,score,votes_5\n".to_owned(),
                "column 6 (`votes_5`)",
                "levels 1-4",
            ),
            (
                "round,date,ministry,area,score,score\n".to_owned(),
                "column 6",
                "twice",
            ),
            (
                format!("{h}R,2022-08-04,A,1,2,1,9\n"),
                "line 2 of",
                "7 fields",
            ),
        ];
        for (text, place, what) in cases {
            let e = import(&text).unwrap_err().to_string();
            assert!(e.contains(place), "{text:?}: {e}");
            assert!(e.contains(what), "{text:?}: {e}");
        }
    }

    #[test]
    fn non_utf8_and_empty_are_errors() {
        let e = import_bytes(b"round,date\n\xff\xfe", Path::new("x.csv"), None).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.to_string().contains("UTF-8"));
        assert!(import("").unwrap_err().to_string().contains("empty"));
    }

    #[test]
    fn unknown_columns_warn_and_blank_rows_skip() {
        let text = "round,date,ministry,area,score,comment\nR,2022-08-04,A,1,NA,hi\n,,,,,\n";
        let r = import(text).unwrap();
        assert_eq!(r.rows, 1);
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].contains("comment"));
        assert_eq!(
            r.workspace.score("R", "A", 0).unwrap().answer,
            Some(Answer::NotApplicable)
        );
    }

    #[test]
    fn import_into_existing_workspace_uses_its_rounds() {
        let ws = demo_workspace();
        let text = "round,date,ministry,area,score\nBaseline workshop,2022-08-04,mosw,1,4\nNew round,2026-01-10,NEW,1,NI\n";
        let r = import_bytes(text.as_bytes(), Path::new("x.csv"), Some(ws)).unwrap();
        assert_eq!(r.new_rounds, vec!["new-round"], "free text becomes a slug");
        assert_eq!(r.new_ministries, vec!["NEW"]);
        let s = r.workspace.score("baseline-2022", "MoSW", 0).unwrap();
        assert_eq!(s.answer.and_then(Answer::level), Some(4));
        let e = import_bytes(
            b"round,date,ministry,area,score\nBaseline workshop,2022-08-05,MoSW,1,4\n",
            Path::new("x.csv"),
            Some(demo_workspace()),
        )
        .unwrap_err();
        assert!(e.to_string().contains("dated 2022-08-04"), "{e}");
    }
}
