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
    format!("{} on {}", v.time, v.day)
}

fn minutes(m: Option<i64>) -> Option<String> {
    m.map(|m| format!("{m} minutes"))
}

fn not_found() -> AnyView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text="We could not find that appointment" />
        <h1>"We could not find that appointment"</h1>
        <p>"It may have been moved, or the link may be wrong."</p>
        <p><a href="/appointments">"See your appointments"</a></p>
    }
    .into_any()
}

fn unavailable() -> AnyView {
    view! {
        <PageTitle text="We could not get this appointment just now" />
        <h1>"We could not get this appointment just now"</h1>
        <p>"The service that holds it is not answering. Try again in a few minutes."</p>
        <p><a href="/appointments">"See your appointments"</a></p>
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
