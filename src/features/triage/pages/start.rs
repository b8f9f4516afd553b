//! Starting a request, and going back to one.

use super::*;

#[component]
pub fn TriageStartPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_triage_start());
    let action = ServerAction::<StartTriage>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(start) if !start.age_known => problem(AppError::DateOfBirthNeeded),
                    Ok(start) => {
                        let closed = start.practice.as_ref().filter(|p| !p.open).map(closed_notice);
                        let cannot_send = start.cannot_send.as_ref().map(|c| cannot_send_notice(c, true));
                        let for_whom = start.for_someone.clone();
                        let title = match &for_whom {
                            Some(name) => t_with("triage-ask-for-help-for", [("name", name.clone().into())]),
                            None => t("triage-ask-your-gp-surgery"),
                        };
                        let has_draft = start.draft.is_some();
                        view! {
                            <PageTitle text=title.clone() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <EasyReadSwitch />
                                    <h1>{title}</h1>
                                    <dl class="nhsuk-summary-list">
                                        <div class=if for_whom.is_some() { "nhsuk-summary-list__row" } else { "nhsuk-summary-list__row nhsuk-summary-list__row--no-actions" }>
                                            <dt class="nhsuk-summary-list__key">{t("triage-who-is-this-request-for")}</dt>
                                            <dd class="nhsuk-summary-list__value">{for_whom.clone().unwrap_or_else(|| t("triage-for-you"))}</dd>
                                            {for_whom.clone().map(|_| view! {
                                                <dd class="nhsuk-summary-list__actions">
                                                    <a href="/act-for">{t("triage-change")}<span class="nhsuk-u-visually-hidden">" "{t("triage-who-this-request-is-for")}</span></a>
                                                </dd>
                                            })}
                                        </div>
                                    </dl>
                                    {for_whom.map(|name| view! {
                                        <p>{t_with("triage-answer-about", [("name", name.into())])}</p>
                                    })}
                                    {if easy_read() {
                                        easy_asking_for_help().into_any()
                                    } else {
                                        view! {
                                            <p>{t("triage-use-this-to-ask-about")}</p>
                                            <p>{t("triage-we-will-ask-you-some")}</p>
                                            <p>{t("triage-it-usually-takes-about-5")}</p>
                                            {emergency_reminder()}
                                        }
                                        .into_any()
                                    }}
                                    {cannot_send}
                                    {closed}
                                    {start.draft.map(|(key, when)| view! {
                                        <div class="nhsuk-inset-text">
                                            <span class="nhsuk-u-visually-hidden">{t("triage-information")}" "</span>
                                            <p>{t_with("triage-draft-saved-at", [("when", when.into())])}</p>
                                            <p><a class="nhsuk-button nhsuk-u-margin-bottom-0" href=format!("/triage/{key}") role="button" draggable="false">{t("triage-continue-your-request")}</a></p>
                                        </div>
                                    })}
                                    <ActionForm action=action attr:novalidate=true>
                                        <button class=if has_draft { "nhsuk-button nhsuk-button--secondary" } else { "nhsuk-button" } type="submit">
                                            {if has_draft { t("triage-start-new-request") } else { t("triage-start-now") }}
                                        </button>
                                    </ActionForm>
                                    <p><a href="/requests">{t("triage-see-requests-you-have-sent")}</a></p>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// `/triage/{key}`: goes to wherever the request is up to.
#[component]
pub fn TriageResumePage() -> impl IntoView {
    let key = param("key");
    let data = Resource::new(move || key.get(), get_triage_request);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(None) => not_found(),
                    Ok(Some(r)) => view! { <Redirect path=where_to(&r) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Asking for help, in Easy Read: what happens, and what to do in an emergency.
fn easy_asking_for_help() -> impl IntoView {
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Message>
                <p>{t("triage-you-can-ask-your-doctor")}</p>
                <p>{t("triage-for-example-about-feeling-ill")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Question>
                <p>{t("triage-we-will-ask-you-some-2")}</p>
                <p>{t("triage-it-takes-about-5-minutes")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Ambulance>
                <p>{t("triage-first-we-ask-if-you")}</p>
                <p>{t("triage-if-you-are-we-tell")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Tick>
                <p>{t("triage-then-we-tell-you-where")}</p>
                <p>{t("triage-we-send-your-answers-to")}</p>
            </EasyLine>
        </EasyRead>
        {super::easy_emergency()}
    }
}
