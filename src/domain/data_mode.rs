//! Which version of the pages a person gets: the standard one, or the low-data
//! one (no WebAssembly, no JavaScript, a trimmed stylesheet) for slow or costly
//! connections.

/// The version of the pages for this request. The server decides it (a cookie
/// holding only this choice, or the browser's `Save-Data: on`) and puts it in
/// the page's context; in the browser it is always `Standard`, because a
/// low-data page never loads the app's WebAssembly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DataMode {
    #[default]
    Standard,
    Low,
}

impl DataMode {
    /// The cookie that remembers the person's choice; it holds nothing else.
    pub const COOKIE: &'static str = "fd-data";

    /// The mode of the page being drawn (standard when nobody said otherwise).
    pub fn current() -> Self {
        leptos::prelude::use_context::<Self>().unwrap_or_default()
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Low => "low",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "standard" => Some(Self::Standard),
            "low" => Some(Self::Low),
            _ => None,
        }
    }

    /// Where the switch to the other version is, returning to `path`.
    pub fn switch_href(self, path: &str) -> String {
        let other = match self {
            Self::Standard => Self::Low,
            Self::Low => Self::Standard,
        };
        format!("/data-mode/{}?return={}", other.as_str(), query_value(path))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_leads_to_the_other_mode_and_back_to_the_page() {
        assert_eq!(
            DataMode::Standard.switch_href("/record/test-results"),
            "/data-mode/low?return=/record/test-results"
        );
        assert_eq!(
            DataMode::Low.switch_href("/a b&c=d"),
            "/data-mode/standard?return=/a%20b%26c%3Dd"
        );
        assert_eq!(DataMode::parse("low"), Some(DataMode::Low));
        assert_eq!(DataMode::parse("LOW"), None);
    }
}
