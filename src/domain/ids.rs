//! Identifiers as their own types, so that one cannot be passed for another
//! (an actor for a subject, a row number for an account).

use serde::{Deserialize, Serialize};

/// An account: a resident today; later a carer, parent, helper or administrator.
/// Never shown to people and never put in an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
pub struct AccountId(pub i64);
