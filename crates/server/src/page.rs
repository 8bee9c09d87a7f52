//! The pages: the phone's voting page and the table's scoring page (HTML and a script
//! each) and a Bengali font subset, embedded in the binary (no file system, no CDN).
//! Their words come from `state`, that is from the instrument; the font is fetched only
//! by a page that shows Bengali text.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

const PAGE: &str = include_str!("../../../assets/phone/index.html");
const LANDING: &str = include_str!("../../../assets/phone/landing.html");

/// The landing page's word for a code that is not open.
pub const NOT_OPEN: &str =
    "This code is not open. Check the code on the projector, or on your table's sheet.";
/// The landing page's word for an address the app does not serve.
pub const NO_PAGE: &str = "There is no page at this address. Type the code instead.";

/// The bare address: where a code can be typed, with `message` above the box when
/// something was wrong. No script: a plain form.
pub fn landing(message: Option<&str>, status: StatusCode) -> impl IntoResponse + use<> {
    let note = message.map_or(String::new(), |m| {
        format!("<p class=\"note\" role=\"alert\">{m}</p>")
    });
    let html = LANDING.replace("{NOTE}", &note);
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
pub async fn page(Path(code): Path<String>) -> impl IntoResponse {
    html(PAGE, &format!("/j/{code}"))
}

/// A table's page.
pub async fn table_page(Path(code): Path<String>) -> impl IntoResponse {
    html(TABLE_PAGE, &format!("/t/{code}"))
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
