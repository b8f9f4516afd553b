//! Booking exactly once: choose a time (checked with the provider), confirm
//! (one caller books; others wait), settle lost answers by reference, and
//! change a time by booking the new one before cancelling the old.

use crate::domain::{t, t_with, Choice, Language};

use super::*;

/// Records the resident's chosen time as a booking attempt (not yet sent), after
/// checking with the provider that it is still free and still to come.
/// `Err` carries the form to show again with its error.
pub async fn choose(
    state: &AppState,
    acting: Acting,
    need_id: &str,
    choice: &str,
    changing: Option<(&str, &str)>,
    triage: Option<&str>,
) -> Result<Result<String, FormState>, AppError> {
    let mut form = FormState::default();
    let problem = |mut form: FormState, message: String| {
        form.error("slot", message);
        Ok(Err(form))
    };
    let Some(need) = state.settings::<Catalogue>().need(need_id) else {
        return Err(AppError::BadRequest);
    };
    let account = audited_subject(state, acting, AuditAction::SlotChosen, "slot").await?;
    if choice.is_empty() {
        return problem(form, t("say-appt-select-a-time-for-your"));
    }
    form.keep("slot", choice);
    let Some((provider_id, slot_id)) = choice.split_once('~') else {
        return problem(form, t("say-appt-select-one-of-the-times"));
    };
    let window = after_triage(state, acting, need_id, triage, changing)
        .await?
        .filter(|w| w.provider_id == provider_id);
    let (Some(index), Some(offer)) = (
        state.gateway.index_of(provider_id),
        need.offers
            .iter()
            .find(|o| o.provider == provider_id && (o.online == Online::Book || window.is_some())),
    ) else {
        return problem(form, t("say-appt-select-one-of-the-times"));
    };
    if !valid_id(slot_id) {
        return problem(form, t("say-appt-select-one-of-the-times"));
    }
    let replaces = match changing {
        Some((p, id)) => match open(state, &account, p, id).await? {
            Ok(o) if o.view.upcoming && o.view.provider_id == provider_id => Some(o.view),
            Ok(_) | Err(NotOpened::NotYours) => {
                refused(state, acting).await?;
                return Err(AppError::Forbidden);
            }
            Err(NotOpened::Unavailable) => {
                return problem(form, t("say-appt-we-could-not-check-your"));
            }
        },
        None => None,
    };
    let provider = &state.gateway.providers[index];
    let budget = Duration::from_millis(provider.budget_ms);
    let client = state.gateway.client();
    let slot_url = format!("{}/Slot/{slot_id}", provider.base_url);
    let read = state
        .gateway
        .guarded(index, budget, async {
            let (slot, _) = client
                .get_with_etag(provider, &slot_url)
                .await
                .map_err(Failure::from)?;
            let slot = resource_from_value::<fhir::Slot>(slot).map_err(|_| Failure::Unreadable)?;
            let schedule = match slot.schedule.as_ref().and_then(|r| r.reference.as_deref()) {
                Some(r) if r.strip_prefix("Schedule/").is_some_and(valid_id) => {
                    let url = format!("{}/{r}", provider.base_url);
                    client
                        .get_json(provider, &url)
                        .await
                        .ok()
                        .and_then(|v| resource_from_value::<fhir::Schedule>(v).ok())
                }
                _ => None,
            };
            Ok((slot, schedule))
        })
        .await;
    let (slot, schedule) = match read {
        Ok(x) => x,
        Err(Failure::Refused(404 | 410)) => {
            return problem(form, t("say-appt-select-one-of-the-times"))
        }
        Err(_) => {
            return problem(
                form,
                t_with(
                    "say-appt-could-not-check-time",
                    [("provider", provider.name.clone().into())],
                ),
            )
        }
    };
    let now = state.clock.now_unix();
    let c = schedule.as_ref().map(clinic);
    let ends = window
        .as_ref()
        .map(|w| uk_wall_clock(w.last_day + time::Duration::days(1), 0, 0).unix_timestamp());
    let Some(free) = free_slot(index, provider, offer, &slot, c.as_ref(), now)
        .filter(|f| ends.is_none_or(|e| f.start < e))
    else {
        let taken = slot.status.as_deref() != Some("free")
            && slot
                .start
                .as_deref()
                .and_then(parse_instant)
                .is_some_and(|s| s > now);
        return problem(
            form,
            if taken {
                t("say-appt-that-time-has-just-been")
            } else {
                t("say-appt-select-one-of-the-times")
            },
        );
    };
    let chosen = ChosenSlot {
        need_id: need.id.clone(),
        need_label: need.label_in(Language::current()).to_string(),
        what: free.what.clone(),
        source: provider.name.clone(),
        day: day_with_weekday(free.start),
        time: clock_time(free.start),
        minutes: free.end.map(|e| (e - free.start) / 60),
        place: Some(free.place.clone()),
        with: free.with.clone(),
        how: free.how.clone(),
        prepare: free.prepare.clone(),
    };
    let attempt = Attempt {
        key: new_key(),
        reference: readable_reference("FD"),
        account_id: acting.subject,
        actor_account_id: acting.actor,
        need_id: need.id.clone(),
        provider_id: provider.id.clone(),
        slot_id: free.slot_id.clone(),
        slot_start: free.start,
        details: serde_json::to_string(&chosen).unwrap_or_default(),
        replaces_appointment: replaces.map(|v| v.id),
        state: BookState::Chosen,
        appointment_id: None,
        old_cancelled: None,
        created_at: now,
        updated_at: now,
    };
    store::insert(&state.db, &attempt).await?;
    if let (Some(key), Some(_)) = (triage, &window) {
        openings::attach(&state.db, key, acting.subject, &attempt.key).await?;
    }
    Ok(Ok(attempt.key))
}

pub(super) fn attempt_state(a: &Attempt) -> AttemptState {
    match a.state {
        BookState::Chosen => AttemptState::Chosen,
        BookState::Booked => AttemptState::Booked {
            reference: a.reference.clone(),
            provider_id: a.provider_id.clone(),
            appointment_id: a.appointment_id.clone().unwrap_or_default(),
            old_cancelled: a
                .replaces_appointment
                .as_ref()
                .map(|_| a.old_cancelled == Some(1)),
        },
        BookState::Taken => AttemptState::Taken,
        BookState::Failed => AttemptState::Failed,
        BookState::Sending | BookState::Unknown => AttemptState::Checking,
    }
}

/// A booking attempt for its page (check your answers, confirmation, or still checking).
/// An attempt whose outcome is unknown is looked up at the provider first.
pub async fn attempt(
    state: &AppState,
    acting: Acting,
    key: &str,
) -> Result<Option<AttemptView>, AppError> {
    let account = audited_subject(state, acting, AuditAction::BookingViewed, "booking").await?;
    let Some(mut a) = store::get(&state.db, key, acting.subject).await? else {
        return Ok(None);
    };
    if is_open(state, &a) {
        a = settle(state, acting, a).await?;
    }
    let replaces = match &a.replaces_appointment {
        Some(id) => open(state, &account, &a.provider_id, id)
            .await?
            .ok()
            .map(|o| o.view),
        None => None,
    };
    Ok(Some(AttemptView {
        key: a.key.clone(),
        chosen: serde_json::from_str(&a.details).map_err(|_| AppError::Internal)?,
        state: attempt_state(&a),
        replaces,
    }))
}

/// An attempt whose outcome is not yet known: unknown, or sending for longer than a
/// booking call can take (the app server stopped part-way).
pub(super) fn is_open(state: &AppState, a: &Attempt) -> bool {
    let stale_after = state
        .gateway
        .index_of(&a.provider_id)
        .map(|i| state.gateway.providers[i].write_budget_ms as i64 / 1000 + 5)
        .unwrap_or(15);
    a.state == BookState::Unknown || store::stalled(a, state.clock.now_unix(), stale_after)
}

/// Looks up every open attempt of this resident; returns those still unknown.
pub(super) async fn settle_open_attempts(
    state: &AppState,
    acting: Acting,
    account: &AccountRow,
) -> Result<Vec<Checking>, AppError> {
    let mut still = Vec::new();
    for a in store::in_states(
        &state.db,
        account.id,
        &[BookState::Unknown, BookState::Sending],
    )
    .await?
    {
        let a = if is_open(state, &a) {
            settle(state, acting, a).await?
        } else {
            a
        };
        if matches!(a.state, BookState::Unknown | BookState::Sending) {
            let source = state
                .gateway
                .index_of(&a.provider_id)
                .map(|i| state.gateway.providers[i].name.clone())
                .unwrap_or_default();
            still.push(Checking {
                key: a.key.clone(),
                source,
                when: format!(
                    "{} on {}",
                    clock_time(a.slot_start),
                    day_with_weekday(a.slot_start)
                ),
            });
        }
    }
    Ok(still)
}

/// Asks the provider whether a booking with this attempt's reference exists, and
/// records the answer. If it cannot answer, the attempt stays unknown.
pub(super) async fn settle(
    state: &AppState,
    acting: Acting,
    a: Attempt,
) -> Result<Attempt, AppError> {
    let Some(index) = state.gateway.index_of(&a.provider_id) else {
        return Ok(a);
    };
    let query = format!(
        "Appointment?identifier={}",
        urlencode(&format!("{REFERENCE_SYSTEM}|{}", a.reference))
    );
    let found = state.gateway.search_at(index, &query).await;
    let now = state.clock.now_unix();
    let booked = match found {
        Err(_) => {
            store::finish(&state.db, &a.key, BookState::Unknown, None, now).await?;
            return reload(state, &a).await;
        }
        Ok(found) => found
            .resources
            .into_iter()
            .filter_map(|v| resource_from_value::<fhir::Appointment>(v).ok())
            .find(|ap| {
                ap.identifier.iter().any(|i| {
                    i.system.as_deref() == Some(REFERENCE_SYSTEM)
                        && i.value.as_deref() == Some(a.reference.as_str())
                })
            }),
    };
    match booked.and_then(|ap| ap.id) {
        Some(id) => {
            store::finish(&state.db, &a.key, BookState::Booked, Some(&id), now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentBooked,
                "confirmed by lookup",
            )
            .await?;
            let a = reload(state, &a).await?;
            replace_old(state, acting, a).await
        }
        None => {
            store::finish(&state.db, &a.key, BookState::Failed, None, now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentNotBooked,
                "not found by lookup",
            )
            .await?;
            reload(state, &a).await
        }
    }
}

pub(super) async fn reload(state: &AppState, a: &Attempt) -> Result<Attempt, AppError> {
    store::get(&state.db, &a.key, a.account_id)
        .await?
        .ok_or(AppError::Internal)
}

/// Books the attempt's slot, exactly once however often it is confirmed.
/// Returns the attempt with its outcome, which is stored before this returns.
pub async fn confirm(
    state: &AppState,
    acting: Acting,
    key: &str,
) -> Result<Option<Attempt>, AppError> {
    let account = audited_subject(state, acting, AuditAction::BookingConfirmed, "booking").await?;
    let Some(a) = store::get(&state.db, key, acting.subject).await? else {
        return Ok(None);
    };
    let now = state.clock.now_unix();
    if a.state == BookState::Chosen {
        if a.slot_start <= now {
            store::finish(&state.db, &a.key, BookState::Failed, None, now).await?;
            return Ok(Some(reload(state, &a).await?));
        }
        if store::claim(&state.db, &a.key, now).await? {
            let a = book(state, acting, &account, a).await?;
            return Ok(Some(a));
        }
    }
    // Someone else (a double click, a second tab) is sending it or has: wait for them.
    let waited = wait_for_outcome(state, &a).await?;
    if is_open(state, &waited) {
        return Ok(Some(settle(state, acting, waited).await?));
    }
    Ok(Some(waited))
}

pub(super) async fn wait_for_outcome(state: &AppState, a: &Attempt) -> Result<Attempt, AppError> {
    let limit = state
        .gateway
        .index_of(&a.provider_id)
        .map(|i| state.gateway.providers[i].write_budget_ms + state.gateway.providers[i].budget_ms)
        .unwrap_or(15_000)
        + 1_000;
    let started = std::time::Instant::now();
    loop {
        let now = reload(state, a).await?;
        if now.state != BookState::Sending || started.elapsed().as_millis() as u64 > limit {
            return Ok(now);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Sends the booking. Its identifier is the attempt's reference and the create is
/// conditional on it, so the provider never holds two bookings for one attempt.
pub(super) async fn book(
    state: &AppState,
    acting: Acting,
    account: &AccountRow,
    a: Attempt,
) -> Result<Attempt, AppError> {
    let Some(index) = state.gateway.index_of(&a.provider_id) else {
        store::finish(
            &state.db,
            &a.key,
            BookState::Failed,
            None,
            state.clock.now_unix(),
        )
        .await?;
        return reload(state, &a).await;
    };
    let Some(patient_id) = patient_at(state, account, index).await? else {
        store::finish(
            &state.db,
            &a.key,
            BookState::Failed,
            None,
            state.clock.now_unix(),
        )
        .await?;
        acting::audit(
            state,
            acting,
            AuditAction::AppointmentNotBooked,
            "patient not found",
        )
        .await?;
        return reload(state, &a).await;
    };
    let chosen: Option<ChosenSlot> = serde_json::from_str(&a.details).ok();
    let mut appointment = write::Appointment::booked(
        Identifier {
            system: REFERENCE_SYSTEM.into(),
            value: a.reference.clone(),
        },
        &a.slot_id,
        &patient_id,
        chosen.map(|c| c.need_label).unwrap_or_default(),
    );
    // Someone acting for the patient is named as a participant who booked it.
    if let Some(proxy) =
        crate::providers::related::proxy_reference(state, acting, &a.provider_id).await?
    {
        appointment.participant.push(write::AppointmentParticipant {
            actor: proxy,
            status: "accepted",
        });
    }
    let body = to_json(&appointment);
    let condition = format!(
        "identifier={}",
        urlencode(&format!("{REFERENCE_SYSTEM}|{}", a.reference))
    );
    let sent = state
        .gateway
        .write_at(
            index,
            reqwest::Method::POST,
            "Appointment",
            &body,
            &[("if-none-exist", condition)],
        )
        .await;
    let now = state.clock.now_unix();
    match sent {
        Ok(Written {
            status: 200 | 201,
            body,
            ..
        }) => {
            let id = body["id"]
                .as_str()
                .filter(|id| valid_id(id))
                .map(str::to_string);
            match id {
                Some(id) => {
                    store::finish(&state.db, &a.key, BookState::Booked, Some(&id), now).await?;
                    acting::audit(state, acting, AuditAction::AppointmentBooked, "booked").await?;
                    let a = reload(state, &a).await?;
                    replace_old(state, acting, a).await
                }
                // It says it booked but did not say what: find out by the reference.
                None => settle(state, acting, a).await,
            }
        }
        Ok(Written {
            status: 409 | 412, ..
        }) => {
            store::finish(&state.db, &a.key, BookState::Taken, None, now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentNotBooked,
                "slot taken",
            )
            .await?;
            reload(state, &a).await
        }
        Ok(_) | Err(Failure::Resting | Failure::Unreachable | Failure::Refused(_)) => {
            store::finish(&state.db, &a.key, BookState::Failed, None, now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentNotBooked,
                "provider refused",
            )
            .await?;
            reload(state, &a).await
        }
        // Sent, but no answer: it may have been booked. Ask before saying anything.
        Err(Failure::TimedOut | Failure::Unreadable) => {
            store::finish(&state.db, &a.key, BookState::Unknown, None, now).await?;
            settle(state, acting, reload(state, &a).await?).await
        }
    }
}

/// After a change is booked, cancels the appointment it replaces and records whether it could.
pub(super) async fn replace_old(
    state: &AppState,
    acting: Acting,
    a: Attempt,
) -> Result<Attempt, AppError> {
    let Some(old_id) = a.replaces_appointment.clone() else {
        return Ok(a);
    };
    if a.old_cancelled.is_some() {
        return Ok(a);
    }
    let account = crate::platform::accounts::by_id(&state.db, a.account_id)
        .await?
        .ok_or(AppError::Internal)?;
    let outcome = cancel_opened(
        state,
        &account,
        &a.provider_id,
        &old_id,
        "Changed to another time by the patient",
    )
    .await?;
    let done = matches!(outcome, Cancelled::Done | Cancelled::AlreadyCancelled);
    store::set_old_cancelled(&state.db, &a.key, done).await?;
    acting::audit(
        state,
        acting,
        AuditAction::AppointmentChanged,
        if done {
            "old appointment cancelled"
        } else {
            "old appointment kept"
        },
    )
    .await?;
    reload(state, &a).await
}
