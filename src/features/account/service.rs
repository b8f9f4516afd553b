//! The rules for accounts: registration checks, sign-in with throttling, the demo residents.

use super::ResidentView;
use crate::{
    domain::error::AppError,
    domain::{
        person::{self, DatePart},
        t, t_key, AccountId, FormState, IdentityView, NhsNumber,
    },
    platform::{
        accounts as store,
        audit::{self, AuditAction},
        identity::{self, SignInMethod},
        passwords,
        state::AppState,
        throttle::{self, Decision},
    },
};
use time::{format_description::well_known::Iso8601, Date};

/// What a person typed into the create-an-account form.
#[derive(Clone, Debug, Default)]
pub struct Registration {
    pub full_name: String,
    pub dob_day: String,
    pub dob_month: String,
    pub dob_year: String,
    pub email: String,
    pub password: String,
    pub nhs_number: String,
}

/// The youngest age at which someone may register for an account of their own.
pub const MIN_AGE_YEARS: i64 = 16;
const UNDER_16: &str = t_key("say-acct-you-must-be-16-or");

/// Creates the account, or says what to fix with the other answers kept.
pub async fn register(
    state: &AppState,
    input: Registration,
) -> Result<Result<AccountId, FormState>, AppError> {
    let mut form = FormState::default();
    form.keep("full_name", &input.full_name);
    form.keep("dob_day", &input.dob_day);
    form.keep("dob_month", &input.dob_month);
    form.keep("dob_year", &input.dob_year);
    form.keep("email", &input.email);
    form.keep("nhs_number", &input.nhs_number);

    let name = person::parse_full_name(&input.full_name)
        .map_err(|m| form.error("full-name", m))
        .ok();
    let dob = person::parse_date_of_birth(
        &input.dob_day,
        &input.dob_month,
        &input.dob_year,
        state.clock.today(),
    )
    .map_err(|(part, m)| {
        let field = match part {
            DatePart::Day => "dob-day",
            DatePart::Month => "dob-month",
            DatePart::Year => "dob-year",
        };
        form.error(field, m)
    })
    .ok();
    // Until 16 a child is helped by a parent or guardian acting for them from the
    // parent's own account (carers), never by an account of their own.
    let dob = dob.filter(|born| {
        let too_young =
            person::age_in_years(*born, state.clock.today()).is_some_and(|age| age < MIN_AGE_YEARS);
        if too_young {
            form.error("dob-day", t(UNDER_16));
        }
        !too_young
    });
    let email = person::parse_email(&input.email)
        .map_err(|m| form.error("email", m))
        .ok();
    match person::check_password_length(&input.password) {
        Err(m) => form.error("password", m),
        Ok(()) if passwords::is_common(&input.password) => {
            form.error("password", t("say-acct-choose-a-password-that-is"))
        }
        Ok(()) if email.as_deref() == Some(input.password.trim().to_lowercase().as_str()) => {
            form.error("password", t("say-acct-your-password-must-not-be"))
        }
        Ok(()) => {}
    }
    let nhs_number = if input.nhs_number.trim().is_empty() {
        None
    } else {
        match NhsNumber::parse(&input.nhs_number) {
            Ok(n) => Some(n),
            Err(e) => {
                form.error("nhs-number", e.message());
                None
            }
        }
    };

    let (Some(name), Some(dob), Some(email), false) = (name, dob, email, form.has_errors()) else {
        return Ok(Err(form));
    };
    let hash = passwords::hash(input.password).await?;
    let dob = dob.format(&Iso8601::DATE).map_err(|_| AppError::Internal)?;
    let now = state.clock.now_unix();
    let new = store::NewAccount {
        full_name: &name,
        date_of_birth: &dob,
        email: &email,
        password_hash: &hash,
        nhs_number: nhs_number.as_ref().map(NhsNumber::as_str),
    };
    match store::insert(&state.db, &new, now).await {
        Ok(id) => {
            audit::record(
                &state.db,
                now,
                Some(id),
                Some(id),
                AuditAction::AccountCreated,
                "",
            )
            .await?;
            Ok(Ok(id))
        }
        Err(store::InsertError::EmailTaken) => {
            form.error("email", t("say-acct-an-account-with-this-email"));
            Ok(Err(form))
        }
        Err(store::InsertError::SubjectTaken) => Err(AppError::Internal),
        Err(store::InsertError::Db(e)) => Err(e.into()),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInOutcome {
    SignedIn(AccountId),
    /// Wrong email or password: the same answer whether or not the email is known.
    Refused,
    Throttled {
        retry_after_secs: i64,
    },
}

/// Checks a sign-in, counting failures per account and per client address.
pub async fn sign_in(
    state: &AppState,
    email: &str,
    password: String,
    client: &str,
) -> Result<SignInOutcome, AppError> {
    let now = state.clock.now_unix();
    let email = email.trim().to_lowercase();
    let secret = &state.config.secret;
    let account_key = throttle::key(secret.expose(), "account", &email);
    let client_key = throttle::key(secret.expose(), "client", client);
    let window_start = now - state.config.throttle_window_secs;

    let account = store::by_email(&state.db, &email).await?;
    let subject = account.as_ref().map(|a| a.id);

    let decision = throttle::stricter(
        throttle::decide(
            state.account_throttle(),
            &throttle::failures_since(&state.db, &account_key, window_start).await?,
            now,
        ),
        throttle::decide(
            state.client_throttle(),
            &throttle::failures_since(&state.db, &client_key, window_start).await?,
            now,
        ),
    );
    if let Decision::Deny { retry_after_secs } = decision {
        audit::record(
            &state.db,
            now,
            None,
            subject,
            AuditAction::SignInThrottled,
            "",
        )
        .await?;
        return Ok(SignInOutcome::Throttled { retry_after_secs });
    }

    let stored = account.as_ref().map(|a| a.password_hash.clone());
    if passwords::verify(password, stored).await {
        let id = subject.ok_or(AppError::Internal)?;
        throttle::clear(&state.db, &account_key).await?;
        // The sign-in is audited by the caller once it is complete (after a
        // two-step code, when the account has two-step sign-in).
        Ok(SignInOutcome::SignedIn(id))
    } else {
        throttle::record_failure(&state.db, &account_key, now).await?;
        throttle::record_failure(&state.db, &client_key, now).await?;
        audit::record(&state.db, now, None, subject, AuditAction::SignInFailed, "").await?;
        Ok(SignInOutcome::Refused)
    }
}

/// The page's view of an account, and what this sign-in lets them do.
pub fn view(
    row: &store::AccountRow,
    method: SignInMethod,
    nhs_login_offered: bool,
) -> ResidentView {
    let date_of_birth = Date::parse(&row.date_of_birth, &Iso8601::DATE)
        .map(person::long_date)
        .unwrap_or_else(|_| row.date_of_birth.clone());
    ResidentView {
        full_name: row.full_name.clone(),
        given_name: row
            .full_name
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string(),
        date_of_birth,
        email: row.email.clone().unwrap_or_default(),
        nhs_number: row
            .nhs_number
            .as_deref()
            .and_then(|n| NhsNumber::parse(n).ok())
            .map(|n| n.formatted()),
        identity: IdentityView {
            account_level: row.identity_level,
            session_level: identity::session_level(row.identity_level, method),
            nhs_login_linked: row.nhs_login_sub.is_some(),
            signed_in_with_nhs_login: matches!(method, SignInMethod::NhsLogin(_)),
            nhs_login_offered,
            typed_nhs_number: row.nhs_number_source == Some(store::NhsNumberSource::Typed),
        },
    }
}

/// A demo account of Front Door's own (email and password), created at start-up on
/// the embedded default. Its NHS number was typed, so it stays at P0: it shows what
/// a person who has not proved who they are can and cannot do. The demo residents
/// who have proved who they are sign in with the demo NHS login
/// (`data/identity-provider/people.json`).
pub struct DemoAccount {
    pub full_name: &'static str,
    pub date_of_birth: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub nhs_number: &'static str,
}

/// David Okafor's NHS number (999 test range), typed by someone else: it must open nothing.
pub const DEMO_OWN_ACCOUNTS: &[DemoAccount] = &[DemoAccount {
    full_name: "Sam Patel",
    date_of_birth: "1951-09-02",
    email: "sam.patel@example.org",
    password: "front-door-demo-2026",
    nhs_number: "9990000026",
}];

/// Creates any demo accounts that do not exist yet.
pub async fn seed_demo_accounts(state: &AppState) -> Result<(), AppError> {
    for demo in DEMO_OWN_ACCOUNTS {
        if store::by_email(&state.db, demo.email).await?.is_some() {
            continue;
        }
        let hash = passwords::hash(demo.password.to_string()).await?;
        let new = store::NewAccount {
            full_name: demo.full_name,
            date_of_birth: demo.date_of_birth,
            email: demo.email,
            password_hash: &hash,
            nhs_number: Some(demo.nhs_number),
        };
        match store::insert(&state.db, &new, state.clock.now_unix()).await {
            Ok(_) | Err(store::InsertError::EmailTaken | store::InsertError::SubjectTaken) => {}
            Err(store::InsertError::Db(e)) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Where a person goes once signed in: back to the page that asked them to sign in
/// (an invitation link); a new account to its welcome (`default`); else "Who are
/// you using Front Door for?" when they may act for someone (after asking the GP
/// systems which relationships they record); else `default`.
pub async fn landing(
    state: &AppState,
    session: &tower_sessions::Session,
    account: crate::domain::AccountId,
    default: &str,
) -> Result<String, AppError> {
    if let Some(path) = crate::platform::session::take_return_after_sign_in(session).await? {
        return Ok(path);
    }
    let Some(row) = store::by_id(&state.db, account).await? else {
        return Ok(default.to_string());
    };
    // Staff go to their own start page.
    if let Some(member) = crate::platform::staff::of(&state.db, account).await? {
        return Ok(match member.role {
            crate::platform::staff::StaffRole::Helper => "/helping",
            _ => "/staff",
        }
        .to_string());
    }
    // A GP system that cannot be asked now leaves what was known before.
    if crate::providers::related::sync_for_proxy(state, &row)
        .await
        .is_err()
    {
        tracing::warn!("relationships could not be brought up to date at sign-in");
    }
    // A new account first hears what it can do; the banner offers the switch after.
    if default.contains("welcome") {
        return Ok(default.to_string());
    }
    if crate::platform::proxies::for_proxy(&state.db, account)
        .await?
        .is_empty()
    {
        Ok(default.to_string())
    } else {
        Ok("/act-for".to_string())
    }
}
