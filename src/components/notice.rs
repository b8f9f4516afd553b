//! The information a page shows after a form sent the person back to it
//! (post/redirect/get with a word in the address, such as `?ended=yes`).

use crate::domain::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// An inset text with the words of the first of `notices` (query parameter,
/// words' key) whose query parameter is in the page's address; nothing when
/// none is.
#[component]
pub fn QueryNotice(notices: &'static [(&'static str, &'static str)]) -> impl IntoView {
    let query = use_query_map();
    move || {
        query.with(|q| {
            notices
                .iter()
                .find(|(key, _)| q.get(key).is_some())
                .map(|(_, key)| {
                    view! {
                        <div class="nhsuk-inset-text">
                            <span class="nhsuk-u-visually-hidden">{t("hidden-information")}": "</span>
                            <p>{t(key)}</p>
                        </div>
                    }
                })
        })
    }
}
