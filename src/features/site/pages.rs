//! The start page and the service's own information pages.

use crate::components::PageTitle;
use leptos::prelude::*;

#[component]
pub fn StartPage(signed_in: bool) -> impl IntoView {
    view! {
        <PageTitle text="Your health and care in one place" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"Your health and care in one place"</h1>
                <p class="nhsuk-lede-text">"Front Door brings together the services that look after you: your GP surgery, hospital, community and mental health services, and social care."</p>
                <Show
                    when=move || signed_in
                    fallback=|| view! {
                        <p>"Create an account to get started. You will need an email address. Your NHS number helps us find your records, but you can add it later."</p>
                        <a class="nhsuk-button" href="/register" role="button" draggable="false">"Create an account"</a>
                        <p>"Already have an account? " <a href="/sign-in">"Sign in"</a></p>
                    }
                >
                    <a class="nhsuk-button" href="/home" role="button" draggable="false">"Go to your home page"</a>
                </Show>
                <h2>"If you need help now"</h2>
                <p>"If it's an emergency, call 999. For urgent help that is not an emergency, go to " <a href="https://111.nhs.uk">"111.nhs.uk"</a> " or call 111."</p>
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
        <PageTitle text="Page not found" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"Page not found"</h1>
                <p>"If you typed the web address, check it is correct."</p>
                <p>"If you pasted the web address, check you copied the entire address."</p>
                <p><a href="/">"Go to the Front Door start page"</a></p>
            </div>
        </div>
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <PageTitle text="Accessibility statement" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"Accessibility statement"</h1>
                <p>"We want as many people as possible to be able to use Front Door. You should be able to:"</p>
                <ul>
                    <li>"use it without JavaScript, on a slow connection or an older phone"</li>
                    <li>"zoom in up to 400% without the text spilling off the screen"</li>
                    <li>"navigate it using just a keyboard or speech recognition software"</li>
                    <li>"listen to it using a screen reader"</li>
                </ul>
                <h2>"How we test Front Door"</h2>
                <p>"Every page is checked automatically against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, in a real browser, with JavaScript on and off, each time the software changes."</p>
                <h2>"Reporting problems"</h2>
                <p>"If you find a problem, tell the team that runs Front Door for your area. You can also contact the Equality Advisory and Support Service (EASS)."</p>
            </div>
        </div>
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <PageTitle text="Privacy and cookies" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"Privacy and cookies"</h1>
                <h2>"Cookies"</h2>
                <p>"Front Door uses one cookie, " <code>"frontdoor_session"</code> ". It keeps you signed in and remembers your answers while you fill in a form. It is deleted when you close your browser or sign out. We do not use cookies for tracking or advertising."</p>
                <h2>"What we record"</h2>
                <p>"We record each time you sign in, sign out, or look at your information, and who did it. This helps keep your information safe. We do not put your health information in our logs."</p>
            </div>
        </div>
    }
}
