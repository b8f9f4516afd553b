//! Radios in a fieldset, with hints and an error message.

use super::field::{described_by, error_message};
use leptos::prelude::*;

/// One radio option: value, label and an optional hint.
#[derive(Clone, Debug)]
pub struct RadioOption {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// A set of radios in a fieldset. The first radio has `id`, so the error summary can link to it.
#[component]
pub fn Radios(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    /// The legend is the page's heading (one question per page).
    #[prop(optional)]
    heading: bool,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<RadioOption>,
    #[prop(optional, into)] selected: String,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let has_error = error.is_some();
    let aria = described_by(&id, hint.is_some(), has_error);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(n, o)| {
            let input_id = if n == 0 { id.clone() } else { format!("{id}-{n}") };
            let hint_id = o.hint.as_ref().map(|_| format!("{input_id}-item-hint"));
            view! {
                <div class="nhsuk-radios__item">
                    <input class="nhsuk-radios__input" id=input_id.clone() name=name.clone() type="radio"
                        value=o.value.clone() checked=o.value == selected aria-describedby=hint_id.clone() />
                    <label class="nhsuk-label nhsuk-radios__label" for=input_id>{o.label}</label>
                    {o.hint.map(|h| view! { <div class="nhsuk-hint nhsuk-radios__hint" id=hint_id.clone()>{h}</div> })}
                </div>
            }
        })
        .collect_view();
    let legend_view = if heading {
        view! {
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
                <h1 class="nhsuk-fieldset__heading">{legend}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{legend}</legend> }
            .into_any()
    };
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <fieldset class="nhsuk-fieldset" aria-describedby=aria>
                {legend_view}
                {hint.map(|h| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{h}</div> })}
                {error_message(&id, error)}
                <div class="nhsuk-radios">{items}</div>
            </fieldset>
        </div>
    }
}
