//! Account pages: create an account, sign in, signed out, home, your details, timeout warning.

use super::api::{account_details, current_resident, Register, SignIn, StaySignedIn};
use super::identity_pages::NhsLoginChoice;
use super::timeout::StayOrSignOut;
use crate::domain::{t, t_key, t_with, IdentityLevel};
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
                    <PageTitle text=t("account-create-an-account") has_errors=has_errors />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>{t("account-create-an-account")}</h1>
                            <p>{t("account-you-need-an-account-to")}</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="full-name" name="full_name" label=t("account-full-name") autocomplete=personal(shared, "name")
                                    value=f.value("full_name") error=f.error_for("full-name") />
                                <DateInput id="dob" name="dob" legend=t("account-date-of-birth") hint=t("account-for-example-15-3-1984")
                                    birthday=!shared
                                    values=[f.value("dob_day"), f.value("dob_month"), f.value("dob_year")]
                                    error=dob_error />
                                <TextInput id="email" name="email" label=t("account-email-address") input_type="email"
                                    autocomplete=personal(shared, "email") hint=t("account-you-will-use-this-to")
                                    value=f.value("email") error=f.error_for("email") />
                                <PasswordInput id="password" name="password" label=t("account-create-a-password")
                                    hint=t("account-use-8-characters-or-more")
                                    autocomplete="new-password" error=f.error_for("password") />
                                <TextInput id="nhs-number" name="nhs_number" label=t("account-nhs-number-optional")
                                    hint=t("account-this-is-a-10-digit")
                                    inputmode="numeric" width="10" code=true autocomplete="off"
                                    value=f.value("nhs_number") error=f.error_for("nhs-number") />
                                <button class="nhsuk-button" type="submit">{t("account-create-account")}</button>
                            </ActionForm>
                            <p>{t("account-already-have-an-account")}" " <a href="/sign-in">{t("account-sign-in")}</a></p>
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
                    <PageTitle text=t("account-sign-in") has_errors=f.has_errors() />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <EasyReadSwitch />
                            <h1>{t("account-sign-in")}</h1>
                            {easy_read().then(easy_sign_in)}
                            <NhsLoginChoice />
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="email" name="email" label=t("account-email-address") input_type="email"
                                    autocomplete=personal(shared, "username") value=f.value("email") error=f.error_for("email") />
                                <PasswordInput id="password" name="password" label=t("account-password")
                                    autocomplete="current-password" error=f.error_for("password") />
                                <Checkbox id="shared-device" name="shared_device"
                                    label=t("account-i-am-using-a-shared")
                                    hint=t("account-we-will-sign-you-out")
                                    checked=!f.value("shared_device").is_empty() />
                                <button class="nhsuk-button" type="submit">{t("account-sign-in")}</button>
                            </ActionForm>
                            <p>{t("account-new-to-front-door")}" " <a href="/register">{t("account-create-an-account")}</a></p>
                            <p>{t("account-need-help-using-a-computer")}" " <a href="/get-help-online">{t("account-get-help-getting-online")}</a></p>
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
                <p>{t("account-signing-in-means-you-tell")}</p>
                <p>{t("account-then-only-you-can-see")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Tick>
                <p>{t("account-you-can-sign-in-with")}</p>
                <p>{t("account-it-is-the-same-as")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Computer>
                <p>{t("account-or-you-can-use-your")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Warning>
                <p>{t("account-do-not-tell-anyone-your")}</p>
                <p>{t("account-not-even-someone-who-helps")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Helper>
                <p>{t("account-are-you-using-a-computer")}</p>
                <p>{t("account-tick-the-box-that-says")}" "<strong>{t("account-i-am-using-a-shared")}</strong>"."</p>
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
            <PageTitle text=if timed_out() { t("account-signed-out-timeout") } else { t("account-signed-out") } />
        }}
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                {move || if timed_out() {
                    view! {
                        <h1>{t("account-you-have-been-signed-out")}</h1>
                        <p>{t("account-we-signed-you-out-because")}</p>
                    }.into_any()
                } else {
                    view! {
                        <h1>{t("account-you-have-signed-out")}</h1>
                        <p>{t("account-if-you-are-using-a")}</p>
                    }.into_any()
                }}
                <a class="nhsuk-button" href="/sign-in" role="button" draggable="false">{t("account-sign-in-again")}</a>
            </div>
        </div>
    }
}

/// One card on the home page: a link to a part of Front Door and what it is for.
fn card(href: &'static str, title: &'static str, description: &'static str) -> impl IntoView {
    let (title, description) = (t(title), t(description));
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
                        <PageTitle text=t("account-home") />
                        <h1>{t_with("account-hello", [("name", r.given_name.clone().into())])}</h1>
                        <p class="nhsuk-lede-text">{t("account-this-is-your-front-door")}</p>
                        {(r.identity.typed_nhs_number && r.identity.account_level == IdentityLevel::P0).then(|| view! {
                            <div class="nhsuk-warning-callout">
                                <h2 class="nhsuk-warning-callout__label">
                                    <span role="text"><span class="nhsuk-u-visually-hidden">{t("account-important")}" "</span>{t("account-prove-who-you-are-to")}</span>
                                </h2>
                                <p>{t("account-we-have-changed-how-front")}</p>
                                <p><a href="/account/identity">{t("account-prove-who-you-are-to-2")}</a></p>
                            </div>
                        })}
                        {(r.identity.session_level < IdentityLevel::P9 && !r.identity.typed_nhs_number).then(|| view! {
                            <div class="nhsuk-inset-text">
                                <span class="nhsuk-u-visually-hidden">{t("account-information")}" "</span>
                                <p>{r.identity.session_level.described()} ". " <a href="/account/identity">{t("account-what-you-can-do-and")}</a></p>
                            </div>
                        })}
                        <ul class="nhsuk-grid-row nhsuk-card-group">
                            {card("/record", t_key("home-card-record-title"), t_key("home-card-record"))}
                            {card("/appointments", t_key("home-card-appointments-title"), t_key("home-card-appointments"))}
                            {card("/triage", t_key("home-card-triage-title"), t_key("home-card-triage"))}
                            {card("/account", t_key("home-card-account-title"), t_key("home-card-account"))}
                            {card("/account/identity", t_key("home-card-account-identity-title"), t_key("home-card-account-identity"))}
                            {card("/account/people", t_key("home-card-account-people-title"), t_key("home-card-account-people"))}
                            {card("/account/helper-code", t_key("home-card-account-helper-code-title"), t_key("home-card-account-helper-code"))}
                            {card("/account/access-history", t_key("home-card-account-access-history-title"), t_key("home-card-account-access-history"))}
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
                        <PageTitle text=t("account-your-details") />
                        <BackLink href="/home" text=t("account-back-to-home") />
                        <h1>{t("account-your-details")}</h1>
                        <dl class="nhsuk-summary-list">
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">{t("account-name")}</dt>
                                <dd class="nhsuk-summary-list__value">{r.full_name}</dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">{t("account-date-of-birth")}</dt>
                                <dd class="nhsuk-summary-list__value">{r.date_of_birth}</dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">{t("account-email-address")}</dt>
                                <dd class="nhsuk-summary-list__value">{r.email}</dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">{t("account-nhs-number")}</dt>
                                <dd class="nhsuk-summary-list__value">
                                    {match (r.nhs_number, r.identity.typed_nhs_number) {
                                        (None, _) => t("account-not-given"),
                                        (Some(n), true) => t_with("account-nhs-number-typed", [("number", n.into())]),
                                        (Some(n), false) => n,
                                    }}
                                </dd>
                            </div>
                            <div class="nhsuk-summary-list__row">
                                <dt class="nhsuk-summary-list__key">{t("account-identity")}</dt>
                                <dd class="nhsuk-summary-list__value">
                                    {r.identity.account_level.described()} " " <a href="/account/identity">{t("account-your-identity")}</a>
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
        <PageTitle text=t("account-you-will-be-signed-out") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{t("account-you-will-be-signed-out")}</h1>
                <p>{t("account-for-your-security-we-will")}</p>
                <StayOrSignOut stay return_to=Signal::derive(return_to) stay_words=t("timeout-stay") sign_out=t("sign-out") />
            </div>
        </div>
    }
}
