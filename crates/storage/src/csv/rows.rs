//! Data rows: each one names a round, a ministry and an area, and gives the fields of
//! that record. Ids and codes are trimmed; texts are kept exactly as written. Lookups
//! are by hash, so the time grows linearly with the number of rows.

use std::collections::HashMap;

use csv::StringRecord;
use jiff::civil::Date;

use super::header::Columns;
use super::plan::{ImportPlan, Record, RecordUpdate};
use super::scan::unguard;
use super::{CsvError, Where, header};
use crate::model::followup::{ChangeReason, ReasonKind};
use crate::model::ids::{MinistryId, RoundId, slug};
use crate::model::instrument::Instrument;
use crate::model::score::{Answer, VoteTally};
use crate::model::workspace::{Ministry, Participation, Round, Workspace};

/// A round as the file names it: its place in the plan, its date, where first seen.
struct RoundSeen {
    index: u32,
    date: Date,
    line: u64,
}

struct State<'a> {
    ws: &'a Workspace,
    cols: &'a Columns,
    place: &'a Where<'a>,
    plan: ImportPlan,
    round_keys: HashMap<String, RoundSeen>,
    round_index: HashMap<RoundId, u32>,
    ministry_index: HashMap<MinistryId, u32>,
    /// New ministries by lower-case code (codes match ignoring case).
    new_codes: HashMap<String, MinistryId>,
}

/// One row's cells, unguarded.
struct Row<'r> {
    record: &'r StringRecord,
    line: u64,
}

impl Row<'_> {
    /// A cell as written (texts).
    fn text(&self, c: Option<usize>) -> &str {
        c.and_then(|c| self.record.get(c)).map_or("", unguard)
    }
    /// A cell with surrounding white space removed (ids, codes, numbers).
    fn get(&self, c: Option<usize>) -> &str {
        c.and_then(|c| self.record.get(c))
            .map_or("", |s| unguard(s.trim()).trim())
    }
}

pub(super) fn read(
    text: &str,
    delimiter: u8,
    place: &Where<'_>,
    ws: &Workspace,
    progress: super::Progress<'_>,
) -> Result<ImportPlan, CsvError> {
    // Lines, as an estimate of the rows (a quoted value may span several).
    let lines = text.bytes().filter(|b| *b == b'\n').count();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let csv_err = |e: csv::Error| match e.position() {
        Some(p) => place.line(p.line(), e.to_string()),
        None => place.plain(e.to_string()),
    };
    let headers = reader.headers().map_err(csv_err)?.clone();
    let records = reader.records().map(|record| {
        let record = record.map_err(csv_err)?;
        let line = record.position().map_or(0, |p| p.line());
        Ok((line, record))
    });
    read_records(&headers, records, place, ws, (lines, progress))
}

/// Plan the import of a table given as a header and numbered rows (lines of a CSV,
/// rows of a sheet).
pub(crate) fn read_records(
    headers: &StringRecord,
    records: impl Iterator<Item = Result<(u64, StringRecord), CsvError>>,
    place: &Where<'_>,
    ws: &Workspace,
    (total, progress): (usize, super::Progress<'_>),
) -> Result<ImportPlan, CsvError> {
    let max_levels = ws
        .instruments()
        .map(Instrument::level_count)
        .max()
        .unwrap_or(4);
    let mut warnings = Vec::new();
    let cols = header::read(headers, max_levels, place, &mut warnings)?;
    let mut st = State {
        ws,
        cols: &cols,
        place,
        plan: ImportPlan::default(),
        round_keys: HashMap::new(),
        round_index: HashMap::new(),
        ministry_index: HashMap::new(),
        new_codes: HashMap::new(),
    };
    for (k, record) in records.enumerate() {
        // Told every 1,000 rows: often enough for a bar, rarely enough to cost nothing.
        if k % 1000 == 999 && !progress(k + 1, total) {
            return Err(place.plain("the import was cancelled".into()));
        }
        let (line, record) = record?;
        st.row(&Row {
            record: &record,
            line,
        })?;
    }
    st.plan.warnings = warnings;
    Ok(st.plan)
}

impl State<'_> {
    fn err(&self, row: &Row<'_>, c: usize, message: String) -> CsvError {
        self.place.at(row.line, c, &self.cols.names, message)
    }

    fn required<'r>(&self, row: &'r Row<'_>, c: usize) -> Result<&'r str, CsvError> {
        match row.get(Some(c)) {
            "" => Err(self.err(
                row,
                c,
                format!("`{}` is required and is empty", self.cols.name(c)),
            )),
            v => Ok(v),
        }
    }

    fn row(&mut self, row: &Row<'_>) -> Result<(), CsvError> {
        if row.record.iter().all(|f| f.trim().is_empty()) {
            return Ok(());
        }
        self.plan.rows += 1;
        let n = self.cols.names.len();
        if row.record.len() > n && row.record.iter().skip(n).any(|f| !f.trim().is_empty()) {
            return Err(self.place.line(
                row.line,
                format!(
                    "this row has {} fields but the header has {n}",
                    row.record.len()
                ),
            ));
        }
        let round = self.round(row)?;
        let ministry = self.ministry(row)?;
        let inst = self.instrument_of(round);
        let area_key = self.required(row, self.cols.area)?;
        let area = inst
            .find_area(area_key)
            .map(|k| inst.areas()[k].id.clone())
            .ok_or_else(|| {
                self.err(
                    row,
                    self.cols.area,
                    format!(
                        "unknown area `{area_key}`; use an area id (such as `{}`) or a number 1-{}",
                        inst.areas()[0].id,
                        inst.areas().len()
                    ),
                )
            })?;
        let update = self.update(row, inst)?;
        let key = (round, ministry, area.clone());
        if let Some(&i) = self.plan.index.get(&key) {
            let earlier = &self.plan.records[i];
            if earlier.update != update {
                return Err(self.place.line(
                    row.line,
                    format!(
                        "conflicts with {}: both give round `{}`, ministry `{}`, area `{area}` but with different values",
                        self.place.line_name(earlier.line),
                        self.plan.rounds[round as usize],
                        self.plan.ministries[ministry as usize],
                    ),
                ));
            }
            return Ok(());
        }
        self.plan.index.insert(key, self.plan.records.len());
        self.plan.records.push(Record {
            round,
            ministry,
            area,
            line: row.line,
            update,
        });
        Ok(())
    }

    fn instrument_of(&self, round: u32) -> &Instrument {
        let id = &self.plan.rounds[round as usize];
        self.ws
            .instrument_for(id.as_str())
            .unwrap_or_else(|| self.ws.instrument())
    }

    fn date(&self, row: &Row<'_>) -> Result<Option<Date>, CsvError> {
        let c = self.cols.date;
        match row.get(Some(c)) {
            "" => Ok(None),
            t => t.parse::<Date>().map(Some).map_err(|e| {
                let hint = if self.place.sheet.is_some() && t.bytes().all(|b| b.is_ascii_digit()) {
                    "; a spreadsheet date shows as a number when its cell is not formatted as a date, so format the column as a date"
                } else {
                    ""
                };
                self.err(
                    row,
                    c,
                    format!("`{t}` is not a real date in the form YYYY-MM-DD ({e}){hint}"),
                )
            }),
        }
    }

    fn intern_round(&mut self, id: RoundId) -> u32 {
        if let Some(&i) = self.round_index.get(&id) {
            return i;
        }
        let i = self.plan.rounds.len() as u32;
        self.round_index.insert(id.clone(), i);
        self.plan.rounds.push(id);
        i
    }

    /// The round of a row: one seen before, one of the workspace, or a new one.
    fn round(&mut self, row: &Row<'_>) -> Result<u32, CsvError> {
        let c = self.cols.round;
        let key = self.required(row, c)?.to_owned();
        let date = self.date(row)?;
        if let Some(seen) = self.round_keys.get(&key) {
            if let Some(d) = date.filter(|d| *d != seen.date) {
                return Err(self.err(
                    row,
                    self.cols.date,
                    format!(
                        "round `{key}` has date {} on {} but {d} here",
                        seen.date,
                        self.place.line_name(seen.line)
                    ),
                ));
            }
            return Ok(seen.index);
        }
        let (id, round_date) = if let Some(r) = self.ws.find_round(&key) {
            if let Some(d) = date.filter(|d| *d != r.date) {
                return Err(self.err(
                    row,
                    self.cols.date,
                    format!(
                        "round `{key}` is dated {} in the workspace but {d} here",
                        r.date
                    ),
                ));
            }
            (r.id.clone(), r.date)
        } else {
            let Some(date) = date else {
                return Err(self.err(
                    row,
                    self.cols.date,
                    format!("round `{key}` is new, so it needs a date (YYYY-MM-DD)"),
                ));
            };
            let round = self.new_round(row, &key, date)?;
            let id = round.id.clone();
            self.plan.new_rounds.push(round);
            (id, date)
        };
        let index = self.intern_round(id);
        self.round_keys.insert(
            key,
            RoundSeen {
                index,
                date: round_date,
                line: row.line,
            },
        );
        Ok(index)
    }

    fn new_round(&self, row: &Row<'_>, key: &str, date: Date) -> Result<Round, CsvError> {
        // A valid id is kept as written (export writes ids); free text becomes a slug.
        let base = match RoundId::new(key) {
            Ok(valid) => valid.to_string(),
            Err(_) => slug(key, "round"),
        };
        let taken = |id: &str| {
            self.ws.round(id).is_some() || self.plan.new_rounds.iter().any(|r| r.id.as_str() == id)
        };
        let mut id = base.clone();
        let mut k = 2;
        while taken(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        let title = match row.text(self.cols.round_title) {
            t if t.trim().is_empty() => key.to_owned(),
            t => t.to_owned(),
        };
        Ok(Round {
            id: RoundId::new(&id).map_err(|e| self.err(row, self.cols.round, e.to_string()))?,
            title,
            date,
            location: String::new(),
            facilitator: String::new(),
            notes: String::new(),
            instrument_version: self.ws.instrument().version().to_owned(),
            participants: Participation::default(),
            tables: Default::default(),
            review: Default::default(),
            sources: Vec::new(),
        })
    }

    /// The ministry of a row: the workspace's (code ignoring case), or a new one.
    fn ministry(&mut self, row: &Row<'_>) -> Result<u32, CsvError> {
        let c = self.cols.ministry;
        let code = self.required(row, c)?;
        let id = if let Some(m) = self.ws.find_ministry(code) {
            m.id.clone()
        } else if let Some(id) = self.new_codes.get(&code.to_lowercase()) {
            id.clone()
        } else {
            let id = MinistryId::new(code).map_err(|e| self.err(row, c, e.to_string()))?;
            let name = match row.text(self.cols.ministry_name) {
                n if n.trim().is_empty() => code.to_owned(),
                n => n.to_owned(),
            };
            let cluster = Some(row.text(self.cols.cluster))
                .filter(|c| !c.trim().is_empty())
                .map(str::to_owned);
            self.new_codes.insert(code.to_lowercase(), id.clone());
            self.plan.new_ministries.push(Ministry {
                id: id.clone(),
                name,
                cluster,
            });
            id
        };
        if let Some(&i) = self.ministry_index.get(&id) {
            return Ok(i);
        }
        let i = self.plan.ministries.len() as u32;
        self.ministry_index.insert(id.clone(), i);
        self.plan.ministries.push(id);
        Ok(i)
    }

    fn count(&self, row: &Row<'_>, c: usize) -> Result<u32, CsvError> {
        match row.get(Some(c)) {
            "" => Ok(0),
            v => v
                .parse::<u32>()
                .map_err(|_| self.err(row, c, format!("`{v}` is not a whole number of votes"))),
        }
    }

    fn tally(
        &self,
        row: &Row<'_>,
        levels: &[(u8, usize)],
        na: Option<usize>,
        ni: Option<usize>,
        n: usize,
    ) -> Result<VoteTally, CsvError> {
        let mut votes = VoteTally::zero(n);
        for &(level, c) in levels {
            let count = self.count(row, c)?;
            match votes.levels.get_mut(usize::from(level) - 1) {
                Some(slot) => *slot = count,
                None if count == 0 => {}
                None => {
                    return Err(self.err(
                        row,
                        c,
                        format!("this round's scale has levels 1-{n}, so no votes for {level}"),
                    ));
                }
            }
        }
        if let Some(c) = na {
            votes.na = self.count(row, c)?;
        }
        if let Some(c) = ni {
            votes.ni = self.count(row, c)?;
        }
        Ok(votes.normalized(n))
    }

    fn update(&self, row: &Row<'_>, inst: &Instrument) -> Result<RecordUpdate, CsvError> {
        let cols = self.cols;
        let answer = match row.get(Some(cols.score)) {
            "" => None,
            t => {
                let a = Answer::parse(t).map_err(|e| self.err(row, cols.score, e.to_string()))?;
                Workspace::check_answer(inst, Some(a))
                    .map_err(|e| self.err(row, cols.score, e.to_string()))?;
                Some(a)
            }
        };
        let n = inst.level_count();
        let votes = cols
            .has_votes()
            .then(|| self.tally(row, &cols.votes, cols.votes_na, cols.votes_ni, n))
            .transpose()?;
        let phone_votes = cols
            .has_phone_votes()
            .then(|| self.tally(row, &cols.phone_votes, cols.phone_na, cols.phone_ni, n))
            .transpose()?;
        let updated = match cols.updated {
            None => None,
            Some(c) => Some(match row.get(Some(c)) {
                "" => None,
                t => Some(t.parse::<jiff::Timestamp>().map_err(|e| {
                    self.err(
                        row,
                        c,
                        format!("`{t}` is not a timestamp like 2024-08-04T10:00:00Z ({e})"),
                    )
                })?),
            }),
        };
        let discussed_secs = match cols.discussion {
            None => None,
            Some(c) => Some(match row.get(Some(c)) {
                "" => 0,
                t => t.parse::<u32>().map_err(|_| {
                    self.err(row, c, format!("`{t}` is not a whole number of seconds"))
                })?,
            }),
        };
        let reason = match cols.change_reason {
            None => None,
            Some(c) => Some(match row.get(Some(c)) {
                "" => None,
                t => {
                    let kind = ReasonKind::parse(t).ok_or_else(|| {
                        let keys: Vec<&str> = ReasonKind::ALL.iter().map(|k| k.key()).collect();
                        self.err(
                            row,
                            c,
                            format!(
                                "`{t}` is not a reason for change; use one of {}",
                                keys.join(", ")
                            ),
                        )
                    })?;
                    let note = row.text(cols.change_note).to_owned();
                    Some(ChangeReason { kind, note })
                }
            }),
        };
        Ok(RecordUpdate {
            answer,
            discussed_secs,
            dissent: cols.dissent.map(|c| row.text(Some(c)).to_owned()),
            reason,
            votes,
            phone_votes,
            rationale: cols.rationale.map(|c| row.text(Some(c)).to_owned()),
            evidence: cols.evidence.map(|c| row.text(Some(c)).to_owned()),
            updated,
        })
    }
}
