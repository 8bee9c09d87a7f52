//! The fields of an area record (and of an assessment) that a merge compares one by
//! one, how each is read, shown and copied, and which history key records it.

use crate::edit::{Edit, TextField};
use crate::ids::ScoreRef;
use crate::score::{AreaScore, VoteSource, VoteTally};

/// One field of one area record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Answer,
    Cards,
    Phones,
    Rationale,
    Evidence,
    Dissent,
    DiffersFromTable,
    Reason,
    Actions,
    Comments,
    Proposal,
    Discussed,
}

impl Field {
    pub const ALL: [Field; 12] = [
        Field::Answer,
        Field::Cards,
        Field::Phones,
        Field::Rationale,
        Field::Evidence,
        Field::Dissent,
        Field::DiffersFromTable,
        Field::Reason,
        Field::Actions,
        Field::Comments,
        Field::Proposal,
        Field::Discussed,
    ];

    /// The key in the history (`what`) and in conflicts files.
    pub fn key(self) -> &'static str {
        match self {
            Field::Answer => "answer",
            Field::Cards => "cards",
            Field::Phones => "phones",
            Field::Rationale => "rationale",
            Field::Evidence => "evidence",
            Field::Dissent => "dissent",
            Field::DiffersFromTable => "differs-from-table",
            Field::Reason => "reason",
            Field::Actions => "actions",
            Field::Comments => "comments",
            Field::Proposal => "proposal",
            Field::Discussed => "discussed",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Vote counts: two rooms' counts may be added, if the facilitator says so.
    pub fn is_votes(self) -> bool {
        matches!(self, Field::Cards | Field::Phones)
    }

    /// A free-text field (rationale, evidence, dissent, why the room differed): one a
    /// facilitator may write anew from both sides' words.
    pub fn is_text(self) -> bool {
        self.text_field().is_some()
    }

    /// The edit that sets this text field of `at` to `text` (none for other fields).
    pub fn text_edit(self, at: &ScoreRef, text: String) -> Option<Edit> {
        Some(Edit::SetText {
            at: at.clone(),
            field: self.text_field()?,
            text,
        })
    }

    fn text_field(self) -> Option<TextField> {
        Some(match self {
            Field::Rationale => TextField::Rationale,
            Field::Evidence => TextField::Evidence,
            Field::Dissent => TextField::Dissent,
            Field::DiffersFromTable => TextField::DiffersFromTable,
            _ => return None,
        })
    }

    /// Whether the two records hold the same value here.
    pub fn same(self, a: &AreaScore, b: &AreaScore) -> bool {
        match self {
            Field::Answer => a.answer == b.answer,
            Field::Cards => a.votes == b.votes,
            Field::Phones => a.phone_votes == b.phone_votes,
            Field::Reason => a.reason == b.reason,
            Field::Actions => a.actions == b.actions,
            Field::Comments => a.comments == b.comments,
            Field::Proposal => a.proposal == b.proposal,
            Field::Discussed => a.discussed_secs == b.discussed_secs,
            text => text.text_field().is_none_or(|f| f.of(a) == f.of(b)),
        }
    }

    /// Whether the record holds nothing here.
    pub fn is_empty(self, s: &AreaScore) -> bool {
        match self {
            Field::Answer => s.answer.is_none(),
            Field::Cards => s.votes.is_empty(),
            Field::Phones => s.phone_votes.is_empty(),
            Field::Reason => s.reason.is_none(),
            Field::Actions => s.actions.is_empty(),
            Field::Comments => s.comments.is_empty(),
            Field::Proposal => s.proposal.is_none(),
            Field::Discussed => s.discussed_secs == 0,
            text => text.text_field().is_none_or(|f| f.of(s).is_empty()),
        }
    }

    /// The value as one line for a conflicts list (as the history writes it).
    pub fn show(self, s: &AreaScore) -> String {
        use crate::history as h;
        match self {
            Field::Answer => s.answer.map(|a| a.code()).unwrap_or_default(),
            Field::Cards => h::tally_text(&s.votes),
            Field::Phones => h::tally_text(&s.phone_votes),
            Field::Reason => s.reason.as_ref().map(|r| r.describe()).unwrap_or_default(),
            Field::Actions => h::actions_text(&s.actions),
            Field::Comments => h::comments_text(&s.comments),
            Field::Proposal => s
                .proposal
                .as_ref()
                .map(|p| {
                    let answer = p.answer.map(|a| a.code()).unwrap_or_default();
                    format!("{answer} {}", p.rationale).trim().to_owned()
                })
                .unwrap_or_default(),
            Field::Discussed => s.discussed_secs.to_string(),
            text => text
                .text_field()
                .map(|f| f.of(s).clone())
                .unwrap_or_default(),
        }
    }

    /// The edit that sets this field of `at` to `from`'s value (for votes with `add`,
    /// to `base`'s and `from`'s counts added).
    pub fn edit(self, at: &ScoreRef, from: &AreaScore, base: Option<&AreaScore>) -> Edit {
        let at = at.clone();
        let tally = |source: VoteSource| {
            let mut t = from.tally(source).clone();
            if let Some(base) = base {
                t = added(&t, base.tally(source));
            }
            Edit::SetTally {
                at: at.clone(),
                source,
                tally: t,
            }
        };
        match self {
            Field::Answer => Edit::SetAnswer {
                at,
                answer: from.answer,
            },
            Field::Cards => tally(VoteSource::Cards),
            Field::Phones => tally(VoteSource::Phones),
            Field::Reason => Edit::SetReason {
                at,
                reason: from.reason.clone(),
            },
            Field::Actions => Edit::SetActions {
                at,
                actions: from.actions.clone(),
            },
            Field::Comments => Edit::SetComments {
                at,
                comments: from.comments.clone(),
            },
            Field::Proposal => Edit::SetProposal {
                at,
                proposal: from.proposal.clone(),
            },
            Field::Discussed => Edit::SetDiscussed {
                at,
                secs: from.discussed_secs,
            },
            text => {
                // Every other field is a text field.
                let field = text.text_field().unwrap_or(TextField::Rationale);
                Edit::SetText {
                    at,
                    field,
                    text: field.of(from).clone(),
                }
            }
        }
    }
}

/// Two tallies added count by count (two rooms' votes, when the facilitator says so).
fn added(a: &VoteTally, b: &VoteTally) -> VoteTally {
    let n = a.levels.len().max(b.levels.len());
    let at = |t: &VoteTally, i: usize| t.levels.get(i).copied().unwrap_or(0);
    VoteTally {
        levels: (0..n).map(|i| at(a, i).saturating_add(at(b, i))).collect(),
        na: a.na.saturating_add(b.na),
        ni: a.ni.saturating_add(b.ni),
    }
}
