//! Server-only parts: database, audit, security, sessions, and the router.

pub mod acting;
pub mod app;
pub mod audit;
pub mod clock;
pub mod db;
pub mod fhir;
pub mod passwords;
pub mod providers;
pub mod security;
pub mod session;
pub mod state;
pub mod throttle;
pub mod timeouts;
