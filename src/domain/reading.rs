//! Easy Read: pages written for people with a learning disability (short
//! sentences, one idea a line, a picture beside the words, large text).

use super::data_mode::query_value;

/// How the pages that have an Easy Read version are written for this request.
/// The person's choice, remembered in a cookie that holds only it; the server
/// puts it in the page's context, like [`super::DataMode`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reading {
    #[default]
    Standard,
    Easy,
}

impl Reading {
    /// The cookie that remembers the choice; it holds nothing else.
    pub const COOKIE: &'static str = "fd-read";

    /// The choice for the page being drawn (standard when nobody said otherwise).
    pub fn current() -> Self {
        leptos::prelude::use_context::<Self>().unwrap_or_default()
    }

    pub fn is_easy(self) -> bool {
        self == Self::Easy
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Easy => "easy",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "standard" => Some(Self::Standard),
            "easy" => Some(Self::Easy),
            _ => None,
        }
    }

    /// Where the switch to the other way of writing is, returning to `path`.
    pub fn switch_href(self, path: &str) -> String {
        let other = match self {
            Self::Standard => Self::Easy,
            Self::Easy => Self::Standard,
        };
        format!("/reading/{}?return={}", other.as_str(), query_value(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_leads_to_the_other_way_of_writing_and_back_to_the_page() {
        assert_eq!(
            Reading::Standard.switch_href("/record"),
            "/reading/easy?return=/record"
        );
        assert_eq!(
            Reading::Easy.switch_href("/triage/a b"),
            "/reading/standard?return=/triage/a%20b"
        );
        assert_eq!(Reading::parse("easy"), Some(Reading::Easy));
        assert_eq!(Reading::parse("Easy"), None);
    }
}
