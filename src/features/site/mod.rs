//! Pages about the service itself: start page, accessibility, privacy, not found.

pub mod pages;
