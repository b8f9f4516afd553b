//! The start page and the service's own information pages.

use crate::components::{easy_read, EasyLine, EasyRead, EasyReadSwitch, PageTitle, Picture};
use crate::domain::t;
use leptos::prelude::*;

#[component]
pub fn StartPage(signed_in: bool) -> impl IntoView {
    if easy_read() {
        return view! { <EasyStartPage signed_in /> }.into_any();
    }
    view! {
        <PageTitle text=t("site-your-health-and-care-in") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <EasyReadSwitch />
                <h1>{t("site-your-health-and-care-in")}</h1>
                <p class="nhsuk-lede-text">{t("site-front-door-brings-together-the")}</p>
                <Show
                    when=move || signed_in
                    fallback=|| view! {
                        <p>{t("site-create-an-account-to-get")}</p>
                        <a class="nhsuk-button" href="/register" role="button" draggable="false">{t("site-create-an-account")}</a>
                        <p>{t("site-already-have-an-account")}" " <a href="/sign-in">{t("site-sign-in")}</a></p>
                    }
                >
                    <a class="nhsuk-button" href="/home" role="button" draggable="false">{t("site-go-to-your-home-page")}</a>
                </Show>
                <h2>{t("site-with-help-from-someone-near")}</h2>
                <p>{t("site-libraries-and-other-help-points")}" "<a href="/get-help-online">{t("site-find-help-getting-online")}</a>"."</p>
                <h2>{t("site-if-you-need-help-now")}</h2>
                <p>{t("site-if-it-s-an-emergency")}" " <a href="https://111.nhs.uk">"111.nhs.uk"</a> " "{t("site-or-call-111")}</p>
            </div>
        </div>
    }
    .into_any()
}

/// What Front Door is, in Easy Read.
#[component]
fn EasyStartPage(signed_in: bool) -> impl IntoView {
    view! {
        <PageTitle text=t("site-front-door-easy-read") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <EasyReadSwitch />
                <h1>{t("site-front-door")}</h1>
                <EasyRead>
                    <EasyLine picture=Picture::Door>
                        <p>{t("site-front-door-is-a-website")}</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Record>
                        <p>{t("site-you-can-see-your-health")}</p>
                        <p>{t("site-your-record-says-what-your")}</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Calendar>
                        <p>{t("site-you-can-book-an-appointment")}</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Message>
                        <p>{t("site-you-can-ask-your-doctor")}</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Helper>
                        <p>{t("site-someone-who-looks-after-you")}</p>
                        <p>{t("site-you-choose-what-they-can")}</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Computer>
                        <p>{t("site-staff-at-a-library-can")}</p>
                        <p><a href="/get-help-online">{t("site-find-help-near-you")}</a></p>
                    </EasyLine>
                    <EasyLine picture=Picture::Phone999>
                        <p><strong>{t("site-if-you-are-very-ill")}</strong></p>
                    </EasyLine>
                    <EasyLine picture=Picture::Phone111>
                        <p>{t("site-if-you-need-help-fast")}</p>
                    </EasyLine>
                    {if signed_in {
                        view! { <a class="nhsuk-button" href="/home" role="button" draggable="false">{t("site-go-to-your-home-page")}</a> }.into_any()
                    } else {
                        view! {
                            <EasyLine picture=Picture::Key>
                                <p>{t("site-to-use-front-door-you")}</p>
                                <p><a class="nhsuk-button" href="/sign-in" role="button" draggable="false">{t("site-sign-in")}</a></p>
                            </EasyLine>
                            <EasyLine picture=Picture::Person>
                                <p>{t("site-new-to-front-door")}</p>
                                <p><a href="/register">{t("site-make-an-account")}</a></p>
                            </EasyLine>
                        }
                        .into_any()
                    }}
                </EasyRead>
            </div>
        </div>
    }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=t("site-page-not-found") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{t("site-page-not-found")}</h1>
                <p>{t("site-if-you-typed-the-web")}</p>
                <p>{t("site-if-you-pasted-the-web")}</p>
                <p><a href="/">{t("site-go-to-the-front-door")}</a></p>
            </div>
        </div>
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <PageTitle text=t("site-accessibility-statement") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{t("site-accessibility-statement")}</h1>
                <p>{t("site-we-want-as-many-people")}</p>
                <ul>
                    <li>{t("site-use-it-without-javascript-on")}</li>
                    <li>{t("site-zoom-in-up-to-400")}</li>
                    <li>{t("site-navigate-it-using-just-a")}</li>
                    <li>{t("site-listen-to-it-using-a")}</li>
                </ul>
                <h2>{t("site-how-we-test-front-door")}</h2>
                <p>{t("site-every-page-is-checked-automatically")}</p>
                <h2>{t("site-reporting-problems")}</h2>
                <p>{t("site-if-you-find-a-problem")}</p>
            </div>
        </div>
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <PageTitle text=t("site-privacy-and-cookies") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{t("site-privacy-and-cookies")}</h1>
                <h2>{t("site-cookies")}</h2>
                <p>{t("site-front-door-uses-these-cookies")}</p>
                <ul>
                    <li><code>"frontdoor_session"</code> " "{t("site-keeps-you-signed-in-and")}</li>
                    <li><code>"fd-data"</code> " "{t("site-remembers-whether-you-chose-the")}</li>
                    <li><code>"fd-read"</code> " "{t("site-remembers-whether-you-chose-easy")}</li>
                    <li><code>"fd-lang"</code> " "{t("site-remembers-language")}</li>
                </ul>
                <h2>{t("site-what-we-record")}</h2>
                <p>{t("site-we-record-each-time-you")}</p>
            </div>
        </div>
    }
}

/// How to prove who you are: open to everyone, signed in or not.
#[component]
pub fn ProveWhoYouArePage() -> impl IntoView {
    view! {
        <PageTitle text=t("site-how-to-prove-who-you") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{t("site-how-to-prove-who-you")}</h1>
                <p class="nhsuk-lede-text">{t("site-to-keep-health-records-private")}</p>
                <h2>{t("site-what-each-level-lets-you")}</h2>
                <dl class="nhsuk-summary-list">
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t("site-identity-checked-with-photo-id")}</dt>
                        <dd class="nhsuk-summary-list__value">{t("site-see-your-joined-up-health")}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t("site-details-matched-to-your-nhs")}</dt>
                        <dd class="nhsuk-summary-list__value">{t("site-book-appointments-and-ask-your")}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t("site-not-proved-yet")}</dt>
                        <dd class="nhsuk-summary-list__value">{t("site-read-health-advice-and-find")}</dd>
                    </div>
                </dl>
                <h2>{t("site-with-nhs-login")}</h2>
                <p>{t("site-nhs-login-is-the-same")}</p>
                <p>{t("site-if-you-already-have-a")}" "<a href="/account/identity">{t("site-your-identity")}</a>"."</p>
                <h2>{t("site-with-details-from-your-gp")}</h2>
                <p>{t("site-your-gp-surgery-can-check")}" "<a href="/account/identity">{t("site-your-identity")}</a>{t("site-then-sign-in-with-your")}</p>
                <h2>{t("site-with-help-from-someone-near")}</h2>
                <p>{t("site-libraries-and-other-help-points")}" "<a href="/get-help-online">{t("site-find-help-getting-online")}</a>"."</p>
                <h2>{t("site-if-you-need-help-now")}</h2>
                <p>{t("site-if-it-s-an-emergency")}" " <a href="https://111.nhs.uk">"111.nhs.uk"</a> " "{t("site-or-call-111-you-do")}</p>
            </div>
        </div>
    }
}
