//! "Get help getting online": a public page in plain English.

use super::api::get_help_online;
use crate::components::{problem, PageTitle};
use crate::domain::t;
use leptos::prelude::*;

#[component]
pub fn GetHelpOnlinePage() -> impl IntoView {
    let help = Resource::new(|| (), |_| get_help_online());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match help.await {
                    Err(e) => problem(e),
                    Ok(h) => view! {
                        <PageTitle text=t("acct-get-help-getting-online") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>{t("acct-get-help-getting-online")}</h1>
                                <p class="nhsuk-lede-text">{t("acct-you-can-get-free-help")}</p>
                                <div class="nhsuk-inset-text">
                                    <span class="nhsuk-u-visually-hidden">{t("acct-information")}" "</span>
                                    <p>{t("acct-if-you-need-medical-help")}" " <a href="https://111.nhs.uk">"111.nhs.uk"</a> {t("acct-in-an-emergency-call-999")}</p>
                                </div>
                                <h2>{t("acct-places-that-can-help-you")}</h2>
                                <p>{t("acct-staff-at-these-places-can")}</p>
                                {h.help_points.into_iter().map(|p| view! {
                                    <div class="nhsuk-card">
                                        <div class="nhsuk-card__content">
                                            <h3 class="nhsuk-card__heading nhsuk-heading-s">{p.name.clone()}</h3>
                                            <p class="nhsuk-card__description">{p.organisation.clone()}</p>
                                            <dl class="nhsuk-summary-list">
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">{t("acct-address")}</dt>
                                                    <dd class="nhsuk-summary-list__value">
                                                        {p.address.iter().map(|l| view! { {l.clone()}<br /> }).collect_view()}
                                                    </dd>
                                                </div>
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">{t("acct-opening-times")}</dt>
                                                    <dd class="nhsuk-summary-list__value">
                                                        {p.opening_times.iter().map(|l| view! { {l.clone()}<br /> }).collect_view()}
                                                    </dd>
                                                </div>
                                                {p.phone.clone().map(|phone| view! {
                                                    <div class="nhsuk-summary-list__row">
                                                        <dt class="nhsuk-summary-list__key">{t("acct-phone")}</dt>
                                                        <dd class="nhsuk-summary-list__value">{phone}</dd>
                                                    </div>
                                                })}
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">{t("acct-help-you-can-get")}</dt>
                                                    <dd class="nhsuk-summary-list__value">
                                                        <ul class="nhsuk-list nhsuk-list--bullet">
                                                            {p.help.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}
                                                        </ul>
                                                    </dd>
                                                </div>
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">{t("acct-step-free-entrance")}</dt>
                                                    <dd class="nhsuk-summary-list__value">{if p.accessible_entrance { t("acct-entrance-yes") } else { t("acct-entrance-no") }}</dd>
                                                </div>
                                            </dl>
                                        </div>
                                    </div>
                                }).collect_view()}
                                <h2>{t("acct-free-devices-and-data")}</h2>
                                {h.schemes.into_iter().map(|s| view! {
                                    <h3>{s.name}</h3>
                                    <p>{s.description}</p>
                                }).collect_view()}
                                <h2>{t("acct-learn-to-use-the-internet")}</h2>
                                {h.learning.into_iter().map(|s| view! {
                                    <h3>{s.name}</h3>
                                    <p>{s.description}</p>
                                }).collect_view()}
                                <h2>{t("acct-ask-someone-you-trust-to")}</h2>
                                <p>{t("acct-a-family-member-friend-or")}</p>
                                <p><a href="/account/people">{t("acct-let-someone-act-for-you")}</a>" "{t("acct-you-need-to-sign-in")}</p>
                                <p>{t("acct-parents-and-carers-of-children")}</p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
