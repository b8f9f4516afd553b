//! Text, password and checkbox inputs with hints and error messages.

use super::field::{described_by, error_message};
use leptos::prelude::*;

#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] width: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] code: bool,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    let has_error = error.is_some();
    let mut class = String::from("nhsuk-input");
    if code {
        class.push_str(" nhsuk-input--code");
    }
    if let Some(w) = width {
        class.push_str(" nhsuk-input--width-");
        class.push_str(w);
    }
    if has_error {
        class.push_str(" nhsuk-input--error");
    }
    let aria = described_by(&id, hint.is_some(), has_error);
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <label class="nhsuk-label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{h}</div> })}
            {error_message(&id, error)}
            <input
                class=class
                id=id.clone()
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck=if code || input_type != "text" { Some("false") } else { None }
                autocapitalize=(input_type == "password").then_some("none")
                aria-describedby=aria
            />
        </div>
    }
}

/// A password box that allows paste and password managers, and never shows a value back.
#[component]
pub fn PasswordInput(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    /// "new-password" or "current-password".
    autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <TextInput id name label hint=hint.unwrap_or_default() error input_type="password"
            autocomplete=autocomplete width="20" />
    }
}

#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] checked: bool,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    view! {
        <div class="nhsuk-form-group">
            <div class="nhsuk-checkboxes">
                <div class="nhsuk-checkboxes__item">
                    <input class="nhsuk-checkboxes__input" id=id.clone() name=name type="checkbox" value="yes" checked=checked aria-describedby=hint_id.clone() />
                    <label class="nhsuk-label nhsuk-checkboxes__label" for=id.clone()>{label}</label>
                    {hint.map(|h| view! { <div class="nhsuk-hint nhsuk-checkboxes__hint" id=hint_id.clone()>{h}</div> })}
                </div>
            </div>
        </div>
    }
}
