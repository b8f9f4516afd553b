//! Two-step sign-in pages: set it up (or turn it off), the recovery codes shown
//! once, and the code asked for after a right password.

use super::api::{
    recovery_codes_once, two_step_state, NewRecoveryCodes, SignInCode, TurnOffTwoStep,
    TurnOnTwoStep,
};
use crate::{
    components::{problem, BackLink, ErrorSummary, PageTitle, Panel, TextInput},
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn TwoStepPage() -> impl IntoView {
    let view_data = Resource::new(|| (), |_| two_step_state());
    let kept = kept_form("two-step");
    let on = ServerAction::<TurnOnTwoStep>::new();
    let off = ServerAction::<TurnOffTwoStep>::new();
    let renew = ServerAction::<NewRecoveryCodes>::new();
    let query = use_query_map();
    let turned_off = move || query.with(|q| q.get("off").is_some());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match view_data.await {
                    Err(e) => problem(e),
                    Ok(v) => view! {
                        <PageTitle text="Two-step sign-in" has_errors=f.has_errors() />
                        <BackLink href="/account/identity" text="Back to your identity" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>"Two-step sign-in"</h1>
                                {turned_off().then(|| view! {
                                    <div class="nhsuk-inset-text">
                                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                        <p>"Two-step sign-in is off. Your recovery codes no longer work."</p>
                                    </div>
                                })}
                                {if v.on {
                                    view! {
                                        <p>"Two-step sign-in is on. When you sign in with your Front Door password, we also ask for a security code from your authenticator app."</p>
                                        <p>{format!("You have {} recovery code{} left.", v.recovery_codes_left, if v.recovery_codes_left == 1 { "" } else { "s" })}</p>
                                        <ActionForm action=renew>
                                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Make new recovery codes"</button>
                                        </ActionForm>
                                        <h2>"Turn off two-step sign-in"</h2>
                                        <p>"If you turn it off, a password alone will not open your health record."</p>
                                        <ActionForm action=off>
                                            <button class="nhsuk-button nhsuk-button--warning" type="submit">"Turn off two-step sign-in"</button>
                                        </ActionForm>
                                    }.into_any()
                                } else {
                                    let (key, qr) = v.setup.clone().unwrap_or_default();
                                    view! {
                                        <p>"Two-step sign-in makes your account safer: when you sign in with your Front Door password, we also ask for a code from an authenticator app on your phone. If you have proved who you are, a password and a code open your health record."</p>
                                        <h2>"1. Add Front Door to your authenticator app"</h2>
                                        <p>"Scan this QR code with an authenticator app, such as Microsoft Authenticator or Google Authenticator."</p>
                                        <img src=qr alt="QR code for your authenticator app. If you cannot scan it, type the key below instead" width="200" height="200" />
                                        <p>"Or type this key into the app:"</p>
                                        <p class="nhsuk-body-l"><code id="two-step-key">{key}</code></p>
                                        <h2>"2. Enter the code your app shows"</h2>
                                        <ActionForm action=on attr:novalidate=true>
                                            <TextInput id="code" name="code" label="Security code" inputmode="numeric"
                                                autocomplete="one-time-code" width="5" hint="The 6-digit code, for example 123456"
                                                value=String::new() error=f.error_for("code") />
                                            <button class="nhsuk-button" type="submit">"Turn on two-step sign-in"</button>
                                        </ActionForm>
                                    }.into_any()
                                }}
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let codes = Resource::new(|| (), |_| recovery_codes_once());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match codes.await {
                    Err(e) => problem(e),
                    Ok(codes) if codes.is_empty() => view! {
                        <PageTitle text="Your recovery codes" />
                        <h1>"Your recovery codes"</h1>
                        <p>"Recovery codes are shown only once, when they are made. If you have lost yours, make new ones: the old ones then stop working."</p>
                        <p><a href="/account/two-step">"Two-step sign-in"</a></p>
                    }.into_any(),
                    Ok(codes) => view! {
                        <PageTitle text="Two-step sign-in is on" />
                        <Panel title="Two-step sign-in is on">
                            "Keep your recovery codes somewhere safe"
                        </Panel>
                        <h2>"Your recovery codes"</h2>
                        <p>"If you lose your phone, sign in with your password and one of these codes instead of a security code. Each code works once. We will not show them again."</p>
                        <ul class="nhsuk-list" id="recovery-codes">
                            {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                        </ul>
                        <p><a href="/home">"Go to your home page"</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn SignInCodePage() -> impl IntoView {
    let kept = kept_form("sign-in-code");
    let action = ServerAction::<SignInCode>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                view! {
                    <PageTitle text="Enter your security code" has_errors=f.has_errors() />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>"Enter your security code"</h1>
                            <p>"Open your authenticator app and enter the 6-digit code it shows for Front Door."</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="code" name="code" label="Security code"
                                    autocomplete="one-time-code" width="10"
                                    hint="If you do not have your phone, enter one of your recovery codes"
                                    value=String::new() error=f.error_for("code") />
                                <button class="nhsuk-button" type="submit">"Continue"</button>
                            </ActionForm>
                            <p><a href="/sign-in">"Sign in another way"</a></p>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}
