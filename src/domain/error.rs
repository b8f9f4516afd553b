//! One error type for server functions: user-safe text, a status code, no internals.

use super::{
    acting::ActingRefusal,
    identity::{IdentityGap, IdentityLevel},
};
use serde::{Deserialize, Serialize};
use server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AppError {
    #[error("You need to sign in to see this page")]
    NotSignedIn,
    #[error("You do not have permission to do that")]
    Forbidden,
    #[error("Something in the request was not right. Go back and try again")]
    BadRequest,
    /// The person's age decides what is asked and advised, and their date of
    /// birth is missing or cannot be read: nothing age-based is guessed.
    #[error("We need your date of birth to do this, because the questions and advice depend on your age. Check your details, or ask your GP surgery to check the date of birth they hold. If you need medical help now, call 111, or 999 in an emergency")]
    DateOfBirthNeeded,
    /// The page needs a higher identity level than this session has; the page
    /// says why and what to do (never a bare "forbidden").
    #[error("You need to prove who you are to do this")]
    IdentityNeeded {
        needed: IdentityLevel,
        gap: IdentityGap,
    },
    /// Acting for someone else was refused now; the page says why and how to
    /// switch back to acting for yourself.
    #[error("You cannot do this for this person")]
    ActingRefused(ActingRefusal),
    #[error("Sorry, there is a problem with the service. Try again later")]
    Internal,
}

impl AppError {
    /// What the page says about the error, in the page's language (the
    /// `Display` text is the English, for logs).
    pub fn words(&self) -> String {
        super::t(match self {
            Self::NotSignedIn => super::t_key("error-not-signed-in"),
            Self::Forbidden => super::t_key("error-forbidden"),
            Self::BadRequest => super::t_key("error-bad-request"),
            Self::DateOfBirthNeeded => super::t_key("error-birth-date-needed"),
            Self::IdentityNeeded { .. } => super::t_key("error-identity-needed"),
            Self::ActingRefused(_) => super::t_key("error-acting-refused"),
            Self::Internal => super::t_key("error-internal"),
        })
    }

    pub fn status(&self) -> u16 {
        match self {
            Self::NotSignedIn => 401,
            Self::Forbidden => 403,
            Self::BadRequest => 400,
            Self::DateOfBirthNeeded => 409,
            Self::IdentityNeeded { .. } => 403,
            Self::ActingRefused(_) => 403,
            Self::Internal => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => Self::BadRequest,
            _ => Self::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        // Log the kind of failure only: database messages can quote values.
        let code = err
            .as_database_error()
            .and_then(|e| e.code().map(|c| c.into_owned()))
            .unwrap_or_default();
        tracing::error!(kind = %sqlx_kind(&err), code = %code, "database error");
        Self::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<tower_sessions::session::Error> for AppError {
    fn from(_: tower_sessions::session::Error) -> Self {
        tracing::error!("session store error");
        Self::Internal
    }
}

#[cfg(feature = "ssr")]
fn sqlx_kind(err: &sqlx::Error) -> &'static str {
    match err {
        sqlx::Error::Database(_) => "database",
        sqlx::Error::PoolTimedOut => "pool timed out",
        sqlx::Error::Io(_) => "io",
        sqlx::Error::RowNotFound => "row not found",
        sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => "decode",
        _ => "other",
    }
}
