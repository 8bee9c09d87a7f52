//! The three requests a table's device makes: `GET state` (its ministry's ten areas,
//! with last round's answer and its own proposals; ETag'd), `POST save` (one area's
//! proposal) and `POST submit`. The code in the path was checked before these run; it
//! reaches only its own ministry in the open round. A save that started from an older
//! revision than the one stored is refused with the stored version (409), so that the
//! device can show both texts: no one's words are replaced unseen.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::api::{json_with_etag, parse_answer};
use super::guard::Shared;
use crate::look;
use crate::model::Proposal;
use crate::model::{AreaId, ScoreRef};
use crate::session::SessionState;
use crate::session::tables::{Draft, TableRefused};
use codi_i18n::Texts;

#[derive(Serialize)]
struct TableState {
    workshop: String,
    ministry: String,
    round_title: String,
    submitted: bool,
    /// The round was signed off: the page shows its answers read-only.
    validated: bool,
    note: String,
    /// The scale: levels then NA and NI, with colours as in the app.
    scale: Vec<ScaleChoice>,
    areas: Vec<AreaState>,
}

#[derive(Serialize)]
struct ScaleChoice {
    code: String,
    label: String,
    meaning: String,
    color: String,
    ink: String,
}

#[derive(Serialize)]
struct AreaState {
    id: String,
    number: usize,
    title: String,
    definition: String,
    questions: Vec<String>,
    /// The level descriptors of this area, level 1 first.
    descriptors: Vec<String>,
    /// Last round's agreed answer and rationale for this ministry, if any.
    last: Option<String>,
    last_rationale: String,
    answer: Option<String>,
    rationale: String,
    evidence: String,
    revision: u32,
}

fn state_of(st: &SessionState, code: &str, lang: &str) -> Result<TableState, TableRefused> {
    let (round_id, ministry_id) = st.table_of(code)?;
    let ws = st.doc.workspace();
    let (Some(round), Some(ministry), Some(inst)) = (
        ws.round(round_id.as_str()),
        ws.ministry(ministry_id.as_str()),
        ws.instrument_for(round_id.as_str()),
    ) else {
        return Err(TableRefused::UnknownCode);
    };
    // The instrument's texts in the page's language (the same ids, codes and version).
    let inst = &inst.localized(lang);
    let table = round.tables.get(&ministry_id);
    let scale = inst.scale();
    let levels = inst.level_count();
    let mut choices: Vec<ScaleChoice> = scale
        .levels
        .iter()
        .map(|l| {
            choice(
                l.value.to_string(),
                &l.label,
                "",
                look::level(l.value, levels),
            )
        })
        .collect();
    for (def, fill) in [
        (&scale.not_applicable, look::NA),
        (&scale.insufficient_information, look::NI),
    ] {
        choices.push(choice(def.code.clone(), &def.label, &def.meaning, fill));
    }
    let prev = ws.previous_round(round_id.as_str());
    let areas = inst
        .areas()
        .iter()
        .enumerate()
        .map(|(k, area)| {
            let at = ScoreRef::new(&round_id, &ministry_id, &area.id);
            let p = ws
                .score_at(&at)
                .and_then(|s| s.proposal.clone())
                .unwrap_or_default();
            let before = prev.map(|r| ScoreRef::new(&r.id, &ministry_id, &area.id));
            let before = before.as_ref().and_then(|b| ws.score_at(b));
            AreaState {
                id: area.id.to_string(),
                number: k + 1,
                title: area.name.clone(),
                definition: area.definition.clone(),
                questions: area.guiding_questions.clone(),
                descriptors: area.level_descriptors.clone(),
                last: before
                    .and_then(|s| s.answer)
                    .map(|a| format!("{} {}", a.code(), answer_label(inst, a))),
                last_rationale: before.map(|s| s.rationale.clone()).unwrap_or_default(),
                answer: p.answer.map(|a| a.code()),
                rationale: p.rationale,
                evidence: p.evidence,
                revision: p.revision,
            }
        })
        .collect();
    Ok(TableState {
        workshop: ws.title().to_owned(),
        ministry: ministry.name.clone(),
        round_title: round.display(),
        submitted: table.is_some_and(|t| t.submitted.is_some()),
        validated: round.review.status() == crate::model::review::Status::Validated,
        note: table.map(|t| t.note.clone()).unwrap_or_default(),
        scale: choices,
        areas,
    })
}

fn choice(code: String, label: &str, meaning: &str, fill: look::Rgb) -> ScaleChoice {
    ScaleChoice {
        code,
        label: label.to_owned(),
        meaning: meaning.to_owned(),
        color: fill.hex(),
        ink: fill.text_on().hex(),
    }
}

fn answer_label(inst: &crate::model::Instrument, a: crate::model::Answer) -> String {
    let scale = inst.scale();
    match a {
        crate::model::Answer::Level(l) => scale.label(l.get()).to_owned(),
        crate::model::Answer::NotApplicable => scale.not_applicable.label.clone(),
        crate::model::Answer::InsufficientInfo => scale.insufficient_information.label.clone(),
    }
}

pub async fn state(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let t = super::page::texts_for(&shared, query.as_deref());
    let body = state_of(&shared.session.lock(), &code, t.code());
    match body {
        Ok(body) => json_with_etag(&headers, &body),
        Err(e) => {
            let status = match e {
                TableRefused::Validated => StatusCode::LOCKED,
                _ => StatusCode::NOT_FOUND,
            };
            reply(status, false, &refused(&t, &e), None)
        }
    }
}

/// Why a table's request was refused, in the page's language.
fn refused(t: &Texts, e: &TableRefused) -> String {
    match e {
        TableRefused::Closed => t.get("table-refused-closed"),
        TableRefused::UnknownCode => t.get("table-refused-code"),
        TableRefused::UnknownArea => t.get("table-refused-area"),
        TableRefused::Invalid(why) => {
            t.with("table-refused-invalid", &[("why", why.as_str().into())])
        }
        TableRefused::Submitted => t.get("table-refused-submitted"),
        TableRefused::Conflict(_) => t.get("table-refused-conflict"),
        TableRefused::Validated => t.get("table-refused-validated"),
    }
}

#[derive(Deserialize)]
struct SaveBody {
    area: String,
    /// `""` for no answer yet.
    answer: String,
    rationale: String,
    evidence: String,
    /// The revision this device started from.
    base: u32,
}

#[derive(Serialize)]
struct Reply {
    ok: bool,
    message: String,
    revision: Option<u32>,
    /// On a conflict: the version stored, which this device had not seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    saved: Option<SavedView>,
    /// The table has submitted: nothing changes until it reopens.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    locked: bool,
    /// The round was signed off: nothing changes until the facilitator reopens it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    validated: bool,
}

/// A stored proposal as the page shows it.
#[derive(Serialize)]
struct SavedView {
    answer: Option<String>,
    rationale: String,
    evidence: String,
    revision: u32,
}

impl From<&Proposal> for SavedView {
    fn from(p: &Proposal) -> Self {
        Self {
            answer: p.answer.map(|a| a.code()),
            rationale: p.rationale.clone(),
            evidence: p.evidence.clone(),
            revision: p.revision,
        }
    }
}

fn reply(status: StatusCode, ok: bool, message: &str, revision: Option<u32>) -> Response {
    let body = Reply {
        ok,
        message: message.to_owned(),
        revision,
        saved: None,
        locked: false,
        validated: false,
    };
    (status, axum::Json(body)).into_response()
}

/// The body as JSON, or a 400 reply saying `problem`.
fn read<T: serde::de::DeserializeOwned>(body: &[u8], problem: &str) -> Result<T, Box<Response>> {
    serde_json::from_slice(body)
        .map_err(|_| Box::new(reply(StatusCode::BAD_REQUEST, false, problem, None)))
}

pub async fn save(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let session = &shared.session;
    let t = super::page::texts_for(&shared, query.as_deref());
    let b: SaveBody = match read(&body, &t.get("table-unreadable-save")) {
        Ok(b) => b,
        Err(r) => return *r,
    };
    let Ok(area) = AreaId::new(&b.area) else {
        return reply(
            StatusCode::BAD_REQUEST,
            false,
            &t.get("table-save-no-area"),
            None,
        );
    };
    let answer = match b.answer.as_str() {
        "" => None,
        a => match parse_answer(a) {
            Some(a) => Some(a),
            None => {
                return reply(
                    StatusCode::BAD_REQUEST,
                    false,
                    &t.get("table-not-an-answer"),
                    None,
                );
            }
        },
    };
    let draft = Draft {
        answer,
        rationale: b.rationale,
        evidence: b.evidence,
    };
    let result = session.lock().table_save(&code, &area, draft, b.base);
    session.wake();
    match result {
        Ok(saved) => reply(
            StatusCode::OK,
            true,
            &t.get("table-reply-saved"),
            Some(saved.proposal.revision),
        ),
        Err(TableRefused::Conflict(stored)) => {
            let body = Reply {
                ok: false,
                message: t.get("table-refused-conflict"),
                revision: Some(stored.revision),
                saved: Some(SavedView::from(stored.as_ref())),
                locked: false,
                validated: false,
            };
            (StatusCode::CONFLICT, axum::Json(body)).into_response()
        }
        Err(e) => {
            let status = match e {
                TableRefused::Closed | TableRefused::UnknownCode => StatusCode::NOT_FOUND,
                TableRefused::Submitted | TableRefused::Validated => StatusCode::LOCKED,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            let mut body = Reply {
                ok: false,
                message: refused(&t, &e),
                revision: None,
                saved: None,
                locked: false,
                validated: false,
            };
            body.locked = matches!(e, TableRefused::Submitted | TableRefused::Validated);
            body.validated = e == TableRefused::Validated;
            (status, axum::Json(body)).into_response()
        }
    }
}

#[derive(Deserialize)]
struct SubmitBody {
    submitted: bool,
}

pub async fn submit(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let session = &shared.session;
    let t = super::page::texts_for(&shared, query.as_deref());
    let b: SubmitBody = match read(&body, &t.get("table-unreadable-request")) {
        Ok(b) => b,
        Err(r) => return *r,
    };
    let result = session.lock().table_submit(&code, b.submitted);
    session.wake();
    match result {
        Ok(()) if b.submitted => reply(StatusCode::OK, true, &t.get("table-reply-submitted"), None),
        Ok(()) => reply(StatusCode::OK, true, &t.get("table-reply-reopened"), None),
        Err(e) => {
            let status = match e {
                TableRefused::Validated => StatusCode::LOCKED,
                _ => StatusCode::NOT_FOUND,
            };
            reply(status, false, &refused(&t, &e), None)
        }
    }
}
