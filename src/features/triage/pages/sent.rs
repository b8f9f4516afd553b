//! The request is sent: its reference, reply-by date and any booking it opens.

use super::*;

#[component]
pub fn TriageSentPage() -> impl IntoView {
    let data = request_resource();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(None) => not_found(),
                    Ok(Some(r)) if r.stage == RequestStage::Checking => view! {
                        <PageTitle text=t("triage-we-are-checking-your-request") />
                        <h1>{t("triage-we-are-checking-your-request")}</h1>
                        <p>{t("triage-we-sent-your-request-to")}</p>
                        <p>{t("triage-if-you-need-help-today")}</p>
                        <p><a href=format!("/triage/{}/sent", r.key)>{t("triage-check-again")}</a></p>
                    }.into_any(),
                    Ok(Some(r)) if r.stage != RequestStage::Sent => view! { <Redirect path=where_to(&r) /> }.into_any(),
                    Ok(Some(r)) => sent(r),
                }
            })}
        </Suspense>
    }
}

fn sent(r: RequestView) -> AnyView {
    let practice = r
        .practice
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_else(|| t("triage-your-gp-surgery"));
    let reply = r
        .reply_by
        .clone()
        .map(|by| {
            t_with(
                "triage-will-contact-you-by",
                [("practice", practice.clone().into()), ("by", by.into())],
            )
        })
        .unwrap_or_else(|| {
            t_with(
                "triage-will-contact-you",
                [("practice", practice.clone().into())],
            )
        });
    let safety = r
        .outcome
        .as_ref()
        .map(|o| o.safety_net.clone())
        .unwrap_or_default();
    view! {
        <PageTitle text=t("triage-request-sent") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <Panel title=t("triage-request-sent")>{t("triage-your-reference-is")}<br /><strong>{r.reference.clone().unwrap_or_default()}</strong></Panel>
                <h2>{t("triage-what-happens-next")}</h2>
                <p>{reply}</p>
                {r.sent_at.clone().map(|at| view! { <p>{t_with("triage-sent-at", [("at", at.into())])}</p> })}
                {r.book.clone().map(|(need, label)| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">{t("triage-information")}" "</span>
                        <p>{t("triage-your-surgery-lets-you-book")}</p>
                        <p><a href=format!("/appointments/book/{need}?triage={}", r.key)>{t_with("triage-book-need", [("need", label.to_lowercase().into())])}</a></p>
                    </div>
                })}
                {care_card("non-urgent", t("triage-if-things-change"), false, view! { <p>{safety}</p> }.into_any())}
                <p><a href="/requests">{t("triage-see-your-requests")}</a></p>
            </div>
        </div>
    }
    .into_any()
}
