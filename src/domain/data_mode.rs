//! Which version of the pages a person gets: the standard one, or the low-data
//! one (no WebAssembly, no JavaScript, a trimmed stylesheet) for slow or costly
//! connections.

use super::Choice;

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

impl Choice for DataMode {
    const COOKIE: &'static str = "fd-data";
    const PATH: &'static str = "data-mode";

    fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Low => "low",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "standard" => Some(Self::Standard),
            "low" => Some(Self::Low),
            _ => None,
        }
    }
}

impl DataMode {
    /// The other version: where the switch on every page leads.
    pub fn other(self) -> Self {
        match self {
            Self::Standard => Self::Low,
            Self::Low => Self::Standard,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_leads_to_the_other_mode_and_back_to_the_page() {
        assert_eq!(
            DataMode::Standard.other().href("/record/test-results"),
            "/data-mode/low?return=/record/test-results"
        );
        assert_eq!(
            DataMode::Low.other().href("/a b&c=d"),
            "/data-mode/standard?return=/a%20b%26c%3Dd"
        );
        assert_eq!(DataMode::parse("low"), Some(DataMode::Low));
        assert_eq!(DataMode::parse("LOW"), None);
    }
}
