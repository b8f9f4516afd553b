//! The start page and the service's own information pages.

use crate::components::{easy_read, EasyLine, EasyRead, EasyReadSwitch, PageTitle, Picture};
use leptos::prelude::*;

#[component]
pub fn StartPage(signed_in: bool) -> impl IntoView {
    if easy_read() {
        return view! { <EasyStartPage signed_in /> }.into_any();
    }
    view! {
        <PageTitle text="Your health and care in one place" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <EasyReadSwitch />
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
                <h2>"With help from someone near you"</h2>
                <p>"Libraries and other help points can help you set up NHS login and prove who you are, on their computers, for free. "<a href="/get-help-online">"Find help getting online"</a>"."</p>
                <h2>"If you need help now"</h2>
                <p>"If it's an emergency, call 999. For urgent help that is not an emergency, go to " <a href="https://111.nhs.uk">"111.nhs.uk"</a> " or call 111."</p>
            </div>
        </div>
    }
    .into_any()
}

/// What Front Door is, in Easy Read.
#[component]
fn EasyStartPage(signed_in: bool) -> impl IntoView {
    view! {
        <PageTitle text="Front Door: Easy Read" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <EasyReadSwitch />
                <h1>"Front Door"</h1>
                <EasyRead>
                    <EasyLine picture=Picture::Door>
                        <p>"Front Door is a website for your health and care."</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Record>
                        <p>"You can see your health record."</p>
                        <p>"Your record says what your doctors and nurses know about your health."</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Calendar>
                        <p>"You can book an appointment to see a doctor or a nurse."</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Message>
                        <p>"You can ask your doctor for help."</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Helper>
                        <p>"Someone who looks after you can use Front Door for you."</p>
                        <p>"You choose what they can do."</p>
                    </EasyLine>
                    <EasyLine picture=Picture::Computer>
                        <p>"Staff at a library can help you use Front Door."</p>
                        <p><a href="/get-help-online">"Find help near you"</a></p>
                    </EasyLine>
                    <EasyLine picture=Picture::Phone999>
                        <p><strong>"If you are very ill or badly hurt, phone 999 now."</strong></p>
                    </EasyLine>
                    <EasyLine picture=Picture::Phone111>
                        <p>"If you need help fast but it is not an emergency, phone 111."</p>
                    </EasyLine>
                    {if signed_in {
                        view! { <a class="nhsuk-button" href="/home" role="button" draggable="false">"Go to your home page"</a> }.into_any()
                    } else {
                        view! {
                            <EasyLine picture=Picture::Key>
                                <p>"To use Front Door, you need to sign in."</p>
                                <p><a class="nhsuk-button" href="/sign-in" role="button" draggable="false">"Sign in"</a></p>
                            </EasyLine>
                            <EasyLine picture=Picture::Person>
                                <p>"New to Front Door?"</p>
                                <p><a href="/register">"Make an account"</a></p>
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
                <p>"Front Door uses these cookies. We do not use cookies for tracking or advertising."</p>
                <ul>
                    <li><code>"frontdoor_session"</code> " keeps you signed in and remembers your answers while you fill in a form. It is deleted when you close your browser or sign out."</li>
                    <li><code>"fd-data"</code> " remembers whether you chose the low-data version or the standard version. It holds only that choice and is kept for a year. It is only set if you choose."</li>
                    <li><code>"fd-read"</code> " remembers whether you chose Easy Read. It holds only that choice and is kept for a year. It is only set if you choose."</li>
                </ul>
                <h2>"What we record"</h2>
                <p>"We record each time you sign in, sign out, or look at your information, and who did it. This helps keep your information safe. We do not put your health information in our logs."</p>
            </div>
        </div>
    }
}

/// How to prove who you are: open to everyone, signed in or not.
#[component]
pub fn ProveWhoYouArePage() -> impl IntoView {
    view! {
        <PageTitle text="How to prove who you are" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"How to prove who you are"</h1>
                <p class="nhsuk-lede-text">"To keep health records private, Front Door only shows your record once you have proved who you are."</p>
                <h2>"What each level lets you do"</h2>
                <dl class="nhsuk-summary-list">
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Identity checked with photo ID"</dt>
                        <dd class="nhsuk-summary-list__value">"See your joined-up health record, test results and letters; book appointments; ask your GP surgery for help."</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Details matched to your NHS record"</dt>
                        <dd class="nhsuk-summary-list__value">"Book appointments and ask your GP surgery for help. You cannot see your health record yet."</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Not proved yet"</dt>
                        <dd class="nhsuk-summary-list__value">"Read health advice and find out where to get help. You cannot see your record or contact your GP surgery through Front Door yet."</dd>
                    </div>
                </dl>
                <h2>"With NHS login"</h2>
                <p>"NHS login is the same login as the NHS App. You prove who you are once, with photo ID such as a passport or driving licence, and a short video of your face. Then sign in to Front Door with NHS login: we take your name, date of birth and NHS number from NHS login, so you never type them."</p>
                <p>"If you already have a Front Door account, sign in and link NHS login to it from "<a href="/account/identity">"Your identity"</a>"."</p>
                <h2>"With details from your GP surgery"</h2>
                <p>"Your GP surgery can check your photo ID and give you a letter with an account ID and a linkage key for online services. Sign in to Front Door and enter them, with your surgery's ODS code, from "<a href="/account/identity">"Your identity"</a>". Then sign in with your password and a security code (two-step sign-in) to see your record."</p>
                <h2>"With help from someone near you"</h2>
                <p>"Libraries and other help points can help you set up NHS login and prove who you are, on their computers, for free. "<a href="/get-help-online">"Find help getting online"</a>"."</p>
                <h2>"If you need help now"</h2>
                <p>"If it's an emergency, call 999. For urgent help that is not an emergency, go to " <a href="https://111.nhs.uk">"111.nhs.uk"</a> " or call 111. You do not need to prove who you are to get urgent help."</p>
            </div>
        </div>
    }
}
