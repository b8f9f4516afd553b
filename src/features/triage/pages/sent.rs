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
                        <PageTitle text="We are checking your request" />
                        <h1>"We are checking your request"</h1>
                        <p>"We sent your request to your GP surgery, but their system has not confirmed that it arrived. Do not send it again."</p>
                        <p>"If you need help today, call 111."</p>
                        <p><a href=format!("/triage/{}/sent", r.key)>"Check again"</a></p>
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
        .unwrap_or_else(|| "Your GP surgery".into());
    let reply = r
        .reply_by
        .clone()
        .map(|by| format!("{practice} will contact you {by}."))
        .unwrap_or_else(|| format!("{practice} will contact you."));
    let safety = r
        .outcome
        .as_ref()
        .map(|o| o.safety_net.clone())
        .unwrap_or_default();
    view! {
        <PageTitle text="Request sent" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <Panel title="Request sent">"Your reference is"<br /><strong>{r.reference.clone().unwrap_or_default()}</strong></Panel>
                <h2>"What happens next"</h2>
                <p>{reply}</p>
                {r.sent_at.clone().map(|at| view! { <p>{format!("Sent at {at}.")}</p> })}
                {r.book.clone().map(|(need, label)| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>"Your surgery lets you book an appointment now, if you would like one."</p>
                        <p><a href=format!("/appointments/book/{need}?triage={}", r.key)>{format!("Book: {}", label.to_lowercase())}</a></p>
                    </div>
                })}
                {care_card("non-urgent", "If things change".into(), false, view! { <p>{safety}</p> }.into_any())}
                <p><a href="/requests">"See your requests"</a></p>
            </div>
        </div>
    }
    .into_any()
}
