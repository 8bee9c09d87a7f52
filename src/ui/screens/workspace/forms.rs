//! The workspace screen's forms: what they hold, how they are checked as they are typed,
//! and how they become rounds and ministries (with a message naming any problem).

use egui::Ui;

use crate::model::{Ministry, MinistryId, Participation, Round, RoundId, Workspace};
use crate::ui::bangla::BanglaBuffer;
use crate::ui::lang::Texts;

/// A round being added or edited.
pub(super) struct RoundForm {
    pub title: String,
    pub date: String,
    pub location: String,
    pub facilitator: String,
    pub notes: String,
    pub women: u32,
    pub men: u32,
    pub other: u32,
    pub error: Option<String>,
}

impl RoundForm {
    /// A new round, dated today.
    pub fn new(today: jiff::civil::Date) -> Self {
        Self {
            title: String::new(),
            date: today.to_string(),
            location: String::new(),
            facilitator: String::new(),
            notes: String::new(),
            women: 0,
            men: 0,
            other: 0,
            error: None,
        }
    }

    pub fn of(r: &Round) -> Self {
        Self {
            title: r.title.clone(),
            date: r.date.to_string(),
            location: r.location.clone(),
            facilitator: r.facilitator.clone(),
            notes: r.notes.clone(),
            women: r.participants.women,
            men: r.participants.men,
            other: r.participants.other,
            error: None,
        }
    }

    /// What is wrong with the date as typed so far, if anything.
    pub fn date_problem(&self, t: &Texts) -> Option<String> {
        parse_date(&self.date, t).err()
    }

    /// The round these fields describe, keeping `base`'s id and instrument version.
    pub fn to_round(&self, base: &Round, t: &Texts) -> Result<Round, String> {
        let date = parse_date(&self.date, t)?;
        if self.title.trim().is_empty() {
            return Err(t.get("workspace-round-needs-title"));
        }
        Ok(Round {
            id: base.id.clone(),
            title: self.title.trim().to_owned(),
            date,
            location: self.location.trim().to_owned(),
            facilitator: self.facilitator.trim().to_owned(),
            notes: self.notes.clone(),
            instrument_version: base.instrument_version.clone(),
            participants: Participation {
                women: self.women,
                men: self.men,
                other: self.other,
            },
            tables: base.tables.clone(),
            review: base.review.clone(),
            sources: base.sources.clone(),
        })
    }

    /// A new round from these fields, with an id made from the title and year, scored
    /// with the workspace's current instrument.
    pub fn to_new_round(&self, ws: &Workspace, t: &Texts) -> Result<Round, String> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(t.get("workspace-new-round-needs-title"));
        }
        let date = parse_date(&self.date, t)?;
        let base = crate::model::ids::slug(&format!("{title} {}", date.year()), "round");
        let mut id = base.clone();
        let mut k = 2;
        while ws.round(&id).is_some() {
            id = format!("{base}-{k}");
            k += 1;
        }
        let template = Round {
            id: RoundId::new(&id).map_err(|e| e.to_string())?,
            title: String::new(),
            date,
            location: String::new(),
            facilitator: String::new(),
            notes: String::new(),
            instrument_version: ws.instrument().version().to_owned(),
            participants: Participation::default(),
            tables: Default::default(),
            review: Default::default(),
            sources: Vec::new(),
        };
        self.to_round(&template, t)
    }
}

/// A ministry being added or edited.
#[derive(Default)]
pub(super) struct MinistryForm {
    pub code: String,
    pub name: String,
    pub cluster: String,
    pub error: Option<String>,
}

impl MinistryForm {
    pub fn of(m: &Ministry) -> Self {
        Self {
            code: m.id.to_string(),
            name: m.name.clone(),
            cluster: m.cluster.clone().unwrap_or_default(),
            error: None,
        }
    }

    /// The ministry these fields describe; `editing` is the code being edited (which
    /// may stay as it is).
    pub fn to_ministry(
        &self,
        ws: &Workspace,
        editing: Option<&str>,
        t: &Texts,
    ) -> Result<Ministry, String> {
        let id = MinistryId::new(&self.code)
            .map_err(|e| t.with("workspace-code-problem", &[("error", e.to_string().into())]))?;
        if editing != Some(id.as_str()) && ws.ministry(id.as_str()).is_some() {
            return Err(t.with("workspace-code-used", &[("code", id.as_str().into())]));
        }
        if self.name.trim().is_empty() {
            return Err(t.get("workspace-ministry-needs-name"));
        }
        Ok(Ministry {
            id,
            name: self.name.trim().to_owned(),
            cluster: Some(self.cluster.trim())
                .filter(|c| !c.is_empty())
                .map(str::to_owned),
        })
    }
}

pub(super) fn parse_date(text: &str, t: &Texts) -> Result<jiff::civil::Date, String> {
    text.trim()
        .parse::<jiff::civil::Date>()
        .map_err(|_| t.with("workspace-not-a-date", &[("date", text.trim().into())]))
}

/// A one-line field whose accessible name says more than its short visible label.
pub(super) fn named_field_ui(
    ui: &mut Ui,
    label: &str,
    name: &str,
    value: &mut String,
    width: f32,
) -> egui::Response {
    ui.label(label);
    ui.add(egui::TextEdit::singleline(&mut BanglaBuffer::new(value)).desired_width(width))
        .accessible_name(name)
}

/// Areas with an answer in the assessments that `filter(round, ministry)` selects.
pub(super) fn scored_count(ws: &Workspace, filter: impl Fn(&str, &str) -> bool) -> usize {
    ws.assessments()
        .filter(|(r, m, _)| filter(r.as_str(), m.as_str()))
        .map(|(_, _, a)| a.answered())
        .sum()
}
