//! Help to use Front Door: where to get help getting online (help points from
//! configuration), free devices and data, and learning; and assisted digital:
//! helpers of the organisations listed there help residents at a help point, with
//! their consent, for a time they agree (`platform::assisted`). ICS
//! administrators appoint each organisation's administrators, who add and
//! suspend its helpers (`platform::staff`).

pub mod api;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod helping_pages;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod settings;
pub mod staff_pages;

use crate::domain::t_key;
use serde::{Deserialize, Serialize};

/// One place where people get help, as the public page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpPointView {
    pub name: String,
    pub organisation: String,
    pub address: Vec<String>,
    pub opening_times: Vec<String>,
    pub phone: Option<String>,
    pub help: Vec<String>,
    pub accessible_entrance: bool,
}

/// A named scheme or course, with what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Described {
    pub name: String,
    pub description: String,
}

/// "Get help getting online".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpOnlineView {
    pub help_points: Vec<HelpPointView>,
    pub schemes: Vec<Described>,
    pub learning: Vec<Described>,
}

/// What a resident can let a helper do, with the form's names for them.
pub const HELP_SCOPES: [(&str, &str); 4] = [
    ("record", t_key("helpscope-see-your-health-record-summary")),
    ("results", t_key("helpscope-see-your-test-results-and")),
    (
        "appointments",
        t_key("helpscope-see-book-change-and-cancel"),
    ),
    ("triage", t_key("helpscope-ask-your-gp-surgery-for")),
];

/// How long a resident can agree to, in minutes, with words.
pub const HELP_MINUTES: [(&str, &str); 4] = [
    ("15", t_key("helpmin-15-minutes")),
    ("30", t_key("helpmin-30-minutes")),
    ("60", t_key("helpmin-1-hour")),
    ("120", t_key("helpmin-2-hours-the-longest")),
];

/// One member of staff, as an administrator sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub status: String,
    pub suspended: bool,
}

/// An organisation and its administrators, as an ICS administrator sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationView {
    pub id: String,
    pub name: String,
    pub administrators: Vec<MemberView>,
}

/// The staff page: what the signed-in administrator manages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffView {
    /// An ICS administrator: every organisation and its administrators.
    Ics {
        name: String,
        organisations: Vec<OrganisationView>,
    },
    /// An organisation's administrator: its helpers.
    Organisation {
        name: String,
        organisation: String,
        helpers: Vec<MemberView>,
    },
    /// A helper: their page is "Help someone now".
    Helper,
}

/// A set-up link just made for a new member of staff, shown once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetUpLink {
    pub name: String,
    pub email: String,
    pub link: String,
    pub expires: String,
}

/// The set-up page: for whom the opened link is, or why it cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SetUpAnswer {
    None,
    Unusable,
    Open { email: String },
}

/// A past help session, as the helper sees it: who, when, what was done, never
/// anything clinical.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastHelp {
    pub resident: String,
    pub started: String,
    pub ended: String,
    pub how_ended: String,
    pub done: Vec<String>,
}

/// Where the help session in this browser has got to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CurrentHelp {
    /// Waiting for the resident to sign in or give a code.
    Waiting,
    /// A resident signed in and is asked to agree.
    ResidentToAgree,
    /// Agreed: helping until the time given.
    Helping { resident: String, until: String },
}

/// "Help someone now": the helper's start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpingView {
    pub helper: String,
    pub organisation: String,
    pub current: Option<CurrentHelp>,
}

/// The consent page, written for the resident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentView {
    pub resident: String,
    pub helper: String,
    pub organisation: String,
}

/// The banner on every page while a helper helps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpBanner {
    pub helping: Option<(String, String, String, String)>,
}

/// The summary the resident keeps at the end of a help session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpSummary {
    pub resident: String,
    pub helper: String,
    pub organisation: String,
    pub started: String,
    pub ended: String,
    pub done: Vec<String>,
}

/// A code a resident made for a helper, shown once on their own phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperCode {
    pub code: String,
    pub until: String,
    pub can_do: Vec<String>,
    pub minutes: String,
}
