//! The demo adult with a carer, seeded at start-up on the embedded default.

use super::service::add_months;
use crate::{
    domain::{uk_time::uk_local, AccountId, AppError, IdentityLevel},
    platform::{
        accounts,
        acting::Scope,
        proxies::{self, Basis, NewGrant},
        state::AppState,
    },
};

/// A demo person who signs in with the demo NHS login (`data/identity-provider/people.json`).
pub struct DemoPerson {
    pub sub: &'static str,
    pub email: &'static str,
    pub full_name: &'static str,
    pub date_of_birth: &'static str,
    pub nhs_number: &'static str,
}

/// The demo adult with a carer: David Okafor has let his daughter Grace act for him.
/// (The demo parent needs nothing here: the simulated GP practice records Sarah
/// Thompson as mother of Ben and Lily, and Front Door reads it at her sign-in.)
pub const DEMO_RESIDENT: DemoPerson = DemoPerson {
    sub: "demo-p9-david-okafor",
    email: "david.okafor@example.org",
    full_name: "David Okafor",
    date_of_birth: "1951-09-02",
    nhs_number: "9990000026",
};
pub const DEMO_CARER: DemoPerson = DemoPerson {
    sub: "demo-p9-grace-okafor",
    email: "grace.okafor@example.org",
    full_name: "Grace Okafor",
    date_of_birth: "1979-06-22",
    nhs_number: "9990000700",
};

async fn demo_account(state: &AppState, p: &DemoPerson) -> Result<AccountId, AppError> {
    if let Some(row) = accounts::by_nhs_login_sub(&state.db, p.sub).await? {
        return Ok(row.id);
    }
    let proof = accounts::Proof {
        level: IdentityLevel::P9,
        full_name: p.full_name,
        date_of_birth: Some(p.date_of_birth),
        nhs_number: Some(p.nhs_number),
        source: accounts::NhsNumberSource::NhsLogin,
        nhs_login_sub: Some(p.sub),
    };
    accounts::insert_proved(&state.db, p.email, &proof, state.clock.now_unix())
        .await
        .map_err(|_| AppError::Internal)
}

/// Lets the demo carer act for the demo resident (appointments, asking for help and
/// the record summary; not results and letters) for a year, unless already done.
pub async fn seed_demo_carer(state: &AppState) -> Result<(), AppError> {
    let resident = demo_account(state, &DEMO_RESIDENT).await?;
    let carer = demo_account(state, &DEMO_CARER).await?;
    if !proxies::between(&state.db, carer, resident)
        .await?
        .is_empty()
    {
        return Ok(());
    }
    let now = state.clock.now_unix();
    let today = uk_local(now).date();
    let until = add_months(today, 12);
    proxies::insert(
        &state.db,
        &NewGrant {
            subject: resident,
            proxy: carer,
            basis: Basis::Consent,
            proxy_is: "daughter",
            subject_is: "parent",
            scopes: &[Scope::Record, Scope::Appointments, Scope::Triage],
            starts_at: now,
            ends_at: Some(crate::domain::uk_time::uk_wall_clock(until, 0, 0).unix_timestamp()),
            provider_id: None,
            provider_ref: None,
            practice_allows_older_child: false,
        },
        now,
    )
    .await?;
    Ok(())
}
