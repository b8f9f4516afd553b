//! Where information came from, and how each provider system answered: shown
//! by every feature that reads from providers (record, appointments, requests).

use super::words::t_with;
use serde::{Deserialize, Serialize};

/// Where an item came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub provider_id: String,
    /// The organisation's name.
    pub name: String,
    /// "GP surgery", "Hospital", ...
    pub kind: String,
    pub ods_code: String,
    /// True for the resident's GP surgery ("your GP").
    pub is_gp: bool,
}

/// How each provider system answered for this page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProviderState {
    /// Answered just now.
    Current,
    /// Answered, but some of what it sent could not be read and is not shown.
    PartlyRead { unreadable: usize },
    /// Answered with the newest items, but older ones could not be loaded in time;
    /// older items from the copy of `copy_from` (a time for people) fill the gap, if any.
    Partial { copy_from: Option<String> },
    /// Did not answer; a copy from `copy_from` (a time for people) is shown, if any.
    Unavailable { copy_from: Option<String> },
    /// Answered with something that could not be read; a copy is shown, if any.
    Unreadable { copy_from: Option<String> },
    /// Has no record for this NHS number.
    NoRecord,
    /// Has a record with this NHS number but other details differ: nothing shown.
    NotMatched,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderStatus {
    pub source: Source,
    pub state: ProviderState,
}

/// Why there is no record to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoRecord {
    /// The account has no NHS number.
    NoNhsNumber,
    /// No provider system knows this NHS number (with this date of birth).
    NotFound { providers: Vec<ProviderStatus> },
}

/// "your GP (Riverside Medical Practice)" or the organisation's name.
pub fn source_name(s: &Source) -> String {
    if s.is_gp {
        t_with("src-your-gp-surgery", [("name", s.name.clone().into())])
    } else {
        s.name.clone()
    }
}

/// "Recorded by your GP surgery (X) and by Y", in the page's language.
pub fn recorded_by(sources: &[Source]) -> String {
    let names: Vec<String> = sources.iter().map(source_name).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => t_with("src-recorded-by-one", [("who", one.clone().into())]),
        [first, middle @ .., last] => {
            let first = middle.iter().fold(first.clone(), |a, b| {
                t_with("src-by-next", [("a", a.into()), ("b", b.clone().into())])
            });
            t_with(
                "src-recorded-by-many",
                [("first", first.into()), ("last", last.clone().into())],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(name: &str, gp: bool) -> Source {
        Source {
            provider_id: name.to_lowercase(),
            name: name.into(),
            kind: "x".into(),
            ods_code: "X".into(),
            is_gp: gp,
        }
    }

    #[test]
    fn recorded_by_reads_as_a_sentence() {
        assert_eq!(
            recorded_by(&[src("Riverside", true)]),
            "Recorded by your GP surgery (Riverside)"
        );
        assert_eq!(
            recorded_by(&[src("Riverside", true), src("Northbridge Hospital", false)]),
            "Recorded by your GP surgery (Riverside) and by Northbridge Hospital"
        );
        assert_eq!(
            recorded_by(&[src("A", false), src("B", false), src("C", false)]),
            "Recorded by A, by B and by C"
        );
    }
}
