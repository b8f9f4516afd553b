//! Accounts: create an account, sign in and out, session timeouts, your details.

pub mod api;
#[cfg(feature = "ssr")]
pub mod gp_linkage;
pub mod identity_pages;
#[cfg(feature = "ssr")]
pub mod nhs_login;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
pub mod timeout;
#[cfg(feature = "ssr")]
pub mod two_step;
pub mod two_step_pages;

use crate::domain::IdentityView;
use serde::{Deserialize, Serialize};

/// The signed-in resident, as the pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidentView {
    pub full_name: String,
    pub given_name: String,
    pub date_of_birth: String,
    pub email: String,
    pub nhs_number: Option<String>,
    pub identity: IdentityView,
}

/// The ways to sign in that the sign-in page offers now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInChoices {
    pub nhs_login: bool,
    /// NHS login failed in the last few minutes: the page says so.
    pub nhs_login_unavailable: bool,
}

/// The two-step sign-in page's view: whether it is on, and while setting it up,
/// the key to type into an authenticator app and its QR code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoStepView {
    pub on: bool,
    pub recovery_codes_left: i64,
    /// While not on: the key in groups of four, and a QR code as an image URL.
    pub setup: Option<(String, String)>,
}
