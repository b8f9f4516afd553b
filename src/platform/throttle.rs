//! Throttling failed sign-ins, per account and per client address.
//!
//! Failures are kept in the database so that every app server sees the same
//! counts. Keys are keyed hashes, so the table holds no email addresses.

use crate::{
    domain::AccountId,
    on_db,
    platform::{db::Db, state::AppState},
};
use blake2::{Blake2b512, Digest};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThrottlePolicy {
    pub max_failures: usize,
    pub window_secs: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny { retry_after_secs: i64 },
}

/// Decides from the times of earlier failures (any order) whether another try is allowed now.
pub fn decide(policy: ThrottlePolicy, failures: &[i64], now: i64) -> Decision {
    let mut recent: Vec<i64> = failures
        .iter()
        .copied()
        .filter(|&t| t > now - policy.window_secs && t <= now)
        .collect();
    if recent.len() < policy.max_failures || policy.max_failures == 0 {
        return Decision::Allow;
    }
    recent.sort_unstable();
    // Allowed again once enough of the oldest failures leave the window that
    // fewer than max_failures remain.
    let pivot = recent[recent.len() - policy.max_failures];
    Decision::Deny {
        retry_after_secs: (pivot + policy.window_secs - now).max(1),
    }
}

/// Combines two decisions: the longer wait wins.
pub fn stricter(a: Decision, b: Decision) -> Decision {
    match (a, b) {
        (Decision::Allow, d) | (d, Decision::Allow) => d,
        (
            Decision::Deny {
                retry_after_secs: x,
            },
            Decision::Deny {
                retry_after_secs: y,
            },
        ) => Decision::Deny {
            retry_after_secs: x.max(y),
        },
    }
}

/// What to tell a person who must wait: "Wait 3 minutes before you try again".
pub fn wait_words(retry_after_secs: i64) -> String {
    let minutes = (retry_after_secs + 59) / 60;
    crate::domain::t_with("say-wait-minutes", [("minutes", minutes.into())])
}

/// The throttling key for one account's tries of `kind` (two-step codes, linkage
/// keys), and whether another try is allowed now under the per-account policy.
pub async fn account_tries(
    state: &AppState,
    kind: &str,
    account: AccountId,
) -> Result<(String, Decision), sqlx::Error> {
    let now = state.clock.now_unix();
    let key = key(state.config.secret.expose(), kind, &account.0.to_string());
    let failures = failures_since(&state.db, &key, now - state.config.throttle_window_secs).await?;
    Ok((key, decide(state.account_throttle(), &failures, now)))
}

pub fn key(secret: &str, kind: &str, value: &str) -> String {
    let mut h = Blake2b512::new();
    h.update(secret.as_bytes());
    h.update([0]);
    h.update(kind.as_bytes());
    h.update([0]);
    h.update(value.as_bytes());
    h.finalize()[..20]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub async fn failures_since(db: &Db, key: &str, since: i64) -> Result<Vec<i64>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_scalar::<_, i64>("SELECT at FROM sign_in_failures WHERE key = $1 AND at > $2")
            .bind(key)
            .bind(since)
            .fetch_all(pool)
            .await
    })
}

pub async fn record_failure(db: &Db, key: &str, at: i64) -> Result<(), sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query("INSERT INTO sign_in_failures (key, at) VALUES ($1, $2)")
            .bind(key)
            .bind(at)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

pub async fn clear(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query("DELETE FROM sign_in_failures WHERE key = $1")
            .bind(key)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// Forgets failures older than the window.
pub async fn prune(db: &Db, before: i64) -> Result<(), sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query("DELETE FROM sign_in_failures WHERE at <= $1")
            .bind(before)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: ThrottlePolicy = ThrottlePolicy {
        max_failures: 3,
        window_secs: 100,
    };

    #[test]
    fn allows_until_the_limit_is_reached() {
        assert_eq!(decide(P, &[], 1000), Decision::Allow);
        assert_eq!(decide(P, &[990, 995], 1000), Decision::Allow);
        assert!(matches!(
            decide(P, &[990, 995, 999], 1000),
            Decision::Deny { .. }
        ));
    }

    #[test]
    fn retry_after_counts_from_the_failure_that_must_expire() {
        // Failures at 950, 960, 990: allowed again when 950 leaves the window (1050).
        assert_eq!(
            decide(P, &[990, 950, 960], 1000),
            Decision::Deny {
                retry_after_secs: 50
            }
        );
        // Four failures: two must leave, so wait for 960 (1060).
        assert_eq!(
            decide(P, &[950, 960, 990, 995], 1000),
            Decision::Deny {
                retry_after_secs: 60
            }
        );
    }

    #[test]
    fn failures_outside_the_window_do_not_count() {
        assert_eq!(decide(P, &[800, 850, 900, 999], 1000), Decision::Allow);
        assert_eq!(decide(P, &[950, 960, 990], 1050), Decision::Allow);
        assert!(matches!(
            decide(P, &[950, 960, 990], 1049),
            Decision::Deny {
                retry_after_secs: 1
            }
        ));
    }

    #[test]
    fn the_longer_wait_wins() {
        let a = Decision::Deny {
            retry_after_secs: 5,
        };
        let b = Decision::Deny {
            retry_after_secs: 9,
        };
        assert_eq!(stricter(a, b), b);
        assert_eq!(stricter(Decision::Allow, a), a);
        assert_eq!(stricter(Decision::Allow, Decision::Allow), Decision::Allow);
    }

    #[test]
    fn keys_differ_by_kind_and_secret_and_hide_the_value() {
        let k = key("s", "account", "sam@example.org");
        assert_ne!(k, key("s", "client", "sam@example.org"));
        assert_ne!(k, key("t", "account", "sam@example.org"));
        assert!(!k.contains("sam"));
        assert_eq!(k.len(), 40);
    }
}
