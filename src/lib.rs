//! Front Door: one front door to health and care for residents of an integrated care system.

#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod domain;
pub mod features;
pub mod platform;
#[cfg(feature = "ssr")]
pub mod providers;
#[cfg(feature = "ssr")]
pub mod sim;
#[cfg(feature = "ssr")]
pub mod state;

/// The browser entry point. Pages are server-rendered HTML; only islands (the
/// session timeout warning) are hydrated, by Leptos's island script after this.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Lets the end-to-end tests know the script has run.
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
