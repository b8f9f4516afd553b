//! Digital triage: an online consultation. Red flags first (any one stops the
//! questions and says what to do now), then questions about the problem from
//! versioned content files, an outcome with its urgency and safety-netting, and
//! for practice outcomes a request sent to the GP practice over FHIR
//! (QuestionnaireResponse + Task), whose status the resident can follow.

use crate::domain::t;

pub mod api;
#[cfg(feature = "ssr")]
pub mod content;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod practices;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod translations;

use serde::{Deserialize, Serialize};

/// Triage's settings: its questions and rules, when each practice takes online
/// requests, and the words for the bookings an outcome may open (given by the
/// composition root from the booking catalogue, which triage does not read).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct TriageSettings {
    pub content: content::Content,
    pub online_requests: practices::OnlineRequests,
    /// Booking need id -> its label ("Same-day appointment").
    pub need_labels: std::collections::HashMap<String, String>,
}

#[cfg(feature = "ssr")]
impl TriageSettings {
    /// `FRONTDOOR_TRIAGE_DIR` and `FRONTDOOR_ONLINE_REQUESTS_FILE`, or the built-in files.
    pub fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        use crate::platform::config::var;
        Ok(Self {
            content: match var(lookup, "FRONTDOOR_TRIAGE_DIR") {
                None => content::Content::built_in(),
                Some(dir) => content::Content::load_dir(&dir)?,
            },
            online_requests: match var(lookup, "FRONTDOOR_ONLINE_REQUESTS_FILE") {
                None => practices::OnlineRequests::built_in(),
                Some(path) => practices::OnlineRequests::load_file(&path)?,
            },
            need_labels: Default::default(),
        })
    }
}

/// Where the resident should get help, most urgent first (the order is the
/// urgency: when rules disagree, the smallest wins).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Disposition {
    #[serde(rename = "call-999")]
    Call999,
    #[serde(rename = "go-to-ae")]
    GoToAe,
    /// A mental health crisis: 111 (mental health option) now.
    #[serde(rename = "crisis")]
    Crisis,
    #[serde(rename = "urgent-111")]
    Urgent111,
    #[serde(rename = "gp-same-day")]
    GpSameDay,
    #[serde(rename = "gp-2-days")]
    Gp2Days,
    #[serde(rename = "gp-routine")]
    GpRoutine,
    #[serde(rename = "pharmacy")]
    Pharmacy,
    #[serde(rename = "self-care")]
    SelfCare,
    #[serde(rename = "admin")]
    Admin,
}

impl Disposition {
    pub const ALL: [Disposition; 10] = [
        Self::Call999,
        Self::GoToAe,
        Self::Crisis,
        Self::Urgent111,
        Self::GpSameDay,
        Self::Gp2Days,
        Self::GpRoutine,
        Self::Pharmacy,
        Self::SelfCare,
        Self::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Call999 => "call-999",
            Self::GoToAe => "go-to-ae",
            Self::Crisis => "crisis",
            Self::Urgent111 => "urgent-111",
            Self::GpSameDay => "gp-same-day",
            Self::Gp2Days => "gp-2-days",
            Self::GpRoutine => "gp-routine",
            Self::Pharmacy => "pharmacy",
            Self::SelfCare => "self-care",
            Self::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Help is needed now, somewhere other than the practice: the questions stop.
    pub fn is_emergency(self) -> bool {
        self <= Self::Urgent111
    }

    /// The practice deals with it: the request is sent to them.
    pub fn goes_to_practice(self) -> bool {
        matches!(
            self,
            Self::GpSameDay | Self::Gp2Days | Self::GpRoutine | Self::Admin
        )
    }

    /// Words for the resident's list of requests.
    pub fn urgency_words(self) -> String {
        match self {
            Self::Call999 => t("urgency-emergency-call-999"),
            Self::GoToAe => t("urgency-emergency-go-to-a-e"),
            Self::Crisis => t("urgency-urgent-mental-health-crisis-line"),
            Self::Urgent111 => t("urgency-urgent-call-111"),
            Self::GpSameDay => t("say-triage-today"),
            Self::Gp2Days => t("say-triage-within-2-working-days"),
            Self::GpRoutine => t("urgency-routine"),
            Self::Pharmacy => t("urgency-pharmacy"),
            Self::SelfCare => t("urgency-self-care"),
            Self::Admin => t("urgency-admin"),
        }
    }
}

/// One option on a question page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceView {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
    /// The label in Easy Read, where the content has one.
    #[serde(default)]
    pub easy: Option<String>,
}

/// One question page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionPage {
    pub key: String,
    pub id: String,
    /// "single", "multi" or "text".
    pub kind: String,
    pub text: String,
    pub hint: Option<String>,
    /// The question and its hint in Easy Read, where the content has them.
    #[serde(default)]
    pub easy: Option<(String, Option<String>)>,
    pub choices: Vec<ChoiceView>,
    pub none: Option<ChoiceView>,
    pub max_chars: Option<usize>,
    /// The answer given before (kept when going back or changing).
    pub answer: Vec<String>,
    pub back: String,
    /// Came from "check your answers": go back there after answering.
    pub from_check: bool,
}

/// An outcome, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeView {
    pub disposition: Disposition,
    pub title: String,
    pub body: String,
    pub safety_net: String,
    pub advice: Vec<String>,
    pub pharmacy_first: Option<String>,
    /// The care card used instead of the outcome's usual words, if any.
    #[serde(default)]
    pub card: Option<String>,
}

/// One answer on "check your answers".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRow {
    pub question_id: String,
    pub question: String,
    pub answer: Vec<String>,
}

/// Whether the practice is taking online requests now, and if not what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeStatus {
    pub name: String,
    pub phone: Option<String>,
    /// Taking this kind of request now.
    pub open: bool,
    /// Why not, in words ("Online requests open again at 8am on Monday 30 November").
    pub closed_reason: Option<String>,
}

/// The start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartView {
    pub practice: Option<PracticeStatus>,
    /// An unfinished request: (key, last saved, in words).
    pub draft: Option<(String, String)>,
    /// False when the date of birth is missing or cannot be read: no questions
    /// are asked, because what is asked and advised depends on age.
    pub age_known: bool,
    /// Why a request cannot be sent for this person, in words, said before the
    /// first question (red-flag screening still works).
    pub cannot_send: Option<CannotSend>,
    /// Whom the request is for, when it is not the signed-in person
    /// ("Ben Thompson"), so the questions are answered for the right person.
    pub for_someone: Option<String>,
}

/// Why requests cannot be sent for this person, and what to do instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CannotSend {
    pub reason: String,
    /// A page that fixes it (proving who you are), with its link text.
    pub fix: Option<(String, String)>,
    /// The practice's phone number, when known.
    pub phone: Option<(String, String)>,
}

/// Where a request has got to, as the resident's pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestStage {
    /// Still answering (or changing answers).
    Draft,
    /// Every question answered: "check your answers" and the outcome.
    Ready,
    /// A red flag ended the questions.
    Stopped,
    /// Sent: the practice has it.
    Sent,
    /// The portal is still finding out whether the practice got it.
    Checking,
}

/// A request: its outcome, answers and what can be done next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    pub key: String,
    pub stage: RequestStage,
    pub outcome: Option<OutcomeView>,
    pub answers: Vec<AnswerRow>,
    /// The question to go back to from the outcome.
    pub back: String,
    pub practice: Option<PracticeStatus>,
    /// Set once sent.
    pub reference: Option<String>,
    pub sent_at: Option<String>,
    /// "by 6:30pm today", "by the end of Wednesday 25 November".
    pub reply_by: Option<String>,
    /// A booking the practice lets the resident make after this outcome.
    pub book: Option<(String, String)>,
    /// Why the last send failed, when it did.
    pub send_problem: Option<String>,
    /// Why it cannot be sent at all, checked again before the outcome is shown.
    pub cannot_send: Option<CannotSend>,
    /// What the practice promises if it is sent now, from its settings:
    /// "within 2 working days, by the end of Friday 4 December 2026".
    pub promise: Option<String>,
}

/// One line in "your requests".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSummary {
    pub key: String,
    pub reference: String,
    pub what: String,
    pub sent_at: String,
    pub urgency: String,
    /// What the practice says: "Sent", "Received", "Being looked at", "Completed"...
    pub status: String,
    /// The practice's own words, when it gives some.
    pub practice_note: Option<String>,
    pub reply_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestList {
    pub requests: Vec<RequestSummary>,
    /// The practice could not be asked just now: statuses may be out of date.
    pub stale: bool,
    pub practice: Option<String>,
}
