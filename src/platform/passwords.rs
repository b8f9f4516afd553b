//! Password hashing (argon2id, off the async runtime) and the common-password list.

use crate::platform::secret::Secret;
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use std::{collections::HashSet, sync::LazyLock};

/// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
pub const MEMORY_KIB: u32 = 19_456;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// True when the password (ignoring case) is on the shipped list of common passwords.
pub fn is_common(password: &str) -> bool {
    COMMON.contains(password.to_lowercase().as_str())
}

/// A hash for unknown emails to verify against, so they cost the same time as known ones.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_now("not-a-real-password-for-timing").expect("hash dummy password"));

fn hash_now(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(argon2()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

fn verify_now(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Hashes on the blocking pool; argon2 would otherwise stall other requests.
pub async fn hash(password: String) -> Result<String, crate::domain::error::AppError> {
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|_| crate::domain::error::AppError::Internal)?
        .map_err(|_| crate::domain::error::AppError::Internal)
}

/// Verifies on the blocking pool. With no stored hash (unknown email) it
/// still does the same work and answers false.
pub async fn verify(password: String, stored: Option<Secret>) -> bool {
    tokio::task::spawn_blocking(move || match stored {
        Some(phc) => verify_now(&password, phc.expose()),
        None => {
            let _ = verify_now(&password, &DUMMY_HASH);
            false
        }
    })
    .await
    .unwrap_or(false)
}

/// Builds the dummy hash now rather than on the first unknown email.
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
    LazyLock::force(&COMMON);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_refused_whatever_the_case() {
        assert!(is_common("password123"));
        assert!(is_common("PassWord123"));
        assert!(is_common("qwertyuiop"));
        assert!(!is_common("correct horse battery staple"));
    }

    #[test]
    fn hashes_are_argon2id_with_the_required_cost() {
        let phc = hash_now("a long enough passphrase").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify_now("a long enough passphrase", &phc));
        assert!(!verify_now("a long enough passphrasf", &phc));
        assert!(!verify_now("anything", "not a hash"));
    }
}
