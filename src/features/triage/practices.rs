//! When each GP practice takes online requests, how fast it replies, and which
//! bookings it opens after an outcome. Configuration: `data/online-requests.json`
//! is built in; `FRONTDOOR_ONLINE_REQUESTS_FILE` replaces it.
//!
//! Requests for help today are taken only while the practice is open (someone
//! must read them today); other requests can be taken at any time if the practice
//! says so. A practice can pause online requests (for example when at capacity),
//! and a daily limit closes them for the rest of the day. Red-flag screening never
//! depends on any of this.

use super::{Disposition, PracticeStatus};
use crate::domain::{
    t, t_key, t_with,
    uk_time::{clock_time, date_with_weekday, uk_local, uk_wall_clock},
};
use serde::Deserialize;
use std::collections::HashMap;
use time::{Date, Weekday};

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Routine {
    /// Taken at any time, read when the practice opens.
    Always,
    /// Taken only while the practice is open.
    InHours,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    /// A provider id of kind `gp`.
    pub provider: String,
    #[serde(default)]
    pub phone: Option<String>,
    /// Opening hours by weekday ("monday": "08:00-18:30"); days not listed are closed.
    pub hours: HashMap<String, String>,
    pub routine_requests: Routine,
    /// Online requests taken per day before they close until tomorrow.
    pub daily_limit: i64,
    /// When set, online requests are paused and residents read this.
    #[serde(default)]
    pub paused: Option<String>,
    /// Working days to reply, by outcome.
    pub reply_working_days: HashMap<Disposition, i64>,
    /// The booking need (from the booking catalogue) opened after an outcome.
    #[serde(default)]
    pub book_after: HashMap<Disposition, String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineRequests {
    /// Bank holidays (YYYY-MM-DD): practices are closed.
    pub bank_holidays: Vec<String>,
    pub practices: Vec<Practice>,
}

/// Minutes after midnight for "08:00-18:30".
fn parse_hours(s: &str) -> Option<(u16, u16)> {
    let (a, b) = s.split_once('-')?;
    let minutes = |t: &str| -> Option<u16> {
        let (h, m) = t.trim().split_once(':')?;
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
    };
    let (from, to) = (minutes(a)?, minutes(b)?);
    (from < to).then_some((from, to))
}

/// The names `hours` is keyed by, Monday first.
const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn weekday_name(d: Weekday) -> &'static str {
    DAYS[usize::from(d.number_days_from_monday())]
}

impl OnlineRequests {
    pub fn built_in() -> Self {
        Self::parse(include_str!("../../../data/online-requests.json"))
            .unwrap_or_else(|e| panic!("the built-in online requests file is invalid: {e}"))
    }

    pub fn load_file(path: &str) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("FRONTDOOR_ONLINE_REQUESTS_FILE {path}: {e}"))?;
        Self::parse(&text).map_err(|e| format!("FRONTDOOR_ONLINE_REQUESTS_FILE {path}: {e}"))
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let o: OnlineRequests = serde_json::from_str(text).map_err(|e| e.to_string())?;
        for d in &o.bank_holidays {
            if Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).is_err() {
                return Err(format!("bank holiday {d} is not a date (YYYY-MM-DD)"));
            }
        }
        for p in &o.practices {
            for (day, hours) in &p.hours {
                if !DAYS.contains(&day.as_str()) {
                    return Err(format!(
                        "practice {}: {day} is not a day of the week",
                        p.provider
                    ));
                }
                if parse_hours(hours).is_none() {
                    return Err(format!(
                        "practice {}: hours {hours:?} must look like 08:00-18:30",
                        p.provider
                    ));
                }
            }
            if p.daily_limit < 0 {
                return Err(format!(
                    "practice {}: daily_limit cannot be negative",
                    p.provider
                ));
            }
            if p.reply_working_days
                .get(&Disposition::Gp2Days)
                .is_some_and(|d| *d > 2)
            {
                return Err(format!(
                    "practice {}: a reply within 2 working days cannot take more than 2",
                    p.provider
                ));
            }
            for d in [
                Disposition::Gp2Days,
                Disposition::GpRoutine,
                Disposition::Admin,
            ] {
                if p.reply_working_days.get(&d).is_none_or(|n| *n < 1) {
                    return Err(format!(
                        "practice {}: reply_working_days needs {} (1 or more)",
                        p.provider,
                        d.as_str()
                    ));
                }
            }
        }
        Ok(o)
    }

    /// Drops practices that are not configured providers, and bookings after an
    /// outcome for needs the booking catalogue does not have, saying which.
    pub fn keep_known(mut self, provider_ids: &[&str], needs: &[String]) -> Self {
        self.practices.retain(|p| {
            let known = provider_ids.contains(&p.provider.as_str());
            if !known {
                tracing::warn!(provider = %p.provider, "online requests name a provider that is not configured; ignored");
            }
            known
        });
        for p in &mut self.practices {
            p.book_after.retain(|d, need| {
                let known = needs.contains(need);
                if !known {
                    tracing::warn!(provider = %p.provider, outcome = d.as_str(), need = %need, "booking after triage names an unknown need; ignored");
                }
                known
            });
        }
        self
    }

    pub fn practice(&self, provider: &str) -> Option<&Practice> {
        self.practices.iter().find(|p| p.provider == provider)
    }

    fn is_bank_holiday(&self, d: Date) -> bool {
        let s = format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day());
        self.bank_holidays.contains(&s)
    }

    /// Opening hours on a date, in minutes after midnight.
    fn hours_on(&self, p: &Practice, d: Date) -> Option<(u16, u16)> {
        if self.is_bank_holiday(d) {
            return None;
        }
        p.hours
            .get(weekday_name(d.weekday()))
            .and_then(|h| parse_hours(h))
    }

    pub fn is_open(&self, p: &Practice, now: i64) -> bool {
        let t = uk_local(now);
        let minute = t.hour() as u16 * 60 + t.minute() as u16;
        self.hours_on(p, t.date())
            .is_some_and(|(from, to)| minute >= from && minute < to)
    }

    /// The next moment the practice opens after `now` (within 3 weeks).
    fn next_opening(&self, p: &Practice, now: i64) -> Option<i64> {
        let today = uk_local(now).date();
        let mut d = today;
        for _ in 0..21 {
            if let Some((from, _)) = self.hours_on(p, d) {
                let at = uk_wall_clock(d, (from / 60) as u8, (from % 60) as u8).unix_timestamp();
                if at > now {
                    return Some(at);
                }
            }
            d = d.next_day()?;
        }
        None
    }

    fn working_day(&self, p: &Practice, d: Date) -> bool {
        self.hours_on(p, d).is_some()
    }

    /// The `n`th of the practice's working days after `from`, looking no further
    /// than `within` days (a practice open on no day at all has none).
    fn nth_working_day(&self, p: &Practice, from: Date, n: u32, within: u32) -> Option<Date> {
        let mut day = from;
        let mut counted = 0;
        for _ in 0..within {
            if counted >= n {
                break;
            }
            day = day.next_day()?;
            if self.working_day(p, day) {
                counted += 1;
            }
        }
        (counted >= n).then_some(day)
    }

    /// The day `n` of the practice's working days after `from`; a fortnight at most.
    pub fn working_days_after(&self, p: &Practice, from: Date, n: u32) -> Date {
        self.nth_working_day(p, from, n, 14)
            .unwrap_or(from + time::Duration::days(14))
    }

    /// Whether the practice takes a request with this outcome now. `sent_today`
    /// is how many online requests it has had today.
    pub fn status(
        &self,
        p: &Practice,
        name: &str,
        disposition: Option<Disposition>,
        now: i64,
        sent_today: i64,
    ) -> PracticeStatus {
        let opening = || self.next_opening(p, now).map(|at| opening_words(at, now));
        let closed_reason = if let Some(message) = &p.paused {
            Some(message.clone())
        } else if sent_today >= p.daily_limit {
            Some(
                format!(
                    "{} {}",
                    t("triage-closed-full"),
                    self.next_opening(p, now + 1)
                        .filter(|at| uk_local(*at).date() > uk_local(now).date())
                        .or_else(|| {
                            let tomorrow = uk_local(now).date().next_day()?;
                            self.next_opening(p, uk_wall_clock(tomorrow, 0, 0).unix_timestamp())
                        })
                        .map(|at| opening_words(at, now))
                        .unwrap_or_default()
                )
                .trim()
                .to_string(),
            )
        } else {
            let needs_hours = disposition == Some(Disposition::GpSameDay)
                || p.routine_requests == Routine::InHours;
            if needs_hours && !self.is_open(p, now) {
                Some(match disposition {
                    Some(Disposition::GpSameDay) => format!(
                        "{} {}",
                        t("triage-closed-now-today"),
                        opening().unwrap_or_default()
                    )
                    .trim()
                    .to_string(),
                    _ => format!(
                        "{} {}",
                        t("triage-closed-now"),
                        opening().unwrap_or_default()
                    )
                    .trim()
                    .to_string(),
                })
            } else {
                None
            }
        };
        PracticeStatus {
            name: name.to_string(),
            phone: p.phone.clone(),
            open: closed_reason.is_none(),
            closed_reason,
        }
    }

    /// What the practice promises for a request with this outcome sent at `now`,
    /// from its settings: "today, by 6:30pm" or "within 2 working days, by the end
    /// of Friday 4 December 2026". None for outcomes it does not reply to.
    pub fn promise(&self, p: &Practice, d: Disposition, now: i64) -> Option<String> {
        let by = self.reply_by(p, d, now)?;
        if d == Disposition::GpSameDay {
            return Some(t_with("triage-promise-today", [("by", by.into())]));
        }
        let n = *p.reply_working_days.get(&d)?;
        Some(t_with(
            "triage-promise-within",
            [("days", n.into()), ("by", by.into())],
        ))
    }

    /// When the resident should hear back, in words, for a request sent at `now`.
    pub fn reply_by(&self, p: &Practice, d: Disposition, now: i64) -> Option<String> {
        let today = uk_local(now).date();
        if d == Disposition::GpSameDay {
            let (_, to) = self.hours_on(p, today)?;
            let close = uk_wall_clock(today, (to / 60) as u8, (to % 60) as u8).unix_timestamp();
            return Some(t_with(
                "triage-by-time-today",
                [("time", clock_time(close).into())],
            ));
        }
        let n = u32::try_from(*p.reply_working_days.get(&d)?)
            .ok()
            .filter(|n| *n >= 1)?;
        let day = self.nth_working_day(p, today, n, 60)?;
        Some(t_with(
            "triage-by-end-of",
            [("day", day_words(day, today).into())],
        ))
    }
}

/// "today", "tomorrow (Tuesday 24 November 2026)" or "Monday 30 November 2026".
fn day_words(d: Date, today: Date) -> String {
    let named = date_with_weekday(d);
    if d == today {
        t("triage-day-today")
    } else if Some(d) == today.next_day() {
        t_with("triage-day-tomorrow", [("date", named.into())])
    } else {
        named
    }
}

/// "at 8:00am today", "at 8:00am tomorrow (...)" or "at 8:00am on Monday 30 November 2026".
fn opening_words(at: i64, now: i64) -> String {
    let (d, today) = (uk_local(at).date(), uk_local(now).date());
    let day = day_words(d, today);
    let key = if d == today || Some(d) == today.next_day() {
        t_key("triage-open-again-soon")
    } else {
        t_key("triage-open-again-on")
    };
    t_with(key, [("time", clock_time(at).into()), ("day", day.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn at(d: Date, h: u8, m: u8) -> i64 {
        uk_wall_clock(d, h, m).unix_timestamp()
    }

    fn riverside(o: &OnlineRequests) -> &Practice {
        o.practice("riverside-gp").unwrap()
    }

    #[test]
    fn same_day_requests_are_taken_only_while_open_and_routine_ones_always() {
        let o = OnlineRequests::built_in();
        let p = riverside(&o);
        // Monday 23 November 2026.
        let monday_10am = at(date!(2026 - 11 - 23), 10, 0);
        let monday_7pm = at(date!(2026 - 11 - 23), 19, 0);
        let saturday = at(date!(2026 - 11 - 28), 11, 0);
        let same_day = Some(Disposition::GpSameDay);
        assert!(o.status(p, "R", same_day, monday_10am, 0).open);
        let closed = o.status(p, "R", same_day, monday_7pm, 0);
        assert!(!closed.open);
        assert!(closed
            .closed_reason
            .unwrap()
            .contains("8:00am tomorrow (Tuesday 24 November 2026)"));
        let weekend = o.status(p, "R", same_day, saturday, 0);
        assert!(weekend
            .closed_reason
            .unwrap()
            .contains("Monday 30 November 2026"));
        assert!(
            o.status(p, "R", Some(Disposition::GpRoutine), saturday, 0)
                .open
        );
    }

    #[test]
    fn a_practice_closes_at_its_daily_limit_and_when_paused() {
        let mut o = OnlineRequests::built_in();
        let monday_10am = at(date!(2026 - 11 - 23), 10, 0);
        let full = o.status(
            riverside(&o),
            "R",
            Some(Disposition::GpRoutine),
            monday_10am,
            200,
        );
        assert!(!full.open);
        assert!(full
            .closed_reason
            .unwrap()
            .contains("as many online requests"));
        o.practices[0].paused = Some("We are not taking online requests today. Phone us.".into());
        let paused = o.status(
            riverside(&o),
            "R",
            Some(Disposition::GpRoutine),
            monday_10am,
            0,
        );
        assert_eq!(
            paused.closed_reason.as_deref(),
            Some("We are not taking online requests today. Phone us.")
        );
    }

    #[test]
    fn bank_holidays_are_not_working_days() {
        let o = OnlineRequests::built_in();
        let p = riverside(&o);
        // Thursday 24 December 2026: Friday 25 and Monday 28 are bank holidays.
        let christmas_eve = at(date!(2026 - 12 - 24), 10, 0);
        assert_eq!(
            o.reply_by(p, Disposition::Gp2Days, christmas_eve).unwrap(),
            "by the end of Wednesday 30 December 2026"
        );
        assert!(!o.is_open(p, at(date!(2026 - 12 - 28), 10, 0)));
        assert_eq!(
            o.reply_by(p, Disposition::GpSameDay, at(date!(2026 - 11 - 23), 9, 0))
                .unwrap(),
            "by 6:30pm today"
        );
        assert_eq!(
            o.reply_by(p, Disposition::Gp2Days, at(date!(2026 - 11 - 23), 9, 0))
                .unwrap(),
            "by the end of Wednesday 25 November 2026"
        );
    }

    #[test]
    fn bad_settings_are_refused() {
        let good = include_str!("../../../data/online-requests.json");
        assert!(OnlineRequests::parse(
            &good.replace("08:00-18:30\", \"tuesday", "8am-6pm\", \"tuesday")
        )
        .is_err());
        assert!(
            OnlineRequests::parse(&good.replace("\"gp-2-days\": 2", "\"gp-2-days\": 4")).is_err()
        );
        assert!(OnlineRequests::parse(&good.replace("2026-12-28", "2026-13-28")).is_err());
    }
}
