//! Response security headers, the cross-origin form check, and the client address.

use crate::{
    domain::{t_key, words},
    platform::{assets, state::AppState},
};
use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::net::SocketAddr;

/// The policy for pages that carry no inline script (files, plain answers).
pub const BASE_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

/// The policy for rendered pages: inline hydration scripts only with this response's
/// nonce; forms post to this site, and redirect onwards only to `form_targets`.
pub fn page_csp(nonce: &str, form_targets: &[String]) -> String {
    let targets: String = form_targets.iter().map(|t| format!(" {t}")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         frame-ancestors 'none'; form-action 'self'{targets}; base-uri 'none'; object-src 'none'"
    )
}

/// Refuses state-changing requests that come from another site. Leptos server
/// functions have no CSRF protection of their own, so every non-GET passes here.
pub async fn refuse_cross_origin(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    if same_origin(req.headers(), state.config.public_host()) {
        next.run(req).await
    } else {
        tracing::warn!(method = %req.method(), path = %req.uri().path(), "refused cross-origin request");
        // Outside the pages' own layers, so the language is read here.
        let language = assets::language(req.headers());
        let message = words(language, t_key("say-refused-cross-origin"), None);
        (
            StatusCode::FORBIDDEN,
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CONTENT_LANGUAGE, language.code()),
            ],
            message,
        )
            .into_response()
    }
}

/// Sec-Fetch-Site when the browser sends it; otherwise the Origin must name this site.
pub fn same_origin(headers: &HeaderMap, public_host: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin";
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let Some((_, origin_host)) = origin.split_once("://") else {
        return false;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    origin_host == public_host || Some(origin_host) == host
}

/// The client's address for throttling: the peer, or X-Forwarded-For behind a trusted proxy.
pub fn client_address(headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> String {
    if trust_proxy {
        if let Some(first) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
        {
            let first = first.trim();
            if !first.is_empty() {
                return first.to_string();
            }
        }
    }
    peer.map(|p| p.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

pub fn hsts() -> HeaderValue {
    HeaderValue::from_static("max-age=31536000; includeSubDomains")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn same_origin_rules() {
        assert!(same_origin(
            &headers(&[("sec-fetch-site", "same-origin")]),
            "a:1"
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            "a:1"
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "same-site")]),
            "a:1"
        ));
        assert!(same_origin(&headers(&[("origin", "http://a:1")]), "a:1"));
        assert!(same_origin(
            &headers(&[("origin", "http://b:2"), ("host", "b:2")]),
            "a:1"
        ));
        assert!(!same_origin(
            &headers(&[("origin", "http://evil.example"), ("host", "a:1")]),
            "a:1"
        ));
        assert!(!same_origin(&headers(&[("origin", "null")]), "a:1"));
        assert!(!same_origin(&headers(&[]), "a:1"), "no evidence means no");
    }

    #[test]
    fn forwarded_for_only_behind_a_trusted_proxy() {
        let h = headers(&[("x-forwarded-for", "203.0.113.9, 10.0.0.1")]);
        let peer: SocketAddr = "10.0.0.1:5000".parse().unwrap();
        assert_eq!(client_address(&h, Some(peer), true), "203.0.113.9");
        assert_eq!(client_address(&h, Some(peer), false), "10.0.0.1");
    }
}
