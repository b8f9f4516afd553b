//! The error summary: "There is a problem", each error a link to its field.

use crate::domain::{t, FieldError};
use leptos::prelude::*;

/// "There is a problem", each error a link to its field. The page is rendered
/// on the server with nothing hydrated, so the browser does the rest: the
/// summary takes focus as the page loads (`autofocus`) and each link moves to
/// its field as any same-page link does.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="nhsuk-error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-title">
                <div role="alert">
                    <h2 class="nhsuk-error-summary__heading" id="error-summary-title">{t("error-summary-title")}</h2>
                    <div class="nhsuk-error-summary__body">
                        <ul class="nhsuk-list nhsuk-error-summary__list">
                            {errors
                                .into_iter()
                                .map(|e| view! { <li><a href=format!("#{}", e.field)>{e.message}</a></li> })
                                .collect_view()}
                        </ul>
                    </div>
                </div>
            </div>
        }
    })
}
