//! The route to P9 that GP practices use today: the practice gives the resident
//! an account id and a linkage key (with its ODS code) after checking their ID
//! in person; the portal checks them with that practice's GP system and, when
//! they match, raises the account to P9 for the NHS number the practice holds.

use crate::{
    domain::{t, t_with, AccountId, AppError, FormState, IdentityLevel, NhsNumber},
    platform::{
        accounts::{self as store, InsertError, NhsNumberSource, Proof},
        audit::{self, AuditAction},
        identity,
        state::AppState,
        throttle::{self, Decision},
    },
    providers::{fhir::NHS_NUMBER_SYSTEM, ProviderKind},
};
use serde_json::{json, Value};

/// What a person typed from their practice's letter.
pub struct LinkageDetails {
    pub ods_code: String,
    pub account_id: String,
    pub linkage_key: String,
}

fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Who the practice says the person is, from the `Patient` its system answered with.
fn proof_of(patient: &Value) -> Option<(String, String, Option<String>)> {
    let nhs = patient["identifier"]
        .as_array()?
        .iter()
        .find(|i| i["system"] == NHS_NUMBER_SYSTEM)?["value"]
        .as_str()
        .and_then(|n| NhsNumber::parse(n).ok())?;
    let name = patient["name"].as_array()?.first()?;
    let given = name["given"]
        .as_array()
        .and_then(|g| g.first())
        .and_then(Value::as_str)
        .unwrap_or_default();
    let family = name["family"].as_str().unwrap_or_default();
    let full = format!("{given} {family}").trim().to_string();
    let birth = patient["birthDate"].as_str().map(str::to_string);
    Some((nhs.as_str().to_string(), full, birth))
}

/// Checks the details with the practice; on a match the account is proved to P9.
/// Returns the form with its errors when they do not match or cannot be checked.
pub async fn verify(
    state: &AppState,
    account: AccountId,
    input: LinkageDetails,
) -> Result<Result<(), FormState>, AppError> {
    let mut form = FormState::default();
    form.keep("ods_code", &input.ods_code);
    form.keep("account_id", &input.account_id);
    let (ods, id, key) = (
        clean(&input.ods_code),
        clean(&input.account_id),
        clean(&input.linkage_key),
    );
    if ods.is_empty() {
        form.error("ods-code", t("say-acct-enter-your-gp-surgerys-ods"));
    }
    if id.is_empty() {
        form.error("account-id", t("say-acct-enter-the-account-id-from"));
    }
    if key.is_empty() {
        form.error("linkage-key", t("say-acct-enter-the-linkage-key-from"));
    }
    if form.has_errors() {
        return Ok(Err(form));
    }
    let now = state.clock.now_unix();
    let (throttle_key, decision) = throttle::account_tries(state, "linkage", account).await?;
    if let Decision::Deny { retry_after_secs } = decision {
        form.error(
            "ods-code",
            t_with(
                "say-acct-too-many-tries",
                [("wait", throttle::wait_words(retry_after_secs).into())],
            ),
        );
        form.status = Some(429);
        return Ok(Err(form));
    }
    let providers = state.config.providers.clone().unwrap_or_default();
    let Some(gp) = providers
        .iter()
        .find(|p| p.kind == ProviderKind::Gp && clean(&p.ods_code) == ods)
    else {
        form.error("ods-code", t("say-acct-we-do-not-know-a"));
        return Ok(Err(form));
    };
    let index = state.gateway.index_of(&gp.id).ok_or(AppError::Internal)?;
    let body = json!({
        "resourceType": "Parameters",
        "parameter": [
            { "name": "odsCode", "valueString": ods },
            { "name": "accountId", "valueString": id },
            { "name": "linkageKey", "valueString": key },
        ]
    });
    let answer = state
        .gateway
        .write_at(
            index,
            reqwest::Method::POST,
            "Patient/$verify-linkage-key",
            &body,
            &[],
        )
        .await;
    let patient = match answer {
        Ok(w) if w.status == 200 => w.body["parameter"]
            .as_array()
            .and_then(|ps| ps.iter().find(|p| p["name"] == "patient"))
            .map(|p| p["resource"].clone()),
        Ok(w) if w.status == 404 => None,
        _ => {
            form.error("ods-code", t("say-acct-we-could-not-check-these"));
            return Ok(Err(form));
        }
    };
    let Some((nhs, name, birth)) = patient.as_ref().and_then(proof_of) else {
        throttle::record_failure(&state.db, &throttle_key, now).await?;
        audit::record(
            &state.db,
            now,
            Some(account),
            Some(account),
            AuditAction::GpLinkageRefused,
            "",
        )
        .await?;
        form.error("linkage-key", t("say-acct-these-details-do-not-match"));
        return Ok(Err(form));
    };
    let row = store::by_id(&state.db, account)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let proof = Proof {
        level: IdentityLevel::P9,
        full_name: &name,
        date_of_birth: birth.as_deref(),
        nhs_number: Some(&nhs),
        source: NhsNumberSource::GpLinkage,
        nhs_login_sub: None,
    };
    match store::apply_proof(&state.db, account, &proof).await {
        Ok(()) => {}
        Err(InsertError::Db(e)) => return Err(e.into()),
        Err(_) => return Err(AppError::Internal),
    }
    throttle::clear(&state.db, &throttle_key).await?;
    audit::record(
        &state.db,
        now,
        Some(account),
        Some(account),
        AuditAction::GpLinkageVerified,
        "",
    )
    .await?;
    identity::audit_level_change(state, account, row.identity_level, IdentityLevel::P9).await?;
    Ok(Ok(()))
}
