//! The NHS number: ten digits, the last a modulus-11 check digit.

use super::words::t;

use serde::{Deserialize, Serialize};
use std::fmt;

/// A checked NHS number, stored as its ten digits without spaces.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NhsNumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NhsNumberError {
    NotNumbers,
    WrongLength,
    FailsCheck,
}

impl NhsNumberError {
    /// What to tell the person, in the NHS.UK style.
    pub fn message(self) -> String {
        match self {
            Self::NotNumbers => t("say-form-nhs-number-only-numbers"),
            Self::WrongLength => t("say-form-nhs-number-10-numbers"),
            Self::FailsCheck => t("say-form-enter-a-valid-nhs-number"),
        }
    }
}

impl NhsNumber {
    /// Parses what a person typed: ten digits, with any spaces or hyphens between them.
    pub fn parse(input: &str) -> Result<Self, NhsNumberError> {
        let mut digits = String::with_capacity(10);
        for c in input.trim().chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' => {}
                _ => return Err(NhsNumberError::NotNumbers),
            }
        }
        if digits.len() != 10 {
            return Err(NhsNumberError::WrongLength);
        }
        let d: Vec<u32> = digits
            .chars()
            .map(|c| c.to_digit(10).unwrap_or(0))
            .collect();
        match check_digit(&d[..9]) {
            Some(check) if check == d[9] => Ok(Self(digits)),
            _ => Err(NhsNumberError::FailsCheck),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Grouped 3-3-4 as printed on NHS letters: "943 476 5919".
    pub fn formatted(&self) -> String {
        format!("{} {} {}", &self.0[..3], &self.0[3..6], &self.0[6..])
    }
}

/// The modulus-11 check digit for the first nine digits; `None` when no check
/// digit can make the number valid (a remainder of 10).
pub fn check_digit(first_nine: &[u32]) -> Option<u32> {
    let sum: u32 = first_nine
        .iter()
        .zip((2..=10).rev())
        .map(|(d, w)| d * w)
        .sum();
    match 11 - (sum % 11) {
        11 => Some(0),
        10 => None,
        r => Some(r),
    }
}

impl fmt::Display for NhsNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.formatted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_valid_number_with_or_without_spaces() {
        assert_eq!(
            NhsNumber::parse("9434765919").unwrap().as_str(),
            "9434765919"
        );
        assert_eq!(
            NhsNumber::parse(" 943 476 5919 ").unwrap().as_str(),
            "9434765919"
        );
        assert_eq!(
            NhsNumber::parse("943-476-5919").unwrap().formatted(),
            "943 476 5919"
        );
    }

    #[test]
    fn refuses_a_wrong_check_digit() {
        assert_eq!(
            NhsNumber::parse("9434765918"),
            Err(NhsNumberError::FailsCheck)
        );
    }

    #[test]
    fn refuses_numbers_whose_check_would_be_ten() {
        // 000000006x: sum = 6*2 = 12, 12 mod 11 = 1, 11 - 1 = 10: never valid.
        for last in 0..=9 {
            let n = format!("000000006{last}");
            assert_eq!(NhsNumber::parse(&n), Err(NhsNumberError::FailsCheck), "{n}");
        }
    }

    #[test]
    fn remainder_eleven_means_check_digit_zero() {
        // All zeros: sum 0, 11 - 0 = 11, check digit 0.
        assert!(NhsNumber::parse("0000000000").is_ok());
    }

    #[test]
    fn refuses_wrong_length_and_letters() {
        assert_eq!(
            NhsNumber::parse("943476591"),
            Err(NhsNumberError::WrongLength)
        );
        assert_eq!(
            NhsNumber::parse("94347659190"),
            Err(NhsNumberError::WrongLength)
        );
        assert_eq!(NhsNumber::parse(""), Err(NhsNumberError::WrongLength));
        assert_eq!(
            NhsNumber::parse("943476591X"),
            Err(NhsNumberError::NotNumbers)
        );
    }

    #[test]
    fn test_range_numbers_used_by_the_demo_are_valid() {
        for n in ["9990000018", "9990000026", "9990000034"] {
            assert!(NhsNumber::parse(n).is_ok(), "{n}");
        }
    }
}
