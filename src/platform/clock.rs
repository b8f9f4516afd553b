//! The clock of record. Tests swap in a manual clock to move time on.

use std::sync::{
    atomic::{AtomicI64, Ordering},
    Arc,
};
use time::OffsetDateTime;

#[derive(Clone, Debug, Default)]
pub struct Clock {
    manual: Option<Arc<AtomicI64>>,
}

impl Clock {
    pub fn system() -> Self {
        Self { manual: None }
    }

    /// A clock that stands still at `unix_secs` until moved with [`Clock::advance`].
    pub fn manual(unix_secs: i64) -> Self {
        Self {
            manual: Some(Arc::new(AtomicI64::new(unix_secs))),
        }
    }

    pub fn advance(&self, secs: i64) {
        if let Some(t) = &self.manual {
            t.fetch_add(secs, Ordering::SeqCst);
        }
    }

    /// Seconds since the Unix epoch, UTC.
    pub fn now_unix(&self) -> i64 {
        match &self.manual {
            Some(t) => t.load(Ordering::SeqCst),
            None => OffsetDateTime::now_utc().unix_timestamp(),
        }
    }

    pub fn today(&self) -> time::Date {
        OffsetDateTime::from_unix_timestamp(self.now_unix())
            .map(|t| t.date())
            .unwrap_or_else(|_| OffsetDateTime::now_utc().date())
    }
}
