//! Static files and the person's choices of how pages are written: which
//! stylesheet a page links, how long browsers may keep each file, and the
//! switches for the low-data version (or the browser's `Save-Data: on`), Easy
//! Read and the language (or the browser's `Accept-Language`), each a cookie
//! that holds only that choice.

use crate::{
    domain::{Choice, DataMode, Language, Reading},
    platform::state::AppState,
};
use axum::{
    extract::{Path, Query, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use std::sync::OnceLock;
use tower_sessions::cookie::{time::Duration, Cookie, SameSite};

/// The two stylesheets, named by `scripts/build-styles.mjs` after their content.
#[derive(Debug, Deserialize)]
pub struct Styles {
    pub standard: String,
    pub low_data: String,
}

impl Styles {
    pub fn for_mode(&self, mode: DataMode) -> &str {
        match mode {
            DataMode::Standard => &self.standard,
            DataMode::Low => &self.low_data,
        }
    }
}

/// The stylesheets' names, read once from the site's `assets/styles.json` (or
/// from `public/assets`, where the build script writes it, before a site is built).
pub fn styles(site_root: &str) -> &'static Styles {
    static STYLES: OnceLock<Styles> = OnceLock::new();
    STYLES.get_or_init(|| {
        let candidates = [
            std::path::Path::new(site_root).join("assets/styles.json"),
            std::path::PathBuf::from("public/assets/styles.json"),
        ];
        for path in &candidates {
            if let Ok(text) = std::fs::read_to_string(path) {
                match serde_json::from_str(&text) {
                    Ok(styles) => return styles,
                    Err(e) => tracing::error!(path = %path.display(), error = %e, "styles.json unreadable"),
                }
            }
        }
        tracing::error!("no assets/styles.json: run `node scripts/build-styles.mjs`; pages will have no styles");
        Styles {
            standard: "/assets/styles-not-built.css".into(),
            low_data: "/assets/styles-not-built.css".into(),
        }
    })
}

/// The version of the pages this request asks for: the person's choice if they
/// made one, else low-data when the browser sends `Save-Data: on`.
pub fn data_mode(headers: &HeaderMap) -> DataMode {
    chosen::<DataMode>(headers).unwrap_or_else(|| {
        let save_data = headers
            .get("save-data")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("on"));
        if save_data {
            DataMode::Low
        } else {
            DataMode::Standard
        }
    })
}

/// The language of the pages: the person's choice if they made one, else the
/// first of the browser's `Accept-Language` there are words for, else English.
pub fn language(headers: &HeaderMap) -> Language {
    chosen::<Language>(headers).unwrap_or_else(|| {
        let accepted = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        accept_language::parse(accepted)
            .iter()
            .find_map(|tag| Language::from_tag(tag))
            .unwrap_or_default()
    })
}

#[derive(Deserialize)]
pub struct SwitchQuery {
    #[serde(rename = "return")]
    back: Option<String>,
}

/// `GET /{data-mode|reading|language}/{value}?return=/path`: remembers the
/// choice for a year in a cookie that holds only it (HttpOnly, Lax) and goes
/// back to a same-site page. A plain link, so it works in every version.
pub async fn switch<C: Choice>(
    State(state): State<AppState>,
    Path(value): Path<String>,
    Query(q): Query<SwitchQuery>,
) -> Response {
    let Some(choice) = C::parse(&value) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cookie = Cookie::build((C::COOKIE, choice.as_str()))
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.config.https())
        .build();
    let back = match q.back.as_deref() {
        Some(p) => crate::platform::session::safe_return_path(Some(p)),
        None => "/".to_string(),
    };
    let mut res = Redirect::to(&back).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// The choice the person made, if its cookie holds a value it knows.
fn chosen<C: Choice>(headers: &HeaderMap) -> Option<C> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == C::COOKIE)
        .and_then(|c| C::parse(c.value()))
}

/// Decides the version of the pages once per request and puts it in the
/// request's extensions (with the Easy Read choice and the language), where
/// `app::shell` and server functions read them. A page with nothing to hydrate carries no script at all: a low-data
/// page, or a standard one without an island (only signed-in pages have the
/// timeout warning). The page itself links no script then, but Leptos always
/// writes a few lines of its hydration set-up into the document; they are
/// taken out here, after the page is drawn (pages are drawn whole before they
/// are sent, so nothing waits).
pub async fn page_versions(mut req: Request, next: Next) -> Response {
    let mode = data_mode(req.headers());
    req.extensions_mut().insert(mode);
    let reading = chosen::<Reading>(req.headers()).unwrap_or_default();
    req.extensions_mut().insert(reading);
    let language = language(req.headers());
    req.extensions_mut().insert(language);
    let low = mode == DataMode::Low;
    let res = language.around(next.run(req)).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = match axum::body::to_bytes(body, 16 * 1024 * 1024).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "a page could not be read to take out its scripts");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let page = String::from_utf8_lossy(&bytes);
    if !low && page.contains("<leptos-island") {
        return Response::from_parts(parts, axum::body::Body::from(bytes));
    }
    let stripped = without_scripts(&page);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(stripped))
}

/// The document without its `<script>` elements (Leptos escapes `<` inside the
/// data it writes there, so the first `</script>` ends each one).
pub fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        out.push_str(&rest[..at]);
        rest = match rest[at..].find("</script>") {
            Some(end) => &rest[at + end + "</script>".len()..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// How long a browser may keep a static file: a year for files named after
/// their content (the stylesheets, and the wasm and its JavaScript when the
/// build hashed them), otherwise ask again each time (`no-cache`).
pub async fn cache_static(State(hashed_pkg): State<bool>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    let immutable = res.status().is_success()
        && ((hashed_pkg && path.starts_with("/pkg/")) || is_hashed_asset(&path));
    let value = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// `/assets/<stem>.<16 hex digits>.css`, as the build script names them.
fn is_hashed_asset(path: &str) -> bool {
    let Some(name) = path.strip_prefix("/assets/") else {
        return false;
    };
    let mut parts = name.rsplit('.');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some("css"), Some(hash), Some(stem))
            if hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()) && !stem.is_empty() && !stem.contains('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn the_choice_wins_over_save_data_and_save_data_turns_low_data_on() {
        assert_eq!(data_mode(&headers(&[])), DataMode::Standard);
        assert_eq!(data_mode(&headers(&[("save-data", "on")])), DataMode::Low);
        assert_eq!(
            data_mode(&headers(&[("save-data", "off")])),
            DataMode::Standard
        );
        assert_eq!(
            data_mode(&headers(&[("cookie", "a=b; fd-data=low")])),
            DataMode::Low
        );
        assert_eq!(
            data_mode(&headers(&[
                ("save-data", "on"),
                ("cookie", "fd-data=standard")
            ])),
            DataMode::Standard
        );
        // A value it does not know is no choice at all.
        assert_eq!(
            data_mode(&headers(&[("save-data", "on"), ("cookie", "fd-data=huge")])),
            DataMode::Low
        );
    }

    #[test]
    fn the_language_is_the_choice_else_the_first_accepted_we_have_words_for() {
        assert_eq!(language(&headers(&[])), Language::English);
        assert_eq!(
            language(&headers(&[("accept-language", "cy-GB,cy;q=0.9,en;q=0.8")])),
            Language::Welsh
        );
        // Ordered by weight, and a language with no words is passed over.
        assert_eq!(
            language(&headers(&[(
                "accept-language",
                "fr;q=0.9, ro;q=0.5, pl;q=0.7"
            )])),
            Language::Polish
        );
        assert_eq!(
            language(&headers(&[("accept-language", "de, fr")])),
            Language::English
        );
        assert_eq!(
            language(&headers(&[("accept-language", "!!!")])),
            Language::English
        );
        assert_eq!(
            language(&headers(&[
                ("accept-language", "pl"),
                ("cookie", "fd-lang=cy")
            ])),
            Language::Welsh
        );
        assert_eq!(
            language(&headers(&[
                ("accept-language", "ro-RO"),
                ("cookie", "fd-lang=xx")
            ])),
            Language::Romanian
        );
    }

    #[test]
    fn scripts_are_taken_out_and_nothing_else() {
        let page = "<head><script nonce=\"n\">__RESOLVED_RESOURCES=[\"\\u003cb>\"];</script><title>T</title></head><body><p>A</p><script>x</script></body>";
        assert_eq!(
            without_scripts(page),
            "<head><title>T</title></head><body><p>A</p></body>"
        );
        assert_eq!(without_scripts("<p>no scripts</p>"), "<p>no scripts</p>");
    }

    #[test]
    fn only_content_named_assets_are_kept_for_a_year() {
        assert!(is_hashed_asset("/assets/front-door.4cfb9b66cf0a6feb.css"));
        assert!(is_hashed_asset("/assets/low-data.ea01baf800371a82.css"));
        assert!(!is_hashed_asset("/assets/images/favicon.ico"));
        assert!(!is_hashed_asset("/assets/front-door.css"));
        assert!(!is_hashed_asset("/assets/x/a.4cfb9b66cf0a6feb.css"));
        assert!(!is_hashed_asset("/pkg/front-door.4cfb9b66cf0a6feb.css"));
    }
}
