//! Form pieces in the NHS.UK pattern: error summary linked to fields, inputs
//! with hints and error messages, and the three-box date input.

use crate::domain::FieldError;
use leptos::{html, prelude::*};

/// "There is a problem", each error a link to its field. Takes focus when shown.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    (!errors.is_empty()).then(|| {
        view! {
            <div class="nhsuk-error-summary" tabindex="-1" autofocus node_ref=node aria-labelledby="error-summary-title">
                <div role="alert">
                    <h2 class="nhsuk-error-summary__heading" id="error-summary-title">"There is a problem"</h2>
                    <div class="nhsuk-error-summary__body">
                        <ul class="nhsuk-list nhsuk-error-summary__list">
                            {errors
                                .into_iter()
                                .map(|e| {
                                    let target = e.field.clone();
                                    view! {
                                        <li>
                                            <a href=format!("#{}", e.field) on:click=move |ev| focus_field(ev, &target)>
                                                {e.message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </div>
            </div>
        }
    })
}

/// With JavaScript the app's router would treat "#field" as a navigation;
/// move focus to the field itself, as a plain browser does.
fn focus_field(ev: leptos::ev::MouseEvent, id: &str) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id) {
        ev.prevent_default();
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<leptos::web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn error_message(id: &str, error: Option<String>) -> impl IntoView {
    error.map(|e| {
        view! {
            <span class="nhsuk-error-message" id=format!("{id}-error")>
                <span class="nhsuk-u-visually-hidden">"Error: "</span>
                {e}
            </span>
        }
    })
}

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
        ("day", "Day", "2"),
        ("month", "Month", "2"),
        ("year", "Year", "4"),
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
