//! Your appointments, read from every provider at once.

use super::*;

/// Every appointment the resident has, at every provider. Audited.
pub async fn list(state: &AppState, acting: Acting) -> Result<ListAnswer, AppError> {
    let now = state.clock.now_unix();
    let account = audited_subject(
        state,
        acting,
        AuditAction::AppointmentsViewed,
        "appointments",
    )
    .await?;
    let Some(nhs_number) = account.proved_nhs_number().map(str::to_string) else {
        return Ok(ListAnswer::Nothing(NoRecord::NoNhsNumber));
    };
    let checking = settle_open_attempts(state, acting, &account).await?;
    let gathered = gather(
        state,
        &account,
        &nhs_number,
        &[Section::Appointments],
        Reading::page(None),
        Audience::of(acting.role.is_proxy()),
        |provider, _, found| {
            let mut unreadable = found.unreadable;
            let mut mine: Vec<AppointmentView> = Vec::new();
            for value in found.resources {
                match resource_from_value::<fhir::Appointment>(value) {
                    Ok(a) => match appointment_view(state, provider, &a, now) {
                        Some(v) => mine.push(v),
                        None => unreadable += 1,
                    },
                    Err(_) => unreadable += 1,
                }
            }
            (mine, unreadable)
        },
        |fresh: &mut Vec<AppointmentView>, copy| {
            // Read soonest first: what did not arrive is later than the last that did.
            let last = fresh.iter().map(|v| v.start).max();
            let missing: Vec<AppointmentView> = copy
                .into_iter()
                .filter(|v| last.is_none_or(|l| v.start > l))
                .filter(|v| {
                    !fresh
                        .iter()
                        .any(|f| f.id == v.id && f.provider_id == v.provider_id)
                })
                .map(|mut v| {
                    v.upcoming = v.upcoming && v.start > now;
                    v
                })
                .collect();
            fresh.extend(missing);
        },
    )
    .await?;
    let mut all: Vec<AppointmentView> = Vec::new();
    let mut providers = Vec::new();
    for from in gathered {
        for part in from.parts {
            if from.from_copy {
                // A copy is as it was then: nothing in it has happened since.
                all.extend(part.into_iter().map(|mut v| {
                    v.upcoming = v.upcoming && v.start > now;
                    v
                }));
            } else {
                all.extend(part);
            }
        }
        providers.push(from.status);
    }
    if none_found(&providers) {
        return Ok(ListAnswer::Nothing(NoRecord::NotFound { providers }));
    }
    let references = store::references(&state.db, account.id).await?;
    for v in &mut all {
        if v.reference.is_none() {
            v.reference = references
                .iter()
                .find(|(p, a, _)| *p == v.provider_id && *a == v.id)
                .map(|(_, _, r)| r.clone());
        }
    }
    // Cancelled appointments go with the past ones, whenever they were for.
    let (mut upcoming, mut past): (Vec<_>, Vec<_>) = all.into_iter().partition(|v| v.upcoming);
    upcoming.sort_by_key(|v| v.start);
    past.sort_by_key(|v| std::cmp::Reverse(v.start));
    Ok(ListAnswer::List(Box::new(AppointmentList {
        upcoming,
        past,
        checking,
        providers,
        generated_at: people_time(now),
    })))
}
