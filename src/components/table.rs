//! The NHS.UK table's container: a table wider than a small screen scrolls inside
//! it, so the page itself never scrolls sideways (WCAG 1.4.10 reflow, which lets
//! data tables scroll). It is a named region that takes keyboard focus, so people
//! who cannot drag can scroll it with the arrow keys.

use leptos::prelude::*;

#[component]
pub fn TableContainer(#[prop(into)] label: String, children: Children) -> impl IntoView {
    view! {
        <div class="nhsuk-table-container" role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}
