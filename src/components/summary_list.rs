//! The NHS.UK summary list: keys and values, one row each.

use leptos::prelude::*;

/// One row, or nothing when there is no value.
pub fn row(key: &str, value: Option<String>) -> impl IntoView {
    value.map(|value| {
        view! {
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{key.to_string()}</dt>
                <dd class="nhsuk-summary-list__value">{value}</dd>
            </div>
        }
    })
}
