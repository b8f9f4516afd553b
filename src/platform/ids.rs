//! Random keys and references: keys name a row in a URL or a form (never
//! guessable), references are what a person reads out on the phone.

use rand::Rng;

/// A key for a form or a row: 32 lower-case hex characters (a random UUID, v4).
pub fn new_key() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// Keys are 32 lower-case hex characters; anything else is refused before the database.
pub fn valid_key(key: &str) -> bool {
    key.len() == 32 && key.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
}

/// A reference a person can read out on the phone: "FD-7K3M-Q9PX" for a booking,
/// "RQ-7K3M-Q9PX" for an online request. No letters or digits that look alike.
pub fn readable_reference(prefix: &str) -> String {
    let s = readable_code();
    format!("{prefix}-{}-{}", &s[..4], &s[4..])
}

/// Eight random letters and digits, none that look alike ("7K3MQ9PX"): for a
/// reference, or a one-time code a person reads out.
pub fn readable_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..8)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_readable_and_keys_are_long() {
        let r = readable_reference("FD");
        assert_eq!(r.len(), 12);
        assert!(r.starts_with("FD-"));
        assert!(!r.contains('0') && !r.contains('O') && !r.contains('1') && !r.contains('I'));
        assert_eq!(new_key().len(), 32);
        assert!(valid_key(&new_key()));
        assert_ne!(new_key(), new_key());
        assert!(!valid_key("ABCDEF0123456789abcdef0123456789"));
        assert!(!valid_key("abc"));
    }
}
