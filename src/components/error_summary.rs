//! The error summary: "There is a problem", each error a link to its field.

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
