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
                <BackLink href=back.clone() text=t("triage-back") />
                <EasyReadSwitch />
                {easy_read().then(|| easy_red_flag(o.disposition, o.card.as_deref())).flatten()}
                {care_card(variant, title, true, body)}
                <p>{t("triage-we-have-not-sent-a")}</p>
                <p><a href=back>{t("triage-i-chose-an-answer-by")}</a></p>
                <ActionForm action=discard attr:novalidate=true>
                    <input type="hidden" name="key" value=key />
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t("triage-finish")}</button>
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
    let send_form = move |label: String, secondary: bool| {
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
                <h2 class="nhsuk-error-summary__heading" id="send-problem-title">{t("triage-your-request-has-not-been")}</h2>
                <div class="nhsuk-error-summary__body"><p>{p}</p></div>
            </div>
        </div>
    });
    let nothing_sent = view! { <p>{t("triage-nothing-has-been-sent-to")}</p> };
    let same_day = o.disposition == Disposition::GpSameDay;
    // Help is needed today but the practice cannot be asked online now (closed,
    // or requests cannot be sent for this person): the page says one thing,
    // call (111, or the practice while it is open), and offers no send.
    let call_today = same_day && (r.cannot_send.is_some() || !open);
    let what_next = if call_today {
        let phone = practice
            .as_ref()
            .filter(|p| p.open)
            .and_then(|p| p.phone.clone().map(|n| (p.name.clone(), n)));
        let reason = match (&r.cannot_send, &practice) {
            (Some(c), _) => c.reason.clone(),
            (None, Some(p)) => p.closed_reason.clone().unwrap_or_default(),
            (None, None) => String::new(),
        };
        view! {
            <p>{reason}</p>
            {match phone {
                Some((name, n)) => view! { <p>{t_with("triage-phone-practice-now", [("practice", name.into()), ("number", n.into())])}</p> }.into_any(),
                None => view! { <p>{t("triage-call-111-now-or-go")}</p> }.into_any(),
            }}
            {nothing_sent}
        }
        .into_any()
    } else if let Some(c) = r
        .cannot_send
        .as_ref()
        .filter(|_| o.disposition.goes_to_practice())
    {
        view! {
            {cannot_send_notice(c, false)}
            {nothing_sent}
        }
        .into_any()
    } else if o.disposition.goes_to_practice() {
        match (&practice, open) {
            (Some(_), true) => {
                let promise = r
                    .promise
                    .clone()
                    .map(|p| {
                        t_with(
                            "triage-if-you-send-promise",
                            [
                                ("practice", practice_name.clone().into()),
                                ("promise", p.into()),
                            ],
                        )
                    })
                    .unwrap_or_else(|| {
                        t_with(
                            "triage-if-you-send",
                            [("practice", practice_name.clone().into())],
                        )
                    });
                view! {
                    <h2>{t_with("triage-send-your-request-to", [("practice", practice_name.clone().into())])}</h2>
                    <p>{promise}</p>
                    <p>{t("triage-they-will-see-your-answers")}</p>
                    {send_form(t("triage-send-request"), false)}
                }
                .into_any()
            }
            (Some(p), false) => view! {
                {closed_notice(p)}
                <p>{t("triage-nothing-has-been-sent-to-2")}</p>
            }
            .into_any(),
            (None, _) => view! {
                <p>{t("triage-we-could-not-find-a")}</p>
                {nothing_sent}
            }
            .into_any(),
        }
    } else {
        view! {
            <p>{t("triage-we-have-not-sent-anything")}</p>
            {(open && r.cannot_send.is_none()).then(|| view! {
                <details class="nhsuk-details">
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">{t("triage-i-still-want-my-gp")}</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <p>{t_with("triage-you-can-send-to", [("practice", practice_name.clone().into())])}</p>
                        {send_form(t("triage-send-to-my-gp"), true)}
                    </div>
                </details>
            })}
        }
        .into_any()
    };
    let (title, body, safety_net) = if call_today {
        (
            t("triage-call-111-now"),
            t("triage-call-111-now-why"),
            t("triage-call-111-now-safety"),
        )
    } else {
        (o.title.clone(), o.body.clone(), o.safety_net.clone())
    };
    let (urgent_card, what_next) = if call_today {
        let card = care_card(
            "urgent",
            title.clone(),
            true,
            view! { <p>{body.clone()}</p>{what_next}<p>{safety_net.clone()}</p> }.into_any(),
        );
        (Some(card), None)
    } else {
        (None, Some(what_next))
    };
    view! {
        <PageTitle text=title.clone() has_errors=r.send_problem.is_some() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <BackLink href=format!("/triage/{}/check", r.key) />
                {problem_summary}
                {urgent_card}
                {(!call_today).then(|| view! { <h1>{title.clone()}</h1><p>{body.clone()}</p> })}
                {advice(&o)}
                {what_next}
                {(!call_today).then(|| care_card("non-urgent", t("triage-if-things-change"), false, view! { <p>{safety_net}</p> }.into_any()))}
                <p><a href=format!("/triage/{}/check", r.key)>{t("triage-check-or-change-your-answers")}</a></p>
            </div>
        </div>
    }
    .into_any()
}
