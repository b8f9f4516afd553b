//! Rules for what a person types about themselves: name, email, date of birth, password length.

use super::words::t;

use time::{macros::format_description, Date, Month};

/// A date as NHS.UK writes it, "14 March 2024", in the page's language
/// ("14 Mawrth 2024", "14 marca 2024", "14 martie 2024").
pub fn long_date(d: Date) -> String {
    super::t_with(
        "date-long",
        [
            // Strings, not numbers: a year is never written "2,026".
            ("day", d.day().to_string().into()),
            ("month", month_name(d.month()).into()),
            ("year", d.year().to_string().into()),
        ],
    )
}

/// A month's name in the page's language, as a date writes it.
pub fn month_name(m: Month) -> String {
    super::t(match m {
        Month::January => super::t_key("month-1"),
        Month::February => super::t_key("month-2"),
        Month::March => super::t_key("month-3"),
        Month::April => super::t_key("month-4"),
        Month::May => super::t_key("month-5"),
        Month::June => super::t_key("month-6"),
        Month::July => super::t_key("month-7"),
        Month::August => super::t_key("month-8"),
        Month::September => super::t_key("month-9"),
        Month::October => super::t_key("month-10"),
        Month::November => super::t_key("month-11"),
        Month::December => super::t_key("month-12"),
    })
}

/// Age in whole years on `today` of someone born on `born`; none for a birth date
/// still to come. Someone born on 29 February has their birthday on 1 March in
/// other years, as in UK law.
pub fn age_in_years(born: Date, today: Date) -> Option<i64> {
    if born > today {
        return None;
    }
    let mut years = (today.year() - born.year()) as i64;
    if (today.month() as u8, today.day()) < (born.month() as u8, born.day()) {
        years -= 1;
    }
    Some(years.max(0))
}

/// Reads a stored date of birth (YYYY-MM-DD).
pub fn stored_date(s: &str) -> Option<Date> {
    Date::parse(s, format_description!("[year]-[month]-[day]")).ok()
}

pub const PASSWORD_MIN_CHARS: usize = 8;
pub const PASSWORD_MAX_CHARS: usize = 128;

pub fn parse_full_name(input: &str) -> Result<String, String> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        Err(t("say-form-enter-your-full-name"))
    } else if name.chars().count() > 200 {
        Err(t("say-form-full-name-must-be-200"))
    } else if name.chars().any(|c| c.is_control()) {
        Err(t("say-form-full-name-must-only-include"))
    } else {
        Ok(name)
    }
}

/// Normalises an email address for storage and look-up (trimmed, lower case).
pub fn parse_email(input: &str) -> Result<String, String> {
    let email = input.trim().to_lowercase();
    if email.is_empty() {
        return Err(t("say-form-enter-your-email-address"));
    }
    let well_formed = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
            }
            None => false,
        };
    if well_formed {
        Ok(email)
    } else {
        Err(t("say-form-enter-an-email-address-in"))
    }
}

/// Length rules only; the common-password list is checked on the server.
pub fn check_password_length(password: &str) -> Result<(), String> {
    let n = password.chars().count();
    if n == 0 {
        Err(t("say-form-enter-a-password"))
    } else if n < PASSWORD_MIN_CHARS {
        Err(t("say-form-password-must-be-8-characters"))
    } else if n > PASSWORD_MAX_CHARS {
        Err(t("say-form-password-must-be-128-characters"))
    } else {
        Ok(())
    }
}

/// Which part of the date input an error belongs to, so the summary links there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

/// Parses the three boxes of a date of birth, given today's date.
pub fn parse_date_of_birth(
    day: &str,
    month: &str,
    year: &str,
    today: Date,
) -> Result<Date, (DatePart, String)> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Err((DatePart::Day, t("say-form-enter-your-date-of-birth")));
    }
    if day.is_empty() {
        return Err((DatePart::Day, t("say-form-date-of-birth-must-include")));
    }
    if month.is_empty() {
        return Err((DatePart::Month, t("say-form-date-of-birth-must-include-2")));
    }
    if year.is_empty() {
        return Err((DatePart::Year, t("say-form-date-of-birth-must-include-3")));
    }
    let d: u8 = day
        .parse()
        .map_err(|_| (DatePart::Day, t("say-form-date-of-birth-must-be")))?;
    let m: u8 = month
        .parse()
        .map_err(|_| (DatePart::Month, t("say-form-date-of-birth-must-be")))?;
    if year.len() != 4 {
        return Err((DatePart::Year, t("say-form-year-must-include-4-numbers")));
    }
    let y: i32 = year
        .parse()
        .map_err(|_| (DatePart::Year, t("say-form-date-of-birth-must-be")))?;
    let month =
        Month::try_from(m).map_err(|_| (DatePart::Month, t("say-form-date-of-birth-must-be")))?;
    let date = Date::from_calendar_date(y, month, d)
        .map_err(|_| (DatePart::Day, t("say-form-date-of-birth-must-be")))?;
    if date > today {
        return Err((DatePart::Day, t("say-form-date-of-birth-must-be-2")));
    }
    if today.year() - y > 130 {
        return Err((DatePart::Year, t("say-form-date-of-birth-must-be-3")));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 22);

    #[test]
    fn password_length_limits() {
        assert!(check_password_length("").is_err());
        assert!(check_password_length("seven77").is_err());
        assert!(check_password_length("eight888").is_ok());
        assert!(
            check_password_length(&"x".repeat(64)).is_ok(),
            "64 must be allowed"
        );
        assert!(check_password_length(&"x".repeat(128)).is_ok());
        assert!(check_password_length(&"x".repeat(129)).is_err());
        // Counted in characters, not bytes.
        assert!(check_password_length("ééééééé").is_err());
        assert!(check_password_length("éééééééé").is_ok());
    }

    #[test]
    fn email_is_normalised_and_checked() {
        assert_eq!(
            parse_email("  Sam@Example.ORG ").unwrap(),
            "sam@example.org"
        );
        for bad in [
            "",
            "sam",
            "sam@",
            "@example.org",
            "sam@example",
            "sa m@example.org",
            "a@b@c.org",
            "sam@.org",
        ] {
            assert!(parse_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn full_name_collapses_spaces() {
        assert_eq!(parse_full_name("  Sam   O'Neil ").unwrap(), "Sam O'Neil");
        assert!(parse_full_name("   ").is_err());
    }

    #[test]
    fn date_of_birth_rules() {
        assert_eq!(
            parse_date_of_birth("1", "2", "1980", TODAY).unwrap(),
            date!(1980 - 02 - 01)
        );
        assert_eq!(
            parse_date_of_birth("", "", "", TODAY).unwrap_err().0,
            DatePart::Day
        );
        assert_eq!(
            parse_date_of_birth("1", "", "1980", TODAY).unwrap_err().0,
            DatePart::Month
        );
        assert_eq!(
            parse_date_of_birth("1", "2", "80", TODAY).unwrap_err().0,
            DatePart::Year
        );
        assert_eq!(
            parse_date_of_birth("31", "2", "1980", TODAY).unwrap_err().1,
            "Date of birth must be a real date"
        );
        assert_eq!(
            parse_date_of_birth("23", "11", "2026", TODAY)
                .unwrap_err()
                .1,
            "Date of birth must be in the past"
        );
        assert!(parse_date_of_birth("1", "1", "1850", TODAY).is_err());
        assert!(parse_date_of_birth("x", "1", "1980", TODAY).is_err());
    }
}
