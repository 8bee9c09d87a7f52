//! The pages: the phone's voting page and the table's scoring page (HTML and a script
//! each) and a Bengali font subset, embedded in the binary (no file system, no CDN).
//! The instrument's words come from `state`; the page's own words from the catalogue,
//! in the phone's language (`words.rs`). The font is fetched only by a page that shows
//! Bengali text.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

use super::guard::Shared;
use super::words::{self, escape};
use codi_i18n::{Digits, Texts};

const PAGE: &str = include_str!("../../../assets/phone/index.html");
const LANDING: &str = include_str!("../../../assets/phone/landing.html");

/// The landing page's word (a message id) for a code that is not open.
pub const NOT_OPEN: &str = "phone-not-open";
/// The landing page's word for an address the app does not serve.
pub const NO_PAGE: &str = "phone-no-page";

/// The bare address: where a code can be typed, with `message` (an id) above the box
/// when something was wrong. No script: a plain form.
pub fn landing(t: &Texts, message: Option<&str>, status: StatusCode) -> impl IntoResponse + use<> {
    let note = message.map_or(String::new(), |m| {
        format!("<p class=\"note\" role=\"alert\">{}</p>", escape(&t.get(m)))
    });
    let html = words::fill(LANDING, t)
        .replace("{LANG}", t.code())
        .replace("{NOTE}", &note);
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
}
const SCRIPT: &str = include_str!("../../../assets/phone/app.js");
const TABLE_PAGE: &str = include_str!("../../../assets/phone/table.html");
const TABLE_SCRIPT: &str = include_str!("../../../assets/phone/table.js");
/// Noto Sans Bengali cut to the Bengali block (`scripts/phone-font.sh`; SIL OFL).
const BENGALI: &[u8] = include_bytes!("../../../assets/phone/bengali.woff2");

/// The page, with `{BASE}` made the join path (the page's own address has no trailing
/// slash, so relative addresses would miss the join code).
/// (The code was checked before this runs, so it is one of ours: six letters and digits.)
pub async fn page(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> impl IntoResponse {
    let t = texts_for(&shared, query.as_deref());
    let page = in_language(&shared, PAGE, &t, "phone-");
    html(&page, &format!("/j/{code}"))
}

/// `page` in `t`'s language: its `{t:message-id}` filled, `{LANG}` set, and `{TEXTS}`
/// the JSON its script reads: the messages whose ids start with `prefix`, the language
/// (`_lang`), the languages on offer (`_languages`) and whether counts are written
/// with Bangla digits (`_bangla_digits`).
fn in_language(shared: &Shared, page: &str, t: &Texts, prefix: &str) -> String {
    let mut script = shared.words.for_script(t, prefix);
    let languages: Vec<serde_json::Value> = shared
        .words
        .languages()
        .into_iter()
        .map(|(code, name)| serde_json::json!([code, name]))
        .collect();
    script.insert("_lang".into(), t.code().into());
    script.insert("_languages".into(), languages.into());
    script.insert(
        "_bangla_digits".into(),
        (t.digits() == Digits::Bangla).into(),
    );
    // Inside a <script> element, "</" would end it: written as "<\/".
    let json = serde_json::Value::Object(script)
        .to_string()
        .replace("</", "<\\/");
    words::fill(page, t)
        .replace("{LANG}", t.code())
        .replace("{TEXTS}", &json)
}

/// The phone's texts: the language in its query when on offer, else the workspace's.
pub fn texts_for(shared: &Shared, query: Option<&str>) -> Arc<Texts> {
    let workspace = shared.session.lock().doc.workspace().language().cloned();
    let asked = words::asked(query);
    shared
        .words
        .for_request(asked.as_deref(), workspace.as_deref())
}

/// A table's page, in the language of its query or else the workspace's (as the phone
/// page).
pub async fn table_page(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> impl IntoResponse {
    let t = texts_for(&shared, query.as_deref());
    let page = in_language(&shared, TABLE_PAGE, &t, "table-");
    html(&page, &format!("/t/{code}"))
}

fn html(page: &str, base: &str) -> impl IntoResponse + use<> {
    let html = page.replace("{BASE}", base);
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html)
}

pub async fn table_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        TABLE_SCRIPT,
    )
}

pub async fn font() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "font/woff2")], BENGALI)
}

pub async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
}
