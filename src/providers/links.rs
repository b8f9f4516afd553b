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

/// The provider's patient id for this resident, finding and remembering it if needed.
pub async fn patient_at(
    state: &AppState,
    account: &AccountRow,
    index: usize,
) -> Result<Option<String>, AppError> {
    let provider = &state.gateway.providers[index];
    let known = links(&state.db, account.id).await?;
    if let Some((_, id)) = known.into_iter().find(|(p, _)| *p == provider.id) {
        return Ok(Some(id));
    }
    let Some(nhs_number) = account.proved_nhs_number().map(str::to_string) else {
        return Ok(None);
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
            Ok(Some(patient_id))
        }
        _ => Ok(None),
    }
}
