//! Requests you have sent, with their status at the practice.

use super::*;

#[component]
pub fn RequestsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_triage_requests());
    view! {
        <Suspense fallback=|| view! { <p>{t("triage-getting-your-requests")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(list) => view! {
                        <PageTitle text=t("triage-your-requests") />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <h1>{t("triage-your-requests")}</h1>
                                <p>{t("triage-requests-you-have-sent-to")}</p>
                                <a class="nhsuk-button" href="/triage" role="button" draggable="false">{t("triage-ask-for-help")}</a>
                                {list.stale.then(|| view! {
                                    <div class="nhsuk-warning-callout">
                                        <h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">{t("triage-important")}" "</span>{t("triage-this-may-not-be-up")}</span></h2>
                                        <p>{t_with("triage-could-not-get-latest", [("practice", list.practice.clone().unwrap_or_else(|| t("triage-your-surgery-lower")).into())])}</p>
                                    </div>
                                })}
                                {if list.requests.is_empty() {
                                    view! { <p>{t("triage-you-have-not-sent-any")}</p> }.into_any()
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
                                                                <dt class="nhsuk-summary-list__key">{t("triage-reference")}</dt>
                                                                <dd class="nhsuk-summary-list__value">{q.reference.clone()}</dd>
                                                            </div>
                                                            <div class="nhsuk-summary-list__row">
                                                                <dt class="nhsuk-summary-list__key">{t("triage-sent")}</dt>
                                                                <dd class="nhsuk-summary-list__value">{q.sent_at.clone()}</dd>
                                                            </div>
                                                            <div class="nhsuk-summary-list__row">
                                                                <dt class="nhsuk-summary-list__key">{t("triage-urgency")}</dt>
                                                                <dd class="nhsuk-summary-list__value">{q.urgency.clone()}</dd>
                                                            </div>
                                                            {q.reply_by.clone().map(|by| view! {
                                                                <div class="nhsuk-summary-list__row">
                                                                    <dt class="nhsuk-summary-list__key">{t("triage-reply-expected")}</dt>
                                                                    <dd class="nhsuk-summary-list__value">{by}</dd>
                                                                </div>
                                                            })}
                                                            {q.practice_note.clone().map(|n| view! {
                                                                <div class="nhsuk-summary-list__row">
                                                                    <dt class="nhsuk-summary-list__key">{t("triage-from-your-surgery")}</dt>
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
