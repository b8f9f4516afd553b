//! UK local time (GMT, or BST in summer) for what residents read and for the
//! simulator's clinic hours.

use super::{person::long_date, t, t_key, t_with};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, UtcOffset, Weekday};

/// BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
pub fn uk_offset(t: OffsetDateTime) -> UtcOffset {
    let last_sunday = |month: Month| {
        let mut d =
            Date::from_calendar_date(t.year(), month, month.length(t.year())).unwrap_or(Date::MIN);
        while d.weekday() != Weekday::Sunday {
            d = d.previous_day().unwrap_or(d);
        }
        d.with_hms(1, 0, 0)
            .unwrap_or(PrimitiveDateTime::MIN)
            .assume_utc()
    };
    if t >= last_sunday(Month::March) && t < last_sunday(Month::October) {
        UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC)
    } else {
        UtcOffset::UTC
    }
}

/// A moment as UK local time.
pub fn uk_local(unix: i64) -> OffsetDateTime {
    let t = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    t.to_offset(uk_offset(t))
}

/// The moment a UK wall-clock time on `date` happens.
pub fn uk_wall_clock(date: Date, hour: u8, minute: u8) -> OffsetDateTime {
    let naive = date
        .with_hms(hour, minute, 0)
        .unwrap_or(PrimitiveDateTime::MIN);
    let guess = naive.assume_utc();
    naive.assume_offset(uk_offset(guess))
}

/// "10:04am" (or "10:04" where the language writes the 24-hour clock), in UK time.
pub fn clock_time(unix: i64) -> String {
    let local = uk_local(unix);
    let (h, m) = (local.hour(), local.minute());
    let minute = format!("{m:02}");
    if t("clock-style") == "full-day" {
        return format!("{h}:{minute}");
    }
    let (h12, half) = match h {
        0 => (12, t_key("clock-am")),
        1..=11 => (h, t_key("clock-am")),
        12 => (12, t_key("clock-pm")),
        _ => (h - 12, t_key("clock-pm")),
    };
    format!("{h12}:{minute}{}", t(half))
}

/// A weekday's name in the page's language.
pub fn weekday_name(w: Weekday) -> String {
    t(match w {
        Weekday::Monday => t_key("weekday-monday"),
        Weekday::Tuesday => t_key("weekday-tuesday"),
        Weekday::Wednesday => t_key("weekday-wednesday"),
        Weekday::Thursday => t_key("weekday-thursday"),
        Weekday::Friday => t_key("weekday-friday"),
        Weekday::Saturday => t_key("weekday-saturday"),
        Weekday::Sunday => t_key("weekday-sunday"),
    })
}

/// "Monday 24 November 2026".
pub fn date_with_weekday(d: Date) -> String {
    t_with(
        "date-with-weekday",
        [
            ("weekday", weekday_name(d.weekday()).into()),
            ("date", long_date(d).into()),
        ],
    )
}

/// "Monday 24 November 2026", in UK time.
pub fn day_with_weekday(unix: i64) -> String {
    date_with_weekday(uk_local(unix).date())
}

/// "10:04am on 22 November 2026", in UK time.
pub fn people_time(unix: i64) -> String {
    t_with(
        "time-on-date",
        [
            ("time", clock_time(unix).into()),
            ("date", long_date(uk_local(unix).date()).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_times_follow_british_summer_time() {
        assert_eq!(people_time(1_795_341_840), "10:04am on 22 November 2026");
        assert_eq!(people_time(1_782_898_200), "10:30am on 1 July 2026");
        assert_eq!(day_with_weekday(1_795_341_840), "Sunday 22 November 2026");
        let july = Date::from_calendar_date(2026, Month::July, 1).unwrap();
        assert_eq!(uk_wall_clock(july, 10, 30).unix_timestamp(), 1_782_898_200);
        let nov = Date::from_calendar_date(2026, Month::November, 22).unwrap();
        assert_eq!(uk_wall_clock(nov, 10, 4).unix_timestamp(), 1_795_341_840);
        assert_eq!(clock_time(1_795_341_840 + 3 * 3600), "1:04pm");
    }

    #[test]
    fn dates_and_times_are_written_as_the_pages_language_writes_them() {
        use crate::domain::Language;
        use leptos::prelude::{provide_context, Owner};
        let in_language = |language: Language, f: fn() -> String| {
            let owner = Owner::new();
            owner.with(|| {
                provide_context(language);
                f()
            })
        };
        let at = || people_time(1_795_341_840);
        let day = || day_with_weekday(1_795_341_840 + 13 * 3600);
        assert_eq!(
            in_language(Language::English, at),
            "10:04am on 22 November 2026"
        );
        assert_eq!(
            in_language(Language::Welsh, at),
            "10:04yb ar 22 Tachwedd 2026"
        );
        assert_eq!(
            in_language(Language::Polish, at),
            "10:04, 22 listopada 2026"
        );
        assert_eq!(
            in_language(Language::Romanian, day),
            "duminică, 22 noiembrie 2026"
        );
        assert_eq!(
            in_language(Language::Polish, || clock_time(1_795_341_840 + 8 * 3600)),
            "18:04"
        );
    }
}
