//! HTTP to provider systems: standard FHIR R4 searches with paging, answers
//! limited in size, no redirects (a provider's token never goes anywhere else),
//! and next links followed only on the provider's own base.

use super::ProviderConfig;
use crate::providers::fhir::{Bundle, MAX_ANSWER_BYTES};
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, ETAG};
use serde_json::Value;
use std::time::Duration;

/// The most pages of one search the portal follows for a page of the portal.
pub const MAX_PAGES: usize = 20;

/// The most pages of one search followed for the download, which pages through
/// everything a provider holds (200 pages of 100: 20,000 items of each kind).
pub const MAX_EXPORT_PAGES: usize = 200;
/// Items asked for on each page of the download's searches.
pub const EXPORT_PAGE_SIZE: u32 = 100;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("the provider system could not be reached")]
    Unreachable,
    #[error("the provider system answered with status {0}")]
    Status(u16),
    #[error("the provider system's answer could not be read")]
    Unreadable,
}

/// Why a create or update did not give a clear answer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    /// The request never reached the provider: nothing can have changed.
    #[error("the provider system could not be reached")]
    NotSent,
    /// It was sent but no readable answer came back: it may or may not have happened.
    #[error("the provider system did not say whether the change was made")]
    Unknown,
}

/// A provider's answer to a create or update: its status, the resource or
/// OperationOutcome it returned, and the new version's ETag.
#[derive(Clone, Debug)]
pub struct Written {
    pub status: u16,
    pub body: Value,
    pub etag: Option<String>,
}

/// What one search returned: the resources (as JSON, read by type later) and how
/// many entries could not be read at all.
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub resources: Vec<Value>,
    pub unreadable: usize,
    /// More pages were there but were not read (the time ran out, or the page limit):
    /// what was read is newest first, so older items are the ones missing.
    pub cut_short: bool,
    /// Where older items continue: the provider's own next link, when paging stopped
    /// before the last page. Kept on the server, never put in a page.
    pub more: Option<String>,
}

#[derive(Clone)]
pub struct FhirClient {
    http: reqwest::Client,
}

impl FhirClient {
    pub fn new() -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(2))
            .pool_idle_timeout(Duration::from_secs(60))
            .user_agent(concat!("FrontDoor/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        Self { http }
    }

    /// GETs one FHIR answer as JSON.
    pub async fn get_json(
        &self,
        provider: &ProviderConfig,
        url: &str,
    ) -> Result<Value, FetchError> {
        self.get_with_etag(provider, url).await.map(|(v, _)| v)
    }

    /// GETs one FHIR answer as JSON, with its ETag (the version, for If-Match).
    pub async fn get_with_etag(
        &self,
        provider: &ProviderConfig,
        url: &str,
    ) -> Result<(Value, Option<String>), FetchError> {
        let request = self.authorised(provider, self.http.get(url));
        let response = request.send().await.map_err(|_| FetchError::Unreachable)?;
        let status = response.status();
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        let etag = etag_of(&response);
        let body = read_limited(response).await?;
        let value = serde_json::from_slice(&body).map_err(|_| FetchError::Unreadable)?;
        Ok((value, etag))
    }

    /// Sends a create (POST to `Type`) or an update (PUT to `Type/id`). Never retried:
    /// the caller decides what an unknown outcome means.
    pub async fn write(
        &self,
        provider: &ProviderConfig,
        method: reqwest::Method,
        path: &str,
        body: &Value,
        extra_headers: &[(&'static str, String)],
    ) -> Result<Written, WriteError> {
        let url = format!("{}/{path}", provider.base_url);
        let mut request = self
            .authorised(provider, self.http.request(method, url))
            .header(CONTENT_TYPE, "application/fhir+json")
            .body(body.to_string());
        for (name, value) in extra_headers {
            request = request.header(*name, value);
        }
        let response = request.send().await.map_err(|e| {
            if e.is_connect() {
                WriteError::NotSent
            } else {
                WriteError::Unknown
            }
        })?;
        let status = response.status().as_u16();
        let etag = etag_of(&response);
        let body = read_limited(response)
            .await
            .map_err(|_| WriteError::Unknown)?;
        Ok(Written {
            status,
            body: serde_json::from_slice(&body).unwrap_or(Value::Null),
            etag,
        })
    }

    fn authorised(
        &self,
        provider: &ProviderConfig,
        request: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        let request = request.header(ACCEPT, "application/fhir+json");
        match provider.token() {
            Some(token) => request.header(AUTHORIZATION, format!("Bearer {token}")),
            None => request,
        }
    }

    /// Runs a search (`query` is relative to the base, e.g. `Condition?patient=1`) and
    /// follows its next links on the same base, up to [`MAX_PAGES`].
    pub async fn search(
        &self,
        provider: &ProviderConfig,
        query: &str,
    ) -> Result<Found, FetchError> {
        self.search_until(provider, query, None).await
    }

    /// As [`FhirClient::search_until`], from an absolute URL on the provider's base
    /// (a next link kept from an earlier page), following at most `max_pages`.
    pub async fn search_from(
        &self,
        provider: &ProviderConfig,
        url: &str,
        deadline: Option<tokio::time::Instant>,
        max_pages: usize,
    ) -> Result<Found, FetchError> {
        if !same_base(&provider.base_url, url) {
            return Err(FetchError::Unreadable);
        }
        self.pages(provider, url.to_string(), deadline, max_pages)
            .await
    }

    /// As [`FhirClient::search`], but stops following next links at `deadline`: the
    /// pages that arrived are kept and `cut_short` says that older ones were not
    /// read. The first page is always waited for (the caller's budget bounds it).
    pub async fn search_until(
        &self,
        provider: &ProviderConfig,
        query: &str,
        deadline: Option<tokio::time::Instant>,
    ) -> Result<Found, FetchError> {
        let url = format!("{}/{query}", provider.base_url);
        self.pages(provider, url, deadline, MAX_PAGES).await
    }

    async fn pages(
        &self,
        provider: &ProviderConfig,
        mut url: String,
        deadline: Option<tokio::time::Instant>,
        max_pages: usize,
    ) -> Result<Found, FetchError> {
        let mut found = Found::default();
        for page in 0..max_pages {
            let value = match deadline.filter(|_| page > 0) {
                None => self.get_json(provider, &url).await?,
                Some(at) => {
                    match tokio::time::timeout_at(at, self.get_json(provider, &url)).await {
                        Ok(value) => value?,
                        Err(_) => {
                            found.cut_short = true;
                            found.more = Some(url);
                            break;
                        }
                    }
                }
            };
            let bundle: Bundle = crate::providers::fhir::resource_from_value(value)
                .map_err(|_| FetchError::Unreadable)?;
            for entry in &bundle.entry {
                let is_outcome =
                    entry.search.as_ref().and_then(|s| s.mode.as_deref()) == Some("outcome");
                match &entry.resource {
                    Some(r) if r.get("resourceType").and_then(Value::as_str).is_some() => {
                        if !is_outcome {
                            found.resources.push(r.clone());
                        }
                    }
                    _ => found.unreadable += 1,
                }
            }
            match bundle.next_link() {
                Some(next) if same_base(&provider.base_url, next) => {
                    url = next.to_string();
                    if page + 1 == max_pages {
                        found.cut_short = true;
                        found.more = Some(url.clone());
                    }
                }
                _ => break,
            }
        }
        Ok(found)
    }
}

fn etag_of(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get(ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Reads a body, refusing one over [`MAX_ANSWER_BYTES`] without keeping it.
async fn read_limited(mut response: reqwest::Response) -> Result<Vec<u8>, FetchError> {
    let declared = response
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_ANSWER_BYTES) {
        return Err(FetchError::Unreadable);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|_| FetchError::Unreachable)?
    {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(FetchError::Unreadable);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

impl Default for FhirClient {
    fn default() -> Self {
        Self::new()
    }
}

/// True when `url` is under `base` (same scheme, host, port and path prefix).
fn same_base(base: &str, url: &str) -> bool {
    url.strip_prefix(base)
        .is_some_and(|rest| rest.starts_with('/') || rest.starts_with('?'))
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_links_must_stay_on_the_provider_base() {
        let base = "http://gp.example:8080/fhir";
        assert!(super::same_base(
            base,
            "http://gp.example:8080/fhir/Condition?_offset=20"
        ));
        assert!(!super::same_base(
            base,
            "http://gp.example:8080/fhirx/Condition"
        ));
        assert!(!super::same_base(
            base,
            "http://evil.example/fhir/Condition"
        ));
        assert!(!super::same_base(
            base,
            "http://gp.example:8080.evil.example/fhir/Condition"
        ));
    }
}
