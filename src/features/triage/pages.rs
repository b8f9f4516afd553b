//! Online request pages: start, one question per page, check your answers, the
//! outcome (or what to do now after a red flag), the confirmation, and the list
//! of requests with their status.

use super::{
    api::{
        get_triage_question, get_triage_request, get_triage_requests, get_triage_start,
        AnswerTriage, DiscardTriage, QuestionAnswer, SendTriage, StartTriage,
    },
    Disposition, OutcomeView, PracticeStatus, QuestionPage, RequestStage, RequestView,
};
use crate::{
    components::problem,
    components::{care_card, ErrorSummary, PageTitle, RadioOption, Radios},
    domain::FormState,
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::{
    components::Redirect,
    hooks::{use_params_map, use_query_map},
};

fn param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get(name).unwrap_or_default()))
}

fn not_found() -> AnyView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text="We could not find that request" />
        <h1>"We could not find that request"</h1>
        <p>"The link may be wrong, or you may have started a new request since."</p>
        <p><a href="/triage">"Ask your GP surgery for help"</a></p>
        <p><a href="/requests">"See your requests"</a></p>
    }
    .into_any()
}

fn emergency_reminder() -> AnyView {
    care_card(
        "emergency",
        "Call 999 if you have:".into(),
        false,
        view! {
            <ul>
                <li>"chest pain or pressure"</li>
                <li>"signs of a stroke: face drooping, arm weakness or problems speaking"</li>
                <li>"severe difficulty breathing"</li>
                <li>"heavy bleeding that will not stop"</li>
            </ul>
            <p>"For help with your mental health now, call 111 and choose the mental health option."</p>
        }
        .into_any(),
    )
}

fn closed_notice(p: &PracticeStatus) -> AnyView {
    let phone = p.phone.clone().map(|n| {
        view! { <li>{format!("phone {} on {n} when it is open", p.name)}</li> }
    });
    view! {
        <div class="nhsuk-warning-callout">
            <h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"Online requests are closed just now"</span></h2>
            <p>{p.closed_reason.clone().unwrap_or_default()}</p>
            <p>"You can:"</p>
            <ul>
                {phone}
                <li>"go to 111.nhs.uk or call 111 if you need help today"</li>
                <li>"ask a pharmacist for advice on minor illnesses"</li>
            </ul>
        </div>
    }
    .into_any()
}

#[component]
pub fn TriageStartPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_triage_start());
    let action = ServerAction::<StartTriage>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(start) => {
                        let closed = start.practice.as_ref().filter(|p| !p.open).map(closed_notice);
                        let has_draft = start.draft.is_some();
                        view! {
                            <PageTitle text="Ask your GP surgery for help" />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <h1>"Ask your GP surgery for help"</h1>
                                    <p>"Use this to ask about a health problem, a medicine, a fit note, a test result or something else."</p>
                                    <p>"We will ask you some questions first. If anything needs help now, we will tell you straight away. Otherwise we will tell you where to get the right help, and send your request to your surgery if it needs to see it."</p>
                                    <p>"It usually takes about 5 minutes. We save your answers as you go."</p>
                                    {emergency_reminder()}
                                    {closed}
                                    {start.draft.map(|(key, when)| view! {
                                        <div class="nhsuk-inset-text">
                                            <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                            <p>{format!("You have a request you have not sent yet. Your answers were saved at {when}.")}</p>
                                            <p><a class="nhsuk-button nhsuk-u-margin-bottom-0" href=format!("/triage/{key}") role="button" draggable="false">"Continue your request"</a></p>
                                        </div>
                                    })}
                                    <ActionForm action=action attr:novalidate=true>
                                        <button class=if has_draft { "nhsuk-button nhsuk-button--secondary" } else { "nhsuk-button" } type="submit">
                                            {if has_draft { "Start a new request" } else { "Start now" }}
                                        </button>
                                    </ActionForm>
                                    <p><a href="/requests">"See requests you have sent"</a></p>
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

fn where_to(r: &RequestView) -> String {
    match r.stage {
        RequestStage::Draft => r.back.clone(),
        RequestStage::Ready => format!("/triage/{}/check", r.key),
        RequestStage::Stopped => format!("/triage/{}/outcome", r.key),
        RequestStage::Sent | RequestStage::Checking => format!("/triage/{}/sent", r.key),
    }
}

#[component]
pub fn TriageQuestionPage() -> impl IntoView {
    let key = param("key");
    let question = param("question");
    let q = use_query_map();
    let from = Memo::new(move |_| q.with(|q| q.get("from")));
    let data = Resource::new(
        move || (key.get(), question.get(), from.get()),
        |(k, q, f)| get_triage_question(k, q, f),
    );
    let kept = kept_form("triage");
    let action = ServerAction::<AnswerTriage>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match data.await {
                    Err(e) => problem(e),
                    Ok(QuestionAnswer::NotFound) => not_found(),
                    Ok(QuestionAnswer::Go(path)) => view! { <Redirect path=path /> }.into_any(),
                    Ok(QuestionAnswer::Page(page)) => question_page(*page, f, action),
                }
            })}
        </Suspense>
    }
}

fn question_page(page: QuestionPage, f: FormState, action: ServerAction<AnswerTriage>) -> AnyView {
    let error = f.error_for("answer");
    // After an error, show what was entered; otherwise the answer given before.
    let chosen: Vec<String> = if f.has_errors() {
        f.values
            .iter()
            .filter(|(k, _)| k == "answer")
            .map(|(_, v)| v.clone())
            .collect()
    } else {
        page.answer.clone()
    };
    let input = match page.kind.as_str() {
        "single" => {
            let options = page
                .choices
                .iter()
                .map(|c| RadioOption {
                    value: c.value.clone(),
                    label: c.label.clone(),
                    hint: c.hint.clone(),
                })
                .collect::<Vec<_>>();
            view! {
                <Radios id="answer" name="answer" legend=page.text.clone() heading=true
                    hint=page.hint.clone().unwrap_or_default() options
                    selected=chosen.first().cloned().unwrap_or_default() error=error.clone() />
            }
            .into_any()
        }
        "multi" => checkboxes(&page, &chosen, error.clone()),
        _ => textarea(
            &page,
            chosen.first().cloned().unwrap_or_default(),
            error.clone(),
        ),
    };
    let title = page.text.clone();
    view! {
        <PageTitle text=title has_errors=f.has_errors() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <a class="nhsuk-back-link" href=page.back.clone()>"Back"</a>
                <ErrorSummary errors=f.errors.clone() />
                <ActionForm action=action attr:novalidate=true>
                    <input type="hidden" name="key" value=page.key.clone() />
                    <input type="hidden" name="question" value=page.id.clone() />
                    <input type="hidden" name="from" value=if page.from_check { "check" } else { "" } />
                    {input}
                    <button class="nhsuk-button" type="submit">"Continue"</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}

fn error_message(error: Option<String>) -> impl IntoView {
    error.map(|e| view! {
        <span class="nhsuk-error-message" id="answer-error"><span class="nhsuk-u-visually-hidden">"Error: "</span>{e}</span>
    })
}

fn described_by(hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push("answer-hint");
    }
    if error {
        ids.push("answer-error");
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn checkboxes(page: &QuestionPage, chosen: &[String], error: Option<String>) -> AnyView {
    let has_error = error.is_some();
    let item = |n: usize, value: &str, label: &str, hint: Option<String>| {
        let id = if n == 0 {
            "answer".to_string()
        } else {
            format!("answer-{n}")
        };
        let hint_id = hint.as_ref().map(|_| format!("{id}-item-hint"));
        view! {
            <div class="nhsuk-checkboxes__item">
                <input class="nhsuk-checkboxes__input" id=id.clone() name=format!("picked[{value}]") type="checkbox"
                    value="yes" checked=chosen.iter().any(|c| c == value) aria-describedby=hint_id.clone() />
                <label class="nhsuk-label nhsuk-checkboxes__label" for=id>{label.to_string()}</label>
                {hint.map(|h| view! { <div class="nhsuk-hint nhsuk-checkboxes__hint" id=hint_id.clone()>{h}</div> })}
            </div>
        }
    };
    let items = page
        .choices
        .iter()
        .enumerate()
        .map(|(n, c)| item(n, &c.value, &c.label, c.hint.clone()))
        .collect_view();
    let none = page.none.as_ref().map(|c| {
        view! {
            <div class="nhsuk-checkboxes__divider">"or"</div>
            {item(page.choices.len(), &c.value, &c.label, c.hint.clone())}
        }
    });
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <fieldset class="nhsuk-fieldset" aria-describedby=described_by(page.hint.is_some(), has_error)>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
                    <h1 class="nhsuk-fieldset__heading">{page.text.clone()}</h1>
                </legend>
                {page.hint.clone().map(|h| view! { <div class="nhsuk-hint" id="answer-hint">{h}</div> })}
                {error_message(error)}
                <div class="nhsuk-checkboxes">{items}{none}</div>
            </fieldset>
        </div>
    }
    .into_any()
}

fn textarea(page: &QuestionPage, value: String, error: Option<String>) -> AnyView {
    let has_error = error.is_some();
    let limit = crate::domain::forms::group_thousands(page.max_chars.unwrap_or(1200));
    let hint = format!(
        "{} You can enter up to {limit} characters.",
        page.hint.clone().unwrap_or_default()
    );
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <h1 class="nhsuk-label-wrapper">
                <label class="nhsuk-label nhsuk-label--l" for="answer">{page.text.clone()}</label>
            </h1>
            <div class="nhsuk-hint" id="answer-hint">{hint.trim().to_string()}</div>
            {error_message(error)}
            <textarea class=if has_error { "nhsuk-textarea nhsuk-textarea--error" } else { "nhsuk-textarea" }
                id="answer" name="answer" rows="8" spellcheck="true"
                aria-describedby=described_by(true, has_error)>{value}</textarea>
        </div>
    }
    .into_any()
}

fn request_resource() -> Resource<Result<Option<RequestView>, crate::domain::error::AppError>> {
    let key = param("key");
    Resource::new(move || key.get(), get_triage_request)
}

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
                            <PageTitle text="Check your answers" />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <a class="nhsuk-back-link" href=r.back.clone()>"Back"</a>
                                    <h1>"Check your answers"</h1>
                                    <dl class="nhsuk-summary-list">
                                        {r.answers.iter().map(|a| view! {
                                            <div class="nhsuk-summary-list__row">
                                                <dt class="nhsuk-summary-list__key">{a.question.clone()}</dt>
                                                <dd class="nhsuk-summary-list__value fd-answer">
                                                    {a.answer.iter().map(|line| view! { <p class="nhsuk-body">{line.clone()}</p> }).collect_view()}
                                                </dd>
                                                <dd class="nhsuk-summary-list__actions">
                                                    <a href=format!("/triage/{key}/q/{}?from=check", a.question_id)>
                                                        "Change"<span class="nhsuk-u-visually-hidden">{format!(" your answer to: {}", a.question)}</span>
                                                    </a>
                                                </dd>
                                            </div>
                                        }).collect_view()}
                                    </dl>
                                    <a class="nhsuk-button" href=format!("/triage/{}/outcome", r.key) role="button" draggable="false">"Continue"</a>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

fn advice(o: &OutcomeView) -> AnyView {
    view! {
        {o.advice.iter().map(|a| view! { <p>{a.clone()}</p> }).collect_view()}
        {o.pharmacy_first.clone().map(|c| view! {
            <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <h2 class="nhsuk-heading-s">"Pharmacy First"</h2>
                <p>{format!("Pharmacists can now give you treatment for {c} without you seeing a GP, including some prescription medicines if you need them. You do not need an appointment.")}</p>
            </div>
        })}
    }
    .into_any()
}

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
                <a class="nhsuk-back-link" href=back.clone()>"Back"</a>
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
                <a class="nhsuk-back-link" href=format!("/triage/{}/check", r.key)>"Back"</a>
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
                <div class="nhsuk-panel">
                    <h1 class="nhsuk-panel__title">"Request sent"</h1>
                    <div class="nhsuk-panel__body">"Your reference is"<br /><strong>{r.reference.clone().unwrap_or_default()}</strong></div>
                </div>
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
