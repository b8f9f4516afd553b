//! A value that must never be printed, logged or sent to a browser: password
//! hashes, signing secrets, provider tokens. It has no `Serialize`, and its
//! `Debug` shows only that something is there.

use serde::Deserialize;

#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value itself, for the one place that uses it (hashing, an HTTP header).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(hidden)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let s = Secret::new("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
        assert_eq!(format!("{s:?}"), "Secret(hidden)");
        assert_eq!(s.expose(), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
    }
}
