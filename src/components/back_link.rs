//! The NHS.UK back link, at the top of a page.

use crate::domain::t;
use leptos::prelude::*;

/// "Back" (or `text`) to `href`. `class` adds classes (such as `fd-no-print`).
#[component]
pub fn BackLink(
    #[prop(into)] href: String,
    #[prop(into, default = t("back"))] text: String,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    let class = match class {
        Some(extra) => format!("nhsuk-back-link {extra}"),
        None => "nhsuk-back-link".to_string(),
    };
    view! { <a class=class href=href>{text}</a> }
}
