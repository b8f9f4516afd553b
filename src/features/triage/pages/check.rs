//! Check your answers.

use super::*;

#[component]
pub fn TriageCheckPage() -> impl IntoView {
    let data = request_resource();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(None) => not_found(),
                    Ok(Some(r)) if r.stage != RequestStage::Ready => view! { <Redirect path=where_to(&r) /> }.into_any(),
                    Ok(Some(r)) => {
                        let key = r.key.clone();
                        view! {
                            <PageTitle text=t("triage-check-your-answers") />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <BackLink href=r.back.clone() text=t("triage-back") />
                                    <h1>{t("triage-check-your-answers")}</h1>
                                    <dl class="nhsuk-summary-list">
                                        {r.answers.iter().map(|a| view! {
                                            <div class="nhsuk-summary-list__row">
                                                <dt class="nhsuk-summary-list__key">{a.question.clone()}</dt>
                                                <dd class="nhsuk-summary-list__value fd-answer">
                                                    {a.answer.iter().map(|line| view! { <p class="nhsuk-body">{line.clone()}</p> }).collect_view()}
                                                </dd>
                                                <dd class="nhsuk-summary-list__actions">
                                                    <a href=format!("/triage/{key}/q/{}?from=check", a.question_id)>
                                                        {t("triage-change")}<span class="nhsuk-u-visually-hidden">" "{t_with("triage-change-answer-to", [("question", a.question.clone().into())])}</span>
                                                    </a>
                                                </dd>
                                            </div>
                                        }).collect_view()}
                                    </dl>
                                    <a class="nhsuk-button" href=format!("/triage/{}/outcome", r.key) role="button" draggable="false">{t("triage-continue")}</a>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
