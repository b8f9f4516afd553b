//! Staff pages: an ICS administrator appoints organisations' administrators; an
//! organisation's administrator adds and suspends helpers; a new member of staff
//! sets their password from a single-use link.

use super::{
    api::{get_set_up, get_staff, staff_link_once, AddStaff, FinishSetUp, SuspendHelper},
    MemberView, SetUpAnswer, StaffView,
};
use crate::domain::{t, t_key, t_with};
use crate::{
    components::{
        problem, ErrorSummary, PageTitle, PasswordInput, QueryNotice, RadioOption, Radios,
        TableContainer, TextInput,
    },
    domain::FormState,
    platform::forms::kept_form,
};
use leptos::prelude::*;

/// The name and work email of a new administrator or helper (`labels`: the
/// keys of the two labels).
fn name_and_email(f: &FormState, labels: (&'static str, &'static str)) -> impl IntoView {
    view! {
        <TextInput id="name" name="name" label=t(labels.0) value=f.value("name")
            error=f.error_for("name") autocomplete="off" />
        <TextInput id="email" name="email" label=t(labels.1)
            hint=t("help-we-will-show-you-a")
            value=f.value("email") error=f.error_for("email") input_type="email" autocomplete="off" />
    }
}

fn members_table(caption: String, members: Vec<MemberView>, suspend: bool) -> AnyView {
    if members.is_empty() {
        return view! { <p>{t("help-nobody-yet")}</p> }.into_any();
    }
    let action = ServerAction::<SuspendHelper>::new();
    view! {
        <TableContainer label=caption.clone()><table class="nhsuk-table">
            <caption class="nhsuk-table__caption">{caption}</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">{t("help-name")}</th>
                    <th class="nhsuk-table__header" scope="col">{t("help-email")}</th>
                    <th class="nhsuk-table__header" scope="col">{t("help-status")}</th>
                    {suspend.then(|| view! { <th class="nhsuk-table__header" scope="col">{t("help-action")}</th> })}
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {members.into_iter().map(|m| {
                    let id = m.id.to_string();
                    let label = if m.suspended { t("help-reinstate") } else { t("help-suspend") };
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
                        <PageTitle text=t("help-staff") />
                        <h1>{t("help-staff")}</h1>
                        <p><a href="/helping">{t("help-go-to-help-someone-now")}</a></p>
                    }.into_any(),
                    Ok(StaffView::Ics { name, organisations }) => {
                        let options: Vec<RadioOption> = organisations.iter().map(|o| RadioOption {
                            value: o.id.clone(),
                            label: o.name.clone(),
                            hint: None,
                        }).collect();
                        view! {
                            <PageTitle text=t("help-organisations-and-their-administrators") has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    <span class="nhsuk-caption-l">{t_with("help-signed-in-as-ics-administrator", [("name", (name).to_string().into())])}</span>
                                    <h1>{t("help-organisations-and-their-administrators")}</h1>
                                    <p>{t("help-organisations-and-their-help-points")}</p>
                                    {organisations.into_iter().map(|o| view! {
                                        <h2>{o.name.clone()}</h2>
                                        {members_table(t_with("help-administrators-of", [("name", (o.name).to_string().into())]), o.administrators, false)}
                                    }).collect_view()}
                                    <h2>{t("help-add-an-administrator")}</h2>
                                    <ActionForm action=add>
                                        <Radios id="organisation" name="organisation" legend=t("help-organisation") options=options
                                            selected=f.value("organisation") error=f.error_for("organisation") />
                                        {name_and_email(&f, (t_key("help-admin-name"), t_key("help-admin-email")))}
                                        <button class="nhsuk-button" type="submit">{t("help-add-administrator")}</button>
                                    </ActionForm>
                                </div>
                            </div>
                        }.into_any()
                    }
                    Ok(StaffView::Organisation { name, organisation, helpers }) => view! {
                        <PageTitle text=t_with("help-helpers-at", [("organisation", (organisation).to_string().into())]) has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <QueryNotice notices=STAFF_NOTICES />
                                <span class="nhsuk-caption-l">{t_with("help-signed-in-as-administrator", [("name", (name).to_string().into())])}</span>
                                <h1>{t_with("help-helpers-at-2", [("organisation", (organisation).to_string().into())])}</h1>
                                <p>{t("help-helpers-sit-with-residents-at")}</p>
                                {members_table(t_with("help-helpers-at-3", [("organisation", (organisation).to_string().into())]), helpers, true)}
                                <h2>{t("help-add-a-helper")}</h2>
                                <ActionForm action=add>
                                    {name_and_email(&f, (t_key("help-helper-name"), t_key("help-helper-email")))}
                                    <button class="nhsuk-button" type="submit">{t("help-add-helper")}</button>
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
                        <PageTitle text=t("help-the-link-has-already-been") />
                        <h1>{t("help-the-link-has-already-been")}</h1>
                        <p>{t("help-each-set-up-link-is")}</p>
                        <p><a href="/staff">{t("help-back-to-staff")}</a></p>
                    }.into_any(),
                    Ok(Some(l)) => view! {
                        <PageTitle text=t("help-send-them-their-set-up") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <div class="nhsuk-panel">
                                    <h1 class="nhsuk-panel__title">{t("help-account-added")}</h1>
                                    <div class="nhsuk-panel__body">{format!("for {}", l.name)}</div>
                                </div>
                                <h2>{t("help-send-them-their-set-up")}</h2>
                                <p>{t_with("help-send-this-link-to-at", [("name", (l.name).to_string().into()), ("email", (l.email).to_string().into()), ("expires", (l.expires).to_string().into())])}</p>
                                <p class="app-link-to-copy" id="set-up-link"><code>{l.link}</code></p>
                                <p>{t("help-this-page-is-shown-once")}</p>
                                <p><a href="/staff">{t("help-back-to-staff")}</a></p>
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
                        <PageTitle text=t("help-set-up-your-staff-account") />
                        <h1>{t("help-set-up-your-staff-account")}</h1>
                        <p>{t("help-open-the-set-up-link")}</p>
                    }.into_any(),
                    Ok(SetUpAnswer::Unusable) => view! {
                        <PageTitle text=t("help-this-set-up-link-cannot") />
                        <h1>{t("help-this-set-up-link-cannot")}</h1>
                        <p>{t("help-it-has-been-used-already")}</p>
                    }.into_any(),
                    Ok(SetUpAnswer::Open { email }) => view! {
                        <PageTitle text=t("help-set-up-your-staff-account") has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>{t("help-set-up-your-staff-account")}</h1>
                                <p>{t_with("help-your-account-is-choose-a", [("email", (email).to_string().into())])}</p>
                                <ActionForm action=finish>
                                    <PasswordInput id="password" name="password" label=t("help-choose-a-password")
                                        hint=t("help-8-characters-or-more-a")
                                        error=f.error_for("password") autocomplete="new-password" />
                                    <PasswordInput id="confirm" name="confirm" label=t("help-enter-the-password-again")
                                        error=f.error_for("confirm") autocomplete="new-password" />
                                    <button class="nhsuk-button" type="submit">{t("help-set-password")}</button>
                                </ActionForm>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
