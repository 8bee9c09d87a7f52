//! The two requests a phone makes: `GET state` (what to show, and this phone's vote;
//! with an ETag so an unchanged page costs a 304) and `POST vote`. A phone names itself
//! with the token in the `X-Device` header, which the server issued and signed when the
//! phone joined (`guard.rs`); the session keeps only its keyed hash. Every failure is a
//! status code and a message the phone can show.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::guard::Shared;
use crate::look;
use crate::model::{Answer, AreaId, Level, MinistryId, RoundId, ScoreRef};
use crate::session::SessionState;
use crate::session::voting::VoteRefused;
use codi_i18n::Texts;

/// What the phone page draws.
#[derive(Serialize)]
pub struct PhoneState {
    open: bool,
    message: Option<String>,
    workshop: String,
    ministry: String,
    round_title: String,
    /// The open area, to send back with a vote.
    round: String,
    ministry_id: String,
    area: String,
    number: usize,
    /// Areas in the round's instrument.
    areas: usize,
    /// "Area 3 of 10", "5 phones have voted" and the result's figures, in the phone's
    /// language (counts need the language's plural rules, so they are made here).
    area_text: String,
    voted_text: String,
    title: String,
    definition: String,
    choices: Vec<Choice>,
    your_vote: Option<String>,
    voted: usize,
    /// The area's result was revealed: voting on it is closed.
    revealed: bool,
    /// The revealed distribution, when the facilitator lets phones see it.
    result: Option<PhoneResult>,
    /// A token issued to this phone now (it had none for this vote): keep it and send
    /// it with every request.
    #[serde(skip_serializing_if = "Option::is_none")]
    device: Option<String>,
}

/// Counts per choice (in the order of `choices`), with the room's figures.
#[derive(Serialize)]
struct PhoneResult {
    counts: Vec<u32>,
    n: u32,
    median: Option<f64>,
    /// "n = 12 · median 2.5", in the phone's language.
    text: String,
}

#[derive(Serialize)]
struct Choice {
    code: String,
    label: String,
    text: String,
    color: String,
    ink: String,
}

#[derive(Deserialize)]
struct VoteBody {
    round: String,
    ministry: String,
    area: String,
    answer: String,
}

#[derive(Serialize)]
struct Reply {
    ok: bool,
    message: String,
    your_vote: Option<String>,
}

/// The device token from the header, if it is one this server issued for `code`.
fn device(shared: &Shared, headers: &HeaderMap, code: &str) -> Option<String> {
    let t = headers.get("x-device")?.to_str().ok()?;
    shared.device_ok(t, code).then(|| t.to_owned())
}

fn reply(status: StatusCode, ok: bool, message: &str, your_vote: Option<String>) -> Response {
    let body = Reply {
        ok,
        message: message.to_owned(),
        your_vote,
    };
    (status, axum::Json(body)).into_response()
}

pub async fn state(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let t = super::page::texts_for(&shared, query.as_deref());
    // A phone without a token of this vote gets one now (within its address's share).
    let (token, issued) = match device(&shared, &headers, &code) {
        Some(t) => (Some(t), None),
        None => {
            let new = shared.issue_device(peer.ip(), &code);
            (new.clone(), new)
        }
    };
    let mut body = {
        let st = shared.session.lock();
        phone_state(&st, token.as_deref(), &t)
    };
    if issued.is_none() && token.is_none() {
        body.message = Some(t.get("phone-too-many-phones"));
    }
    body.device = issued;
    json_with_etag(&headers, &body)
}

/// `body` as JSON with an ETag; a `304` when the client already has it.
pub(super) fn json_with_etag(headers: &HeaderMap, body: &impl Serialize) -> Response {
    let Ok(json) = serde_json::to_vec(body) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut h = DefaultHasher::new();
    json.hash(&mut h);
    let etag = format!("\"{:x}\"", h.finish());
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == etag);
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            json,
        )
            .into_response()
    };
    if let Ok(v) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, v);
    }
    response
}

fn phone_state(st: &SessionState, token: Option<&str>, t: &Texts) -> PhoneState {
    let ws = st.doc.workspace();
    let mut out = PhoneState {
        open: false,
        message: Some(t.get("phone-waiting")),
        area_text: String::new(),
        voted_text: String::new(),
        workshop: ws.title().to_owned(),
        ministry: String::new(),
        round_title: String::new(),
        round: String::new(),
        ministry_id: String::new(),
        area: String::new(),
        number: 0,
        areas: 0,
        title: String::new(),
        definition: String::new(),
        choices: Vec::new(),
        your_vote: None,
        voted: 0,
        revealed: false,
        result: None,
        device: None,
    };
    let Some(at) = st.voting_area() else {
        return out;
    };
    let (Some(inst), Some(round), Some(ministry)) = (
        ws.instrument_for(at.round.as_str()),
        ws.round(at.round.as_str()),
        ws.ministry(at.ministry.as_str()),
    ) else {
        return out;
    };
    // The instrument's texts in the phone's language (the same ids, codes and version).
    let inst = &inst.localized(t.code());
    let Some(k) = inst.area_index(at.area.as_str()) else {
        return out;
    };
    let area = &inst.areas()[k];
    let scale = inst.scale();
    let levels = inst.level_count();
    let mut choices: Vec<Choice> = scale
        .levels
        .iter()
        .map(|l| {
            let fill = look::level(l.value, levels);
            Choice {
                code: l.value.to_string(),
                label: l.label.clone(),
                text: area
                    .level_descriptors
                    .get(usize::from(l.value) - 1)
                    .cloned()
                    .unwrap_or_default(),
                color: fill.hex(),
                ink: fill.text_on().hex(),
            }
        })
        .collect();
    for (def, fill) in [
        (&scale.not_applicable, look::NA),
        (&scale.insufficient_information, look::NI),
    ] {
        choices.push(Choice {
            code: def.code.clone(),
            label: def.label.clone(),
            text: def.meaning.clone(),
            color: fill.hex(),
            ink: fill.text_on().hex(),
        });
    }
    let voting = st.live.voting.as_ref();
    out.open = true;
    out.message = None;
    out.ministry = ministry.name.clone();
    out.round_title = round.title.clone();
    out.round = at.round.to_string();
    out.ministry_id = at.ministry.to_string();
    out.area = at.area.to_string();
    out.number = k + 1;
    out.areas = inst.areas().len();
    out.title = area.name.clone();
    out.definition = area.definition.clone();
    out.choices = choices;
    out.your_vote = token
        .and_then(|t| voting.and_then(|v| v.vote_of(t, &at)))
        .map(|a| a.code());
    out.voted = voting.map_or(0, |v| v.voters(&at));
    let (number, areas) = (out.number, out.areas);
    out.area_text = t.with(
        "phone-area",
        &[("number", number.into()), ("areas", areas.into())],
    );
    out.voted_text = t.with("phone-voted", &[("voted", out.voted.into())]);
    out.revealed = st.live.is_revealed(&at);
    if out.revealed && voting.is_some_and(|v| v.phones_see_result) {
        let votes = ws.score_at(&at).map(|s| s.all_votes()).unwrap_or_default();
        let counts = out
            .choices
            .iter()
            .filter_map(|c| parse_answer(&c.code))
            .map(|a| votes.count(a))
            .collect();
        let stats = votes.stats();
        let text = match stats.median {
            Some(m) => {
                let median = t.number(&format!("{m:.1}"));
                t.with(
                    "phone-result",
                    &[("n", stats.n.into()), ("median", median.into())],
                )
            }
            None => t.with("phone-result-no-median", &[("n", stats.n.into())]),
        };
        out.result = Some(PhoneResult {
            counts,
            n: stats.n,
            median: stats.median,
            text,
        });
    }
    out
}

pub async fn vote(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let t = super::page::texts_for(&shared, query.as_deref());
    let Some(token) = device(&shared, &headers, &code) else {
        let message = t.get("phone-not-joined");
        return reply(StatusCode::FORBIDDEN, false, &message, None);
    };
    let session = &shared.session;
    let Ok(v) = serde_json::from_slice::<VoteBody>(&body) else {
        return reply(
            StatusCode::BAD_REQUEST,
            false,
            &t.get("phone-unreadable"),
            None,
        );
    };
    let (Ok(round), Ok(ministry), Ok(area)) = (
        RoundId::new(&v.round),
        MinistryId::new(&v.ministry),
        AreaId::new(&v.area),
    ) else {
        return reply(
            StatusCode::BAD_REQUEST,
            false,
            &t.get("phone-no-area"),
            None,
        );
    };
    let Some(answer) = parse_answer(&v.answer) else {
        return reply(
            StatusCode::BAD_REQUEST,
            false,
            &t.get("phone-not-an-answer"),
            None,
        );
    };
    let at = ScoreRef::new(&round, &ministry, &area);
    let result = {
        let mut st = session.lock();
        st.phone_vote(&token, &at, answer)
    };
    session.wake();
    match result {
        Ok(a) => reply(
            StatusCode::OK,
            true,
            &t.get("phone-counted"),
            Some(a.code()),
        ),
        Err(e) => {
            let (status, id) = match e {
                VoteRefused::Closed => (StatusCode::CONFLICT, "phone-refused-closed"),
                VoteRefused::NotOpen => (StatusCode::CONFLICT, "phone-refused-not-open"),
                VoteRefused::Revealed => (StatusCode::CONFLICT, "phone-refused-revealed"),
                VoteRefused::TooFast => (StatusCode::TOO_MANY_REQUESTS, "phone-refused-too-fast"),
                VoteRefused::Full => (StatusCode::SERVICE_UNAVAILABLE, "phone-refused-full"),
                VoteRefused::BadAnswer => (StatusCode::BAD_REQUEST, "phone-refused-bad-answer"),
                VoteRefused::Validated => (StatusCode::CONFLICT, "phone-refused-validated"),
            };
            reply(status, false, &t.get(id), None)
        }
    }
}

/// `1`-`9`, `NA` or `NI`.
pub(super) fn parse_answer(text: &str) -> Option<Answer> {
    match text {
        "NA" => Some(Answer::NotApplicable),
        "NI" => Some(Answer::InsufficientInfo),
        t => t.parse::<u8>().ok().and_then(Level::new).map(Answer::Level),
    }
}
