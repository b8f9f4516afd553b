//! A circuit breaker per provider system: after `failures` failures in a row the
//! portal stops calling it for `cooldown_secs`, then tries again. One success closes it.
//!
//! It lives in each app server's memory: it only protects residents from waiting on a
//! provider that keeps failing, so servers need not agree on it.

#[derive(Clone, Copy, Debug)]
pub struct BreakerPolicy {
    pub failures: u32,
    pub cooldown_secs: i64,
}

#[derive(Clone, Debug, Default)]
pub struct Breaker {
    failures_in_a_row: u32,
    open_until: Option<i64>,
}

impl Breaker {
    /// Whether a call may go ahead now. After the cooldown a call is let through
    /// as a trial; if it fails the breaker opens again at once.
    pub fn allows(&self, now: i64) -> bool {
        self.open_until.is_none_or(|until| now >= until)
    }

    pub fn succeeded(&mut self) {
        self.failures_in_a_row = 0;
        self.open_until = None;
    }

    pub fn failed(&mut self, now: i64, policy: BreakerPolicy) {
        self.failures_in_a_row = self.failures_in_a_row.saturating_add(1);
        if self.failures_in_a_row >= policy.failures {
            self.open_until = Some(now + policy.cooldown_secs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: BreakerPolicy = BreakerPolicy {
        failures: 3,
        cooldown_secs: 30,
    };

    #[test]
    fn opens_after_failures_in_a_row_and_tries_again_after_the_cooldown() {
        let mut b = Breaker::default();
        b.failed(0, POLICY);
        b.failed(1, POLICY);
        assert!(b.allows(2));
        b.failed(2, POLICY);
        assert!(!b.allows(3));
        assert!(!b.allows(31));
        assert!(b.allows(32), "trial after the cooldown");
        b.failed(32, POLICY);
        assert!(!b.allows(33), "a failed trial opens it again at once");
        assert!(b.allows(62));
        b.succeeded();
        b.failed(63, POLICY);
        assert!(b.allows(64), "one success starts the count again");
    }

    #[test]
    fn a_success_between_failures_keeps_it_closed() {
        let mut b = Breaker::default();
        for t in 0..10 {
            b.failed(t, POLICY);
            b.failed(t, POLICY);
            b.succeeded();
            assert!(b.allows(t));
        }
    }
}
