//! Appointments: one list across every provider system, and booking, changing
//! and cancelling online. The browser gets only these view types; slots and
//! appointments stay FHIR on the server.

pub mod api;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod catalogue;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::domain::sources::{NoRecord, ProviderStatus};
use crate::domain::t_key;
use serde::{Deserialize, Serialize};

/// One appointment, as a resident reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentView {
    /// With `id`, the appointment's address in the portal (`/appointments/at/{provider_id}/{id}`).
    pub provider_id: String,
    pub id: String,
    /// The organisation that holds it.
    pub source: String,
    pub what: String,
    /// "Thursday 4 December 2026" and "10:30am", in UK time.
    pub day: String,
    pub time: String,
    pub minutes: Option<i64>,
    pub place: Option<String>,
    pub with: Option<String>,
    /// "In person", "Phone call" or "Video call".
    pub how: Option<String>,
    pub prepare: Option<String>,
    /// "Booked", "Cancelled", "Attended", "Missed" or what the provider says.
    pub status: String,
    /// Booked and still to come: it can be cancelled.
    pub upcoming: bool,
    /// The need whose slots it can be moved to, when its type is bookable online.
    pub change_need: Option<String>,
    /// The Front Door booking reference, when it was booked here.
    pub reference: Option<String>,
    pub start: i64,
}

impl AppointmentView {
    pub fn path(&self) -> String {
        format!("/appointments/at/{}/{}", self.provider_id, self.id)
    }
}

/// A booking whose outcome the portal is still checking with the provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checking {
    pub key: String,
    pub source: String,
    pub when: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentList {
    pub upcoming: Vec<AppointmentView>,
    pub past: Vec<AppointmentView>,
    pub checking: Vec<Checking>,
    pub providers: Vec<ProviderStatus>,
    pub generated_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListAnswer {
    List(Box<AppointmentList>),
    Nothing(NoRecord),
}

/// Something a resident can ask to book, in their words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedView {
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
}

/// A free time, as a choice on the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotChoice {
    /// "{provider id}~{slot id}": what the form sends back.
    pub value: String,
    pub time: String,
    pub label: String,
}

/// The free times at one place on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceTimes {
    pub place: String,
    pub source: String,
    pub with: Option<String>,
    pub how: Option<String>,
    pub minutes: Option<i64>,
    pub times: Vec<SlotChoice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayTimes {
    pub day: String,
    pub places: Vec<PlaceTimes>,
}

/// Why a need cannot be booked directly, and what to do instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherRoute {
    pub provider: String,
    pub phone: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotsPage {
    pub need: NeedView,
    /// Set when this need is only booked after triage: no times are shown.
    pub after_triage: Vec<OtherRoute>,
    pub days: Vec<DayTimes>,
    /// "24 November 2026" to "7 December 2026".
    pub from_label: String,
    pub to_label: String,
    /// The `from` dates (YYYY-MM-DD) of the previous and next fortnight, when there is one.
    pub earlier: Option<String>,
    pub later: Option<String>,
    pub from: String,
    /// Providers that could not answer just now.
    pub not_answering: Vec<String>,
    /// The appointment being moved, when changing a time.
    pub changing: Option<AppointmentView>,
    /// The online request whose outcome opened these times (a same-day or
    /// new-problem booking after triage), when it did.
    pub triage: Option<String>,
}

/// What the resident has chosen, before they confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChosenSlot {
    pub need_id: String,
    pub need_label: String,
    pub what: String,
    pub source: String,
    pub day: String,
    pub time: String,
    pub minutes: Option<i64>,
    pub place: Option<String>,
    pub with: Option<String>,
    pub how: Option<String>,
    pub prepare: Option<String>,
}

/// Where a booking attempt has got to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttemptState {
    /// Chosen, waiting for the resident to confirm.
    Chosen,
    /// Booked: the provider has it.
    Booked {
        reference: String,
        provider_id: String,
        appointment_id: String,
        /// For a change: whether the old appointment was cancelled.
        old_cancelled: Option<bool>,
    },
    /// Someone else booked the time first.
    Taken,
    /// Not booked (the provider refused or could not be reached).
    Failed,
    /// The portal is still finding out from the provider.
    Checking,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptView {
    pub key: String,
    pub chosen: ChosenSlot,
    pub state: AttemptState,
    /// The appointment being replaced, for a change.
    pub replaces: Option<AppointmentView>,
}

/// The reasons a resident can give for cancelling: the form's value, the English
/// sent to the provider as text, and the words key the page shows them with.
pub const CANCEL_REASONS: &[(&str, &str, &str)] = &[
    (
        "no-longer-needed",
        "I no longer need this appointment",
        t_key("appt-cancel-reason-no-longer-needed"),
    ),
    (
        "cannot-make-it",
        "I cannot go at this time",
        t_key("appt-cancel-reason-cannot-make-it"),
    ),
    (
        "feeling-better",
        "I am feeling better",
        t_key("appt-cancel-reason-feeling-better"),
    ),
    (
        "booked-by-mistake",
        "I booked it by mistake",
        t_key("appt-cancel-reason-booked-by-mistake"),
    ),
    ("other", "Another reason", t_key("appt-cancel-reason-other")),
];
