//! The NHS.UK care card: what to do, and how urgently.

use crate::domain::t;
use leptos::prelude::*;

/// A care card: "emergency" (999, A&E), "urgent" (111) or "non-urgent".
pub fn care_card(variant: &'static str, title: String, h1: bool, body: AnyView) -> AnyView {
    let hidden = match variant {
        "emergency" => t("care-card-emergency"),
        "urgent" => t("care-card-urgent"),
        _ => t("care-card-non-urgent"),
    };
    let heading = view! { <span role="text"><span class="nhsuk-u-visually-hidden">{hidden}": "</span>{title}</span> };
    view! {
        <div class=format!("nhsuk-card nhsuk-card--care nhsuk-card--care--{variant}")>
            <div class="nhsuk-card__heading-container">
                {if h1 {
                    view! { <h1 class="nhsuk-card__heading">{heading}</h1> }.into_any()
                } else {
                    view! { <h2 class="nhsuk-card__heading">{heading}</h2> }.into_any()
                }}
                <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
            </div>
            <div class="nhsuk-card__content">{body}</div>
        </div>
    }
    .into_any()
}
