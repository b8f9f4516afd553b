//! The joined-up record: read live from every provider system, each item naming
//! where it came from. The browser gets only these small view types; FHIR stays
//! on the server.

use crate::domain::t;

pub mod api;
#[cfg(feature = "ssr")]
pub mod cursors;
#[cfg(feature = "ssr")]
pub mod download;
#[cfg(feature = "ssr")]
pub mod glossary;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod release;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod trend;

pub use crate::domain::sources::{
    recorded_by, source_name, NoRecord, ProviderState, ProviderStatus, Source,
};
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

    pub fn title(self) -> String {
        match self {
            Self::Summary => t("record-your-health-record"),
            Self::Problems => t("record-health-problems"),
            Self::Medicines => t("record-medicines"),
            Self::Allergies => t("record-allergies-and-reactions"),
            Self::Vaccinations => t("record-vaccinations"),
            Self::TestResults => t("record-test-results"),
            Self::Letters => t("record-letters-and-documents"),
            Self::Timeline => t("record-timeline-of-care"),
            Self::Print => t("record-your-health-record-summary"),
        }
    }
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
    /// The provider's id for the Observation (the address of the test's own page).
    #[serde(default)]
    pub id: Option<String>,
    /// The test's code as `system|code`, which groups results of one test.
    #[serde(default)]
    pub test_key: Option<String>,
    /// The value as a number (thousandths), for the trend chart.
    #[serde(default)]
    pub milli: Option<i64>,
}

/// The results of one test, as the results page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestGroup {
    pub what: Coded,
    /// How many results of this test the page has.
    pub count: usize,
    pub latest: ResultItem,
    /// The test's own page, with its history.
    pub href: Option<String>,
}

/// Groups results by test (their code; unnamed ones by their words), newest
/// result first within each, tests in the order of their newest result.
pub fn by_test(results: &[ResultItem]) -> Vec<TestGroup> {
    let mut groups: Vec<(String, TestGroup)> = Vec::new();
    for r in results {
        let key = r
            .test_key
            .clone()
            .unwrap_or_else(|| format!("words|{}", r.what.plain));
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => {
                g.count += 1;
                if r.sort_key > g.latest.sort_key {
                    g.latest = r.clone();
                }
            }
            None => groups.push((
                key,
                TestGroup {
                    what: r.what.clone(),
                    count: 1,
                    latest: r.clone(),
                    href: None,
                },
            )),
        }
    }
    let mut out: Vec<TestGroup> = groups
        .into_iter()
        .map(|(_, mut g)| {
            g.href = match (&g.latest.id, g.latest.sources.first()) {
                (Some(id), Some(s)) => Some(format!("/record/test-results/{}/{id}", s.provider_id)),
                _ => None,
            };
            g
        })
        .collect();
    out.sort_by(|a, b| {
        b.latest
            .sort_key
            .cmp(&a.latest.sort_key)
            .then_with(|| a.what.plain.cmp(&b.what.plain))
    });
    out
}

/// One test's history on its own page: every result the providers hold, newest
/// first, and a trend when the values are numbers in one unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestHistory {
    pub what: Coded,
    pub results: Vec<ResultItem>,
    pub trend: Option<Trend>,
    pub providers: Vec<ProviderStatus>,
    pub generated_at: String,
}

/// A small line chart drawn on the server as SVG: coordinates in a 600 × 240 box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trend {
    /// The results' points, oldest first.
    pub points: Vec<(i32, i32)>,
    /// Gridlines: y and the value's label.
    pub y_labels: Vec<(i32, String)>,
    /// x and the year's label.
    pub x_labels: Vec<(i32, String)>,
    /// One sentence for people who cannot see the chart.
    pub summary: String,
}

/// The download page: whether a file is being prepared or is ready.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DownloadAnswer {
    /// Without a proved NHS number there is nothing to download.
    pub has_nhs_number: bool,
    pub state: DownloadState,
    /// The stated limit, in words.
    pub limit: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DownloadState {
    Nothing,
    Preparing {
        since: String,
    },
    Ready {
        prepared_at: String,
        items: i64,
        size: String,
        /// What could not be fetched, provider by provider.
        missing: Vec<String>,
    },
    Failed,
}

/// The chart's box in SVG units (the trend's points are inside it).
pub mod trend_box {
    pub const WIDTH: i32 = 600;
    pub const HEIGHT: i32 = 240;
    pub const LEFT_X: i32 = 70;
    pub const RIGHT_X: i32 = WIDTH - 20;
    pub const TOP_Y: i32 = 15;
    pub const BOTTOM_Y: i32 = HEIGHT - 35;
    pub const VIEW_BOX: &str = "0 0 600 240";
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TestAnswer {
    Test(Box<TestHistory>),
    NotFound,
    Unavailable(String),
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
    /// The letter as text, when it can be shown in the browser (only on the letter's
    /// own page: the list carries titles, so it stays small for long histories).
    pub text: Option<String>,
    /// The letter can be shown in the browser (on its own page).
    pub readable: bool,
    /// The provider's id for the document, for the letter's own page.
    pub id: Option<String>,
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
    /// Letters are shown a page at a time, newest first: where this page starts,
    /// how many there are in all.
    pub letters_from: usize,
    pub letters_total: usize,
    /// Results grouped by test (the results page lists tests, not every result).
    pub tests: Vec<TestGroup>,
    /// Results and visits are read for a recent window: from this day (for people).
    pub since: Option<String>,
    /// This page shows older items, carried on from an earlier page.
    pub continued: bool,
    /// "Show older …": the key of the server's next place in each provider's list.
    pub older: Option<String>,
}

/// How many letters one page of the list shows.
pub const LETTERS_PER_PAGE: usize = 25;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordAnswer {
    Record(Box<RecordView>),
    Nothing(NoRecord),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_slugs_round_trip() {
        for p in RecordPage::NAV.into_iter().chain([RecordPage::Print]) {
            assert_eq!(RecordPage::from_slug(p.slug()), Some(p));
        }
        assert_eq!(RecordPage::from_slug("nope"), None);
    }
}

/// One letter on its own page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LetterAnswer {
    Letter(LetterItem),
    /// The provider holds no such letter for this person (or it may not be shown).
    NotFound,
    /// The provider could not be asked just now.
    Unavailable(String),
}
