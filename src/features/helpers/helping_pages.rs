//! Assisted sessions: the helper's start page, the resident joining and agreeing,
//! the banner while a helper helps, the summary at the end; and, on the resident's
//! own phone, making a one-time code for a helper.

use super::{
    api::{
        get_consent, get_help_banner, get_helping, get_past_help, get_summary, helper_code_once,
        AgreeToHelp, EndHelping, EnterCode, FinishHelping, MakeHelperCode, StartHelping,
    },
    CurrentHelp, HelpBanner, HELP_MINUTES, HELP_SCOPES,
};
use crate::domain::{t, t_key, t_with};
use crate::{
    components::{
        acting_title, checkboxes, problem, ticked, BackLink, ErrorSummary, PageTitle, QueryNotice,
        RadioOption, Radios, TableContainer, TextInput,
    },
    domain::FormState,
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

fn minute_options() -> Vec<RadioOption> {
    HELP_MINUTES
        .iter()
        .map(|(v, l)| RadioOption {
            value: v.to_string(),
            label: t(l),
            hint: None,
        })
        .collect()
}

/// What the helper may do and for how long, as the resident chooses it.
fn choices(f: &FormState, who: &str) -> impl IntoView {
    let minutes = match f.value("minutes") {
        m if m.is_empty() => "30".to_string(),
        m => m,
    };
    view! {
        {checkboxes(
            "scope",
            "scopes",
            &t_with("help-what-can-help-you-with", [("who", (who).to_string().into())]),
            &t("help-scope-hint"),
            &HELP_SCOPES,
            &ticked(f, "scopes", &HELP_SCOPES),
            f.error_for("scope-record"),
        )}
        <Radios id="minutes" name="minutes" legend=t_with("help-for-how-long-can-help", [("who", (who).to_string().into())])
            hint=t("help-the-help-stops-by-itself")
            options=minute_options() selected=minutes error=f.error_for("minutes") />
    }
}

/// The banner on every page while a helper helps someone.
#[component]
pub fn HelpingBanner() -> impl IntoView {
    let location = use_location();
    let banner = Resource::new(
        move || location.pathname.get(),
        |_| async { get_help_banner().await.unwrap_or_default() },
    );
    let end = ServerAction::<EndHelping>::new();
    view! {
        <Transition>
            {move || Suspend::new(async move {
                let b: HelpBanner = banner.await;
                b.helping.map(|(resident, helper, organisation, until)| view! {
                    {acting_title(resident.clone())}
                    <div class="app-acting-banner app-helping-banner" role="region" aria-label=t("help-who-is-being-helped")>
                        <div class="nhsuk-width-container">
                            <p class="app-acting-banner__text">
                                <strong>{t_with("help-helping", [("resident", resident.clone().into())])}</strong>
                                " "{t_with("help-with-from-ends", [("helper", (helper).to_string().into()), ("organisation", (organisation).to_string().into()), ("until", (until).to_string().into())])}
                            </p>
                            <ActionForm action=end attr:class="app-helping-banner__end">
                                <input type="hidden" name="by" value="resident" />
                                <button class="nhsuk-button nhsuk-button--reverse nhsuk-u-margin-bottom-0" type="submit">{t("help-end-help-now")}</button>
                            </ActionForm>
                        </div>
                    </div>
                })
            })}
        </Transition>
    }
}

/// What the start page says after clearing or a refusal, by the word in its address.
const HELPING_NOTICES: &[(&str, &str)] = &[
    ("cleared", t_key("help-notice-cleared")),
    ("declined", t_key("help-notice-declined")),
];

/// "Help someone now": the helper's start page and their past sessions.
#[component]
pub fn HelpingPage() -> impl IntoView {
    let helping = Resource::new(|| (), |_| get_helping());
    let start = ServerAction::<StartHelping>::new();
    let end = ServerAction::<EndHelping>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match helping.await {
                    Err(e) => problem(e),
                    Ok(h) => view! {
                        <PageTitle text=t("help-help-someone-now") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <QueryNotice notices=HELPING_NOTICES />
                                <span class="nhsuk-caption-l">{format!("{}, {}", h.helper, h.organisation)}</span>
                                <h1>{t("help-help-someone-now")}</h1>
                                {match h.current {
                                    None => view! {
                                        <p>{t("help-start-a-help-session-then")}</p>
                                        <ActionForm action=start>
                                            <button class="nhsuk-button" id="start-helping" type="submit">{t("help-start-helping-someone")}</button>
                                        </ActionForm>
                                    }.into_any(),
                                    Some(CurrentHelp::Waiting) => view! {
                                        <p>{t("help-a-help-session-is-waiting")}</p>
                                        <p><a href="/helping/resident">{t("help-continue")}</a></p>
                                        <ActionForm action=end>
                                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("help-cancel")}</button>
                                        </ActionForm>
                                    }.into_any(),
                                    Some(CurrentHelp::ResidentToAgree) => view! {
                                        <p>{t("help-the-person-you-are-helping")}</p>
                                        <p><a href="/helping/agree">{t("help-continue")}</a></p>
                                    }.into_any(),
                                    Some(CurrentHelp::Helping { resident, until }) => view! {
                                        <div class="nhsuk-card">
                                            <div class="nhsuk-card__content">
                                                <h2 class="nhsuk-card__heading">{t_with("help-you-are-helping-until", [("resident", (resident).to_string().into()), ("until", (until).to_string().into())])}</h2>
                                                <ul class="nhsuk-list">
                                                    <li><a href="/appointments">{t("help-appointments")}</a></li>
                                                    <li><a href="/triage">{t("help-ask-the-gp-surgery-for")}</a></li>
                                                    <li><a href="/requests">{t("help-requests")}</a></li>
                                                    <li><a href="/record">{t("help-health-record")}</a></li>
                                                </ul>
                                                <p class="nhsuk-card__description">{t("help-you-can-only-use-what")}</p>
                                            </div>
                                        </div>
                                        <ActionForm action=end>
                                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("help-end-help-now")}</button>
                                        </ActionForm>
                                    }.into_any(),
                                }}
                                <p><a href="/helping/past">{t("help-your-past-help-sessions")}</a></p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The helper's past sessions: who, when, what was done.
#[component]
pub fn PastHelpPage() -> impl IntoView {
    let past = Resource::new(|| (), |_| get_past_help());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match past.await {
                    Err(e) => problem(e),
                    Ok(past) => view! {
                        <PageTitle text=t("help-your-past-help-sessions") />
                        <BackLink href="/helping" text=t("help-back-to-help-someone-now") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-full">
                                <h1>{t("help-your-past-help-sessions")}</h1>
                                <p>{t("help-who-you-helped-when-and")}</p>
                                {if past.is_empty() {
                                    view! { <p>{t("help-none-yet")}</p> }.into_any()
                                } else {
                                    view! {
                                        <TableContainer label=t("help-your-past-help-sessions")><table class="nhsuk-table">
                                            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{t("help-your-past-help-sessions")}</caption>
                                            <thead class="nhsuk-table__head">
                                                <tr class="nhsuk-table__row">
                                                    <th class="nhsuk-table__header" scope="col">{t("help-who")}</th>
                                                    <th class="nhsuk-table__header" scope="col">{t("help-when")}</th>
                                                    <th class="nhsuk-table__header" scope="col">{t("help-what-was-done")}</th>
                                                </tr>
                                            </thead>
                                            <tbody class="nhsuk-table__body">
                                                {past.into_iter().map(|p| view! {
                                                    <tr class="nhsuk-table__row">
                                                        <td class="nhsuk-table__cell">{p.resident}</td>
                                                        <td class="nhsuk-table__cell">{t_with("help-from-to", [("from", p.started.clone().into()), ("to", p.ended.clone().into())])}<br />{p.how_ended}</td>
                                                        <td class="nhsuk-table__cell">
                                                            {if p.done.is_empty() {
                                                                view! { {t("help-nothing-done")} }.into_any()
                                                            } else {
                                                                view! { <ul class="nhsuk-list">{p.done.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
                                                            }}
                                                        </td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table></TableContainer>
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

/// The resident joins: they sign in on this screen, create an account, or the
/// helper enters the code from their phone.
#[component]
pub fn ResidentJoinsPage() -> impl IntoView {
    let helping = Resource::new(|| (), |_| get_helping());
    let kept = kept_form("helping-code");
    let code = ServerAction::<EnterCode>::new();
    let end = ServerAction::<EndHelping>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match helping.await {
                    Err(e) => problem(e),
                    Ok(h) => view! {
                        <PageTitle text=t("help-sign-in-to-get-help") has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>{t("help-sign-in-to-get-help")}</h1>
                                <p class="nhsuk-lede-text">{t_with("help-from-can-help-you-use", [("helper", (h.helper).to_string().into()), ("organisation", (h.organisation).to_string().into())])}</p>
                                <p>{t("help-sign-in-yourself-never-tell")}</p>
                                <a class="nhsuk-button" href="/sign-in" id="resident-sign-in">{t("help-sign-in")}</a>
                                <p><a href="/register">{t("help-create-a-front-door-account")}</a>" "{t("help-if-you-do-not-have")}</p>
                                <h2>{t("help-if-you-cannot-sign-in")}</h2>
                                <p>{t("help-on-your-own-phone-code")}</p>
                                <ActionForm action=code>
                                    <TextInput id="code" name="code" label=t("help-code-from-their-phone")
                                        hint=t("help-8-letters-and-numbers-for") value=""
                                        error=f.error_for("code") autocomplete="off" width="10" code=true />
                                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("help-use-code")}</button>
                                </ActionForm>
                                <ActionForm action=end>
                                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("help-cancel")}</button>
                                </ActionForm>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The resident, just signed in on the helper's screen, agrees (or not).
#[component]
pub fn AgreeToHelpPage() -> impl IntoView {
    let consent = Resource::new(|| (), |_| get_consent());
    let kept = kept_form("helping-consent");
    let agree = ServerAction::<AgreeToHelp>::new();
    let decline = ServerAction::<AgreeToHelp>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match consent.await {
                    Err(e) => problem(e),
                    Ok(None) => view! {
                        <PageTitle text=t("help-nobody-is-waiting-to-agree") />
                        <h1>{t("help-nobody-is-waiting-to-agree")}</h1>
                        <p>{t("help-the-person-being-helped-needs")}</p>
                        <p><a href="/helping">{t("help-go-to-help-someone-now")}</a></p>
                    }.into_any(),
                    Ok(Some(c)) => {
                        let helper = c.helper.split_whitespace().next().unwrap_or_default().to_string();
                        view! {
                            <PageTitle text=t_with("help-do-you-want-to-help", [("helper", (helper).to_string().into())]) has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    <span class="nhsuk-caption-l">{t_with("help-signed-in-as", [("resident", (c.resident).to_string().into())])}</span>
                                    <h1>{t_with("help-do-you-want-to-help-2", [("helper", (helper).to_string().into())])}</h1>
                                    <p>{t_with("help-from-can-use-front-door", [("helper", (c.helper).to_string().into()), ("organisation", (c.organisation).to_string().into())])}</p>
                                    <ul class="nhsuk-list nhsuk-list--bullet">
                                        <li>{t("help-they-can-only-do-the")}</li>
                                        <li>{t("help-it-stops-at-the-time")}</li>
                                        <li>{t("help-everything-they-do-is-written")}</li>
                                        <li>{t("help-they-cannot-see-anything-your")}</li>
                                    </ul>
                                    <ActionForm action=agree>
                                        <input type="hidden" name="agree" value="yes" />
                                        {choices(&f, &helper)}
                                        <button class="nhsuk-button" id="agree" type="submit">{t_with("help-yes-can-help-me", [("helper", (helper).to_string().into())])}</button>
                                    </ActionForm>
                                    <ActionForm action=decline>
                                        <input type="hidden" name="agree" value="no" />
                                        <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("help-no-i-do-not-want")}</button>
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

/// What was done, for the resident to keep, before the computer is cleared.
#[component]
pub fn HelpSummaryPage() -> impl IntoView {
    let summary = Resource::new(|| (), |_| get_summary());
    let finish = ServerAction::<FinishHelping>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match summary.await {
                    Err(e) => problem(e),
                    Ok(None) => view! {
                        <PageTitle text=t("help-there-is-nothing-to-show") />
                        <h1>{t("help-there-is-nothing-to-show")}</h1>
                        <p><a href="/helping">{t("help-go-to-help-someone-now")}</a></p>
                    }.into_any(),
                    Ok(Some(s)) => view! {
                        <PageTitle text=t("help-what-was-done-today") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>{t("help-what-was-done-today")}</h1>
                                <p>{t_with("help-was-helped-by-from-from", [("resident", (s.resident).to_string().into()), ("helper", (s.helper).to_string().into()), ("organisation", (s.organisation).to_string().into()), ("started", (s.started).to_string().into()), ("ended", (s.ended).to_string().into())])}</p>
                                {if s.done.is_empty() {
                                    view! { <p>{t("help-no-appointments-were-booked-and")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="nhsuk-list nhsuk-list--bullet" id="done">
                                            {s.done.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                <p>{t("help-keep-this-on-paper")}</p>
                                <div class="nhsuk-inset-text fd-no-print">
                                    <span class="nhsuk-u-visually-hidden">{t("help-information")}" "</span>
                                    <p>{t("help-when-you-have-finished-clear")}</p>
                                </div>
                                <ActionForm action=finish attr:class="fd-no-print">
                                    <button class="nhsuk-button" id="finish-helping" type="submit">{t("help-clear-this-computer-for-the")}</button>
                                </ActionForm>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// On the resident's own phone: make a code for a helper to enter.
#[component]
pub fn HelperCodePage() -> impl IntoView {
    let kept = kept_form("helper-code");
    let make = ServerAction::<MakeHelperCode>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                view! {
                    <PageTitle text=t("help-let-a-helper-help-you") has_errors=f.has_errors() />
                    <BackLink href="/account" text=t("help-back-to-your-account") />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>{t("help-let-a-helper-help-you")}</h1>
                            <p>{t("help-if-a-helper-at-a")}</p>
                            <p>{t("help-the-code-works-once-for")}</p>
                            <ActionForm action=make>
                                {choices(&f, &t("help-the-helper"))}
                                <button class="nhsuk-button" type="submit">{t("help-make-a-code")}</button>
                            </ActionForm>
                        </div>
                    </div>
                }
            })}
        </Suspense>
    }
}

/// The code just made, shown once.
#[component]
pub fn HelperCodeMadePage() -> impl IntoView {
    let code = Resource::new(|| (), |_| helper_code_once());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match code.await {
                    Err(e) => problem(e),
                    Ok(None) => view! {
                        <PageTitle text=t("help-your-code-has-already-been") />
                        <h1>{t("help-your-code-has-already-been")}</h1>
                        <p>{t("help-each-code-is-shown-once")}" "<a href="/account/helper-code">{t("help-make-a-new-code")}</a>"."</p>
                    }.into_any(),
                    Ok(Some(c)) => view! {
                        <PageTitle text=t("help-read-this-code-to-your") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>{t("help-read-this-code-to-your")}</h1>
                                <p class="app-helper-code" id="helper-code">{c.code}</p>
                                <p>{t_with("help-it-works-once-until-they", [("until", (c.until).to_string().into()), ("minutes", (c.minutes).to_string().into())])}</p>
                                <ul class="nhsuk-list nhsuk-list--bullet">
                                    {c.can_do.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                </ul>
                                <p><a href="/account">{t("help-back-to-your-account")}</a></p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
