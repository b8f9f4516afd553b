//! A group of checkboxes in a fieldset, each posted as `name[value]=yes`, with a
//! hint and an error message; each choice's label is a words key.

use crate::domain::t;
use crate::domain::FormState;
use leptos::prelude::*;

/// The values of `choices` ticked in a form's kept answers (`name[value]=yes`), in
/// the order they are offered.
pub fn ticked(
    form: &FormState,
    name: &str,
    choices: &[(&'static str, &'static str)],
) -> Vec<String> {
    choices
        .iter()
        .filter(|(value, _)| form.value(&format!("{name}[{value}]")) == "yes")
        .map(|(value, _)| value.to_string())
        .collect()
}

/// Checkboxes for `choices` (value, words), ticked from `ticked`. The fieldset's
/// id is `id` (the error summary links to its first box, `{id}-{first value}`).
pub fn checkboxes(
    id: &str,
    name: &str,
    legend: &str,
    hint: &str,
    choices: &[(&'static str, &'static str)],
    ticked: &[String],
    error: Option<String>,
) -> impl IntoView {
    let has_error = error.is_some();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let aria = if has_error {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let boxes = choices
        .iter()
        .map(|(value, label)| {
            let box_id = format!("{id}-{value}");
            let checked = ticked.iter().any(|t| t == value);
            view! {
                <div class="nhsuk-checkboxes__item">
                    <input class="nhsuk-checkboxes__input" id=box_id.clone() name=format!("{name}[{value}]") type="checkbox" value="yes" checked=checked />
                    <label class="nhsuk-label nhsuk-checkboxes__label" for=box_id>{t(label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <fieldset class="nhsuk-fieldset" aria-describedby=aria>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{legend.to_string()}</legend>
                <div class="nhsuk-hint" id=hint_id>{hint.to_string()}</div>
                {error.map(|e| view! {
                    <span class="nhsuk-error-message" id=error_id><span class="nhsuk-u-visually-hidden">{t("hidden-error")}": "</span>{e}</span>
                })}
                <div class="nhsuk-checkboxes">{boxes}</div>
            </fieldset>
        </div>
    }
}
