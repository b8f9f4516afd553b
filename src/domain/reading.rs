//! Easy Read: pages written for people with a learning disability (short
//! sentences, one idea a line, a picture beside the words, large text).

use super::Choice;

/// How the pages that have an Easy Read version are written for this request.
/// The person's choice, remembered in a cookie that holds only it; the server
/// puts it in the page's context, like [`super::DataMode`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reading {
    #[default]
    Standard,
    Easy,
}

impl Choice for Reading {
    const COOKIE: &'static str = "fd-read";
    const PATH: &'static str = "reading";

    fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Easy => "easy",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "standard" => Some(Self::Standard),
            "easy" => Some(Self::Easy),
            _ => None,
        }
    }
}

impl Reading {
    pub fn is_easy(self) -> bool {
        self == Self::Easy
    }

    /// The other way of writing: where the Easy Read switch leads.
    pub fn other(self) -> Self {
        match self {
            Self::Standard => Self::Easy,
            Self::Easy => Self::Standard,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_leads_to_the_other_way_of_writing_and_back_to_the_page() {
        assert_eq!(
            Reading::Standard.other().href("/record"),
            "/reading/easy?return=/record"
        );
        assert_eq!(
            Reading::Easy.other().href("/triage/a b"),
            "/reading/standard?return=/triage/a%20b"
        );
        assert_eq!(Reading::parse("easy"), Some(Reading::Easy));
        assert_eq!(Reading::parse("Easy"), None);
    }
}
