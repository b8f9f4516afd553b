//! What a page needs to know about the session's time limits.

use serde::{Deserialize, Serialize};

/// How long until the timeout warning and the end of the session, for the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionClock {
    pub warn_in_secs: i64,
    pub ends_in_secs: i64,
    /// Signed in on a shared or public computer: pages warn before downloads, and
    /// signing out is "Finish and clear this computer".
    #[serde(default)]
    pub shared_device: bool,
}
