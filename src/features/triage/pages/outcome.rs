//! The outcome: what to do now (a red flag) or send the request.

use super::*;

#[component]
pub fn TriageOutcomePage() -> impl IntoView {
    let data = request_resource();
    let send = ServerAction::<SendTriage>::new();
    let discard = ServerAction::<DiscardTriage>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(None) => not_found(),
                    Ok(Some(r)) => match (r.stage.clone(), r.outcome.clone()) {
                        (RequestStage::Stopped, Some(o)) => stopped(&r, o, discard),
                        (RequestStage::Ready, Some(o)) => ready(&r, o, send),
                        _ => view! { <Redirect path=where_to(&r) /> }.into_any(),
                    },
                }
            })}
        </Suspense>
    }
}

/// A red flag: what to do now. Nothing is sent.
fn stopped(r: &RequestView, o: OutcomeView, discard: ServerAction<DiscardTriage>) -> AnyView {
    let variant = if o.disposition <= Disposition::GoToAe {
        "emergency"
    } else {
        "urgent"
    };
    let title = o.title.clone();
    let key = r.key.clone();
    let back = r.back.clone();
    let body = view! {
        <p>{o.body.clone()}</p>
        {advice(&o)}
        <p>{o.safety_net.clone()}</p>
    }
    .into_any();
    view! {
        <PageTitle text=title.clone() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <BackLink href=back.clone() text="Back" />
                {care_card(variant, title, true, body)}
                <p>"We have not sent a request to your GP surgery, because you need help sooner than they could give it online."</p>
                <p><a href=back>"I chose an answer by mistake"</a></p>
                <ActionForm action=discard attr:novalidate=true>
                    <input type="hidden" name="key" value=key />
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Finish"</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}

fn ready(r: &RequestView, o: OutcomeView, send: ServerAction<SendTriage>) -> AnyView {
    let practice = r.practice.clone();
    let open = practice.as_ref().is_some_and(|p| p.open);
    let practice_name = practice
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_else(|| "your GP surgery".into());
    let key = r.key.clone();
    let send_form = move |label: &'static str, secondary: bool| {
        let key = key.clone();
        view! {
            <ActionForm action=send attr:novalidate=true>
                <input type="hidden" name="key" value=key />
                <button class=if secondary { "nhsuk-button nhsuk-button--secondary" } else { "nhsuk-button" }
                    type="submit" data-prevent-double-click="true">{label}</button>
            </ActionForm>
        }
    };
    let problem_summary = r.send_problem.clone().map(|p| view! {
        <div class="nhsuk-error-summary" tabindex="-1" aria-labelledby="send-problem-title">
            <div role="alert">
                <h2 class="nhsuk-error-summary__heading" id="send-problem-title">"Your request has not been sent"</h2>
                <div class="nhsuk-error-summary__body"><p>{p}</p></div>
            </div>
        </div>
    });
    let what_next = if o.disposition.goes_to_practice() {
        match (&practice, open) {
            (Some(_), true) => view! {
                <h2>{format!("Send your request to {practice_name}")}</h2>
                <p>"They will see your answers and the outcome above."</p>
                {send_form("Send request", false)}
            }
            .into_any(),
            (Some(p), false) if o.disposition == Disposition::GpSameDay => view! {
                {care_card("urgent", "Call 111 now".into(), false, view! {
                    <p>{format!("{} Because you need help today, call 111 or go to 111.nhs.uk.", p.closed_reason.clone().unwrap_or_default())}</p>
                }.into_any())}
                <p>"Your answers are saved. You can send them to your surgery when online requests open again."</p>
            }
            .into_any(),
            (Some(p), false) => view! {
                {closed_notice(p)}
                <p>"Your answers are saved. You can send them when online requests open again."</p>
            }
            .into_any(),
            (None, _) => view! {
                <p>"We could not find a GP surgery that takes online requests for you. Contact your surgery by phone, or call 111 if you need help today."</p>
            }
            .into_any(),
        }
    } else {
        view! {
            {open.then(|| view! {
                <details class="nhsuk-details">
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">"I still want my GP surgery to look at this"</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <p>{format!("You can send your answers to {practice_name}. They will reply, but it may take longer than getting help from a pharmacist.")}</p>
                        {send_form("Send to my GP surgery", true)}
                    </div>
                </details>
            })}
        }
        .into_any()
    };
    let title = o.title.clone();
    view! {
        <PageTitle text=title.clone() has_errors=r.send_problem.is_some() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <BackLink href=format!("/triage/{}/check", r.key) />
                {problem_summary}
                <h1>{title}</h1>
                <p>{o.body.clone()}</p>
                {advice(&o)}
                {care_card("non-urgent", "If things change".into(), false, view! { <p>{o.safety_net.clone()}</p> }.into_any())}
                {what_next}
                <p><a href=format!("/triage/{}/check", r.key)>"Check or change your answers"</a></p>
            </div>
        </div>
    }
    .into_any()
}
