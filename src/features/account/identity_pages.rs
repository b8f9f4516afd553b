//! "Your identity": the level a person has proved, what it lets them do, and how
//! to raise it; and the NHS login choice on the sign-in page.

use super::api::{account_details, sign_in_ways, VerifyGpLinkage};
use crate::{
    components::{
        problem, summary_list::row, BackLink, Checkbox, ErrorSummary, PageTitle, Panel, TextInput,
    },
    domain::{t, t_key, t_with, IdentityLevel, IdentityView},
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What each level lets a person do, in plain words.
fn can_do(level: IdentityLevel) -> Vec<&'static str> {
    let mut out = vec![
        t_key("acct-can-read-advice"),
        t_key("acct-can-update-account"),
    ];
    if level >= IdentityLevel::P5 {
        out.push(t_key("acct-can-appointments"));
        out.push(t_key("acct-can-ask-for-help"));
    }
    if level >= IdentityLevel::P9 {
        out.push(t_key("acct-can-see-record"));
    }
    out
}

fn cannot_do(level: IdentityLevel) -> Vec<&'static str> {
    let mut out = Vec::new();
    if level < IdentityLevel::P5 {
        out.push(t_key("acct-cannot-book-or-ask"));
    }
    if level < IdentityLevel::P9 {
        out.push(t_key("acct-cannot-see-record"));
    }
    out
}

/// The NHS login button: a plain form post to the portal, which sends the person on.
#[component]
pub fn NhsLoginButton(
    #[prop(into)] label: String,
    /// `link` to link NHS login to the signed-in account.
    #[prop(optional, into)]
    purpose: Option<String>,
    /// Ask whether this is a shared or public computer (sign-in only).
    #[prop(optional)]
    ask_shared: bool,
) -> impl IntoView {
    view! {
        <form method="post" action="/auth/nhs-login" novalidate>
            {purpose.map(|p| view! { <input type="hidden" name="purpose" value=p /> })}
            {ask_shared.then(|| view! {
                <Checkbox id="nhs-login-shared-device" name="shared_device"
                    label=t("acct-i-am-using-a-shared")
                    hint=t("acct-we-will-sign-you-out") />
            })}
            <button id="nhs-login" class="nhsuk-button" type="submit">{label}</button>
        </form>
    }
}

/// The NHS login part of the sign-in page, when NHS login is offered.
#[component]
pub fn NhsLoginChoice() -> impl IntoView {
    let ways = Resource::new(|| (), |_| sign_in_ways());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let ways = ways.await.ok()?;
                ways.nhs_login.then(|| view! {
                    <h2>{t("acct-sign-in-with-nhs-login")}</h2>
                    <p>{t("acct-use-nhs-login-if-you")}</p>
                    {ways.nhs_login_unavailable.then(|| view! {
                        <div class="nhsuk-warning-callout">
                            <h3 class="nhsuk-warning-callout__label">
                                <span role="text"><span class="nhsuk-u-visually-hidden">{t("acct-important")}" "</span>{t("acct-nhs-login-may-not-be")}</span>
                            </h3>
                            <p>{t("acct-nhs-login-did-not-answer")}</p>
                        </div>
                    })}
                    <NhsLoginButton label=t("acct-continue-with-nhs-login") ask_shared=true />
                    <h2>{t("acct-or-sign-in-with-your")}</h2>
                })
            })}
        </Suspense>
    }
}

fn what_you_can_do(identity: &IdentityView) -> impl IntoView {
    let level = identity.session_level;
    let cannot = cannot_do(level);
    view! {
        <h2>{t("acct-what-you-can-do")}</h2>
        <ul class="nhsuk-list nhsuk-list--tick">
            {can_do(level).into_iter().map(|s| view! { <li>{t_with("acct-you-can", [("s", t(s).into())])}</li> }).collect_view()}
        </ul>
        {(!cannot.is_empty()).then(|| view! {
            <ul class="nhsuk-list nhsuk-list--cross">
                {cannot.into_iter().map(|s| view! { <li>{t_with("acct-you-cannot-yet", [("s", t(s).into())])}</li> }).collect_view()}
            </ul>
        })}
    }
}

fn how_to_prove(identity: &IdentityView) -> impl IntoView {
    let link_offered = identity.nhs_login_offered && !identity.nhs_login_linked;
    let signed_in_with_password = identity.session_level < identity.account_level;
    view! {
        {signed_in_with_password.then(|| view! {
            <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">{t("acct-information")}" "</span>
                <p>{t("acct-you-have-proved-who-you")}</p>
            </div>
        })}
        {(identity.account_level < IdentityLevel::P9).then(|| view! {
            <h2>{t("acct-how-to-prove-who-you")}</h2>
            {link_offered.then(|| view! {
                <p>{t("acct-link-nhs-login-to-your")}</p>
                <p>{t("acct-your-name-date-of-birth")}</p>
                <NhsLoginButton label=t("acct-link-nhs-login") purpose="link" />
            })}
            {(identity.nhs_login_linked).then(|| view! {
                <p>{t("acct-your-nhs-login-is-linked")}</p>
            })}
            <h3>{t("acct-with-details-from-your-gp")}</h3>
            <p>{t("acct-if-your-gp-surgery-has")}</p>
            <p><a href="/account/identity/gp-linkage">{t("acct-enter-the-details-from-your")}</a></p>
            <p><a href="/prove-who-you-are">{t("acct-other-ways-to-prove-who")}</a></p>
        })}
    }
}

#[component]
pub fn IdentityPage() -> impl IntoView {
    let details = Resource::new(|| (), |_| account_details());
    let kept = kept_form("identity");
    let query = use_query_map();
    let welcome = move || query.with(|q| q.get("welcome").is_some());
    let linked = move || query.with(|q| q.get("linked").is_some());
    let proved_by_gp = move || query.with(|q| q.get("proved").is_some());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match details.await {
                    Err(e) => problem(e),
                    Ok(r) => {
                        let identity = r.identity.clone();
                        let heading = if welcome() {
                            t("acct-heading-created")
                        } else if linked() {
                            t("acct-heading-linked")
                        } else if proved_by_gp() {
                            t("acct-heading-gp-confirmed")
                        } else {
                            t("acct-your-identity")
                        };
                        let signed_in_how = if identity.signed_in_with_nhs_login {
                            t("acct-signed-in-nhs-login")
                        } else if identity.session_level == identity.account_level && identity.account_level == IdentityLevel::P9 {
                            t("acct-signed-in-two-step")
                        } else {
                            t("acct-signed-in-password")
                        };
                        view! {
                            <PageTitle text=heading.clone() has_errors=f.has_errors() />
                            <BackLink href="/home" text=t("acct-back-to-home") />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    {if welcome() || linked() || proved_by_gp() {
                                        view! {
                                            <Panel title=heading>
                                                {t_with("acct-welcome", [("name", r.given_name.clone().into()), ("level", identity.account_level.described().into())])}
                                            </Panel>
                                        }.into_any()
                                    } else {
                                        view! { <h1>{t("acct-your-identity")}</h1> }.into_any()
                                    }}
                                    <dl class="nhsuk-summary-list">
                                        {row(&t("acct-row-identity"), Some(identity.account_level.described()))}
                                        {row(&t("acct-row-nhs-login"), Some(if identity.nhs_login_linked { t("acct-linked") } else { t("acct-not-linked") }))}
                                        {row(&t("acct-row-signed-in-how"), Some(signed_in_how))}
                                    </dl>
                                    {what_you_can_do(&identity)}
                                    {how_to_prove(&identity)}
                                    <h2>{t("acct-two-step-sign-in")}</h2>
                                    <p>{t("acct-make-signing-in-with-your")}</p>
                                    <p><a href="/account/two-step">{t("acct-two-step-sign-in")}</a></p>
                                    <p><a href="/home">{t("acct-go-to-your-home-page")}</a></p>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The linkage-key route: the details from the person's GP surgery.
#[component]
pub fn GpLinkagePage() -> impl IntoView {
    let kept = kept_form("gp-linkage");
    let action = ServerAction::<VerifyGpLinkage>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                view! {
                    <PageTitle text=t("acct-prove-who-you-are-with") has_errors=f.has_errors() />
                    <BackLink href="/account/identity" text=t("acct-back-to-your-identity") />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>{t("acct-prove-who-you-are-with")}</h1>
                            <p>{t("acct-your-gp-surgery-can-check")}</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="ods-code" name="ods_code" label=t("acct-gp-surgery-ods-code") hint=t("acct-for-example-y90001")
                                    width="10" code=true value=f.value("ods_code") error=f.error_for("ods-code") />
                                <TextInput id="account-id" name="account_id" label=t("acct-account-id")
                                    width="20" code=true value=f.value("account_id") error=f.error_for("account-id") />
                                <TextInput id="linkage-key" name="linkage_key" label=t("acct-linkage-key")
                                    width="20" code=true autocomplete="off" error=f.error_for("linkage-key") />
                                <button class="nhsuk-button" type="submit">{t("acct-check-these-details")}</button>
                            </ActionForm>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}
