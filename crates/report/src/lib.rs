//! PDF reports, made offline: a summary for one ministry in one round, and the workshop
//! report for a round (cover, heatmap, distribution per area, completion list, then a
//! summary for every ministry). Charts are vector drawings; DejaVu Sans is embedded as
//! a subset. No UI code here: the functions run on any thread and return the bytes,
//! the page count and warnings.
//!
//! `fonts` owns the font and its metrics, `layout` the pages, text and shapes and the
//! final save, `table` rows that never split, `charts` the drawings, and `ministry` and
//! `workshop` the two documents.

use codi_look as look;
use codi_look::qr;
use codi_model as model;
use codi_storage as storage;

pub mod alt;
mod annex;
pub mod bengali;
mod blocks;
mod charts;
mod fonts;
pub mod handouts;
mod layout;
mod ministry;
pub mod names;
mod review;

mod pdf;
mod sheets;
mod table;
mod words;
mod workshop;

use std::str::FromStr;

use jiff::civil::Date;

use crate::model::{Ministry, Round, Workspace};
use charts::ScaleInfo;
use layout::{Doc, DocMeta};
pub use sheets::table_sheets;
pub use words::texts_for;

/// Page size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// 210 x 297 mm.
    #[default]
    A4,
    /// 8.5 x 11 in.
    Letter,
}

impl Paper {
    /// Width and height in pt.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

impl FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" => Ok(Paper::Letter),
            other => Err(format!("unknown paper size `{other}`: use a4 or letter")),
        }
    }
}

/// How a report is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportOptions {
    pub paper: Paper,
    /// The date printed as "Generated" and stored in the PDF. The output depends on
    /// nothing else but the workspace, so a fixed date gives byte-identical files.
    pub generated: Date,
    /// The workshop report leaves out the pages of ministries with nothing scored
    /// (they still appear in the heatmap and the completion list).
    pub skip_unscored: bool,
    /// The language to print in (a shipped language's code); `None` is the
    /// workspace's language.
    pub language: Option<String>,
    /// Bangla reports write numbers with Bangla digits unless this is set.
    pub latin_digits: bool,
    /// The workshop report groups ministries by cluster: the heatmap in cluster bands
    /// with each cluster's median per area, and the ministry pages in that order.
    pub by_cluster: bool,
}

impl ReportOptions {
    /// A4, generated on `date`, every ministry.
    pub fn new(generated: Date) -> Self {
        Self {
            paper: Paper::A4,
            generated,
            skip_unscored: false,
            language: None,
            latin_digits: false,
            by_cluster: false,
        }
    }
}

/// A finished PDF.
#[derive(Clone, Debug)]
pub struct Report {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Things the reader of the PDF should know, e.g. characters the font cannot show
    /// (they are replaced by a visible mark, never dropped silently).
    pub warnings: Vec<String>,
}

impl Report {
    /// Write the PDF to `path` atomically (a temporary file, then a rename; an existing
    /// file is kept as `<name>.bak`).
    pub fn save(&self, path: &std::path::Path) -> Result<(), crate::storage::SaveError> {
        crate::storage::fs::write_atomic(path, &self.bytes)
    }
}

/// Why a report could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("there is no round `{key}`; rounds: {available}")]
    UnknownRound { key: String, available: String },
    #[error("there is no ministry `{key}`; ministries: {available}")]
    UnknownMinistry { key: String, available: String },
    #[error(
        "round `{0}` has no table codes yet: start table scoring for it once in the app (a round's ⋯ menu)"
    )]
    NoTables(String),
    #[error("the built-in report font could not be loaded: {0}")]
    Font(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    /// The caller's progress callback asked to stop (a cancelled export).
    #[error("stopped before it was finished")]
    Stopped,
}

fn list_or_none(items: Vec<String>) -> String {
    const SHOWN: usize = 20;
    if items.is_empty() {
        return "none".to_owned();
    }
    let more = items.len().saturating_sub(SHOWN);
    let mut s = items.into_iter().take(SHOWN).collect::<Vec<_>>().join(", ");
    if more > 0 {
        s.push_str(&format!(" and {more} more"));
    }
    s
}

fn find_round<'a>(ws: &'a Workspace, key: &str) -> Result<&'a Round, ReportError> {
    ws.find_round(key).ok_or_else(|| ReportError::UnknownRound {
        key: key.to_owned(),
        available: list_or_none(
            ws.rounds()
                .iter()
                .map(|r| format!("`{}` ({})", r.id, r.title))
                .collect(),
        ),
    })
}

fn find_ministry<'a>(ws: &'a Workspace, key: &str) -> Result<&'a Ministry, ReportError> {
    ws.find_ministry(key)
        .ok_or_else(|| ReportError::UnknownMinistry {
            key: key.to_owned(),
            available: list_or_none(
                ws.ministries()
                    .iter()
                    .map(|m| format!("`{}`", m.id))
                    .collect(),
            ),
        })
}

/// What every part of a report needs about the round, with texts checked against the
/// font once.
pub(crate) struct Ctx<'a> {
    pub ws: &'a Workspace,
    pub round: &'a Round,
    /// The instrument the round was scored with, in the report's language.
    pub inst: crate::model::Instrument,
    pub previous: Option<&'a Round>,
    pub scale: ScaleInfo,
    /// Full area names and short labels, cleaned.
    pub area_names: Vec<String>,
    pub area_labels: Vec<String>,
    pub round_title: String,
    pub previous_title: Option<String>,
    /// "Title, version V".
    pub instrument: String,
    pub generated: Date,
    /// The report's language.
    pub t: std::sync::Arc<codi_i18n::Texts>,
}

impl<'a> Ctx<'a> {
    fn new(doc: &mut Doc, ws: &'a Workspace, round: &'a Round, generated: Date) -> Self {
        let t = doc.t.clone();
        let inst = ws
            .instrument_for(round.id.as_str())
            .unwrap_or_else(|| ws.instrument())
            .localized(t.code());
        let area_names = inst
            .areas()
            .iter()
            .map(|a| doc.clean(&a.name, "instrument areas"))
            .collect();
        let area_labels = inst
            .areas()
            .iter()
            .map(|a| doc.clean(a.label(), "instrument areas"))
            .collect();
        let previous = ws.previous_round(round.id.as_str());

        let round_title = doc.clean(&round.title, &format!("round `{}`: title", round.id));
        let previous_title =
            previous.map(|p| doc.clean(&p.title, &format!("round `{}`: title", p.id)));
        let instrument = t.with(
            "report-instrument-version",
            &[
                ("title", doc.clean(inst.title(), "instrument title").into()),
                (
                    "version",
                    doc.clean(inst.version(), "instrument version").into(),
                ),
            ],
        );
        Self {
            ws,
            round,
            scale: ScaleInfo::of(doc, &inst),
            inst,
            previous,
            area_names,
            area_labels,
            round_title,
            previous_title,
            instrument,
            generated,
            t,
        }
    }
}

fn new_doc(ws: &Workspace, opts: &ReportOptions) -> Result<Doc, ReportError> {
    let fonts = fonts::fonts().map_err(ReportError::Font)?;
    Ok(Doc::new(opts.paper, fonts, words::texts(ws, opts)))
}

/// The summary of one ministry in one round. `round` is a round id or title,
/// `ministry` a ministry code (both as the command line accepts them).
pub fn ministry_summary(
    ws: &Workspace,
    round: &str,
    ministry: &str,
    opts: &ReportOptions,
) -> Result<Report, ReportError> {
    let round = find_round(ws, round)?;
    let ministry = find_ministry(ws, ministry)?;
    let mut doc = new_doc(ws, opts)?;
    let ctx = Ctx::new(&mut doc, ws, round, opts.generated);
    ministry::write(&mut doc, &ctx, ministry);
    let title = ctx.t.with(
        "report-summary-title",
        &[
            ("code", ministry.id.as_str().into()),
            ("round", round.title.as_str().into()),
        ],
    );
    let subject = ctx.t.get("report-summary-subject");
    let draft = draft_mark(round, &ctx.t);
    doc.finish(&DocMeta {
        title: &title,
        subject: &subject,
        footer: ws.title(),
        draft: &draft,
        generated: opts.generated,
    })
}

/// "DRAFT: not validated" on every page of a report of a round not yet validated.
fn draft_mark(round: &crate::model::Round, t: &codi_i18n::Texts) -> String {
    use crate::model::review::Status;
    match round.review.status() {
        Status::Validated => String::new(),
        Status::UnderReview => t.get("report-draft-under-review"),
        Status::Draft => t.get("report-draft"),
    }
}

/// The workshop report for one round: cover, heatmap, distribution per area,
/// completion list, then one summary per ministry. `progress(done, total)` is called
/// as the work advances (from the calling thread), ending with `done == total`; when it
/// returns `false` the report stops with [`ReportError::Stopped`].
pub fn workshop_report(
    ws: &Workspace,
    round: &str,
    opts: &ReportOptions,
    progress: &dyn Fn(usize, usize) -> bool,
) -> Result<Report, ReportError> {
    let laid = lay_out_workshop(ws, round, opts, progress)?;
    let report = laid.finish();
    let total = ws.ministries().len() + 2;
    if !progress(total, total) {
        return Err(ReportError::Stopped);
    }
    report
}

/// A report laid out and not yet written: it no longer needs the workspace, so a
/// caller short of memory can drop that first.
pub struct LaidOut {
    doc: Doc,
    title: String,
    subject: String,
    footer: String,
    draft: String,
    generated: Date,
}

impl LaidOut {
    /// Write the PDF.
    pub fn finish(self) -> Result<Report, ReportError> {
        self.doc.finish(&DocMeta {
            title: &self.title,
            subject: &self.subject,
            footer: &self.footer,
            draft: &self.draft,
            generated: self.generated,
        })
    }
}

/// Lay out the workshop report (see [`workshop_report`]); progress stops one step
/// short of the end, which is writing.
pub fn lay_out_workshop(
    ws: &Workspace,
    round: &str,
    opts: &ReportOptions,
    progress: &dyn Fn(usize, usize) -> bool,
) -> Result<LaidOut, ReportError> {
    let round = find_round(ws, round)?;
    let mut doc = new_doc(ws, opts)?;
    let ctx = Ctx::new(&mut doc, ws, round, opts.generated);
    let total = ws.ministries().len() + 2;
    let went_on =
        progress(0, total) && workshop::write(&mut doc, &ctx, opts, &|done| progress(done, total));
    if !went_on {
        return Err(ReportError::Stopped);
    }
    let title = ctx.t.with(
        "report-workshop-title",
        &[("round", round.title.as_str().into())],
    );
    let subject = ctx.t.get("report-workshop-subject");
    let draft = draft_mark(round, &ctx.t);
    Ok(LaidOut {
        doc,
        title,
        subject,
        footer: ws.title().to_owned(),
        draft,
        generated: opts.generated,
    })
}
