//! Hand-written FHIR R4 types for the resources the portal reads, and typed
//! builders (`write`) for what it writes (server only).
//!
//! Tolerant by design: unknown elements are ignored, and an element of the
//! wrong type becomes "absent" instead of failing the whole resource, because
//! provider systems differ and some are wrong. Typed FHIR model crates were
//! avoided: they compile to many MB of wasm and need over 4 GB of RAM to build.
//! Nothing here is sent to the browser; pages get small view types instead.

pub mod datatypes;
pub mod resources;
pub mod security;
pub mod write;

pub use datatypes::*;

/// Identifier and code systems (UK Core conventions).
pub const NHS_NUMBER_SYSTEM: &str = "https://fhir.nhs.uk/Id/nhs-number";
pub const SNOMED: &str = "http://snomed.info/sct";
pub const DMD: &str = "https://dmd.nhs.uk";
pub const LOINC: &str = "http://loinc.org";
pub const ODS_SYSTEM: &str = "https://fhir.nhs.uk/Id/ods-organization-code";
pub use resources::*;

use serde::{de::DeserializeOwned, Deserialize, Deserializer};

/// How an element is read when it may be missing, null or of the wrong type.
pub trait Lenient: Sized {
    fn from_json(value: serde_json::Value) -> Self;
}

/// A single element: `None` unless it reads as `T`.
impl<T: DeserializeOwned> Lenient for Option<T> {
    fn from_json(value: serde_json::Value) -> Self {
        serde_json::from_value(value).ok()
    }
}

/// A list: the items that read as `T`, the rest dropped.
impl<T: DeserializeOwned> Lenient for Vec<T> {
    fn from_json(value: serde_json::Value) -> Self {
        match value {
            serde_json::Value::Array(items) => items
                .into_iter()
                .filter_map(|v| serde_json::from_value(v).ok())
                .collect(),
            _ => Vec::new(),
        }
    }
}

pub(crate) fn lenient<'de, D: Deserializer<'de>, T: Lenient>(d: D) -> Result<T, D::Error> {
    Ok(T::from_json(serde_json::Value::deserialize(d)?))
}

/// Declares a FHIR element or resource whose every field is read with [`lenient`]
/// (fields are `Option<T>` or `Vec<T>`; JSON names are the camelCase of the field).
macro_rules! fhir_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $(
                $(#[$fmeta])*
                #[serde(default, deserialize_with = "crate::providers::fhir::lenient")]
                pub $field: $ty,
            )*
        }
    };
}
pub(crate) use fhir_struct;

/// Why a provider's answer could not be read at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReadError {
    #[error("the answer was not JSON")]
    NotJson,
    #[error("the answer was too large")]
    TooLarge,
    #[error("the answer was not the expected resource type")]
    WrongType,
}

/// The most a single provider answer may be (bytes); larger is refused unread.
/// A FHIR instant ("2026-11-22T09:00:00Z") for a unix time.
pub fn instant(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// The unix time of a FHIR instant or dateTime with a time zone.
pub fn parse_instant(s: &str) -> Option<i64> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(|t| t.unix_timestamp())
}

pub const MAX_ANSWER_BYTES: usize = 8 * 1024 * 1024;

/// Parses one resource of type `T` from JSON bytes, checking `resourceType`.
pub fn parse_resource<T: Resource>(bytes: &[u8]) -> Result<T, ReadError> {
    if bytes.len() > MAX_ANSWER_BYTES {
        return Err(ReadError::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| ReadError::NotJson)?;
    resource_from_value(value)
}

pub fn resource_from_value<T: Resource>(value: serde_json::Value) -> Result<T, ReadError> {
    if value.get("resourceType").and_then(|t| t.as_str()) != Some(T::TYPE) {
        return Err(ReadError::WrongType);
    }
    serde_json::from_value(value).map_err(|_| ReadError::WrongType)
}

/// A FHIR resource type this module can read.
pub trait Resource: DeserializeOwned {
    const TYPE: &'static str;
}

#[cfg(test)]
mod instant_tests {
    use super::*;

    #[test]
    fn instants_round_trip() {
        assert_eq!(instant(1_795_338_000), "2026-11-22T09:00:00Z");
        assert_eq!(parse_instant("2026-11-22T09:00:00Z"), Some(1_795_338_000));
        assert_eq!(
            parse_instant("2026-11-22T10:00:00+01:00"),
            Some(1_795_338_000)
        );
        assert_eq!(parse_instant("22/11/2026"), None);
    }
}
