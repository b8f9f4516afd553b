//! Requests you have sent, with their status at the practice.

use super::*;

#[component]
pub fn RequestsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_triage_requests());
    view! {
        <Suspense fallback=|| view! { <p>"Getting your requests…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(list) => view! {
                        <PageTitle text="Your requests" />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>"Your requests"</h1>
                                <p>"Requests you have sent to your GP surgery, and where each one has got to."</p>
                                <a class="nhsuk-button" href="/triage" role="button" draggable="false">"Ask for help"</a>
                                {list.stale.then(|| view! {
                                    <div class="nhsuk-warning-callout">
                                        <h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"This may not be up to date"</span></h2>
                                        <p>{format!("We could not get the latest from {} just now. Try again in a few minutes.", list.practice.clone().unwrap_or_else(|| "your surgery".into()))}</p>
                                    </div>
                                })}
                                {if list.requests.is_empty() {
                                    view! { <p>"You have not sent any requests."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="nhsuk-list fd-requests">
                                            {list.requests.into_iter().map(|q| view! {
                                                <li class="nhsuk-card">
                                                    <div class="nhsuk-card__content">
                                                        <h2 class="nhsuk-card__heading nhsuk-heading-s">{q.what.clone()}</h2>
                                                        <strong class="nhsuk-tag nhsuk-tag--blue">{q.status.clone()}</strong>
                                                        <dl class="nhsuk-summary-list nhsuk-u-margin-bottom-0">
                                                            <div class="nhsuk-summary-list__row">
                                                                <dt class="nhsuk-summary-list__key">"Reference"</dt>
                                                                <dd class="nhsuk-summary-list__value">{q.reference.clone()}</dd>
                                                            </div>
                                                            <div class="nhsuk-summary-list__row">
                                                                <dt class="nhsuk-summary-list__key">"Sent"</dt>
                                                                <dd class="nhsuk-summary-list__value">{q.sent_at.clone()}</dd>
                                                            </div>
                                                            <div class="nhsuk-summary-list__row">
                                                                <dt class="nhsuk-summary-list__key">"Urgency"</dt>
                                                                <dd class="nhsuk-summary-list__value">{q.urgency.clone()}</dd>
                                                            </div>
                                                            {q.reply_by.clone().map(|by| view! {
                                                                <div class="nhsuk-summary-list__row">
                                                                    <dt class="nhsuk-summary-list__key">"Reply expected"</dt>
                                                                    <dd class="nhsuk-summary-list__value">{by}</dd>
                                                                </div>
                                                            })}
                                                            {q.practice_note.clone().map(|n| view! {
                                                                <div class="nhsuk-summary-list__row">
                                                                    <dt class="nhsuk-summary-list__key">"From your surgery"</dt>
                                                                    <dd class="nhsuk-summary-list__value">{n}</dd>
                                                                </div>
                                                            })}
                                                        </dl>
                                                    </div>
                                                </li>
                                            }).collect_view()}
                                        </ul>
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
