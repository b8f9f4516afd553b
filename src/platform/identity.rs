//! What a person's identity level lets them open, and how this sign-in limits it.
//!
//! The account's level is read from the database on every request; the way the
//! person signed in this time is kept in the server-side session. Neither is
//! ever taken from the browser.

use crate::{
    domain::{AccountId, AppError, IdentityGap, IdentityLevel},
    platform::{
        acting::Scope,
        audit::{self, AuditAction},
        state::AppState,
    },
};
use serde::{Deserialize, Serialize};

/// How the person signed in this time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInMethod {
    /// Front Door's own email and password.
    #[default]
    Password,
    /// Front Door's own password and a two-step code.
    PasswordAndCode,
    /// NHS login, at the level its ID token's `vot` gave.
    NhsLogin(IdentityLevel),
}

impl SignInMethod {
    /// The most this way of signing in can open, whatever the account is proved to:
    /// a password alone never opens the record (NHS login asks for a password and a
    /// registered device before it gives P9).
    pub fn ceiling(self) -> IdentityLevel {
        match self {
            Self::Password => IdentityLevel::P5,
            Self::PasswordAndCode => IdentityLevel::P9,
            Self::NhsLogin(level) => level,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::PasswordAndCode => "password_and_code",
            Self::NhsLogin(_) => "nhs_login",
        }
    }
}

/// The level this session works at: the account's, no higher than the sign-in allows.
pub fn session_level(account: IdentityLevel, method: SignInMethod) -> IdentityLevel {
    account.min(method.ceiling())
}

/// The level each kind of action needs.
pub fn needed(scope: Scope) -> IdentityLevel {
    match scope {
        Scope::AccountDetails => IdentityLevel::P0,
        Scope::Appointments | Scope::Triage => IdentityLevel::P5,
        Scope::Record | Scope::ResultsAndLetters => IdentityLevel::P9,
    }
}

/// Refuses, with the reason and what to do, when this session's level is too low for `scope`.
pub fn check(scope: Scope, account: IdentityLevel, method: SignInMethod) -> Result<(), AppError> {
    let needed = needed(scope);
    if session_level(account, method) >= needed {
        Ok(())
    } else if account >= needed {
        Err(AppError::IdentityNeeded {
            needed,
            gap: IdentityGap::SignInAgain,
        })
    } else {
        Err(AppError::IdentityNeeded {
            needed,
            gap: IdentityGap::NotProved,
        })
    }
}

/// Audits a change of an account's level (detail "P0 to P9"); nothing when it is the same.
pub async fn audit_level_change(
    state: &AppState,
    account: AccountId,
    from: IdentityLevel,
    to: IdentityLevel,
) -> Result<(), AppError> {
    use IdentityLevel::*;
    let words = match (from, to) {
        (P0, P5) => "P0 to P5",
        (P0, P9) => "P0 to P9",
        (P5, P0) => "P5 to P0",
        (P5, P9) => "P5 to P9",
        (P9, P0) => "P9 to P0",
        (P9, P5) => "P9 to P5",
        _ => return Ok(()),
    };
    audit::record(
        &state.db,
        state.clock.now_unix(),
        Some(account),
        Some(account),
        AuditAction::IdentityLevelChanged,
        words,
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdentityLevel::*;

    #[test]
    fn each_level_opens_what_it_should() {
        let nhs = SignInMethod::NhsLogin;
        assert!(check(Scope::Record, P9, nhs(P9)).is_ok());
        assert!(check(Scope::Appointments, P5, nhs(P5)).is_ok());
        assert!(check(Scope::Triage, P5, nhs(P5)).is_ok());
        assert!(check(Scope::AccountDetails, P0, SignInMethod::Password).is_ok());
        let refused = |scope, account, method| check(scope, account, method).unwrap_err();
        assert_eq!(
            refused(Scope::Record, P5, nhs(P5)),
            AppError::IdentityNeeded {
                needed: P9,
                gap: IdentityGap::NotProved
            }
        );
        assert_eq!(
            refused(Scope::Appointments, P0, SignInMethod::Password),
            AppError::IdentityNeeded {
                needed: P5,
                gap: IdentityGap::NotProved
            }
        );
    }

    #[test]
    fn a_password_alone_never_opens_a_proved_record() {
        assert_eq!(
            check(Scope::Record, P9, SignInMethod::Password).unwrap_err(),
            AppError::IdentityNeeded {
                needed: P9,
                gap: IdentityGap::SignInAgain
            }
        );
        assert!(check(Scope::Appointments, P9, SignInMethod::Password).is_ok());
        assert!(check(Scope::Record, P9, SignInMethod::PasswordAndCode).is_ok());
        // A proved account that signed in at a lower level this time works at that level.
        assert!(check(Scope::Record, P9, SignInMethod::NhsLogin(P5)).is_err());
        // Two-step sign-in does not prove an identity that was never proved.
        assert!(check(Scope::Record, P0, SignInMethod::PasswordAndCode).is_err());
    }
}
