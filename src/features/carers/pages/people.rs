//! "People who can act for you": the list, inviting, the link made, changing and ending.

use crate::features::carers::{
    api::{
        get_grant, get_people, invitation_link_once, ChangeAccess, EndAccess, InvitePerson,
        WithdrawInvitation,
    },
    RELATIONSHIPS, SCOPE_CHOICES,
};
use crate::{
    components::{
        checkboxes, problem, ticked, BackLink, DateInput, ErrorSummary, PageTitle, Panel,
        QueryNotice, RadioOption, Radios, TextInput,
    },
    domain::FormState,
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The scope checkboxes, ticked from `chosen` (scope codes).
fn scope_boxes(chosen: Vec<String>, error: Option<String>) -> impl IntoView {
    checkboxes(
        "scope",
        "scopes",
        "What can they do for you?",
        "Select all that apply. They will never see anything your GP surgery has marked as private to you.",
        &SCOPE_CHOICES,
        &chosen,
        error,
    )
}

fn until_error(f: &FormState) -> Option<(String, String)> {
    f.error_for("until-day")
        .map(|m| ("until-day".to_string(), m))
}

/// What the page says after a change, by the word in its address.
const PEOPLE_NOTICES: &[(&str, &str)] = &[
    (
        "ended",
        "Their access has ended. From their next click, they cannot act for you.",
    ),
    (
        "changed",
        "What they can do has been changed. It applies from their next click.",
    ),
    (
        "withdrawn",
        "The invitation has been withdrawn. Its link no longer works.",
    ),
];

/// "People who can act for you".
#[component]
pub fn PeoplePage() -> impl IntoView {
    let people = Resource::new(|| (), |_| get_people());
    let withdraw = ServerAction::<WithdrawInvitation>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match people.await {
                    Err(e) => problem(e),
                    Ok(p) => view! {
                        <PageTitle text="People who can act for you" />
                        <BackLink href="/home" text="Back to home" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <QueryNotice notices=PEOPLE_NOTICES />
                                <h1>"People who can act for you"</h1>
                                <p>"These people can use Front Door for you with their own login, only for the things you choose. You can change what they can do, or end their access, at any time."</p>
                                {if p.grants.is_empty() {
                                    view! { <p>"Nobody can act for you at the moment."</p> }.into_any()
                                } else {
                                    p.grants.iter().map(|g| {
                                        let change = format!("/account/people/{}", g.id);
                                        view! {
                                            <div class="nhsuk-card">
                                                <div class="nhsuk-card__content">
                                                    <h2 class="nhsuk-card__heading nhsuk-heading-m">{format!("{} ({})", g.name, g.relationship)}</h2>
                                                    <dl class="nhsuk-summary-list">
                                                        <div class="nhsuk-summary-list__row">
                                                            <dt class="nhsuk-summary-list__key">"Can"</dt>
                                                            <dd class="nhsuk-summary-list__value">
                                                                <ul class="nhsuk-list nhsuk-list--bullet">
                                                                    {g.can_do.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                                                                </ul>
                                                            </dd>
                                                        </div>
                                                        <div class="nhsuk-summary-list__row">
                                                            <dt class="nhsuk-summary-list__key">"Until"</dt>
                                                            <dd class="nhsuk-summary-list__value">{g.until.clone().unwrap_or_else(|| "No end date".into())}</dd>
                                                        </div>
                                                        <div class="nhsuk-summary-list__row">
                                                            <dt class="nhsuk-summary-list__key">"Given"</dt>
                                                            <dd class="nhsuk-summary-list__value">{g.granted_how.clone()}</dd>
                                                        </div>
                                                    </dl>
                                                    {if g.by_resident {
                                                        view! { <p><a href=change>"Change or end "<span class="nhsuk-u-visually-hidden">{format!("{}'s ", g.name)}</span>"access"</a></p> }.into_any()
                                                    } else {
                                                        view! { <p>"Your GP surgery recorded this. Contact them to change it."</p> }.into_any()
                                                    }}
                                                </div>
                                            </div>
                                        }
                                    }).collect_view().into_any()
                                }}
                                {(!p.invitations.is_empty()).then(|| view! {
                                    <h2>"Invitations not yet accepted"</h2>
                                    {p.invitations.clone().into_iter().map(|i| {
                                        let id = i.id.to_string();
                                        view! {
                                            <div class="nhsuk-card">
                                                <div class="nhsuk-card__content">
                                                    <h3 class="nhsuk-card__heading nhsuk-heading-s">{format!("{} ({})", i.name, i.email)}</h3>
                                                    <p>{format!("The link works until {}.", i.expires)}</p>
                                                    <ActionForm action=withdraw>
                                                        <input type="hidden" name="id" value=id />
                                                        <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Withdraw invitation"<span class="nhsuk-u-visually-hidden">{format!(" to {}", i.name)}</span></button>
                                                    </ActionForm>
                                                </div>
                                            </div>
                                        }
                                    }).collect_view()}
                                })}
                                <h2>"Let someone act for you"</h2>
                                {match p.cannot_invite.clone() {
                                    Some(why) => view! {
                                        <p>{why}</p>
                                        <p><a href="/account/identity">"Your identity and how you sign in"</a></p>
                                    }.into_any(),
                                    None => view! {
                                        <p>{format!("Invite someone you trust, such as a family member or carer. They use their own login. Their access can last up to {} months.", p.max_months)}</p>
                                        <a class="nhsuk-button" href="/account/people/invite">"Invite someone to act for you"</a>
                                    }.into_any(),
                                }}
                                <p><a href="/account/access-history">"Who has looked at or acted on your record"</a></p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The invite form.
#[component]
pub fn InvitePage() -> impl IntoView {
    let kept = kept_form("invite");
    let action = ServerAction::<InvitePerson>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                let options = RELATIONSHIPS.iter().map(|(v, l)| RadioOption { value: v.to_string(), label: l.to_string(), hint: None }).collect::<Vec<_>>();
                view! {
                    <PageTitle text="Invite someone to act for you" has_errors=f.has_errors() />
                    <BackLink href="/account/people" text="Back to people who can act for you" />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>"Invite someone to act for you"</h1>
                            <p>"We will make a link for you to give them. It works once, for 7 days, and only for the person with the email address you enter. It says nothing about your health."</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="name" name="name" label="Their full name" autocomplete="off"
                                    value=f.value("name") error=f.error_for("name") />
                                <TextInput id="email" name="email" label="Their email address" input_type="email" autocomplete="off"
                                    hint="They must sign in to Front Door with this email address to accept"
                                    value=f.value("email") error=f.error_for("email") />
                                <Radios id="relationship" name="relationship" legend="Who are they to you?"
                                    options=options selected=f.value("relationship") error=f.error_for("relationship") />
                                {scope_boxes(ticked(&f, "scopes", &SCOPE_CHOICES), f.error_for("scope-record"))}
                                <DateInput id="until" name="until" legend="When should their access end?"
                                    hint="For example, 1 6 2027. You can end it sooner at any time."
                                    values=[f.value("until_day"), f.value("until_month"), f.value("until_year")]
                                    error=until_error(&f) />
                                <button class="nhsuk-button" type="submit">"Make the invitation"</button>
                            </ActionForm>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}

/// The link of the invitation just made, shown once.
#[component]
pub fn InvitedPage() -> impl IntoView {
    let link = Resource::new(|| (), |_| invitation_link_once());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match link.await {
                    Err(e) => problem(e),
                    Ok(None) => view! {
                        <PageTitle text="Invitation" />
                        <h1>"Invitation"</h1>
                        <p>"The invitation link is only shown once, straight after you make it. If you did not give it to them, withdraw the invitation and make a new one."</p>
                        <p><a href="/account/people">"People who can act for you"</a></p>
                    }.into_any(),
                    Ok(Some(l)) => view! {
                        <PageTitle text="Invitation made" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <Panel title="Invitation made">
                                    {format!("Give this link to {}", l.name)}
                                </Panel>
                                <p>{format!("Send or give this link to {} yourself. It works once, until {}, and only when they sign in with {}.", l.name, l.expires, l.email)}</p>
                                <p class="nhsuk-body-l app-break-anywhere"><code id="invitation-link">{l.link.clone()}</code></p>
                                <p>"This is the only time we show the link. Anyone who has it can try to use it, but only the person you invited can accept it."</p>
                                <p><a href="/account/people">"People who can act for you"</a></p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Change or end what someone may do for you.
#[component]
pub fn ChangeAccessPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let grant = Resource::new(id, get_grant);
    let kept = kept_form("change-access");
    let change = ServerAction::<ChangeAccess>::new();
    let end = ServerAction::<EndAccess>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match grant.await {
                    Err(e) => problem(e),
                    Ok(None) => {
                        #[cfg(feature = "ssr")]
                        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                            res.set_status(axum::http::StatusCode::NOT_FOUND);
                        }
                        view! {
                        <PageTitle text="Page not found" />
                        <h1>"This person cannot act for you"</h1>
                        <p>"Their access may have ended already."</p>
                        <p><a href="/account/people">"People who can act for you"</a></p>
                    }.into_any()
                    }
                    Ok(Some(g)) if !g.by_resident => view! {
                        <PageTitle text=format!("{}'s access", g.name) />
                        <h1>{format!("{}'s access", g.name)}</h1>
                        <p>"Your GP surgery recorded this. Contact them to change it."</p>
                        <p><a href="/account/people">"People who can act for you"</a></p>
                    }.into_any(),
                    Ok(Some(g)) => {
                        let chosen = if f.has_errors() { ticked(&f, "scopes", &SCOPE_CHOICES) } else { g.scopes.clone() };
                        let until = if f.has_errors() {
                            [f.value("until_day"), f.value("until_month"), f.value("until_year")]
                        } else {
                            g.until_parts.clone()
                        };
                        let gid = g.id.to_string();
                        let gid2 = gid.clone();
                        view! {
                            <PageTitle text=format!("Change {}'s access", g.name) has_errors=f.has_errors() />
                            <BackLink href="/account/people" text="Back to people who can act for you" />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    <h1>{format!("Change {}'s access", g.name)}</h1>
                                    <ActionForm action=change attr:novalidate=true>
                                        <input type="hidden" name="id" value=gid.clone() />
                                        {scope_boxes(chosen, f.error_for("scope-record"))}
                                        <DateInput id="until" name="until" legend="When should their access end?"
                                            hint="For example, 1 6 2027"
                                            values=until error=until_error(&f) />
                                        <button class="nhsuk-button" type="submit">"Save changes"</button>
                                    </ActionForm>
                                    <h2>"End their access now"</h2>
                                    <p>{format!("{} will not be able to act for you from their next click. You can invite them again later.", g.name)}</p>
                                    <ActionForm action=end>
                                        <input type="hidden" name="id" value=gid2 />
                                        <button class="nhsuk-button nhsuk-button--warning" type="submit">"End access now"</button>
                                    </ActionForm>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
