//! The phone page: one HTML file, one script and a Bengali font subset, embedded in the
//! binary (no file system, no CDN). Its words come from `/state`, that is from the
//! instrument; the font is fetched only by a page that shows Bengali text.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use crate::session::Session;

const PAGE: &str = include_str!("../../assets/phone/index.html");
const SCRIPT: &str = include_str!("../../assets/phone/app.js");
/// Noto Sans Bengali cut to the Bengali block (`scripts/phone-font.sh`; SIL OFL).
const BENGALI: &[u8] = include_bytes!("../../assets/phone/bengali.woff2");

/// The page, with `{BASE}` made the join path (the page's own address has no trailing
/// slash, so relative addresses would miss the join code).
pub async fn page(State(session): State<Session>) -> impl IntoResponse {
    let code = session.lock().voting_code().unwrap_or_default();
    let html = PAGE.replace("{BASE}", &format!("/j/{code}"));
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html)
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
