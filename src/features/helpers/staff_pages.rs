//! Staff pages: an ICS administrator appoints organisations' administrators; an
//! organisation's administrator adds and suspends helpers; a new member of staff
//! sets their password from a single-use link.

use super::{
    api::{get_set_up, get_staff, staff_link_once, AddStaff, FinishSetUp, SuspendHelper},
    MemberView, SetUpAnswer, StaffView,
};
use crate::domain::t_key;
use crate::{
    components::{
        problem, ErrorSummary, PageTitle, PasswordInput, QueryNotice, RadioOption, Radios,
        TableContainer, TextInput,
    },
    domain::FormState,
    platform::forms::kept_form,
};
use leptos::prelude::*;

fn name_and_email(f: &FormState, what: &'static str) -> impl IntoView {
    view! {
        <TextInput id="name" name="name" label=format!("{what}'s full name") value=f.value("name")
            error=f.error_for("name") autocomplete="off" />
        <TextInput id="email" name="email" label=format!("{what}'s work email address")
            hint="We will show you a link to send them. It works once, for 7 days."
            value=f.value("email") error=f.error_for("email") input_type="email" autocomplete="off" />
    }
}

fn members_table(caption: String, members: Vec<MemberView>, suspend: bool) -> AnyView {
    if members.is_empty() {
        return view! { <p>"Nobody yet."</p> }.into_any();
    }
    let action = ServerAction::<SuspendHelper>::new();
    view! {
        <TableContainer label=caption.clone()><table class="nhsuk-table">
            <caption class="nhsuk-table__caption">{caption}</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">"Name"</th>
                    <th class="nhsuk-table__header" scope="col">"Email"</th>
                    <th class="nhsuk-table__header" scope="col">"Status"</th>
                    {suspend.then(|| view! { <th class="nhsuk-table__header" scope="col">"Action"</th> })}
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {members.into_iter().map(|m| {
                    let id = m.id.to_string();
                    let label = if m.suspended { "Reinstate" } else { "Suspend" };
                    let value = if m.suspended { "no" } else { "yes" };
                    let name = m.name.clone();
                    view! {
                        <tr class="nhsuk-table__row">
                            <td class="nhsuk-table__cell">{m.name}</td>
                            <td class="nhsuk-table__cell">{m.email}</td>
                            <td class="nhsuk-table__cell">{m.status}</td>
                            {suspend.then(|| view! {
                                <td class="nhsuk-table__cell">
                                    <ActionForm action=action>
                                        <input type="hidden" name="id" value=id />
                                        <input type="hidden" name="suspend" value=value />
                                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit">
                                            {label}<span class="nhsuk-u-visually-hidden">{format!(" {name}")}</span>
                                        </button>
                                    </ActionForm>
                                </td>
                            })}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></TableContainer>
    }
    .into_any()
}

/// What the staff page says after a suspension, by the word in its address.
const STAFF_NOTICES: &[(&str, &str)] = &[
    ("suspended", t_key("help-notice-suspended")),
    ("reinstated", t_key("help-notice-reinstated")),
];

/// The staff page for administrators.
#[component]
pub fn StaffPage() -> impl IntoView {
    let staff = Resource::new(|| (), |_| get_staff());
    let kept = kept_form("staff");
    let add = ServerAction::<AddStaff>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match staff.await {
                    Err(e) => problem(e),
                    Ok(StaffView::Helper) => view! {
                        <PageTitle text="Staff" />
                        <h1>"Staff"</h1>
                        <p><a href="/helping">"Go to Help someone now"</a></p>
                    }.into_any(),
                    Ok(StaffView::Ics { name, organisations }) => {
                        let options: Vec<RadioOption> = organisations.iter().map(|o| RadioOption {
                            value: o.id.clone(),
                            label: o.name.clone(),
                            hint: None,
                        }).collect();
                        view! {
                            <PageTitle text="Organisations and their administrators" has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    <span class="nhsuk-caption-l">{format!("Signed in as {name}, ICS administrator")}</span>
                                    <h1>"Organisations and their administrators"</h1>
                                    <p>"Organisations and their help points come from the help points file. Each organisation's administrators add and suspend its helpers."</p>
                                    {organisations.into_iter().map(|o| view! {
                                        <h2>{o.name.clone()}</h2>
                                        {members_table(format!("Administrators of {}", o.name), o.administrators, false)}
                                    }).collect_view()}
                                    <h2>"Add an administrator"</h2>
                                    <ActionForm action=add>
                                        <Radios id="organisation" name="organisation" legend="Organisation" options=options
                                            selected=f.value("organisation") error=f.error_for("organisation") />
                                        {name_and_email(&f, "Administrator")}
                                        <button class="nhsuk-button" type="submit">"Add administrator"</button>
                                    </ActionForm>
                                </div>
                            </div>
                        }.into_any()
                    }
                    Ok(StaffView::Organisation { name, organisation, helpers }) => view! {
                        <PageTitle text=format!("Helpers at {organisation}") has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <QueryNotice notices=STAFF_NOTICES />
                                <span class="nhsuk-caption-l">{format!("Signed in as {name}, administrator")}</span>
                                <h1>{format!("Helpers at {organisation}")}</h1>
                                <p>"Helpers sit with residents at a help point. They can only see or do anything for a resident after that resident signs in or gives them a code, and agrees."</p>
                                {members_table(format!("Helpers at {organisation}"), helpers, true)}
                                <h2>"Add a helper"</h2>
                                <ActionForm action=add>
                                    {name_and_email(&f, "Helper")}
                                    <button class="nhsuk-button" type="submit">"Add helper"</button>
                                </ActionForm>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The set-up link just made, shown once.
#[component]
pub fn StaffAddedPage() -> impl IntoView {
    let link = Resource::new(|| (), |_| staff_link_once());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match link.await {
                    Err(e) => problem(e),
                    Ok(None) => view! {
                        <PageTitle text="The link has already been shown" />
                        <h1>"The link has already been shown"</h1>
                        <p>"Each set-up link is shown once. If it was lost, add the person again with another email address, or ask the ICS team."</p>
                        <p><a href="/staff">"Back to staff"</a></p>
                    }.into_any(),
                    Ok(Some(l)) => view! {
                        <PageTitle text="Send them their set-up link" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <div class="nhsuk-panel">
                                    <h1 class="nhsuk-panel__title">"Account added"</h1>
                                    <div class="nhsuk-panel__body">{format!("for {}", l.name)}</div>
                                </div>
                                <h2>"Send them their set-up link"</h2>
                                <p>{format!("Send this link to {} at {}. It works once, until {}. They will choose a password and turn on two-step sign-in.", l.name, l.email, l.expires)}</p>
                                <p class="app-link-to-copy" id="set-up-link"><code>{l.link}</code></p>
                                <p>"This page is shown once. The link is not kept anywhere you can see it again."</p>
                                <p><a href="/staff">"Back to staff"</a></p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A new member of staff chooses their password.
#[component]
pub fn SetUpStaffAccountPage() -> impl IntoView {
    let answer = Resource::new(|| (), |_| get_set_up());
    let kept = kept_form("staff-set-up");
    let finish = ServerAction::<FinishSetUp>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match answer.await {
                    Err(e) => problem(e),
                    Ok(SetUpAnswer::None) => view! {
                        <PageTitle text="Set up your staff account" />
                        <h1>"Set up your staff account"</h1>
                        <p>"Open the set-up link your administrator sent you."</p>
                    }.into_any(),
                    Ok(SetUpAnswer::Unusable) => view! {
                        <PageTitle text="This set-up link cannot be used" />
                        <h1>"This set-up link cannot be used"</h1>
                        <p>"It has been used already, or has expired. Ask your administrator for a new one."</p>
                    }.into_any(),
                    Ok(SetUpAnswer::Open { email }) => view! {
                        <PageTitle text="Set up your staff account" has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>"Set up your staff account"</h1>
                                <p>{format!("Your account is {email}. Choose a password. Next you will turn on two-step sign-in: staff always sign in with a security code.")}</p>
                                <ActionForm action=finish>
                                    <PasswordInput id="password" name="password" label="Choose a password"
                                        hint="8 characters or more. A few unrelated words make a good password."
                                        error=f.error_for("password") autocomplete="new-password" />
                                    <PasswordInput id="confirm" name="confirm" label="Enter the password again"
                                        error=f.error_for("confirm") autocomplete="new-password" />
                                    <button class="nhsuk-button" type="submit">"Set password"</button>
                                </ActionForm>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
