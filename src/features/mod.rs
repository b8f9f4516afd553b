//! One folder per capability: its server functions, pages and rules.

pub mod account;
pub mod appointments;
pub mod carers;
pub mod helpers;
pub mod record;
pub mod site;
pub mod triage;
