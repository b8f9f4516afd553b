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
use crate::domain::t_key;
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
            label: l.to_string(),
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
            &format!("What can {who} help you with?"),
            "Select all that apply. They will never see anything your GP surgery has marked as private to you.",
            &HELP_SCOPES,
            &ticked(f, "scopes", &HELP_SCOPES),
            f.error_for("scope-record"),
        )}
        <Radios id="minutes" name="minutes" legend=format!("For how long can {who} help you?")
            hint="The help stops by itself at the end of this time. You can stop it sooner."
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
                    <div class="app-acting-banner app-helping-banner" role="region" aria-label="Who is being helped">
                        <div class="nhsuk-width-container">
                            <p class="app-acting-banner__text">
                                <strong>{format!("Helping: {resident}")}</strong>
                                {format!(" with {helper} from {organisation} (ends {until})")}
                            </p>
                            <ActionForm action=end attr:class="app-helping-banner__end">
                                <input type="hidden" name="by" value="resident" />
                                <button class="nhsuk-button nhsuk-button--reverse nhsuk-u-margin-bottom-0" type="submit">"End help now"</button>
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
                        <PageTitle text="Help someone now" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <QueryNotice notices=HELPING_NOTICES />
                                <span class="nhsuk-caption-l">{format!("{}, {}", h.helper, h.organisation)}</span>
                                <h1>"Help someone now"</h1>
                                {match h.current {
                                    None => view! {
                                        <p>"Start a help session, then turn the screen to the person you are helping. They sign in themselves, or read out a code from their phone, and choose what you can help with and for how long."</p>
                                        <ActionForm action=start>
                                            <button class="nhsuk-button" id="start-helping" type="submit">"Start helping someone"</button>
                                        </ActionForm>
                                    }.into_any(),
                                    Some(CurrentHelp::Waiting) => view! {
                                        <p>"A help session is waiting for the person you are helping to sign in or give you a code."</p>
                                        <p><a href="/helping/resident">"Continue"</a></p>
                                        <ActionForm action=end>
                                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Cancel"</button>
                                        </ActionForm>
                                    }.into_any(),
                                    Some(CurrentHelp::ResidentToAgree) => view! {
                                        <p>"The person you are helping has signed in. They now choose what you can help with."</p>
                                        <p><a href="/helping/agree">"Continue"</a></p>
                                    }.into_any(),
                                    Some(CurrentHelp::Helping { resident, until }) => view! {
                                        <div class="nhsuk-card">
                                            <div class="nhsuk-card__content">
                                                <h2 class="nhsuk-card__heading">{format!("You are helping {resident} until {until}")}</h2>
                                                <ul class="nhsuk-list">
                                                    <li><a href="/appointments">"Appointments"</a></li>
                                                    <li><a href="/triage">"Ask the GP surgery for help"</a></li>
                                                    <li><a href="/requests">"Requests"</a></li>
                                                    <li><a href="/record">"Health record"</a></li>
                                                </ul>
                                                <p class="nhsuk-card__description">"You can only use what they agreed to."</p>
                                            </div>
                                        </div>
                                        <ActionForm action=end>
                                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">"End help now"</button>
                                        </ActionForm>
                                    }.into_any(),
                                }}
                                <p><a href="/helping/past">"Your past help sessions"</a></p>
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
                        <PageTitle text="Your past help sessions" />
                        <BackLink href="/helping" text="Back to Help someone now" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-full">
                                <h1>"Your past help sessions"</h1>
                                <p>"Who you helped, when, and what was done. Nothing from their health record is shown here."</p>
                                {if past.is_empty() {
                                    view! { <p>"None yet."</p> }.into_any()
                                } else {
                                    view! {
                                        <TableContainer label="Your past help sessions"><table class="nhsuk-table">
                                            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"Your past help sessions"</caption>
                                            <thead class="nhsuk-table__head">
                                                <tr class="nhsuk-table__row">
                                                    <th class="nhsuk-table__header" scope="col">"Who"</th>
                                                    <th class="nhsuk-table__header" scope="col">"When"</th>
                                                    <th class="nhsuk-table__header" scope="col">"What was done"</th>
                                                </tr>
                                            </thead>
                                            <tbody class="nhsuk-table__body">
                                                {past.into_iter().map(|p| view! {
                                                    <tr class="nhsuk-table__row">
                                                        <td class="nhsuk-table__cell">{p.resident}</td>
                                                        <td class="nhsuk-table__cell">{format!("{} to {}", p.started, p.ended)}<br />{p.how_ended}</td>
                                                        <td class="nhsuk-table__cell">
                                                            {if p.done.is_empty() {
                                                                view! { "Nothing booked or sent" }.into_any()
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
                        <PageTitle text="Sign in to get help" has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>"Sign in to get help"</h1>
                                <p class="nhsuk-lede-text">{format!("{} from {} can help you use Front Door.", h.helper, h.organisation)}</p>
                                <p>"Sign in yourself. Never tell anyone your password, and nobody should look while you type it. After you sign in, you choose what they can help with."</p>
                                <a class="nhsuk-button" href="/sign-in" id="resident-sign-in">"Sign in"</a>
                                <p><a href="/register">"Create a Front Door account"</a>" if you do not have one."</p>
                                <h2>"If you cannot sign in here"</h2>
                                <p>"On your own phone, sign in to Front Door and choose \"Let a helper help you\" on your account page. Read out the code it shows."</p>
                                <ActionForm action=code>
                                    <TextInput id="code" name="code" label="Code from their phone"
                                        hint="8 letters and numbers, for example ABCD-2345" value=""
                                        error=f.error_for("code") autocomplete="off" width="10" code=true />
                                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Use code"</button>
                                </ActionForm>
                                <ActionForm action=end>
                                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Cancel"</button>
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
                        <PageTitle text="Nobody is waiting to agree" />
                        <h1>"Nobody is waiting to agree"</h1>
                        <p>"The person being helped needs to sign in on this screen first. If they signed in more than 10 minutes ago, they need to sign in again."</p>
                        <p><a href="/helping">"Go to Help someone now"</a></p>
                    }.into_any(),
                    Ok(Some(c)) => {
                        let helper = c.helper.split_whitespace().next().unwrap_or_default().to_string();
                        view! {
                            <PageTitle text=format!("Do you want {helper} to help you?") has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    <span class="nhsuk-caption-l">{format!("Signed in as {}", c.resident)}</span>
                                    <h1>{format!("Do you want {helper} to help you?")}</h1>
                                    <p>{format!("{} from {} can use Front Door for you on this computer.", c.helper, c.organisation)}</p>
                                    <ul class="nhsuk-list nhsuk-list--bullet">
                                        <li>"They can only do the things you choose."</li>
                                        <li>"It stops at the time you choose. You can stop it sooner."</li>
                                        <li>"Everything they do is written down. You can see it in your account."</li>
                                        <li>"They cannot see anything your GP surgery has marked as private."</li>
                                    </ul>
                                    <ActionForm action=agree>
                                        <input type="hidden" name="agree" value="yes" />
                                        {choices(&f, &helper)}
                                        <button class="nhsuk-button" id="agree" type="submit">{format!("Yes, {helper} can help me")}</button>
                                    </ActionForm>
                                    <ActionForm action=decline>
                                        <input type="hidden" name="agree" value="no" />
                                        <button class="nhsuk-button nhsuk-button--secondary" type="submit">"No, I do not want help"</button>
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
                        <PageTitle text="There is nothing to show" />
                        <h1>"There is nothing to show"</h1>
                        <p><a href="/helping">"Go to Help someone now"</a></p>
                    }.into_any(),
                    Ok(Some(s)) => view! {
                        <PageTitle text="What was done today" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>"What was done today"</h1>
                                <p>{format!("{} was helped by {} from {}, from {} to {}.", s.resident, s.helper, s.organisation, s.started, s.ended)}</p>
                                {if s.done.is_empty() {
                                    view! { <p>"No appointments were booked and no requests were sent."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="nhsuk-list nhsuk-list--bullet" id="done">
                                            {s.done.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                <p>"To keep this on paper, print this page now (use Print in the browser menu, or press Ctrl and P). It is also in your Front Door account: your appointments and requests, and \"Who has looked at or acted on your record\"."</p>
                                <div class="nhsuk-inset-text fd-no-print">
                                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                    <p>"When you have finished, clear this computer. Nothing about you will be left on it."</p>
                                </div>
                                <ActionForm action=finish attr:class="fd-no-print">
                                    <button class="nhsuk-button" id="finish-helping" type="submit">"Clear this computer for the next person"</button>
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
                    <PageTitle text="Let a helper help you" has_errors=f.has_errors() />
                    <BackLink href="/account" text="Back to your account" />
                    <div class="nhsuk-grid-row">
                        <div class="nhsuk-grid-column-two-thirds">
                            <ErrorSummary errors=f.errors.clone() />
                            <h1>"Let a helper help you"</h1>
                            <p>"If a helper at a library or other help point is helping you on their computer, you can give them a code instead of signing in there. Choose what they can help with. Then read the code out to them."</p>
                            <p>"The code works once, for 10 minutes. Only give it to a helper sitting with you."</p>
                            <ActionForm action=make>
                                {choices(&f, "the helper")}
                                <button class="nhsuk-button" type="submit">"Make a code"</button>
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
                        <PageTitle text="Your code has already been shown" />
                        <h1>"Your code has already been shown"</h1>
                        <p>"Each code is shown once. "<a href="/account/helper-code">"Make a new code"</a>"."</p>
                    }.into_any(),
                    Ok(Some(c)) => view! {
                        <PageTitle text="Read this code to your helper" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>"Read this code to your helper"</h1>
                                <p class="app-helper-code" id="helper-code">{c.code}</p>
                                <p>{format!("It works once, until {}. They can then help you for {} with:", c.until, c.minutes)}</p>
                                <ul class="nhsuk-list nhsuk-list--bullet">
                                    {c.can_do.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                </ul>
                                <p><a href="/account">"Back to your account"</a></p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
