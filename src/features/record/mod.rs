//! The joined-up record: read live from every provider system, each item naming
//! where it came from. The browser gets only these small view types; FHIR stays
//! on the server.

pub mod api;
#[cfg(feature = "ssr")]
pub mod download;
#[cfg(feature = "ssr")]
pub mod glossary;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use serde::{Deserialize, Serialize};

/// The record pages. Each reads only the parts of the record it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordPage {
    Summary,
    Problems,
    Medicines,
    Allergies,
    Vaccinations,
    TestResults,
    Letters,
    Timeline,
    Print,
}

impl RecordPage {
    pub const NAV: [RecordPage; 8] = [
        Self::Summary,
        Self::Problems,
        Self::Medicines,
        Self::Allergies,
        Self::Vaccinations,
        Self::TestResults,
        Self::Letters,
        Self::Timeline,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Summary => "summary",
            Self::Problems => "problems",
            Self::Medicines => "medicines",
            Self::Allergies => "allergies",
            Self::Vaccinations => "vaccinations",
            Self::TestResults => "test-results",
            Self::Letters => "letters",
            Self::Timeline => "timeline",
            Self::Print => "print",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        [Self::Print]
            .into_iter()
            .chain(Self::NAV)
            .find(|p| p.slug() == s)
    }

    pub fn path(self) -> &'static str {
        match self {
            Self::Summary => "/record",
            Self::Problems => "/record/problems",
            Self::Medicines => "/record/medicines",
            Self::Allergies => "/record/allergies",
            Self::Vaccinations => "/record/vaccinations",
            Self::TestResults => "/record/test-results",
            Self::Letters => "/record/letters",
            Self::Timeline => "/record/timeline",
            Self::Print => "/record/print",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Summary => "Your health record",
            Self::Problems => "Health problems",
            Self::Medicines => "Medicines",
            Self::Allergies => "Allergies and reactions",
            Self::Vaccinations => "Vaccinations",
            Self::TestResults => "Test results",
            Self::Letters => "Letters and documents",
            Self::Timeline => "Timeline of care",
            Self::Print => "Your health record summary",
        }
    }
}

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

/// Something coded: plain words first, the clinical term and code available.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coded {
    pub plain: String,
    /// The clinical term, when it differs from the plain words.
    pub term: Option<String>,
    /// "SNOMED CT 59621000", "dm+d 319283006".
    pub code: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemItem {
    pub what: Coded,
    /// True when current (active), false when past.
    pub current: bool,
    pub since: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MedicineItem {
    pub what: Coded,
    pub dosage: Option<String>,
    pub started: Option<String>,
    pub current: bool,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllergyItem {
    pub what: Coded,
    pub reaction: Option<String>,
    pub severe: bool,
    pub recorded: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaccinationItem {
    pub what: Coded,
    pub date: Option<String>,
    pub sources: Vec<Source>,
    pub sort_key: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    InRange,
    High,
    Low,
    Abnormal,
    NoRange,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultItem {
    pub what: Coded,
    pub date: Option<String>,
    /// "5.8 mmol/L"
    pub value: Option<String>,
    /// "up to 5.0 mmol/L", "3.5 to 5.3 mmol/L"
    pub range: Option<String>,
    pub verdict: Verdict,
    /// One sentence in plain English about the value and the range.
    pub explanation: String,
    pub comment: Option<String>,
    pub sources: Vec<Source>,
    /// For sorting (ISO date), newest first.
    pub sort_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportItem {
    pub what: Coded,
    pub date: Option<String>,
    pub conclusion: Option<String>,
    pub sources: Vec<Source>,
    pub sort_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterItem {
    pub title: String,
    pub date: Option<String>,
    /// The letter as text, when it can be shown in the browser.
    pub text: Option<String>,
    pub sources: Vec<Source>,
    pub sort_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncounterItem {
    pub what: String,
    /// "In person", "By phone or video", "Home visit", "Hospital stay", "Emergency department"
    pub how: Option<String>,
    pub date: Option<String>,
    pub reason: Option<String>,
    pub sources: Vec<Source>,
    pub sort_key: String,
}

/// How each provider system answered for this page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProviderState {
    /// Answered just now.
    Current,
    /// Answered, but some of what it sent could not be read and is not shown.
    PartlyRead { unreadable: usize },
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

/// The items of a record (or of one provider's part of it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordItems {
    pub problems: Vec<ProblemItem>,
    pub medicines: Vec<MedicineItem>,
    pub allergies: Vec<AllergyItem>,
    pub vaccinations: Vec<VaccinationItem>,
    pub results: Vec<ResultItem>,
    pub reports: Vec<ReportItem>,
    pub letters: Vec<LetterItem>,
    pub encounters: Vec<EncounterItem>,
}

/// Everything a record page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordView {
    pub page: RecordPage,
    pub full_name: String,
    pub nhs_number: String,
    pub date_of_birth: String,
    /// When the page was put together ("22 November 2026 at 10:04").
    pub generated_at: String,
    pub providers: Vec<ProviderStatus>,
    pub items: RecordItems,
    /// Results of kinds that need a conversation first may be held back for a while.
    pub release_delay_days: i64,
}

/// Why there is no record to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoRecord {
    /// The account has no NHS number.
    NoNhsNumber,
    /// No provider system knows this NHS number (with this date of birth).
    NotFound { providers: Vec<ProviderStatus> },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordAnswer {
    Record(Box<RecordView>),
    Nothing(NoRecord),
}

/// "your GP (Riverside Medical Practice)" or the organisation's name.
pub fn source_name(s: &Source) -> String {
    if s.is_gp {
        format!("your GP surgery ({})", s.name)
    } else {
        s.name.clone()
    }
}

/// "Recorded by your GP surgery (X) and by Y".
pub fn recorded_by(sources: &[Source]) -> String {
    let names: Vec<String> = sources.iter().map(source_name).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("Recorded by {one}"),
        [rest @ .., last] => format!("Recorded by {} and by {last}", rest.join(", by ")),
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

    #[test]
    fn page_slugs_round_trip() {
        for p in RecordPage::NAV.into_iter().chain([RecordPage::Print]) {
            assert_eq!(RecordPage::from_slug(p.slug()), Some(p));
        }
        assert_eq!(RecordPage::from_slug("nope"), None);
    }
}
