//! Two-step sign-in for accounts of Front Door's own: a time-based one-time code
//! (RFC 6238: six digits, 30-second steps, one step either side for a slow
//! clock) from an authenticator app, and ten single-use recovery codes. A code
//! is accepted once: the last step used is kept, and a later sign-in must use a
//! later step. Failures count towards the same throttle as passwords.

use crate::{
    domain::{AccountId, AppError},
    on_db,
    platform::{
        audit::{self, AuditAction},
        db::Db,
        secret::Secret,
        state::AppState,
        throttle::{self, Decision},
    },
};
use base64::Engine;
use rand::{distributions::Alphanumeric, Rng, RngCore};
use totp_rs::{Algorithm, Secret as TotpSecret, TOTP};

const STEP: u64 = 30;
const ISSUER: &str = "Front Door";
pub const RECOVERY_CODES: usize = 10;

/// A new shared secret: 20 random bytes, as base32 for the person's app.
pub fn new_secret() -> Secret {
    let mut bytes = [0u8; 20];
    rand::thread_rng().fill_bytes(&mut bytes);
    Secret::new(TotpSecret::Raw(bytes.to_vec()).to_encoded().to_string())
}

fn totp(secret: &Secret, account: &str) -> Option<TOTP> {
    let bytes = TotpSecret::Encoded(secret.expose().to_string())
        .to_bytes()
        .ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        0,
        STEP,
        bytes,
        Some(ISSUER.into()),
        account.replace(':', " "),
    )
    .ok()
}

/// What the setup page shows: the key in groups of four, and a QR code of the
/// `otpauth://` address as an SVG data URL (allowed by the page's `img-src`).
pub fn enrolment(secret: &Secret, account: &str) -> Option<(String, String)> {
    let totp = totp(secret, account)?;
    let svg = qrcode::QrCode::new(totp.get_url().as_bytes())
        .ok()?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build();
    let data_url = format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg)
    );
    let grouped = secret
        .expose()
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    Some((grouped, data_url))
}

/// The step whose code this is (now, or one step either side), if any.
pub fn matching_step(secret: &Secret, code: &str, now: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret, "")?;
    let now = now.max(0) as u64;
    [now / STEP, now / STEP + 1, (now / STEP).saturating_sub(1)]
        .into_iter()
        .find(|step| totp.check(&code, step * STEP))
        .map(|step| step as i64)
}

fn normalise_recovery(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn recovery_hash(state: &AppState, account: AccountId, code: &str) -> String {
    throttle::key(
        state.config.secret.expose(),
        "recovery",
        &format!("{}:{}", account.0, normalise_recovery(code)),
    )
}

/// Ten new recovery codes, like `k3f9q-8w2mz`.
fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let raw: String = rand::thread_rng()
                .sample_iter(&Alphanumeric)
                .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                .take(10)
                .map(char::from)
                .collect();
            format!("{}-{}", &raw[..5], &raw[5..])
        })
        .collect()
}

// ---- the store ----

pub async fn secret_of(db: &Db, account: AccountId) -> Result<Option<Secret>, sqlx::Error> {
    let row: Option<String> = on_db!(db, |pool| {
        sqlx::query_scalar("SELECT secret FROM two_step WHERE account_id = $1")
            .bind(account)
            .fetch_optional(pool)
            .await
    })?;
    Ok(row.map(Secret::new))
}

pub async fn is_on(db: &Db, account: AccountId) -> Result<bool, sqlx::Error> {
    Ok(secret_of(db, account).await?.is_some())
}

/// Marks `step` used if it is later than the last one used; false if it was not.
async fn use_step(db: &Db, account: AccountId, step: i64) -> Result<bool, sqlx::Error> {
    let done = on_db!(db, |pool| {
        sqlx::query("UPDATE two_step SET last_step = $1 WHERE account_id = $2 AND last_step < $1")
            .bind(step)
            .bind(account)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(done == 1)
}

async fn use_recovery_code(
    db: &Db,
    account: AccountId,
    hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = on_db!(db, |pool| {
        sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 \
             WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(now)
        .bind(account)
        .bind(hash)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(done >= 1)
}

/// How many unused recovery codes the account has.
pub async fn recovery_codes_left(db: &Db, account: AccountId) -> Result<i64, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
        )
        .bind(account)
        .fetch_one(pool)
        .await
    })
}

async fn replace_recovery_codes(
    state: &AppState,
    account: AccountId,
) -> Result<Vec<String>, sqlx::Error> {
    let codes = new_recovery_codes();
    on_db!(&state.db, |pool| {
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
            .bind(account)
            .execute(pool)
            .await
            .map(|_| ())
    })?;
    for code in &codes {
        let hash = recovery_hash(state, account, code);
        on_db!(&state.db, |pool| {
            sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)")
                .bind(account)
                .bind(&hash)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
    }
    Ok(codes)
}

// ---- what people do ----

/// Turns two-step sign-in on once the person has typed a code from their app;
/// returns the recovery codes to show once, or `None` when the code is wrong.
pub async fn turn_on(
    state: &AppState,
    account: AccountId,
    secret: &Secret,
    code: &str,
) -> Result<Option<Vec<String>>, AppError> {
    let now = state.clock.now_unix();
    let Some(step) = matching_step(secret, code, now) else {
        return Ok(None);
    };
    on_db!(&state.db, |pool| {
        sqlx::query("DELETE FROM two_step WHERE account_id = $1")
            .bind(account)
            .execute(pool)
            .await
            .map(|_| ())
    })?;
    on_db!(&state.db, |pool| {
        sqlx::query(
            "INSERT INTO two_step (account_id, secret, enabled_at, last_step) VALUES ($1, $2, $3, $4)",
        )
        .bind(account)
        .bind(secret.expose())
        .bind(now)
        .bind(step)
        .execute(pool)
        .await
        .map(|_| ())
    })?;
    let codes = replace_recovery_codes(state, account).await?;
    audit::record(
        &state.db,
        now,
        Some(account),
        Some(account),
        AuditAction::TwoStepTurnedOn,
        "",
    )
    .await?;
    Ok(Some(codes))
}

/// Turns two-step sign-in on with a known key, unless it is on already (the demo
/// staff, whose keys `make run` prints).
pub async fn seed_demo_key(
    state: &AppState,
    account: AccountId,
    key: &str,
) -> Result<(), AppError> {
    if is_on(&state.db, account).await? {
        return Ok(());
    }
    on_db!(&state.db, |pool| {
        sqlx::query(
            "INSERT INTO two_step (account_id, secret, enabled_at, last_step) VALUES ($1, $2, $3, 0)",
        )
        .bind(account)
        .bind(key)
        .bind(state.clock.now_unix())
        .execute(pool)
        .await
        .map(|_| ())
    })?;
    Ok(())
}

pub async fn turn_off(state: &AppState, account: AccountId) -> Result<(), AppError> {
    for sql in [
        "DELETE FROM two_step WHERE account_id = $1",
        "DELETE FROM recovery_codes WHERE account_id = $1",
    ] {
        on_db!(&state.db, |pool| {
            sqlx::query(sql)
                .bind(account)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
    }
    audit::record(
        &state.db,
        state.clock.now_unix(),
        Some(account),
        Some(account),
        AuditAction::TwoStepTurnedOff,
        "",
    )
    .await?;
    Ok(())
}

/// New recovery codes (the old ones stop working), to show once.
pub async fn new_codes(state: &AppState, account: AccountId) -> Result<Vec<String>, AppError> {
    let codes = replace_recovery_codes(state, account).await?;
    audit::record(
        &state.db,
        state.clock.now_unix(),
        Some(account),
        Some(account),
        AuditAction::RecoveryCodesMade,
        "",
    )
    .await?;
    Ok(codes)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeOutcome {
    Accepted,
    Wrong,
    Throttled { retry_after_secs: i64 },
}

/// Checks the second step of a sign-in: a code from the app (once per step) or an
/// unused recovery code. Failures are counted per account, like passwords.
pub async fn check_code(
    state: &AppState,
    account: AccountId,
    code: &str,
) -> Result<CodeOutcome, AppError> {
    let now = state.clock.now_unix();
    let (key, decision) = throttle::account_tries(state, "two-step", account).await?;
    if let Decision::Deny { retry_after_secs } = decision {
        audit::record(
            &state.db,
            now,
            None,
            Some(account),
            AuditAction::SignInThrottled,
            "two_step",
        )
        .await?;
        return Ok(CodeOutcome::Throttled { retry_after_secs });
    }
    let Some(secret) = secret_of(&state.db, account).await? else {
        return Ok(CodeOutcome::Wrong);
    };
    let accepted = match matching_step(&secret, code, now) {
        Some(step) => use_step(&state.db, account, step).await?,
        None => {
            let hash = recovery_hash(state, account, code);
            normalise_recovery(code).len() == 10
                && use_recovery_code(&state.db, account, &hash, now).await?
        }
    };
    if accepted {
        throttle::clear(&state.db, &key).await?;
        Ok(CodeOutcome::Accepted)
    } else {
        throttle::record_failure(&state.db, &key, now).await?;
        audit::record(
            &state.db,
            now,
            None,
            Some(account),
            AuditAction::SignInFailed,
            "two_step",
        )
        .await?;
        Ok(CodeOutcome::Wrong)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_matches_its_step_and_one_either_side_only() {
        let secret = new_secret();
        let t = totp(&secret, "").unwrap();
        let now = 1_795_338_000;
        let code = t.generate(now as u64);
        assert_eq!(matching_step(&secret, &code, now), Some(now / 30));
        assert_eq!(matching_step(&secret, &code, now + 30), Some(now / 30));
        assert_eq!(matching_step(&secret, &code, now - 30), Some(now / 30));
        assert_eq!(matching_step(&secret, &code, now + 90), None);
        assert_eq!(matching_step(&secret, "12345", now), None);
        assert_eq!(matching_step(&secret, "abcdef", now), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(matching_step(&secret, &spaced, now), Some(now / 30));
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_readable() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let unique: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), RECOVERY_CODES);
        assert!(codes
            .iter()
            .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
        assert_eq!(normalise_recovery("K3F9Q 8W2MZ"), "k3f9q8w2mz");
    }

    #[test]
    fn the_setup_page_gets_a_key_and_a_qr_code() {
        let secret = new_secret();
        let (key, qr) = enrolment(&secret, "sam@example.test").unwrap();
        assert_eq!(key.replace(' ', ""), secret.expose());
        assert!(qr.starts_with("data:image/svg+xml;base64,"));
    }
}
