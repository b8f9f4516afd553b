//! Server functions for appointments. Thin: parse, call the service, answer or redirect.
//! Every form works as a plain HTML post (post/redirect/get); answers and errors
//! travel through the session, never the URL.

#[cfg(feature = "ssr")]
use crate::domain::t;

use super::{AppointmentView, AttemptView, ListAnswer, NeedView, SlotsPage};
use crate::domain::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

/// One appointment, or why it cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OneAnswer {
    Found(Box<AppointmentView>),
    NotFound,
    Unavailable,
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        domain::FormState,
        features::appointments::service,
        platform::{
            acting::{self, Acting, Scope},
            audit::AuditAction,
            session,
            state::AppState,
        },
    };
    pub use tower_sessions::Session;

    pub async fn acting() -> Result<(AppState, Session, Acting), crate::domain::error::AppError> {
        acting::from_request(Scope::Appointments).await
    }

    /// "{provider}~{id}" from a form or address.
    pub fn pair(s: &Option<String>) -> Option<(&str, &str)> {
        s.as_deref().and_then(|s| s.split_once('~'))
    }

    pub fn slots_path(
        need: &str,
        change: &Option<String>,
        from: &Option<String>,
        triage: &Option<String>,
    ) -> String {
        let mut q: Vec<(&str, &str)> = Vec::new();
        if let Some(t) = triage.as_deref().filter(|t| !t.is_empty()) {
            q.push(("triage", t));
        }
        if let Some(c) = change.as_deref().filter(|c| !c.is_empty()) {
            q.push(("change", c));
        }
        if let Some(f) = from.as_deref().filter(|f| !f.is_empty()) {
            q.push(("from", f));
        }
        let query = serde_urlencoded::to_string(&q).unwrap_or_default();
        if query.is_empty() {
            format!("/appointments/book/{need}")
        } else {
            format!("/appointments/book/{need}?{query}")
        }
    }
}

/// Every appointment at every provider, read live. Audited.
#[server(endpoint = "appointments", input = GetUrl)]
pub async fn get_appointments() -> Result<ListAnswer, AppError> {
    use ssr::*;
    let (state, _, acting) = acting().await?;
    service::list(&state, acting).await
}

#[server(endpoint = "appointment", input = GetUrl)]
pub async fn get_appointment(provider: String, id: String) -> Result<OneAnswer, AppError> {
    use ssr::*;
    let (state, _, acting) = acting().await?;
    Ok(
        match service::one(
            &state,
            acting,
            &provider,
            &id,
            AuditAction::AppointmentViewed,
        )
        .await?
        {
            Ok(v) => OneAnswer::Found(Box::new(v)),
            Err(service::NotOpened::NotYours) => OneAnswer::NotFound,
            Err(service::NotOpened::Unavailable) => OneAnswer::Unavailable,
        },
    )
}

#[server(endpoint = "booking-needs", input = GetUrl)]
pub async fn get_booking_needs() -> Result<Vec<NeedView>, AppError> {
    use ssr::*;
    let (state, _, _) = acting().await?;
    Ok(service::needs(&state))
}

/// The first question: what the appointment is for.
#[server(endpoint = "choose-need")]
pub async fn choose_need(need: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, _) = acting().await?;
    match need.filter(|n| {
        state
            .settings::<super::catalogue::Catalogue>()
            .need(n)
            .is_some()
    }) {
        Some(n) => leptos_axum::redirect(&format!("/appointments/book/{n}")),
        None => {
            let mut form = FormState::default();
            form.error("need", t("say-appt-select-what-you-need-an"));
            let id = session::keep_form(&session, "need", form).await?;
            leptos_axum::redirect(&format!("/appointments/book?form={id}"));
        }
    }
    Ok(())
}

/// Free times for a need, a fortnight at a time. Audited.
#[server(endpoint = "slots", input = GetUrl)]
pub async fn get_slots(
    need: String,
    from: Option<String>,
    change: Option<String>,
    triage: Option<String>,
) -> Result<Option<SlotsPage>, AppError> {
    use ssr::*;
    let (state, _, acting) = acting().await?;
    service::slots(
        &state,
        acting,
        &need,
        from.as_deref(),
        pair(&change),
        triage.as_deref().filter(|t| !t.is_empty()),
    )
    .await
}

/// The chosen time: checked with the provider, then on to "check your answers".
#[server(endpoint = "choose-slot")]
pub async fn choose_slot(
    need: String,
    slot: Option<String>,
    change: Option<String>,
    from: Option<String>,
    triage: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, acting) = acting().await?;
    let change = change.filter(|c| !c.is_empty());
    let triage = triage.filter(|t| !t.is_empty());
    match service::choose(
        &state,
        acting,
        &need,
        slot.as_deref().unwrap_or(""),
        pair(&change),
        triage.as_deref(),
    )
    .await?
    {
        Ok(key) => leptos_axum::redirect(&format!("/appointments/check/{key}")),
        Err(form) => {
            let id = session::keep_form(&session, "slots", form).await?;
            let back = slots_path(&need, &change, &from, &triage);
            let sep = if back.contains('?') { '&' } else { '?' };
            leptos_axum::redirect(&format!("{back}{sep}form={id}"));
        }
    }
    Ok(())
}

/// A booking attempt: check your answers, the confirmation, or its outcome.
#[server(endpoint = "booking", input = GetUrl)]
pub async fn get_booking(key: String) -> Result<Option<AttemptView>, AppError> {
    use ssr::*;
    let (state, _, acting) = acting().await?;
    service::attempt(&state, acting, &key).await
}

/// Books the chosen time. The key makes it safe to send twice.
#[server(endpoint = "confirm-booking")]
pub async fn confirm_booking(key: String) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, acting) = acting().await?;
    let Some(a) = service::confirm(&state, acting, &key).await? else {
        return Err(AppError::BadRequest);
    };
    if a.state == super::store::BookState::Taken {
        let mut form = FormState::default();
        form.error("slot", t("say-appt-that-time-has-just-been"));
        let id = session::keep_form(&session, "slots", form).await?;
        let change = a
            .replaces_appointment
            .as_ref()
            .map(|old| format!("{}~{old}", a.provider_id));
        let triage =
            crate::platform::openings::of_booking(&state.db, &a.key, acting.subject).await?;
        let back = slots_path(&a.need_id, &change, &None, &triage);
        let sep = if back.contains('?') { '&' } else { '?' };
        leptos_axum::redirect(&format!("{back}{sep}form={id}"));
    } else {
        leptos_axum::redirect(&format!("/appointments/booked/{}", a.key));
    }
    Ok(())
}

/// Cancels an upcoming appointment with a reason.
#[server(endpoint = "cancel-appointment")]
pub async fn cancel_appointment(
    provider: String,
    id: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, acting) = acting().await?;
    let base = format!("/appointments/at/{provider}/{id}");
    match service::cancel(
        &state,
        acting,
        &provider,
        &id,
        reason.as_deref().unwrap_or(""),
    )
    .await?
    {
        Err(form) => {
            let kept = session::keep_form(&session, "cancel", form).await?;
            leptos_axum::redirect(&format!("{base}/cancel?form={kept}"));
        }
        Ok(service::Cancelled::Done | service::Cancelled::AlreadyCancelled) => {
            leptos_axum::redirect(&format!("{base}/cancelled"))
        }
        Ok(service::Cancelled::NotYours) => return Err(AppError::Forbidden),
        Ok(service::Cancelled::NotCancellable) => {
            let mut form = FormState::default();
            form.error("reason", t("say-appt-this-appointment-cannot-be-cancelled"));
            let kept = session::keep_form(&session, "cancel", form).await?;
            leptos_axum::redirect(&format!("{base}/cancel?form={kept}"));
        }
        Ok(service::Cancelled::Failed) => {
            let mut form = FormState::default();
            form.keep("reason", reason.as_deref().unwrap_or(""));
            form.error("reason", t("say-appt-we-could-not-cancel-your"));
            let kept = session::keep_form(&session, "cancel", form).await?;
            leptos_axum::redirect(&format!("{base}/cancel?form={kept}"));
        }
    }
    Ok(())
}
