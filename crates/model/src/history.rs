//! The audit trail: every change to the record (agreed answers, vote tallies, texts,
//! reasons, actions, removals) appended in order, never rewritten. An undo appends an
//! entry that reverts; it never deletes one.
//!
//! Each entry carries a hash of the one before, and the file keeps the hash of the
//! last, so an entry edited outside the app breaks the chain and `check` reports it.
//! Anyone can recompute a chain without a key: this detects careless or hidden edits,
//! it does not prove authorship.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::edit::{Change, TextField};
use super::followup::Action;
use super::ids::{AreaId, MinistryId, RoundId};
use super::score::{Answer, VoteTally};

/// Consecutive typing or counting in one place within this many seconds is one entry.
pub const MERGE_SECS: i64 = 600;

/// Whether an entry was an edit, or an undo or redo of one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    #[default]
    Edit,
    Undo,
    Redo,
}

impl Step {
    fn is_edit(&self) -> bool {
        *self == Step::Edit
    }
}

/// One change, as the history shows and exports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub time: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<RoundId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ministry: Option<MinistryId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<AreaId>,
    /// What changed: `answer`, `cards`, `phones`, `rationale`, `reason`, `actions`…
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub after: String,
    /// The facilitator's name, or `phones`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    #[serde(default, skip_serializing_if = "Step::is_edit")]
    pub step: Step,
    /// Hash of the entry before (empty for the first).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prev: String,
}

impl Entry {
    /// This entry's hash: SHA-256 of its JSON form, as 32 hex digits.
    pub fn hash(&self) -> String {
        // Serializing a struct of strings, ids and a timestamp cannot fail.
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        let digest = Sha256::digest(&bytes);
        digest[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    fn same_place(&self, other: &Entry) -> bool {
        self.round == other.round
            && self.ministry == other.ministry
            && self.area == other.area
            && self.what == other.what
            && self.by == other.by
    }
}

/// Whether the chain of hashes holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chain {
    Intact,
    /// The file says it had a history (its last hash is there) but holds no entries:
    /// the history was removed outside the app.
    Emptied,
    /// Entry `entry` (1-based) does not match what the entry after it, or the file's
    /// last hash, says it was.
    Broken {
        entry: usize,
    },
}

/// The workspace's history. Two histories are equal when their entries are: whether
/// they came from a file does not matter.
#[derive(Clone, Debug, Default)]
pub struct History {
    entries: Vec<Entry>,
    /// Entries read from the file: these are sealed and never merged into.
    sealed: usize,
    /// The last hash the file recorded, checked against the sealed entries.
    head: Option<String>,
}

impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}
impl Eq for History {}

impl History {
    /// A history as read from a file, with the last hash the file recorded.
    pub fn loaded(entries: Vec<Entry>, head: Option<String>) -> Self {
        Self {
            sealed: entries.len(),
            entries,
            head,
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The hash of the last entry, written to the file beside the entries.
    pub fn head(&self) -> Option<String> {
        self.entries.last().map(Entry::hash)
    }

    /// Add an entry at the end, chained to the one before.
    pub fn append(&mut self, mut entry: Entry) {
        // After a cut history, the first new entry chains to the head the file
        // recorded, so the cut still shows once the file is saved and read again.
        entry.prev = self
            .head()
            .or_else(|| self.head.clone())
            .unwrap_or_default();
        self.entries.push(entry);
    }

    /// Add an entry, or fold it into the last one when it continues it: typing in the
    /// same text box or counting the same tally, by the same hand, within
    /// [`MERGE_SECS`]. The merged entry keeps the first `before`.
    pub fn record(&mut self, entry: Entry) {
        let mergeable = matches!(
            entry.what.as_str(),
            "rationale"
                | "evidence"
                | "dissent"
                | "differs-from-table"
                | "notes"
                | "cards"
                | "phones"
                | "reason"
                | "actions"
                | "comments"
                | "attendance"
        );
        let n = self.entries.len();
        // Entries read from the file are sealed: merging into one would break the chain.
        if let Some(last) = self.entries.last_mut()
            && mergeable
            && n > self.sealed
            && last.step.is_edit()
            && entry.step.is_edit()
            && last.same_place(&entry)
            && (entry.time - last.time).get_seconds().abs() <= MERGE_SECS
        {
            last.after = entry.after;
            last.time = entry.time;
            return;
        }
        self.append(entry);
    }

    /// Check every link, and the sealed entries against the file's last hash.
    pub fn verify(&self) -> Chain {
        if self.sealed == 0 && self.head.as_deref().is_some_and(|h| !h.is_empty()) {
            return Chain::Emptied;
        }
        let mut prev = String::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.prev != prev {
                // Entry i says the one before hashed otherwise: that one was changed
                // (or, for the first entry, something was removed before it).
                return Chain::Broken { entry: i.max(1) };
            }
            prev = e.hash();
        }
        if self.sealed > 0 {
            let sealed_hash = self.entries[self.sealed - 1].hash();
            if self.head.as_deref() != Some(sealed_hash.as_str()) {
                return Chain::Broken { entry: self.sealed };
            }
        }
        Chain::Intact
    }

    /// Entries for one round (and ministry, and area), in order.
    pub fn filtered<'a>(
        &'a self,
        round: Option<&'a str>,
        ministry: Option<&'a str>,
        area: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Entry> + 'a {
        let matches = |want: Option<&str>, got: Option<&str>| want.is_none_or(|w| got == Some(w));
        self.entries.iter().filter(move |e| {
            matches(round, e.round.as_ref().map(|r| r.as_str()))
                && matches(ministry, e.ministry.as_ref().map(|m| m.as_str()))
                && matches(area, e.area.as_ref().map(|a| a.as_str()))
        })
    }
}

/// Where an entry belongs: round, ministry and area, where they apply.
type Place<'a> = (
    Option<&'a RoundId>,
    Option<&'a MinistryId>,
    Option<&'a AreaId>,
);

/// The entry a change makes, or `None` for changes the history does not keep (the
/// timer, a table's drafts and access, a record's time stamp).
pub fn entry_for(change: &Change, time: Timestamp, by: &str, step: Step) -> Option<Entry> {
    let ((round, ministry, area), what, before, after) = describe(change)?;
    Some(Entry {
        time,
        round: round.cloned(),
        ministry: ministry.cloned(),
        area: area.cloned(),
        what: what.to_owned(),
        before,
        after,
        by: by.to_owned(),
        step,
        prev: String::new(),
    })
}

/// The place of a record.
fn at(at: &super::ids::ScoreRef) -> Place<'_> {
    (Some(&at.round), Some(&at.ministry), Some(&at.area))
}

/// A change as place, what, before and after.
fn describe(change: &Change) -> Option<(Place<'_>, &'static str, String, String)> {
    let reason = |r: &Option<super::followup::ChangeReason>| {
        r.as_ref().map(|r| r.describe()).unwrap_or_default()
    };
    Some(match change {
        Change::Answer {
            at: a,
            before,
            after,
        } => (at(a), "answer", answer_text(*before), answer_text(*after)),
        Change::Votes {
            at: a,
            source,
            before,
            after,
        } => (at(a), source.name(), tally_text(before), tally_text(after)),
        Change::Text {
            at: a,
            field,
            before,
            after,
        } => (at(a), field_key(*field), before.clone(), after.clone()),
        Change::Reason {
            at: a,
            before,
            after,
        } => (at(a), "reason", reason(before), reason(after)),
        Change::Actions {
            at: a,
            before,
            after,
        } => (at(a), "actions", actions_text(before), actions_text(after)),
        Change::Attendance {
            round,
            ministry,
            before,
            after,
        } => (
            (Some(round), Some(ministry), None),
            "attendance",
            before.describe(),
            after.describe(),
        ),
        Change::Notes {
            round,
            ministry,
            before,
            after,
        } => (
            (Some(round), Some(ministry), None),
            "notes",
            before.clone(),
            after.clone(),
        ),
        Change::Structure(text) => ((None, None, None), "workspace", String::new(), text.clone()),
        Change::Review {
            round,
            before,
            after,
        } => (
            (Some(round), None, None),
            "review",
            before.status().key().to_owned(),
            review_text(after),
        ),
        Change::Comments {
            at: a,
            before,
            after,
        } => (
            at(a),
            "comments",
            comments_text(before),
            comments_text(after),
        ),
        Change::Title { .. }
        | Change::Discussed { .. }
        | Change::Proposal { .. }
        | Change::Table { .. }
        | Change::Stamp { .. }
        | Change::Source { .. } => return None,
    })
}

/// The key a text field has in the history.
pub fn field_key(field: TextField) -> &'static str {
    match field {
        TextField::Rationale => "rationale",
        TextField::Evidence => "evidence",
        TextField::DiffersFromTable => "differs-from-table",
        TextField::Dissent => "dissent",
    }
}

fn answer_text(a: Option<Answer>) -> String {
    a.map(Answer::code).unwrap_or_default()
}

/// `1:0 2:3 3:5 4:1 NA:1` (empty for no votes).
pub(crate) fn tally_text(t: &VoteTally) -> String {
    if t.is_empty() {
        return String::new();
    }
    let mut parts: Vec<String> = t
        .levels
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{}:{c}", i + 1))
        .collect();
    for (code, c) in [("NA", t.na), ("NI", t.ni)] {
        if c > 0 {
            parts.push(format!("{code}:{c}"));
        }
    }
    parts.join(" ")
}

/// `validated`, or `draft (reopened: a figure was wrong)` when the step gives a reason.
fn review_text(review: &super::review::Review) -> String {
    match review.steps().last() {
        Some(step) if !step.reason.is_empty() => {
            format!("{} ({})", step.status.key(), step.reason)
        }
        _ => review.status().key().to_owned(),
    }
}

/// `Source of the figure? [DG Planning] -> Added the survey [resolved]`.
pub(crate) fn comments_text(comments: &[super::review::Comment]) -> String {
    comments
        .iter()
        .map(|c| {
            let mut s = c.comment.clone();
            if !c.by.is_empty() {
                s.push_str(&format!(" [{}]", c.by));
            }
            if !c.response.is_empty() {
                s.push_str(&format!(" -> {}", c.response));
            }
            if c.resolved {
                s.push_str(" [resolved]");
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `Publish the data dictionary [planned]; Train staff [done: trained 40 officers]`.
pub(crate) fn actions_text(actions: &[Action]) -> String {
    actions
        .iter()
        .map(|a| match a.follow_up.trim() {
            "" => format!("{} [{}]", a.text, a.status.key()),
            f => format!("{} [{}: {f}]", a.text, a.status.key()),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests;
