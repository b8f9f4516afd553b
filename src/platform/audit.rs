//! The append-only audit trail: who did what, for whom, and when (UTC).
//! Never holds secrets or free text typed by a person.

use crate::{domain::AccountId, on_db, platform::db::Db};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    AccountCreated,
    SignedIn,
    SignInFailed,
    SignInThrottled,
    SignedOut,
    SessionTimedOut,
    StayedSignedIn,
    AccountDetailsViewed,
    RecordViewed,
    RecordDownloaded,
    AppointmentsViewed,
    AppointmentViewed,
    AppointmentRefused,
    SlotsSearched,
    SlotChosen,
    BookingViewed,
    BookingConfirmed,
    AppointmentBooked,
    AppointmentNotBooked,
    AppointmentChanged,
    CancelRequested,
    AppointmentCancelled,
    CalendarDownloaded,
    TriageStarted,
    TriageRedFlag,
    TriageOutcomeShown,
    TriageSent,
    TriageNotSent,
    TriageDiscarded,
    TriageRequestViewed,
    TriageRequestsViewed,
    NhsLoginLinked,
    NhsLoginRefused,
    IdentityLevelChanged,
    TwoStepTurnedOn,
    TwoStepTurnedOff,
    RecoveryCodesMade,
    GpLinkageVerified,
    GpLinkageRefused,
    IdentityLevelTooLow,
    ActingRefused,
    ActingForChosen,
    ProxyInvited,
    ProxyInvitationWithdrawn,
    ProxyInvitationAccepted,
    ProxyInvitationRefused,
    ProxyAccessChanged,
    ProxyAccessEnded,
    ProxyAccessFromPractice,
    AccessHistoryViewed,
    StaffAdded,
    StaffSetUp,
    HelperSuspended,
    HelperReinstated,
    HelpStarted,
    HelpAgreed,
    HelpDeclined,
    HelpEnded,
    HelperCodeMade,
    HelperCodeUsed,
    HelperCodeRefused,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccountCreated => "account_created",
            Self::SignedIn => "signed_in",
            Self::SignInFailed => "sign_in_failed",
            Self::SignInThrottled => "sign_in_throttled",
            Self::SignedOut => "signed_out",
            Self::SessionTimedOut => "session_timed_out",
            Self::StayedSignedIn => "stayed_signed_in",
            Self::AccountDetailsViewed => "account_details_viewed",
            Self::RecordViewed => "record_viewed",
            Self::RecordDownloaded => "record_downloaded",
            Self::AppointmentsViewed => "appointments_viewed",
            Self::AppointmentViewed => "appointment_viewed",
            Self::AppointmentRefused => "appointment_refused",
            Self::SlotsSearched => "slots_searched",
            Self::SlotChosen => "slot_chosen",
            Self::BookingViewed => "booking_viewed",
            Self::BookingConfirmed => "booking_confirmed",
            Self::AppointmentBooked => "appointment_booked",
            Self::AppointmentNotBooked => "appointment_not_booked",
            Self::AppointmentChanged => "appointment_changed",
            Self::CancelRequested => "cancel_requested",
            Self::AppointmentCancelled => "appointment_cancelled",
            Self::CalendarDownloaded => "calendar_downloaded",
            Self::TriageStarted => "triage_started",
            Self::TriageRedFlag => "triage_red_flag",
            Self::TriageOutcomeShown => "triage_outcome_shown",
            Self::TriageSent => "triage_sent",
            Self::TriageNotSent => "triage_not_sent",
            Self::TriageDiscarded => "triage_discarded",
            Self::TriageRequestViewed => "triage_request_viewed",
            Self::TriageRequestsViewed => "triage_requests_viewed",
            Self::NhsLoginLinked => "nhs_login_linked",
            Self::NhsLoginRefused => "nhs_login_refused",
            Self::IdentityLevelChanged => "identity_level_changed",
            Self::TwoStepTurnedOn => "two_step_turned_on",
            Self::TwoStepTurnedOff => "two_step_turned_off",
            Self::RecoveryCodesMade => "recovery_codes_made",
            Self::GpLinkageVerified => "gp_linkage_verified",
            Self::GpLinkageRefused => "gp_linkage_refused",
            Self::IdentityLevelTooLow => "identity_level_too_low",
            Self::ActingRefused => "acting_refused",
            Self::ActingForChosen => "acting_for_chosen",
            Self::ProxyInvited => "proxy_invited",
            Self::ProxyInvitationWithdrawn => "proxy_invitation_withdrawn",
            Self::ProxyInvitationAccepted => "proxy_invitation_accepted",
            Self::ProxyInvitationRefused => "proxy_invitation_refused",
            Self::ProxyAccessChanged => "proxy_access_changed",
            Self::ProxyAccessEnded => "proxy_access_ended",
            Self::ProxyAccessFromPractice => "proxy_access_from_practice",
            Self::AccessHistoryViewed => "access_history_viewed",
            Self::StaffAdded => "staff_added",
            Self::StaffSetUp => "staff_set_up",
            Self::HelperSuspended => "helper_suspended",
            Self::HelperReinstated => "helper_reinstated",
            Self::HelpStarted => "help_started",
            Self::HelpAgreed => "help_agreed",
            Self::HelpDeclined => "help_declined",
            Self::HelpEnded => "help_ended",
            Self::HelperCodeMade => "helper_code_made",
            Self::HelperCodeUsed => "helper_code_used",
            Self::HelperCodeRefused => "helper_code_refused",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEvent {
    pub at: i64,
    pub actor: Option<AccountId>,
    pub subject: Option<AccountId>,
    pub action: String,
    pub detail: String,
}

/// Appends one event. `detail` is a fixed word or code chosen by the program
/// (for example "idle"), never something a person typed.
pub async fn record(
    db: &Db,
    at: i64,
    actor: Option<AccountId>,
    subject: Option<AccountId>,
    action: AuditAction,
    detail: &'static str,
) -> Result<(), sqlx::Error> {
    let role = (actor.is_some() && actor == subject).then_some("self");
    record_as(db, at, actor, subject, role, action, detail).await
}

/// Appends one event with the role the actor acted in ("self", "carer", "parent", ...).
pub async fn record_as(
    db: &Db,
    at: i64,
    actor: Option<AccountId>,
    subject: Option<AccountId>,
    role: Option<&'static str>,
    action: AuditAction,
    detail: &'static str,
) -> Result<(), sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query(
            "INSERT INTO audit_events (at, actor_account_id, subject_account_id, role, action, detail) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(at)
        .bind(actor)
        .bind(subject)
        .bind(role)
        .bind(action.as_str())
        .bind(detail)
        .execute(pool)
        .await
        .map(|_| ())
    })
}

/// Events about one person (as actor or subject), oldest first.
pub async fn events_for(db: &Db, account_id: AccountId) -> Result<Vec<AuditEvent>, sqlx::Error> {
    use sqlx::Row;
    const SQL: &str =
        "SELECT at, actor_account_id, subject_account_id, action, detail FROM audit_events \
                       WHERE actor_account_id = $1 OR subject_account_id = $1 ORDER BY id";
    let rows: Vec<AuditEvent> = on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(account_id)
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(|r| {
                Ok(AuditEvent {
                    at: r.try_get("at")?,
                    actor: r.try_get("actor_account_id")?,
                    subject: r.try_get("subject_account_id")?,
                    action: r.try_get("action")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?
    });
    Ok(rows)
}

/// Every event with this action, for tests and operations.
pub async fn count_action(db: &Db, action: AuditAction) -> Result<i64, sqlx::Error> {
    use sqlx::Row;
    on_db!(db, |pool| {
        sqlx::query("SELECT COUNT(*) AS n FROM audit_events WHERE action = $1")
            .bind(action.as_str())
            .fetch_one(pool)
            .await?
            .try_get::<i64, _>("n")
    })
}

/// The details of every event with this action, oldest first (for tests and operations).
pub async fn details_of(db: &Db, action: AuditAction) -> Result<Vec<String>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_scalar("SELECT detail FROM audit_events WHERE action = $1 ORDER BY id")
            .bind(action.as_str())
            .fetch_all(pool)
            .await
    })
}

/// One line of a person's access history: who did what with their data, in what role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub at: i64,
    pub actor: Option<AccountId>,
    pub actor_name: Option<String>,
    pub role: Option<String>,
    pub action: String,
    pub detail: String,
}

/// Events about `subject`'s data (by anyone, themselves included), newest first,
/// `limit` from `offset`, and how many there are in all.
pub async fn history_for(
    db: &Db,
    subject: AccountId,
    limit: i64,
    offset: i64,
) -> Result<(Vec<HistoryRow>, i64), sqlx::Error> {
    use sqlx::Row;
    const SQL: &str = "SELECT e.at, e.actor_account_id, a.full_name, e.role, e.action, e.detail \
                       FROM audit_events e LEFT JOIN accounts a ON a.id = e.actor_account_id \
                       WHERE e.subject_account_id = $1 ORDER BY e.id DESC LIMIT $2 OFFSET $3";
    const COUNT: &str = "SELECT COUNT(*) FROM audit_events WHERE subject_account_id = $1";
    on_db!(db, |pool| {
        let rows = sqlx::query(SQL)
            .bind(subject)
            .bind(limit)
            .bind(offset)
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(|r| {
                Ok(HistoryRow {
                    at: r.try_get("at")?,
                    actor: r
                        .try_get::<Option<i64>, _>("actor_account_id")?
                        .map(AccountId),
                    actor_name: r.try_get("full_name")?,
                    role: r.try_get("role")?,
                    action: r.try_get("action")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let total: i64 = sqlx::query_scalar(COUNT)
            .bind(subject)
            .fetch_one(pool)
            .await?;
        Ok((rows, total))
    })
}

/// The actions `actor` took for `subject` in `role` between two times, oldest first.
pub async fn actions_between(
    db: &Db,
    actor: AccountId,
    subject: AccountId,
    role: &str,
    from: i64,
    until: i64,
) -> Result<Vec<String>, sqlx::Error> {
    const SQL: &str = "SELECT action FROM audit_events WHERE actor_account_id = $1 \
                       AND subject_account_id = $2 AND role = $3 AND at >= $4 AND at <= $5 ORDER BY id";
    on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(actor)
            .bind(subject)
            .bind(role)
            .bind(from)
            .bind(until)
            .fetch_all(pool)
            .await
    })
}
