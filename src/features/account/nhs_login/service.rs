//! What happens when NHS login vouches for someone: sign in (making an account
//! the first time) or link to the signed-in account, and write their level.

use super::client::Proved;
use crate::{
    domain::{t, AccountId, AppError, IdentityLevel, NhsNumber},
    platform::{
        accounts::{self as store, AccountRow, InsertError, NhsNumberSource, Proof},
        audit::{self, AuditAction},
        identity,
        state::AppState,
    },
};
use time::{format_description::well_known::Iso8601, Date};

/// Why NHS login's answer could not be used, in words the person can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A new account would take an email address another account already has.
    EmailTaken,
    /// This NHS login is linked to a different Front Door account.
    LinkedElsewhere,
    /// The signed-in account is already linked to a different NHS login.
    AccountLinkedElsewhere,
    /// The provider left out or garbled what the level it gave needs (an NHS number at P5 or P9).
    ClaimsMissing,
}

impl Problem {
    pub fn message(self) -> String {
        match self {
            Self::EmailTaken => t("say-acct-you-already-have-a-front"),
            Self::LinkedElsewhere => t("say-acct-this-nhs-login-is-already"),
            Self::AccountLinkedElsewhere => t("say-acct-your-front-door-account-is"),
            Self::ClaimsMissing => t("say-acct-nhs-login-sent-too-little"),
        }
    }

    fn reason(self) -> &'static str {
        match self {
            Self::EmailTaken => "email_taken",
            Self::LinkedElsewhere => "subject_linked_elsewhere",
            Self::AccountLinkedElsewhere => "account_linked_elsewhere",
            Self::ClaimsMissing => "claims_missing",
        }
    }
}

/// Who the person is, as NHS login says, ready to write on an account.
struct Details {
    full_name: String,
    date_of_birth: Option<String>,
    nhs_number: Option<String>,
}

fn details(proved: &Proved) -> Result<Details, Problem> {
    let full_name = [proved.given_name.as_deref(), proved.family_name.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let date_of_birth = proved
        .birthdate
        .as_deref()
        .and_then(|d| Date::parse(d.trim(), &Iso8601::DATE).ok())
        .and_then(|d| d.format(&Iso8601::DATE).ok());
    let nhs_number = match proved.nhs_number.as_deref() {
        Some(n) => Some(
            NhsNumber::parse(n)
                .map_err(|_| Problem::ClaimsMissing)?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    // From P5 up the provider has matched the person to their NHS record.
    if proved.level >= IdentityLevel::P5 && (nhs_number.is_none() || date_of_birth.is_none()) {
        return Err(Problem::ClaimsMissing);
    }
    Ok(Details {
        full_name: if full_name.is_empty() {
            "NHS login user".into()
        } else {
            full_name
        },
        date_of_birth,
        nhs_number,
    })
}

/// The level to keep: a proof never lowers the level an account already has for
/// the same NHS number; a different NHS number starts again from this proof.
fn level_to_keep(account: &AccountRow, proved: IdentityLevel, nhs: Option<&str>) -> IdentityLevel {
    match (account.proved_nhs_number(), nhs) {
        (Some(had), Some(now)) if had != now => proved,
        _ => account.identity_level.max(proved),
    }
}

async fn write_proof(
    state: &AppState,
    account: &AccountRow,
    proved: &Proved,
    details: &Details,
) -> Result<Result<IdentityLevel, Problem>, AppError> {
    let level = level_to_keep(account, proved.level, details.nhs_number.as_deref());
    let proof = Proof {
        level,
        full_name: &details.full_name,
        date_of_birth: details.date_of_birth.as_deref(),
        nhs_number: details.nhs_number.as_deref(),
        source: NhsNumberSource::NhsLogin,
        nhs_login_sub: Some(&proved.sub),
    };
    match store::apply_proof(&state.db, account.id, &proof).await {
        Ok(()) => {}
        Err(InsertError::SubjectTaken) => return Ok(Err(Problem::LinkedElsewhere)),
        Err(InsertError::EmailTaken) => return Ok(Err(Problem::EmailTaken)),
        Err(InsertError::Db(e)) => return Err(e.into()),
    }
    identity::audit_level_change(state, account.id, account.identity_level, level).await?;
    Ok(Ok(level))
}

/// Records a refusal: who (when known), and a fixed reason word.
pub async fn refused(
    state: &AppState,
    actor: Option<AccountId>,
    reason: &'static str,
) -> Result<(), AppError> {
    audit::record(
        &state.db,
        state.clock.now_unix(),
        actor,
        actor,
        AuditAction::NhsLoginRefused,
        reason,
    )
    .await?;
    Ok(())
}

/// A person NHS login vouched for signs in; the first time, their account is made.
/// Returns the account and whether it is new.
pub async fn sign_in(
    state: &AppState,
    proved: &Proved,
) -> Result<Result<(AccountId, bool), Problem>, AppError> {
    let details = match details(proved) {
        Ok(d) => d,
        Err(p) => {
            refused(state, None, p.reason()).await?;
            return Ok(Err(p));
        }
    };
    let now = state.clock.now_unix();
    if let Some(account) = store::by_nhs_login_sub(&state.db, &proved.sub).await? {
        if let Err(p) = write_proof(state, &account, proved, &details).await? {
            refused(state, Some(account.id), p.reason()).await?;
            return Ok(Err(p));
        }
        audit::record(
            &state.db,
            now,
            Some(account.id),
            Some(account.id),
            AuditAction::SignedIn,
            "nhs_login",
        )
        .await?;
        return Ok(Ok((account.id, false)));
    }
    let Some(email) = proved.email.as_deref().map(|e| e.trim().to_lowercase()) else {
        refused(state, None, Problem::ClaimsMissing.reason()).await?;
        return Ok(Err(Problem::ClaimsMissing));
    };
    let proof = Proof {
        level: proved.level,
        full_name: &details.full_name,
        date_of_birth: details.date_of_birth.as_deref(),
        nhs_number: details.nhs_number.as_deref(),
        source: NhsNumberSource::NhsLogin,
        nhs_login_sub: Some(&proved.sub),
    };
    // Someone their parent or attorney has acted for already has an account that holds
    // their history (made from their GP's record): on their own first sign-in it is theirs.
    let known = match details.nhs_number.as_deref() {
        Some(nhs) => store::by_proved_nhs_number(&state.db, nhs)
            .await?
            .filter(|a| a.email.is_none() && a.nhs_login_sub.is_none()),
        None => None,
    };
    let made = match &known {
        Some(k) => store::take_up_known_person(&state.db, k.id, &email, &proof)
            .await
            .map(|taken| taken.then_some((k.id, k.identity_level, "nhs_login_known_person"))),
        None => Ok(None),
    };
    let made = match made {
        Ok(Some(made)) => Ok(made),
        // Not taken up (someone else was first): a new account, as for anyone.
        Ok(None) => store::insert_proved(&state.db, &email, &proof, now)
            .await
            .map(|id| (id, IdentityLevel::P0, "nhs_login")),
        Err(e) => Err(e),
    };
    let (id, from_level, how) = match made {
        Ok(made) => made,
        Err(InsertError::Db(e)) => return Err(e.into()),
        Err(e) => {
            let problem = if matches!(e, InsertError::EmailTaken) {
                Problem::EmailTaken
            } else {
                Problem::LinkedElsewhere
            };
            refused(state, None, problem.reason()).await?;
            return Ok(Err(problem));
        }
    };
    audit::record(
        &state.db,
        now,
        Some(id),
        Some(id),
        AuditAction::AccountCreated,
        how,
    )
    .await?;
    identity::audit_level_change(state, id, from_level, proved.level).await?;
    audit::record(
        &state.db,
        now,
        Some(id),
        Some(id),
        AuditAction::SignedIn,
        "nhs_login",
    )
    .await?;
    Ok(Ok((id, true)))
}

/// Links NHS login to the signed-in account (once); its details replace typed ones.
pub async fn link(
    state: &AppState,
    account: AccountId,
    proved: &Proved,
) -> Result<Result<IdentityLevel, Problem>, AppError> {
    let row = store::by_id(&state.db, account)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let problem = match (row.nhs_login_sub.as_deref(), details(proved)) {
        (Some(linked), _) if linked != proved.sub => Some(Problem::AccountLinkedElsewhere),
        (_, Err(p)) => Some(p),
        _ => None,
    };
    let linked_to = store::by_nhs_login_sub(&state.db, &proved.sub).await?;
    let problem = problem.or(match linked_to {
        Some(other) if other.id != account => Some(Problem::LinkedElsewhere),
        _ => None,
    });
    if let Some(p) = problem {
        refused(state, Some(account), p.reason()).await?;
        return Ok(Err(p));
    }
    let details = details(proved).map_err(|_| AppError::Internal)?;
    let level = match write_proof(state, &row, proved, &details).await? {
        Ok(level) => level,
        Err(p) => {
            refused(state, Some(account), p.reason()).await?;
            return Ok(Err(p));
        }
    };
    audit::record(
        &state.db,
        state.clock.now_unix(),
        Some(account),
        Some(account),
        AuditAction::NhsLoginLinked,
        "",
    )
    .await?;
    Ok(Ok(level))
}
