//! Patient links: the id each provider system uses for a resident, found by NHS
//! number and date of birth the first time and remembered.

use super::gateway::{Answer, Reading, Section, Who};
use crate::{
    domain::AccountId,
    domain::AppError,
    on_db,
    platform::{accounts::AccountRow, db::Db, state::AppState},
};
use sqlx::Row;
use std::collections::HashMap;

/// The patient id each provider system uses for this account.
pub async fn links(db: &Db, account_id: AccountId) -> Result<Vec<(String, String)>, sqlx::Error> {
    const SQL: &str = "SELECT provider_id, patient_id FROM provider_links WHERE account_id = $1";
    on_db!(db, |pool| {
        let rows = sqlx::query(SQL).bind(account_id).fetch_all(pool).await?;
        rows.iter()
            .map(|r| Ok((r.try_get("provider_id")?, r.try_get("patient_id")?)))
            .collect()
    })
}

pub async fn save_link(
    db: &Db,
    account_id: AccountId,
    provider_id: &str,
    patient_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "INSERT INTO provider_links (account_id, provider_id, patient_id, linked_at) VALUES ($1, $2, $3, $4) \
                       ON CONFLICT (account_id, provider_id) DO UPDATE SET patient_id = excluded.patient_id, linked_at = excluded.linked_at";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(account_id)
            .bind(provider_id)
            .bind(patient_id)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// Asks every provider at once for `sections` of this resident's record, using the
/// patient ids already linked and remembering any found now.
pub async fn ask_providers(
    state: &AppState,
    account: &AccountRow,
    nhs_number: &str,
    sections: &[Section],
    reading: Reading,
) -> Result<Vec<Answer>, AppError> {
    let known: HashMap<String, String> = links(&state.db, account.id).await?.into_iter().collect();
    let gateway = &state.gateway;
    let who: Vec<Who> = gateway
        .providers
        .iter()
        .map(|p| Who {
            nhs_number: nhs_number.to_string(),
            birth_date: account.date_of_birth.clone(),
            patient_id: known.get(&p.id).cloned(),
        })
        .collect();
    let answers = gateway.fetch_all(&who, sections, reading).await;
    for (provider, answer) in gateway.providers.iter().zip(&answers) {
        if let Answer::Answered { patient_id, .. } = answer {
            if !known.contains_key(&provider.id) {
                let now = state.clock.now_unix();
                save_link(&state.db, account.id, &provider.id, patient_id, now).await?;
            }
        }
    }
    Ok(answers)
}

/// Whether a provider holds this resident's record, as far as the portal can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Registration {
    /// The provider's patient id.
    Known(String),
    /// No NHS number proved (by NHS login or the GP surgery): nobody is looked up
    /// by a number they typed.
    NoProvedNumber,
    /// The provider has no record for this NHS number and date of birth.
    NotRegistered,
    /// The provider could not be asked just now.
    CouldNotAsk,
}

/// The provider's patient id for this resident, finding and remembering it if needed.
pub async fn patient_at(
    state: &AppState,
    account: &AccountRow,
    index: usize,
) -> Result<Option<String>, AppError> {
    Ok(match registration_at(state, account, index).await? {
        Registration::Known(id) => Some(id),
        _ => None,
    })
}

/// Whether the provider holds this resident's record, and why not when it does not.
pub async fn registration_at(
    state: &AppState,
    account: &AccountRow,
    index: usize,
) -> Result<Registration, AppError> {
    let provider = &state.gateway.providers[index];
    let known = links(&state.db, account.id).await?;
    if let Some((_, id)) = known.into_iter().find(|(p, _)| *p == provider.id) {
        return Ok(Registration::Known(id));
    }
    let Some(nhs_number) = account.proved_nhs_number().map(str::to_string) else {
        return Ok(Registration::NoProvedNumber);
    };
    let who = Who {
        nhs_number,
        birth_date: account.date_of_birth.clone(),
        patient_id: None,
    };
    match state
        .gateway
        .fetch_one(index, &who, &[], Reading::page(None))
        .await
    {
        Answer::Answered { patient_id, .. } => {
            save_link(
                &state.db,
                account.id,
                &provider.id,
                &patient_id,
                state.clock.now_unix(),
            )
            .await?;
            Ok(Registration::Known(patient_id))
        }
        Answer::NotKnown | Answer::NotMatched => Ok(Registration::NotRegistered),
        Answer::Failed(_) => Ok(Registration::CouldNotAsk),
    }
}
