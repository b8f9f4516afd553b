//! Account pages: create an account, sign in, signed out, home, your details, timeout warning.

use super::api::{account_details, current_resident, Register, SignIn, StaySignedIn};
use super::identity_pages::NhsLoginChoice;
use super::timeout::StayOrSignOut;
use crate::domain::{t, IdentityLevel};
use crate::{
    components::{
        easy_read, on_shared_computer, personal, problem, BackLink, Checkbox, DateInput, EasyLine,
        EasyRead, EasyReadSwitch, ErrorSummary, PageTitle, PasswordInput, Picture, TextInput,
    },
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let kept = kept_form("register");
    let action = ServerAction::<Register>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                let shared = on_shared_computer().await;
                let has_errors = f.has_errors();
                let dob_error = ["dob-day", "dob-month", "dob-year"]
                    .into_iter()
                    .find_map(|id| f.error_for(id).map(|m| (id.to_string(), m)));
                view! {
                    <PageTitle text="Create an account" has_errors=has_errors />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>"Create an account"</h1>
                            <p>"You need an account to see your health and care information in one place."</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="full-name" name="full_name" label="Full name" autocomplete=personal(shared, "name")
                                    value=f.value("full_name") error=f.error_for("full-name") />
                                <DateInput id="dob" name="dob" legend="Date of birth" hint="For example, 15 3 1984"
                                    birthday=!shared
                                    values=[f.value("dob_day"), f.value("dob_month"), f.value("dob_year")]
                                    error=dob_error />
                                <TextInput id="email" name="email" label="Email address" input_type="email"
                                    autocomplete=personal(shared, "email") hint="You will use this to sign in"
                                    value=f.value("email") error=f.error_for("email") />
                                <PasswordInput id="password" name="password" label="Create a password"
                                    hint="Use 8 characters or more. A long phrase you can remember is best. You can paste it or use a password manager"
                                    autocomplete="new-password" error=f.error_for("password") />
                                <TextInput id="nhs-number" name="nhs_number" label="NHS number (optional)"
                                    hint="This is a 10 digit number, like 943 476 5919. It is on letters from the NHS and in the NHS App"
                                    inputmode="numeric" width="10" code=true autocomplete="off"
                                    value=f.value("nhs_number") error=f.error_for("nhs-number") />
                                <button class="nhsuk-button" type="submit">"Create account"</button>
                            </ActionForm>
                            <p>"Already have an account? " <a href="/sign-in">"Sign in"</a></p>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let kept = kept_form("sign-in");
    let action = ServerAction::<SignIn>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                let shared = on_shared_computer().await;
                view! {
                    <PageTitle text="Sign in" has_errors=f.has_errors() />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <EasyReadSwitch />
                            <h1>"Sign in"</h1>
                            {easy_read().then(easy_sign_in)}
                            <NhsLoginChoice />
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="email" name="email" label="Email address" input_type="email"
                                    autocomplete=personal(shared, "username") value=f.value("email") error=f.error_for("email") />
                                <PasswordInput id="password" name="password" label="Password"
                                    autocomplete="current-password" error=f.error_for("password") />
                                <Checkbox id="shared-device" name="shared_device"
                                    label="I am using a shared or public computer"
                                    hint="We will sign you out sooner when you are not using Front Door, and nothing will be remembered on this computer"
                                    checked=!f.value("shared_device").is_empty() />
                                <button class="nhsuk-button" type="submit">"Sign in"</button>
                            </ActionForm>
                            <p>"New to Front Door? " <a href="/register">"Create an account"</a></p>
                            <p>"Need help using a computer or getting online? " <a href="/get-help-online">"Get help getting online"</a></p>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}

/// Signing in, in Easy Read, above the same ways to sign in.
fn easy_sign_in() -> impl IntoView {
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Key>
                <p>"Signing in means you tell us who you are."</p>
                <p>"Then only you can see your information."</p>
            </EasyLine>
            <EasyLine picture=Picture::Tick>
                <p>"You can sign in with NHS login."</p>
                <p>"It is the same as for the NHS App."</p>
            </EasyLine>
            <EasyLine picture=Picture::Computer>
                <p>"Or you can use your email address and your password."</p>
            </EasyLine>
            <EasyLine picture=Picture::Warning>
                <p>"Do not tell anyone your password."</p>
                <p>"Not even someone who helps you."</p>
            </EasyLine>
            <EasyLine picture=Picture::Helper>
                <p>"Are you using a computer in a library or another public place?"</p>
                <p>"Tick the box that says "<strong>"I am using a shared or public computer"</strong>"."</p>
            </EasyLine>
        </EasyRead>
    }
}

#[component]
pub fn SignedOutPage() -> impl IntoView {
    let query = use_query_map();
    let timed_out = move || query.with(|q| q.get("reason").as_deref() == Some("timeout"));
    view! {
        {move || view! {
            <PageTitle text=if timed_out() { "You have been signed out" } else { "You have signed out" } />
        }}
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                {move || if timed_out() {
                    view! {
                        <h1>"You have been signed out"</h1>
                        <p>"We signed you out because you had not used Front Door for a while. This keeps your information safe."</p>
                    }.into_any()
                } else {
                    view! {
                        <h1>"You have signed out"</h1>
                        <p>"If you are using a shared or public computer, close the browser window when you have finished."</p>
                    }.into_any()
                }}
                <a class="nhsuk-button" href="/sign-in" role="button" draggable="false">"Sign in again"</a>
            </div>
        </div>
    }
}

/// One card on the home page: a link to a part of Front Door and what it is for.
fn card(href: &'static str, title: &'static str, description: &'static str) -> impl IntoView {
    view! {
        <li class="nhsuk-grid-column-one-half nhsuk-card-group__item">
            <div class="nhsuk-card nhsuk-card--clickable">
                <div class="nhsuk-card__content">
                    <h2 class="nhsuk-card__heading nhsuk-heading-m">
                        <a class="nhsuk-card__link" href=href>{title}</a>
                    </h2>
                    <p class="nhsuk-card__description">{description}</p>
                </div>
            </div>
        </li>
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let me = Resource::new(|| (), |_| current_resident());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match me.await {
                    Err(e) => problem(e),
                    Ok(r) => view! {
                        <PageTitle text="Home" />
                        <h1>{format!("Hello, {}", r.given_name)}</h1>
                        <p class="nhsuk-lede-text">"This is your front door to health and care services."</p>
                        {(r.identity.typed_nhs_number && r.identity.account_level == IdentityLevel::P0).then(|| view! {
                            <div class="nhsuk-warning-callout">
                                <h2 class="nhsuk-warning-callout__label">
                                    <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"Prove who you are to see your record"</span>
                                </h2>
                                <p>"We have changed how Front Door checks who you are. The NHS number you typed when you made your account no longer opens a health record, so that nobody can see someone else's."</p>
                                <p><a href="/account/identity">"Prove who you are to see your record, book appointments and contact your GP surgery"</a></p>
                            </div>
                        })}
                        {(r.identity.session_level < IdentityLevel::P9 && !r.identity.typed_nhs_number).then(|| view! {
                            <div class="nhsuk-inset-text">
                                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                <p>{r.identity.session_level.described()} ". " <a href="/account/identity">"What you can do, and how to prove who you are"</a></p>
                            </div>
                        })}
                        <ul class="nhsuk-grid-row nhsuk-card-group">
                            {card("/record", "Your health record", "See your health problems, medicines, allergies, test results and letters from your GP, hospital and other services in one place.")}
                            {card("/appointments", "Your appointments", "See your appointments at every service, and book, change or cancel them.")}
                            {card("/triage", "Ask your GP surgery for help", "Answer some questions about a health problem or something you need, and we will get you the right help. Follow requests you have sent.")}
                            {card("/account", "Your details", "Check your name, date of birth, email address and NHS number.")}
                            {card("/account/identity", "Your identity", "See what you can do in Front Door, and prove who you are with NHS login.")}
                            {card("/account/people", "People who can act for you", "Let a family member or carer use Front Door for you with their own login, change what they can do, or end it.")}
                            {card("/account/helper-code", "Let a helper help you", "At a library or other help point, give a helper a one-time code instead of signing in on their computer.")}
                            {card("/account/access-history", "Who has looked at your record", "See everything done with your record, appointments and requests in Front Door, and who did it.")}
                        </ul>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let details = Resource::new(|| (), |_| account_details());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match details.await {
                    Err(e) => problem(e),
                    Ok(r) => view! {
                        <PageTitle text="Your details" />
                        <BackLink href="/home" text="Back to home" />
                        <h1>"Your details"</h1>
                        <dl class="nhsuk-summary-list">
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">"Name"</dt>
                                <dd class="nhsuk-summary-list__value">{r.full_name}</dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">"Date of birth"</dt>
                                <dd class="nhsuk-summary-list__value">{r.date_of_birth}</dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">"Email address"</dt>
                                <dd class="nhsuk-summary-list__value">{r.email}</dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">"NHS number"</dt>
                                <dd class="nhsuk-summary-list__value">
                                    {match (r.nhs_number, r.identity.typed_nhs_number) {
                                        (None, _) => "Not given".to_string(),
                                        (Some(n), true) => format!("{n} (typed by you, not checked)"),
                                        (Some(n), false) => n,
                                    }}
                                </dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">"Identity"</dt>
                                <dd class="nhsuk-summary-list__value">
                                    {r.identity.account_level.described()} " " <a href="/account/identity">"Your identity"</a>
                                </dd>
                            </div>
                        </dl>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The warning page a browser without JavaScript is sent to shortly before the timeout.
#[component]
pub fn TimeoutWarningPage() -> impl IntoView {
    let query = use_query_map();
    let return_to = move || query.with(|q| q.get("return").unwrap_or_else(|| "/home".to_string()));
    let stay = ServerAction::<StaySignedIn>::new();
    view! {
        <PageTitle text="You will be signed out soon" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"You will be signed out soon"</h1>
                <p>"For your security, we will sign you out in 1 minute if you do nothing."</p>
                <StayOrSignOut stay return_to=Signal::derive(return_to) stay_words=t("timeout-stay") sign_out=t("sign-out") />
            </div>
        </div>
    }
}
