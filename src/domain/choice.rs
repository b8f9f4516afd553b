//! The person's choices of how pages are written: the low-data version, Easy
//! Read and the language. Each is remembered in a cookie that holds only it,
//! read once per request by the server and put in the page's context.

/// A choice a person makes from a link on the page and the server remembers.
pub trait Choice: Copy + Default + Send + Sync + 'static {
    /// The cookie that remembers it; it holds nothing else.
    const COOKIE: &'static str;
    /// Where its switch lives: `/{PATH}/{value}?return=/page`.
    const PATH: &'static str;

    fn as_str(self) -> &'static str;
    fn parse(s: &str) -> Option<Self>;

    /// The choice for the request being answered where there is no page
    /// context (a plain handler); none unless the choice keeps one.
    fn ambient() -> Option<Self> {
        None
    }

    /// The choice for the page being drawn, or the request a server function
    /// answers (the server decides it once per request and keeps it in the
    /// request's extensions); the default when nobody chose.
    fn current() -> Self {
        use leptos::prelude::use_context;
        let chosen = use_context::<Self>();
        #[cfg(feature = "ssr")]
        let chosen = chosen.or_else(|| {
            use_context::<http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<Self>().copied())
        });
        chosen.or_else(Self::ambient).unwrap_or_default()
    }

    /// The link that chooses `self`, then goes back to `path`.
    fn href(self, path: &str) -> String {
        format!(
            "/{}/{}?return={}",
            Self::PATH,
            self.as_str(),
            query_value(path)
        )
    }
}

/// Percent-encodes everything in a query value but letters, digits, `-._~/`.
pub(crate) fn query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
