//! Session timeout arithmetic: idle and absolute limits, and when to warn.

use serde::{Deserialize, Serialize};

/// What the session remembers about a signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub account_id: crate::domain::AccountId,
    pub signed_in_at: i64,
    pub last_active_at: i64,
    pub shared_device: bool,
    /// How they signed in this time: it limits what the session may open.
    #[serde(default)]
    pub method: crate::platform::identity::SignInMethod,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeoutPolicy {
    pub idle_secs: i64,
    pub shared_idle_secs: i64,
    pub warning_secs: i64,
    pub absolute_secs: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionStatus {
    /// Signed in; warn at `warn_at` and end at `ends_at` (Unix seconds) unless active again.
    Active {
        warn_at: i64,
        ends_at: i64,
    },
    IdleExpired,
    AbsoluteExpired,
}

impl TimeoutPolicy {
    pub fn idle_for(&self, s: &SignedIn) -> i64 {
        if s.shared_device {
            self.shared_idle_secs.min(self.idle_secs)
        } else {
            self.idle_secs
        }
    }

    pub fn status(&self, s: &SignedIn, now: i64) -> SessionStatus {
        let absolute_end = s.signed_in_at + self.absolute_secs;
        let idle_end = s.last_active_at + self.idle_for(s);
        if now >= absolute_end {
            SessionStatus::AbsoluteExpired
        } else if now >= idle_end {
            SessionStatus::IdleExpired
        } else {
            let ends_at = idle_end.min(absolute_end);
            let warning = self.warning_secs.min(self.idle_for(s) / 2);
            SessionStatus::Active {
                warn_at: ends_at - warning,
                ends_at,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: TimeoutPolicy = TimeoutPolicy {
        idle_secs: 600,
        shared_idle_secs: 300,
        warning_secs: 60,
        absolute_secs: 43_200,
    };

    fn signed_in(at: i64, last: i64, shared: bool) -> SignedIn {
        SignedIn {
            account_id: crate::domain::AccountId(1),
            signed_in_at: at,
            last_active_at: last,
            shared_device: shared,
            method: Default::default(),
        }
    }

    #[test]
    fn idle_timeout_ends_the_session_after_ten_minutes() {
        let s = signed_in(0, 0, false);
        assert_eq!(
            P.status(&s, 599),
            SessionStatus::Active {
                warn_at: 540,
                ends_at: 600
            }
        );
        assert_eq!(P.status(&s, 600), SessionStatus::IdleExpired);
    }

    #[test]
    fn activity_moves_the_idle_end() {
        let s = signed_in(0, 500, false);
        assert_eq!(
            P.status(&s, 1000),
            SessionStatus::Active {
                warn_at: 1040,
                ends_at: 1100
            }
        );
    }

    #[test]
    fn shared_computer_has_the_shorter_idle_timeout() {
        let s = signed_in(0, 0, true);
        assert_eq!(
            P.status(&s, 299),
            SessionStatus::Active {
                warn_at: 240,
                ends_at: 300
            }
        );
        assert_eq!(P.status(&s, 300), SessionStatus::IdleExpired);
    }

    #[test]
    fn absolute_limit_holds_even_when_active() {
        let s = signed_in(0, 43_100, false);
        assert_eq!(
            P.status(&s, 43_150),
            SessionStatus::Active {
                warn_at: 43_140,
                ends_at: 43_200
            }
        );
        assert_eq!(P.status(&s, 43_200), SessionStatus::AbsoluteExpired);
    }

    #[test]
    fn warning_never_exceeds_half_the_idle_time() {
        let p = TimeoutPolicy {
            idle_secs: 20,
            shared_idle_secs: 20,
            warning_secs: 60,
            absolute_secs: 1000,
        };
        assert_eq!(
            p.status(&signed_in(0, 0, false), 1),
            SessionStatus::Active {
                warn_at: 10,
                ends_at: 20
            }
        );
    }
}
