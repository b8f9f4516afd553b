//! "Who has looked at or acted on my record", from the audit trail.

use super::*;

fn what_words(action: &str, detail: &str) -> String {
    let words = match action {
        "record_viewed" => match detail {
            "test-results" => "Looked at test results",
            "letters" => "Looked at letters",
            _ => "Looked at the health record",
        },
        "record_downloaded" => "Downloaded the health record",
        "appointments_viewed" => "Looked at appointments",
        "appointment_viewed" => "Looked at an appointment",
        "slots_searched" => "Looked for appointment times",
        "slot_chosen" => "Chose an appointment time",
        "booking_viewed" => "Checked an appointment before booking",
        "booking_confirmed" => "Confirmed a booking",
        "appointment_booked" => "Booked an appointment",
        "appointment_not_booked" => "Tried to book an appointment (not booked)",
        "appointment_changed" => "Changed an appointment",
        "cancel_requested" => "Asked to cancel an appointment",
        "appointment_cancelled" => "Cancelled an appointment",
        "calendar_downloaded" => "Added an appointment to a calendar",
        "triage_started" => "Started asking for help",
        "triage_red_flag" => "Was told to get urgent help",
        "triage_outcome_shown" => "Was shown what to do next",
        "triage_sent" => "Sent a request for help to the GP surgery",
        "triage_not_sent" => "Tried to send a request for help (not sent)",
        "triage_discarded" => "Deleted a draft request for help",
        "triage_request_viewed" => "Looked at a request for help",
        "triage_requests_viewed" => "Looked at requests for help",
        "acting_for_chosen" => "Chose to act for you",
        "acting_refused" => "Was refused access",
        "identity_level_too_low" => "Was refused access (identity not proved enough)",
        "proxy_invited" => "Invited someone to act for you",
        "proxy_invitation_withdrawn" => "Withdrew an invitation",
        "proxy_invitation_accepted" => "Accepted your invitation to act for you",
        "proxy_invitation_refused" => "Tried to accept an invitation (refused)",
        "proxy_access_changed" => "Changed what someone can do for you",
        "proxy_access_ended" => "Ended someone's access to act for you",
        "proxy_access_from_practice" => "Recorded someone who can act for you",
        "access_history_viewed" => "Looked at this history",
        "help_agreed" => "Agreed to help from a helper at a help point",
        "help_declined" => "Did not agree to help from a helper",
        "help_ended" => "Ended a help session",
        "helper_code_made" => "Made a code for a helper",
        "helper_code_used" => "Used your code to start helping you",
        "account_details_viewed" => "Looked at account details",
        "signed_in" => "Signed in",
        "signed_out" => "Signed out",
        "sign_in_failed" => "A sign-in failed",
        "sign_in_throttled" => "Sign-in was paused after too many tries",
        "session_timed_out" => "Was signed out after a time without activity",
        "stayed_signed_in" => "Chose to stay signed in",
        "account_created" => "Created the account",
        "nhs_login_linked" => "Linked NHS login",
        "nhs_login_refused" => "NHS login sign-in was refused",
        "identity_level_changed" => "Identity level changed",
        "two_step_turned_on" => "Turned on two-step sign-in",
        "two_step_turned_off" => "Turned off two-step sign-in",
        "recovery_codes_made" => "Made new recovery codes",
        "gp_linkage_verified" => "Proved identity with details from the GP surgery",
        "gp_linkage_refused" => "GP surgery details did not match",
        other => return other.replace('_', " "),
    };
    words.to_string()
}

/// The subject's access history, newest first, a page at a time. Audited.
pub async fn history(
    state: &AppState,
    acting: acting::Acting,
    page: i64,
) -> Result<HistoryView, AppError> {
    acting::audit(state, acting, AuditAction::AccessHistoryViewed, "").await?;
    let page = page.max(1);
    let (rows, total) = audit::history_for(
        &state.db,
        acting.subject,
        HISTORY_PAGE,
        (page - 1) * HISTORY_PAGE,
    )
    .await?;
    // Helpers are named with their organisation.
    let mut helpers = std::collections::HashMap::new();
    for r in rows
        .iter()
        .filter(|r| r.role.as_deref() == Some(acting::Role::Helper.as_str()))
    {
        if let Some(a) = r.actor.filter(|a| !helpers.contains_key(a)) {
            if let Some(org) = crate::platform::staff::of(&state.db, a)
                .await?
                .and_then(|m| m.organisation_id)
            {
                helpers.insert(
                    a,
                    state
                        .settings::<crate::platform::staff::Organisations>()
                        .name(&org),
                );
            }
        }
    }
    let lines = rows
        .into_iter()
        .map(|r| {
            let who = match (r.actor, r.actor_name) {
                (Some(a), _) if a == acting.subject => "You".to_string(),
                (Some(a), Some(name))
                    if r.role.as_deref() == Some(acting::Role::Helper.as_str()) =>
                {
                    match helpers.get(&a) {
                        Some(org) => format!("{name} ({org})"),
                        None => name,
                    }
                }
                (Some(_), Some(name)) => name,
                (None, _) if r.action.starts_with("proxy_access") => "Your GP surgery".to_string(),
                _ => "Front Door".to_string(),
            };
            HistoryLine {
                when: people_time(r.at),
                who,
                role: r
                    .role
                    .as_deref()
                    .and_then(acting::Role::parse)
                    .map(acting::Role::described)
                    .unwrap_or_default()
                    .to_string(),
                what: what_words(&r.action, &r.detail),
            }
        })
        .collect();
    Ok(HistoryView {
        lines,
        page,
        pages: ((total + HISTORY_PAGE - 1) / HISTORY_PAGE).max(1),
        total,
    })
}
