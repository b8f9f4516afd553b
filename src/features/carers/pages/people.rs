//! "People who can act for you": the list, inviting, the link made, changing and ending.

use crate::domain::{t, t_key, t_with};
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
        &t("carer-scope-legend"),
        &t("carer-scope-hint"),
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
    ("ended", t_key("carer-notice-ended")),
    ("changed", t_key("carer-notice-changed")),
    ("withdrawn", t_key("carer-notice-withdrawn")),
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
                        <PageTitle text=t("carer-people-who-can-act-for") />
                        <BackLink href="/home" text=t("carer-back-to-home") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <QueryNotice notices=PEOPLE_NOTICES />
                                <h1>{t("carer-people-who-can-act-for")}</h1>
                                <p>{t("carer-these-people-can-use-front")}</p>
                                {if p.grants.is_empty() {
                                    view! { <p>{t("carer-nobody-can-act-for-you")}</p> }.into_any()
                                } else {
                                    p.grants.iter().map(|g| {
                                        let change = format!("/account/people/{}", g.id);
                                        view! {
                                            <div class="nhsuk-card">
                                                <div class="nhsuk-card__content">
                                                    <h2 class="nhsuk-card__heading nhsuk-heading-m">{format!("{} ({})", g.name, g.relationship)}</h2>
                                                    <dl class="nhsuk-summary-list">
                                                        <div class="nhsuk-summary-list__row">
                                                            <dt class="nhsuk-summary-list__key">{t("carer-can")}</dt>
                                                            <dd class="nhsuk-summary-list__value">
                                                                <ul class="nhsuk-list nhsuk-list--bullet">
                                                                    {g.can_do.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                                                                </ul>
                                                            </dd>
                                                        </div>
                                                        <div class="nhsuk-summary-list__row">
                                                            <dt class="nhsuk-summary-list__key">{t("carer-until")}</dt>
                                                            <dd class="nhsuk-summary-list__value">{g.until.clone().unwrap_or_else(|| t("carer-no-end-date"))}</dd>
                                                        </div>
                                                        <div class="nhsuk-summary-list__row">
                                                            <dt class="nhsuk-summary-list__key">{t("carer-given")}</dt>
                                                            <dd class="nhsuk-summary-list__value">{g.granted_how.clone()}</dd>
                                                        </div>
                                                    </dl>
                                                    {if g.by_resident {
                                                        view! { <p><a href=change>{t("carer-change-or-end")}" "<span class="nhsuk-u-visually-hidden">{format!("{}'s ", g.name)}</span>"access"</a></p> }.into_any()
                                                    } else {
                                                        view! { <p>{t("carer-your-gp-surgery-recorded-this")}</p> }.into_any()
                                                    }}
                                                </div>
                                            </div>
                                        }
                                    }).collect_view().into_any()
                                }}
                                {(!p.invitations.is_empty()).then(|| view! {
                                    <h2>{t("carer-invitations-not-yet-accepted")}</h2>
                                    {p.invitations.clone().into_iter().map(|i| {
                                        let id = i.id.to_string();
                                        view! {
                                            <div class="nhsuk-card">
                                                <div class="nhsuk-card__content">
                                                    <h3 class="nhsuk-card__heading nhsuk-heading-s">{format!("{} ({})", i.name, i.email)}</h3>
                                                    <p>{t_with("carer-the-link-works-until", [("expires", (i.expires).to_string().into())])}</p>
                                                    <ActionForm action=withdraw>
                                                        <input type="hidden" name="id" value=id />
                                                        <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("carer-withdraw-invitation")}<span class="nhsuk-u-visually-hidden">" "{t_with("carer-withdraw-to", [("name", i.name.clone().into())])}</span></button>
                                                    </ActionForm>
                                                </div>
                                            </div>
                                        }
                                    }).collect_view()}
                                })}
                                <h2>{t("carer-let-someone-act-for-you")}</h2>
                                {match p.cannot_invite.clone() {
                                    Some(why) => view! {
                                        <p>{why}</p>
                                        <p><a href="/account/identity">{t("carer-your-identity-and-how-you")}</a></p>
                                    }.into_any(),
                                    None => view! {
                                        <p>{t_with("carer-invite-someone-you-trust-such", [("max-months", (p.max_months).to_string().into())])}</p>
                                        <a class="nhsuk-button" href="/account/people/invite">{t("carer-invite-someone-to-act-for")}</a>
                                    }.into_any(),
                                }}
                                <p><a href="/account/access-history">{t("carer-who-has-looked-at-or")}</a></p>
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
                let options = RELATIONSHIPS.iter().map(|(v, l)| RadioOption { value: v.to_string(), label: t(l), hint: None }).collect::<Vec<_>>();
                view! {
                    <PageTitle text=t("carer-invite-someone-to-act-for") has_errors=f.has_errors() />
                    <BackLink href="/account/people" text=t("carer-back-to-people-who-can") />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>{t("carer-invite-someone-to-act-for")}</h1>
                            <p>{t("carer-we-will-make-a-link")}</p>
                            <ActionForm action=action attr:novalidate=true>
                                <TextInput id="name" name="name" label=t("carer-their-full-name") autocomplete="off"
                                    value=f.value("name") error=f.error_for("name") />
                                <TextInput id="email" name="email" label=t("carer-their-email-address") input_type="email" autocomplete="off"
                                    hint=t("carer-they-must-sign-in-to")
                                    value=f.value("email") error=f.error_for("email") />
                                <Radios id="relationship" name="relationship" legend=t("carer-who-are-they-to-you")
                                    options=options selected=f.value("relationship") error=f.error_for("relationship") />
                                {scope_boxes(ticked(&f, "scopes", &SCOPE_CHOICES), f.error_for("scope-record"))}
                                <DateInput id="until" name="until" legend=t("carer-when-should-their-access-end")
                                    hint=t("carer-for-example-1-6-2027")
                                    values=[f.value("until_day"), f.value("until_month"), f.value("until_year")]
                                    error=until_error(&f) />
                                <button class="nhsuk-button" type="submit">{t("carer-make-the-invitation")}</button>
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
                        <PageTitle text=t("carer-invitation") />
                        <h1>{t("carer-invitation")}</h1>
                        <p>{t("carer-the-invitation-link-is-only")}</p>
                        <p><a href="/account/people">{t("carer-people-who-can-act-for")}</a></p>
                    }.into_any(),
                    Ok(Some(l)) => {
                        let give = t_with("carer-give-this-link-to", [("name", l.name.clone().into())]);
                        let send = t_with("carer-send-or-give-this-link", [("name", l.name.clone().into()), ("expires", l.expires.to_string().into()), ("email", l.email.to_string().into())]);
                        view! {
                        <PageTitle text=t("carer-invitation-made") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <Panel title=t("carer-invitation-made")>
                                    {give}
                                </Panel>
                                <p>{send}</p>
                                <p class="nhsuk-body-l app-break-anywhere"><code id="invitation-link">{l.link.clone()}</code></p>
                                <p>{t("carer-this-is-the-only-time")}</p>
                                <p><a href="/account/people">{t("carer-people-who-can-act-for")}</a></p>
                            </div>
                        </div>
                    }.into_any()
                    },
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
                        <PageTitle text=t("carer-page-not-found") />
                        <h1>{t("carer-this-person-cannot-act-for")}</h1>
                        <p>{t("carer-their-access-may-have-ended")}</p>
                        <p><a href="/account/people">{t("carer-people-who-can-act-for")}</a></p>
                    }.into_any()
                    }
                    Ok(Some(g)) if !g.by_resident => view! {
                        <PageTitle text=format!("{}'s access", g.name) />
                        <h1>{format!("{}'s access", g.name)}</h1>
                        <p>{t("carer-your-gp-surgery-recorded-this")}</p>
                        <p><a href="/account/people">{t("carer-people-who-can-act-for")}</a></p>
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
                            <PageTitle text=t_with("carer-change-access", [("name", g.name.clone().into())]) has_errors=f.has_errors() />
                            <BackLink href="/account/people" text=t("carer-back-to-people-who-can") />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    <h1>{t_with("carer-change-access", [("name", g.name.clone().into())])}</h1>
                                    <ActionForm action=change attr:novalidate=true>
                                        <input type="hidden" name="id" value=gid.clone() />
                                        {scope_boxes(chosen, f.error_for("scope-record"))}
                                        <DateInput id="until" name="until" legend=t("carer-when-should-their-access-end")
                                            hint=t("carer-for-example-1-6-2027-2")
                                            values=until error=until_error(&f) />
                                        <button class="nhsuk-button" type="submit">{t("carer-save-changes")}</button>
                                    </ActionForm>
                                    <h2>{t("carer-end-their-access-now")}</h2>
                                    <p>{t_with("carer-will-not-be-able-to", [("name", (g.name).to_string().into())])}</p>
                                    <ActionForm action=end>
                                        <input type="hidden" name="id" value=gid2 />
                                        <button class="nhsuk-button nhsuk-button--warning" type="submit">{t("carer-end-access-now")}</button>
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
