//! Help to use Front Door: where to get help getting online (help points from
//! configuration), free devices and data, and learning. The organisations listed
//! here are the ones whose helpers help people at a help point.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod settings;

use serde::{Deserialize, Serialize};

/// One place where people get help, as the public page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpPointView {
    pub name: String,
    pub organisation: String,
    pub address: Vec<String>,
    pub opening_times: Vec<String>,
    pub phone: Option<String>,
    pub help: Vec<String>,
    pub accessible_entrance: bool,
}

/// A named scheme or course, with what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Described {
    pub name: String,
    pub description: String,
}

/// "Get help getting online".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpOnlineView {
    pub help_points: Vec<HelpPointView>,
    pub schemes: Vec<Described>,
    pub learning: Vec<Described>,
}
