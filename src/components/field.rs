//! What every form field shares: its hint and error ids, and its error message.

use crate::domain::t;
use leptos::prelude::*;

pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

pub fn error_message(id: &str, error: Option<String>) -> impl IntoView {
    error.map(|e| {
        view! {
            <span class="nhsuk-error-message" id=format!("{id}-error")>
                <span class="nhsuk-u-visually-hidden">{t("hidden-error")}": "</span>
                {e}
            </span>
        }
    })
}
