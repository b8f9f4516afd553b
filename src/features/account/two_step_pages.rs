//! Two-step sign-in pages: set it up (or turn it off), the recovery codes shown
//! once, and the code asked for after a right password.

use super::api::{
    recovery_codes_once, two_step_state, NewRecoveryCodes, SignInCode, TurnOffTwoStep,
    TurnOnTwoStep,
};
use crate::{
    components::{problem, BackLink, ErrorSummary, PageTitle, Panel, TextInput},
    domain::{t, t_with},
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
                        <PageTitle text=t("acct-two-step-sign-in") has_errors=f.has_errors() />
                        <BackLink href="/account/identity" text=t("acct-back-to-your-identity") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>{t("acct-two-step-sign-in")}</h1>
                                {turned_off().then(|| view! {
                                    <div class="nhsuk-inset-text">
                                        <span class="nhsuk-u-visually-hidden">{t("acct-information")}" "</span>
                                        <p>{t("acct-two-step-sign-in-is")}</p>
                                    </div>
                                })}
                                {if v.on {
                                    view! {
                                        <p>{t("acct-two-step-sign-in-is-2")}</p>
                                        <p>{t_with("acct-recovery-codes-left", [("count", v.recovery_codes_left.into())])}</p>
                                        <ActionForm action=renew>
                                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("acct-make-new-recovery-codes")}</button>
                                        </ActionForm>
                                        <h2>{t("acct-turn-off-two-step-sign")}</h2>
                                        <p>{t("acct-if-you-turn-it-off")}</p>
                                        <ActionForm action=off>
                                            <button class="nhsuk-button nhsuk-button--warning" type="submit">{t("acct-turn-off-two-step-sign")}</button>
                                        </ActionForm>
                                    }.into_any()
                                } else {
                                    let (key, qr) = v.setup.clone().unwrap_or_default();
                                    view! {
                                        <p>{t("acct-two-step-sign-in-makes")}</p>
                                        <h2>{t("acct-1-add-front-door-to")}</h2>
                                        <p>{t("acct-scan-this-qr-code-with")}</p>
                                        <img src=qr alt=t("acct-qr-code-for-your-authenticator") width="200" height="200" />
                                        <p>{t("acct-or-type-this-key-into")}</p>
                                        <p class="nhsuk-body-l"><code id="two-step-key">{key}</code></p>
                                        <h2>{t("acct-2-enter-the-code-your")}</h2>
                                        <ActionForm action=on attr:novalidate=true>
                                            <TextInput id="code" name="code" label=t("acct-security-code") inputmode="numeric"
                                                autocomplete="one-time-code" width="5" hint=t("acct-the-6-digit-code-for")
                                                value=String::new() error=f.error_for("code") />
                                            <button class="nhsuk-button" type="submit">{t("acct-turn-on-two-step-sign")}</button>
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
                        <PageTitle text=t("acct-your-recovery-codes") />
                        <h1>{t("acct-your-recovery-codes")}</h1>
                        <p>{t("acct-recovery-codes-are-shown-only")}</p>
                        <p><a href="/account/two-step">{t("acct-two-step-sign-in")}</a></p>
                    }.into_any(),
                    Ok(codes) => view! {
                        <PageTitle text=t("acct-two-step-sign-in-is-3") />
                        <Panel title=t("acct-two-step-sign-in-is-3")>
                            {t("acct-keep-your-recovery-codes-somewhere")}
                        </Panel>
                        <h2>{t("acct-your-recovery-codes")}</h2>
                        <p>{t("acct-if-you-lose-your-phone")}</p>
                        <ul class="nhsuk-list" id="recovery-codes">
                            {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                        </ul>
                        <p><a href="/home">{t("acct-go-to-your-home-page")}</a></p>
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
                    <PageTitle text=t("acct-enter-your-security-code") has_errors=f.has_errors() />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>{t("acct-enter-your-security-code")}</h1>
                            <p>{t("acct-open-your-authenticator-app-and")}</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="code" name="code" label=t("acct-security-code")
                                    autocomplete="one-time-code" width="10"
                                    hint=t("acct-if-you-do-not-have")
                                    value=String::new() error=f.error_for("code") />
                                <button class="nhsuk-button" type="submit">{t("acct-continue")}</button>
                            </ActionForm>
                            <p><a href="/sign-in">{t("acct-sign-in-another-way")}</a></p>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}
