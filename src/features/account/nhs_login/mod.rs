//! Sign-in with NHS login (OpenID Connect, `private_key_jwt`, PKCE, vectors of
//! trust): the client, the start and return addresses, and what a proved
//! identity does to an account. Server only.

pub mod client;
pub mod routes;
pub mod service;

pub use client::NhsLoginSettings;
