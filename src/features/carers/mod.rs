//! Carers and parents: acting for someone else with your own login, within the
//! limits the person (or their GP practice) set; the person's own list of who can
//! act for them, invitations, and the history of who looked at or acted on
//! their record.

pub mod api;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::domain::{t, t_key};
use serde::{Deserialize, Serialize};

/// One person the signed-in person may choose to act for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonChoice {
    /// The choice's value in the form (an account id; not patient data).
    pub value: String,
    pub name: String,
    /// What they are to the signed-in person ("son", "father").
    pub relationship: String,
    pub age: Option<i64>,
    /// What the signed-in person may do for them now.
    pub can_do: Vec<String>,
    /// The end date of the access, in words.
    pub until: Option<String>,
    /// Why nothing can be done for them now, if so.
    pub refused: Option<String>,
    /// Why less can be done than was given (a child's age), if so.
    pub note: Option<String>,
}

/// "Who are you using Front Door for?"
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChooserView {
    pub own_name: String,
    /// The value of the current choice ("self" or a person's value).
    pub current: String,
    pub people: Vec<PersonChoice>,
    /// GP surgeries that could not be asked just now about relationships they record.
    pub not_answered: Vec<String>,
}

/// The banner on every page while acting for someone else.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BannerView {
    /// "Ben Thompson (son, 9)", while acting for someone else.
    pub acting_for: Option<String>,
    /// Just the name, for page titles.
    pub acting_for_name: Option<String>,
    /// The signed-in person may act for someone (so switching is offered).
    pub can_switch: bool,
}

/// One person who can act for the resident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrantView {
    pub id: i64,
    pub name: String,
    pub relationship: String,
    pub can_do: Vec<String>,
    /// The scope codes given (to tick the boxes when changing).
    pub scopes: Vec<String>,
    pub until: Option<String>,
    /// The end date as day, month and year (to fill the form when changing).
    pub until_parts: [String; 3],
    pub granted_how: String,
    /// Given by the resident (they can change it or end it here).
    pub by_resident: bool,
}

/// An invitation not yet accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub expires: String,
    pub can_do: Vec<String>,
}

/// The resident's "People who can act for me" page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleView {
    pub grants: Vec<GrantView>,
    pub invitations: Vec<InvitationView>,
    /// Why the resident cannot invite anyone yet, if so.
    pub cannot_invite: Option<String>,
    pub max_months: u32,
}

/// The link made for an invitation, shown once to the resident who made it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationLink {
    pub name: String,
    pub email: String,
    pub link: String,
    pub expires: String,
}

/// What the person opening an invitation sees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationAnswer {
    /// No invitation link was opened in this browser.
    None,
    /// The invitation cannot be used, and why.
    Unusable(String),
    /// It can be accepted (by the signed-in person, if they are the one invited).
    Open {
        from: String,
        proxy_is: String,
        can_do: Vec<String>,
        until: String,
        signed_in: bool,
    },
}

/// One line of the access history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub when: String,
    pub who: String,
    pub role: String,
    pub what: String,
}

/// "Who has looked at or acted on my record", a page at a time, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    pub lines: Vec<HistoryLine>,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

/// What someone acting for another can be given, with the form's names for them.
pub const SCOPE_CHOICES: [(&str, &str); 4] = [
    ("record", t_key("scope-see-their-health-record-summary")),
    ("results", t_key("scope-see-their-test-results-and")),
    ("appointments", t_key("scope-see-book-change-and-cancel")),
    ("triage", t_key("scope-ask-their-gp-surgery-for")),
];

/// What the invited person is to the resident: the form's values and words.
pub const RELATIONSHIPS: [(&str, &str); 12] = [
    ("partner", t_key("relation-partner-husband-or-wife")),
    ("daughter", t_key("relation-daughter")),
    ("son", t_key("relation-son")),
    ("mother", t_key("relation-mother")),
    ("father", t_key("relation-father")),
    ("sister", t_key("relation-sister")),
    ("brother", t_key("relation-brother")),
    ("grandchild", t_key("relation-grandchild")),
    ("family", t_key("relation-another-family-member")),
    ("friend", t_key("relation-friend")),
    ("carer", t_key("relation-paid-carer-or-support-worker")),
    ("other", t_key("relation-someone-else")),
];

/// What someone is to another, as a grant stores it ("son", "friend", "lasting power
/// of attorney": the words the practice's relationship codes or the invitation
/// gave), in the page's language; anything else as stored.
pub fn relationship_words(stored: &str) -> String {
    let key = match stored {
        "mother" => t_key("rel-mother"),
        "father" => t_key("rel-father"),
        "parent" => t_key("rel-parent"),
        "guardian" => t_key("rel-guardian"),
        "deputy" => t_key("rel-deputy"),
        "attorney" => t_key("rel-attorney"),
        "son" => t_key("rel-son"),
        "daughter" => t_key("rel-daughter"),
        "child" => t_key("rel-child"),
        "Court of Protection deputy" => t_key("rel-court-of-protection-deputy"),
        "lasting power of attorney" => t_key("rel-lasting-power-of-attorney"),
        "partner" => t_key("rel-partner"),
        "sibling" => t_key("rel-sibling"),
        "grandparent" => t_key("rel-grandparent"),
        "family member" => t_key("rel-family-member"),
        "friend" => t_key("rel-friend"),
        "person you care for" => t_key("rel-person-you-care-for"),
        "person you help" => t_key("rel-person-you-help"),
        "sister" => t_key("rel-sister"),
        "brother" => t_key("rel-brother"),
        "grandchild" => t_key("rel-grandchild"),
        "family" => t_key("rel-family"),
        "carer" => t_key("rel-carer"),
        "other" => t_key("rel-other"),
        other => return other.to_string(),
    };
    t(key)
}
