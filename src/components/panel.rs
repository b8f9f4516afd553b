//! The NHS.UK confirmation panel: what has just been done, and its reference.

use leptos::prelude::*;

/// A green panel with `title` as the page's heading and `children` as its body.
#[component]
pub fn Panel(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <div class="nhsuk-panel">
            <h1 class="nhsuk-panel__title">{title}</h1>
            <div class="nhsuk-panel__body">{children()}</div>
        </div>
    }
}
