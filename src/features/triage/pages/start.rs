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
                            Some(name) => format!("Ask for help for {name}"),
                            None => "Ask your GP surgery for help".to_string(),
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
                                            <dt class="nhsuk-summary-list__key">"Who is this request for?"</dt>
                                            <dd class="nhsuk-summary-list__value">{for_whom.clone().unwrap_or_else(|| "You".to_string())}</dd>
                                            {for_whom.clone().map(|_| view! {
                                                <dd class="nhsuk-summary-list__actions">
                                                    <a href="/act-for">"Change"<span class="nhsuk-u-visually-hidden">" who this request is for"</span></a>
                                                </dd>
                                            })}
                                        </div>
                                    </dl>
                                    {for_whom.map(|name| view! {
                                        <p>{format!("Answer the questions about {name}: we use their age and their answers to decide where they should get help.")}</p>
                                    })}
                                    {if easy_read() {
                                        easy_asking_for_help().into_any()
                                    } else {
                                        view! {
                                            <p>"Use this to ask about a health problem, a medicine, a fit note, a test result or something else."</p>
                                            <p>"We will ask you some questions first. If anything needs help now, we will tell you straight away. Otherwise we will tell you where to get the right help, and send your request to your surgery if it needs to see it."</p>
                                            <p>"It usually takes about 5 minutes. We save your answers as you go."</p>
                                            {emergency_reminder()}
                                        }
                                        .into_any()
                                    }}
                                    {cannot_send}
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

/// Asking for help, in Easy Read: what happens, and what to do in an emergency.
fn easy_asking_for_help() -> impl IntoView {
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Message>
                <p>"You can ask your doctor's surgery for help here."</p>
                <p>"For example about feeling ill, your medicines, or a letter."</p>
            </EasyLine>
            <EasyLine picture=Picture::Question>
                <p>"We will ask you some questions."</p>
                <p>"It takes about 5 minutes."</p>
            </EasyLine>
            <EasyLine picture=Picture::Ambulance>
                <p>"First we ask if you are very ill now."</p>
                <p>"If you are, we tell you what to do straight away."</p>
            </EasyLine>
            <EasyLine picture=Picture::Tick>
                <p>"Then we tell you where to get help."</p>
                <p>"We send your answers to your surgery if they need to see them."</p>
            </EasyLine>
        </EasyRead>
        {super::easy_emergency()}
    }
}
