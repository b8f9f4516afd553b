//! The three-box date input (day, month, year).

use super::field::{described_by, error_message};
use crate::domain::t;
use leptos::prelude::*;

/// Day, month and year boxes. `error_field` says which box the error belongs to.
#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    values: [String; 3],
    #[prop(optional_no_strip)] error: Option<(String, String)>,
    #[prop(default = false)] birthday: bool,
) -> impl IntoView {
    let has_error = error.is_some();
    let aria = described_by(&id, hint.is_some(), has_error);
    let error_field = error.as_ref().map(|(f, _)| f.clone());
    let message = error.map(|(_, m)| m);
    let parts = [
        ("day", t("date-day"), "2"),
        ("month", t("date-month"), "2"),
        ("year", t("date-year"), "4"),
    ];
    let autocompletes = ["bday-day", "bday-month", "bday-year"];
    let items = parts
        .into_iter()
        .zip(values)
        .zip(autocompletes)
        .map(|(((part, text, width), value), auto)| {
            let input_id = format!("{id}-{part}");
            let errored = error_field.as_deref() == Some(input_id.as_str());
            let class = format!(
                "nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}{}",
                if errored { " nhsuk-input--error" } else { "" }
            );
            view! {
                <div class="nhsuk-date-input__item">
                    <div class="nhsuk-form-group">
                        <label class="nhsuk-label nhsuk-date-input__label" for=input_id.clone()>{text}</label>
                        <input
                            class=class
                            id=input_id
                            name=format!("{name}_{part}")
                            type="text"
                            inputmode="numeric"
                            value=value
                            autocomplete=birthday.then_some(auto)
                        />
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <fieldset class="nhsuk-fieldset" role="group" aria-describedby=aria>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
                {hint.map(|h| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{h}</div> })}
                {error_message(&id, message)}
                <div class="nhsuk-date-input" id=id.clone()>{items}</div>
            </fieldset>
        </div>
    }
}
