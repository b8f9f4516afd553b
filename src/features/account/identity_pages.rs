//! "Your identity": the level a person has proved, what it lets them do, and how
//! to raise it; and the NHS login choice on the sign-in page.

use super::api::{account_details, sign_in_ways, VerifyGpLinkage};
use crate::{
    components::{
        problem, summary_list::row, BackLink, Checkbox, ErrorSummary, PageTitle, Panel, TextInput,
    },
    domain::{IdentityLevel, IdentityView},
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What each level lets a person do, in plain words.
fn can_do(level: IdentityLevel) -> Vec<&'static str> {
    let mut out = vec![
        "read health advice and find out what to do if you need help urgently",
        "check and update your Front Door account",
    ];
    if level >= IdentityLevel::P5 {
        out.push("see, book, change and cancel appointments");
        out.push("ask your GP surgery for help and follow your requests");
    }
    if level >= IdentityLevel::P9 {
        out.push("see your joined-up health record, including test results and letters");
    }
    out
}

fn cannot_do(level: IdentityLevel) -> Vec<&'static str> {
    let mut out = Vec::new();
    if level < IdentityLevel::P5 {
        out.push("book appointments or ask your GP surgery for help");
    }
    if level < IdentityLevel::P9 {
        out.push("see your health record, test results and letters");
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
                    label="I am using a shared or public computer"
                    hint="We will sign you out sooner when you are not using Front Door" />
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
                    <h2>"Sign in with NHS login"</h2>
                    <p>"Use NHS login if you have one, for example from the NHS App. You can see your health record once you have proved who you are with NHS login."</p>
                    {ways.nhs_login_unavailable.then(|| view! {
                        <div class="nhsuk-warning-callout">
                            <h3 class="nhsuk-warning-callout__label">
                                <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"NHS login may not be working"</span>
                            </h3>
                            <p>"NHS login did not answer just now. You can try again, or sign in with your Front Door email address and password below."</p>
                        </div>
                    })}
                    <NhsLoginButton label="Continue with NHS login" ask_shared=true />
                    <h2>"Or sign in with your Front Door email and password"</h2>
                })
            })}
        </Suspense>
    }
}

fn what_you_can_do(identity: &IdentityView) -> impl IntoView {
    let level = identity.session_level;
    let cannot = cannot_do(level);
    view! {
        <h2>"What you can do"</h2>
        <ul class="nhsuk-list nhsuk-list--tick">
            {can_do(level).into_iter().map(|s| view! { <li>{format!("You can {s}")}</li> }).collect_view()}
        </ul>
        {(!cannot.is_empty()).then(|| view! {
            <ul class="nhsuk-list nhsuk-list--cross">
                {cannot.into_iter().map(|s| view! { <li>{format!("You cannot {s} yet")}</li> }).collect_view()}
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
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>"You have proved who you are, but this time you signed in with your password only. A password on its own does not open your health record: sign out, then sign in with NHS login, or with your password and a security code (two-step sign-in), to see it."</p>
            </div>
        })}
        {(identity.account_level < IdentityLevel::P9).then(|| view! {
            <h2>"How to prove who you are"</h2>
            {link_offered.then(|| view! {
                <p>"Link NHS login to your Front Door account. NHS login is the same login as the NHS App. If you do not have one yet, you can make one and prove who you are with photo ID, such as a passport or driving licence."</p>
                <p>"Your name, date of birth and NHS number will then come from NHS login, and replace any you typed."</p>
                <NhsLoginButton label="Link NHS login" purpose="link" />
            })}
            {(identity.nhs_login_linked).then(|| view! {
                <p>"Your NHS login is linked, but it has not been checked with photo ID yet. Prove who you are in the NHS App or on the NHS login website, then sign in to Front Door with NHS login again."</p>
            })}
            <h3>"With details from your GP surgery"</h3>
            <p>"If your GP surgery has given you an account ID and a linkage key for online services, you can use them to prove who you are."</p>
            <p><a href="/account/identity/gp-linkage">"Enter the details from your GP surgery"</a></p>
            <p><a href="/prove-who-you-are">"Other ways to prove who you are"</a></p>
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
                            "Your Front Door account has been created"
                        } else if linked() {
                            "NHS login is now linked to your account"
                        } else if proved_by_gp() {
                            "Your GP surgery has confirmed who you are"
                        } else {
                            "Your identity"
                        };
                        let signed_in_how = if identity.signed_in_with_nhs_login {
                            "With NHS login"
                        } else if identity.session_level == identity.account_level && identity.account_level == IdentityLevel::P9 {
                            "With your Front Door password and a security code"
                        } else {
                            "With your Front Door email and password"
                        };
                        view! {
                            <PageTitle text=heading has_errors=f.has_errors() />
                            <BackLink href="/home" text="Back to home" />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    {if welcome() || linked() || proved_by_gp() {
                                        view! {
                                            <Panel title=heading>
                                                {format!("Welcome, {}. {}.", r.given_name, identity.account_level.described())}
                                            </Panel>
                                        }.into_any()
                                    } else {
                                        view! { <h1>"Your identity"</h1> }.into_any()
                                    }}
                                    <dl class="nhsuk-summary-list">
                                        {row("Identity", Some(identity.account_level.described().to_string()))}
                                        {row("NHS login", Some(if identity.nhs_login_linked { "Linked".to_string() } else { "Not linked".to_string() }))}
                                        {row("How you signed in this time", Some(signed_in_how.to_string()))}
                                    </dl>
                                    {what_you_can_do(&identity)}
                                    {how_to_prove(&identity)}
                                    <h2>"Two-step sign-in"</h2>
                                    <p>"Make signing in with your Front Door password safer with a code from an authenticator app. With two-step sign-in, your password and a code open your health record once you have proved who you are."</p>
                                    <p><a href="/account/two-step">"Two-step sign-in"</a></p>
                                    <p><a href="/home">"Go to your home page"</a></p>
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
                    <PageTitle text="Prove who you are with details from your GP surgery" has_errors=f.has_errors() />
                    <BackLink href="/account/identity" text="Back to your identity" />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>"Prove who you are with details from your GP surgery"</h1>
                            <p>"Your GP surgery can check your photo ID and give you a letter with an account ID and a linkage key for online services. Enter them here with your surgery's ODS code, which is on the same letter."</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="ods-code" name="ods_code" label="GP surgery ODS code" hint="For example, Y90001"
                                    width="10" code=true value=f.value("ods_code") error=f.error_for("ods-code") />
                                <TextInput id="account-id" name="account_id" label="Account ID"
                                    width="20" code=true value=f.value("account_id") error=f.error_for("account-id") />
                                <TextInput id="linkage-key" name="linkage_key" label="Linkage key"
                                    width="20" code=true autocomplete="off" error=f.error_for("linkage-key") />
                                <button class="nhsuk-button" type="submit">"Check these details"</button>
                            </ActionForm>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}
