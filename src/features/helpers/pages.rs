//! "Get help getting online": a public page in plain English.

use super::api::get_help_online;
use crate::components::{problem, PageTitle};
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
                        <PageTitle text="Get help getting online" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>"Get help getting online"</h1>
                                <p class="nhsuk-lede-text">"You can get free help to use Front Door and other online services, and to get a device or data if you do not have them."</p>
                                <div class="nhsuk-inset-text">
                                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                    <p>"If you need medical help now, call 111, or go to " <a href="https://111.nhs.uk">"111.nhs.uk"</a> ". In an emergency, call 999. You do not need to be online to get help."</p>
                                </div>
                                <h2>"Places that can help you"</h2>
                                <p>"Staff at these places can sit with you at a computer while you book an appointment, ask your GP surgery for help or read a letter. They will never ask for your password."</p>
                                {h.help_points.into_iter().map(|p| view! {
                                    <div class="nhsuk-card">
                                        <div class="nhsuk-card__content">
                                            <h3 class="nhsuk-card__heading nhsuk-heading-s">{p.name.clone()}</h3>
                                            <p class="nhsuk-card__description">{p.organisation.clone()}</p>
                                            <dl class="nhsuk-summary-list">
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">"Address"</dt>
                                                    <dd class="nhsuk-summary-list__value">
                                                        {p.address.iter().map(|l| view! { {l.clone()}<br /> }).collect_view()}
                                                    </dd>
                                                </div>
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">"Opening times"</dt>
                                                    <dd class="nhsuk-summary-list__value">
                                                        {p.opening_times.iter().map(|l| view! { {l.clone()}<br /> }).collect_view()}
                                                    </dd>
                                                </div>
                                                {p.phone.clone().map(|phone| view! {
                                                    <div class="nhsuk-summary-list__row">
                                                        <dt class="nhsuk-summary-list__key">"Phone"</dt>
                                                        <dd class="nhsuk-summary-list__value">{phone}</dd>
                                                    </div>
                                                })}
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">"Help you can get"</dt>
                                                    <dd class="nhsuk-summary-list__value">
                                                        <ul class="nhsuk-list nhsuk-list--bullet">
                                                            {p.help.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}
                                                        </ul>
                                                    </dd>
                                                </div>
                                                <div class="nhsuk-summary-list__row">
                                                    <dt class="nhsuk-summary-list__key">"Step-free entrance"</dt>
                                                    <dd class="nhsuk-summary-list__value">{if p.accessible_entrance { "Yes" } else { "No. Phone before you go and staff will help" }}</dd>
                                                </div>
                                            </dl>
                                        </div>
                                    </div>
                                }).collect_view()}
                                <h2>"Free devices and data"</h2>
                                {h.schemes.into_iter().map(|s| view! {
                                    <h3>{s.name}</h3>
                                    <p>{s.description}</p>
                                }).collect_view()}
                                <h2>"Learn to use the internet"</h2>
                                {h.learning.into_iter().map(|s| view! {
                                    <h3>{s.name}</h3>
                                    <p>{s.description}</p>
                                }).collect_view()}
                                <h2>"Ask someone you trust to act for you"</h2>
                                <p>"A family member, friend or carer can use Front Door for you with their own login, only for the things you choose. You can end it at any time."</p>
                                <p><a href="/account/people">"Let someone act for you"</a>" (you need to sign in first)."</p>
                                <p>"Parents and carers of children, and people with a lasting power of attorney, can ask the GP surgery to record it. They can then act for the person in Front Door."</p>
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
