//! "Who has looked at or acted on my record", from the audit trail.

use crate::domain::t;

use super::*;

fn what_words(action: &str, detail: &str) -> String {
    match action {
        "record_viewed" => match detail {
            "test-results" => t("hist-record-viewed-test-results"),
            "letters" => t("hist-record-viewed-letters"),
            _ => t("hist-record-viewed"),
        },
        "record_downloaded" => t("hist-record-downloaded"),
        "appointments_viewed" => t("hist-appointments-viewed"),
        "appointment_viewed" => t("hist-appointment-viewed"),
        "slots_searched" => t("hist-slots-searched"),
        "slot_chosen" => t("hist-slot-chosen"),
        "booking_viewed" => t("hist-booking-viewed"),
        "booking_confirmed" => t("hist-booking-confirmed"),
        "appointment_booked" => t("hist-appointment-booked"),
        "appointment_not_booked" => t("hist-appointment-not-booked"),
        "appointment_changed" => t("hist-appointment-changed"),
        "cancel_requested" => t("hist-cancel-requested"),
        "appointment_cancelled" => t("hist-appointment-cancelled"),
        "calendar_downloaded" => t("hist-calendar-downloaded"),
        "triage_started" => t("hist-triage-started"),
        "triage_red_flag" => t("hist-triage-red-flag"),
        "triage_outcome_shown" => t("hist-triage-outcome-shown"),
        "triage_sent" => t("hist-triage-sent"),
        "triage_not_sent" => t("hist-triage-not-sent"),
        "triage_discarded" => t("hist-triage-discarded"),
        "triage_request_viewed" => t("hist-triage-request-viewed"),
        "triage_requests_viewed" => t("hist-triage-requests-viewed"),
        "acting_for_chosen" => t("hist-acting-for-chosen"),
        "acting_refused" => t("hist-acting-refused"),
        "identity_level_too_low" => t("hist-identity-level-too-low"),
        "proxy_invited" => t("hist-proxy-invited"),
        "proxy_invitation_withdrawn" => t("hist-proxy-invitation-withdrawn"),
        "proxy_invitation_accepted" => t("hist-proxy-invitation-accepted"),
        "proxy_invitation_refused" => t("hist-proxy-invitation-refused"),
        "proxy_access_changed" => t("hist-proxy-access-changed"),
        "proxy_access_ended" => t("hist-proxy-access-ended"),
        "proxy_access_from_practice" => t("hist-proxy-access-from-practice"),
        "access_history_viewed" => t("hist-access-history-viewed"),
        "help_agreed" => t("hist-help-agreed"),
        "help_declined" => t("hist-help-declined"),
        "help_ended" => t("hist-help-ended"),
        "helper_code_made" => t("hist-helper-code-made"),
        "helper_code_used" => t("hist-helper-code-used"),
        "account_details_viewed" => t("hist-account-details-viewed"),
        "signed_in" => t("hist-signed-in"),
        "signed_out" => t("hist-signed-out"),
        "sign_in_failed" => t("hist-sign-in-failed"),
        "sign_in_throttled" => t("hist-sign-in-throttled"),
        "session_timed_out" => t("hist-session-timed-out"),
        "stayed_signed_in" => t("hist-stayed-signed-in"),
        "account_created" => t("hist-account-created"),
        "nhs_login_linked" => t("hist-nhs-login-linked"),
        "nhs_login_refused" => t("hist-nhs-login-refused"),
        "identity_level_changed" => t("hist-identity-level-changed"),
        "two_step_turned_on" => t("hist-two-step-turned-on"),
        "two_step_turned_off" => t("hist-two-step-turned-off"),
        "recovery_codes_made" => t("hist-recovery-codes-made"),
        "gp_linkage_verified" => t("hist-gp-linkage-verified"),
        "gp_linkage_refused" => t("hist-gp-linkage-refused"),
        other => other.replace('_', " "),
    }
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
                (Some(a), _) if a == acting.subject => t("hist-you"),
                (Some(a), Some(name))
                    if r.role.as_deref() == Some(acting::Role::Helper.as_str()) =>
                {
                    match helpers.get(&a) {
                        Some(org) => format!("{name} ({org})"),
                        None => name,
                    }
                }
                (Some(_), Some(name)) => name,
                (None, _) if r.action.starts_with("proxy_access") => t("hist-your-gp-surgery"),
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
