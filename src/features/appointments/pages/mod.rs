//! Appointment pages, one file each: the list, one appointment, cancelling, and booking
//! (what for, choose a time, check your answers, confirmation).

use super::{
    api::{
        get_appointment, get_appointments, get_booking, get_booking_needs, get_slots,
        CancelAppointment, ChooseNeed, ChooseSlot, ConfirmBooking, OneAnswer,
    },
    AppointmentList, AppointmentView, AttemptState, AttemptView, ListAnswer, SlotsPage,
    CANCEL_REASONS,
};
use crate::{
    components::{
        care_card, easy_read, problem,
        provider_notices::{nothing, notices, sources_list},
        summary_list::row,
        BackLink, EasyLine, EasyRead, EasyReadSwitch, ErrorSummary, PageTitle, Panel, Picture,
        RadioOption, Radios,
    },
    domain::{t, t_key, t_with},
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

mod appointment;
mod book;
mod cancel;
mod check;
mod list;
mod slots;

pub use appointment::AppointmentPage;
pub use book::BookPage;
pub use cancel::{CancelPage, CancelledPage};
pub use check::{BookedPage, CheckPage};
pub use list::AppointmentsPage;
pub use slots::SlotsPageView;

fn param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get(name).unwrap_or_default()))
}

fn query(name: &'static str) -> Memo<Option<String>> {
    let q = use_query_map();
    Memo::new(move |_| q.with(|q| q.get(name)).filter(|v| !v.is_empty()))
}

fn when(v: &AppointmentView) -> String {
    t_with(
        "appt-time-on-day",
        [
            ("time", v.time.clone().into()),
            ("day", v.day.clone().into()),
        ],
    )
}

fn minutes(m: Option<i64>) -> Option<String> {
    m.map(|m| t_with("appt-minutes", [("minutes", m.into())]))
}

/// An appointment's status in the page's language (the service's words are
/// English, and the pages compare them).
fn status_words(status: &str) -> String {
    t(match status {
        "Booked" => t_key("appt-status-booked"),
        "Cancelled" => t_key("appt-status-cancelled"),
        "Attended" => t_key("appt-status-attended"),
        "Missed" => t_key("appt-status-missed"),
        "On the waiting list" => t_key("appt-status-waiting-list"),
        _ => t_key("appt-status-not-known"),
    })
}

/// How the appointment happens, in the page's language.
fn how_words(how: Option<String>) -> Option<String> {
    how.map(|h| match h.as_str() {
        "In person" => t("appt-how-in-person"),
        "Phone call" => t("appt-how-phone"),
        "Video call" => t("appt-how-video"),
        _ => h,
    })
}

fn not_found() -> AnyView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=t("appt-we-could-not-find-that") />
        <h1>{t("appt-we-could-not-find-that")}</h1>
        <p>{t("appt-it-may-have-been-moved")}</p>
        <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
    }
    .into_any()
}

fn unavailable() -> AnyView {
    view! {
        <PageTitle text=t("appt-we-could-not-get-this") />
        <h1>{t("appt-we-could-not-get-this")}</h1>
        <p>{t("appt-the-service-that-holds-it")}</p>
        <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
    }
    .into_any()
}

fn appointment_resource() -> Resource<Result<OneAnswer, crate::domain::error::AppError>> {
    let provider = param("provider");
    let id = param("id");
    Resource::new(
        move || (provider.get(), id.get()),
        |(p, i)| get_appointment(p, i),
    )
}

fn booking_resource() -> Resource<Result<Option<AttemptView>, crate::domain::error::AppError>> {
    let key = param("key");
    Resource::new(move || key.get(), get_booking)
}
