//! Identity levels, as NHS login names them (vectors of trust, RFC 8485).

use serde::{Deserialize, Serialize};

/// How well a person has proved who they are. Ordered: `P0 < P5 < P9`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum IdentityLevel {
    /// Email and phone only (or an email-and-password account of Front Door's own).
    P0,
    /// Matched to the national demographics service: may contact the GP, not see records.
    P5,
    /// Identity checked with photo ID (or a GP linkage key): may see records.
    P9,
}

impl IdentityLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::P0 => "P0",
            Self::P5 => "P5",
            Self::P9 => "P9",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "P0" => Some(Self::P0),
            "P5" => Some(Self::P5),
            "P9" => Some(Self::P9),
            _ => None,
        }
    }

    /// The level of a vector of trust such as `P9.Cp.Cd`: its first component.
    pub fn of_vector(vector: &str) -> Option<Self> {
        let (level, rest) = vector.split_once('.')?;
        let authentication_ok = !rest.is_empty()
            && rest
                .split('.')
                .all(|c| matches!(c, "Cp" | "Cd" | "Ck" | "Cm"));
        if authentication_ok {
            Self::parse(level)
        } else {
            None
        }
    }

    /// In plain words, for the person.
    pub fn described(self) -> String {
        super::t(match self {
            Self::P0 => super::t_key("identity-p0"),
            Self::P5 => super::t_key("identity-p5"),
            Self::P9 => super::t_key("identity-p9"),
        })
    }
}

/// Why a page is closed to the person now, and so what they can do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdentityGap {
    /// Their account has not been proved to the level needed.
    NotProved,
    /// Their account is proved, but they signed in this time with a password alone.
    SignInAgain,
}

/// What the identity level of a signed-in person lets them do, for their pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityView {
    /// The level their account is proved to.
    pub account_level: IdentityLevel,
    /// The level this sign-in gives (lower when a proved account signs in with a password alone).
    pub session_level: IdentityLevel,
    pub nhs_login_linked: bool,
    /// This session began with NHS login.
    pub signed_in_with_nhs_login: bool,
    /// Front Door offers NHS login (it is configured).
    pub nhs_login_offered: bool,
    /// The NHS number on the account was typed, not taken from NHS login or the GP.
    pub typed_nhs_number: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_give_their_level_and_nothing_else_does() {
        assert_eq!(
            IdentityLevel::of_vector("P9.Cp.Cd"),
            Some(IdentityLevel::P9)
        );
        assert_eq!(IdentityLevel::of_vector("P5.Cm"), Some(IdentityLevel::P5));
        assert_eq!(
            IdentityLevel::of_vector("P0.Cp.Ck"),
            Some(IdentityLevel::P0)
        );
        for bad in ["P9", "P7.Cp.Cd", "P9.Xx", "", "P9.", "p9.Cp.Cd"] {
            assert_eq!(IdentityLevel::of_vector(bad), None, "{bad}");
        }
        assert!(IdentityLevel::P0 < IdentityLevel::P5 && IdentityLevel::P5 < IdentityLevel::P9);
    }
}
