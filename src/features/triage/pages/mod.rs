//! Online request pages: start, one question per page, check your answers, the
//! outcome (or what to do now after a red flag), the confirmation, and the list
//! of requests with their status.

use super::{
    api::{
        get_triage_question, get_triage_request, get_triage_requests, get_triage_start,
        AnswerTriage, DiscardTriage, QuestionAnswer, SendTriage, StartTriage,
    },
    CannotSend, Disposition, OutcomeView, PracticeStatus, QuestionPage, RequestStage, RequestView,
};
use crate::{
    components::{
        care_card, easy_read,
        field::{described_by, error_message},
        problem, BackLink, EasyLine, EasyRead, EasyReadSwitch, ErrorSummary, PageTitle, Panel,
        Picture, RadioOption, Radios,
    },
    domain::{AppError, FormState},
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::{
    components::Redirect,
    hooks::{use_params_map, use_query_map},
};

mod check;
mod outcome;
mod question;
mod requests;
mod sent;
mod start;

pub use check::TriageCheckPage;
pub use outcome::TriageOutcomePage;
pub use question::TriageQuestionPage;
pub use requests::RequestsPage;
pub use sent::TriageSentPage;
pub use start::{TriageResumePage, TriageStartPage};

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

/// What to do in an emergency, in Easy Read: the same numbers and signs as
/// [`emergency_reminder`], in shorter words.
fn easy_emergency() -> AnyView {
    view! {
        <h2>"What to do in an emergency"</h2>
        <EasyRead>
            <EasyLine picture=Picture::Phone999>
                <p><strong>"Phone 999 now if you have:"</strong></p>
                <ul>
                    <li>"pain or a tight feeling in your chest"</li>
                    <li>"a face that drops on one side, arms you cannot lift, or speech that is not clear"</li>
                    <li>"very bad trouble breathing"</li>
                    <li>"bleeding a lot that will not stop"</li>
                </ul>
            </EasyLine>
            <EasyLine picture=Picture::Heart>
                <p>"Do you need help with your feelings now?"</p>
                <p>"Phone 111 and choose the mental health option."</p>
                <p>"If your life is in danger, phone 999."</p>
            </EasyLine>
            <EasyLine picture=Picture::Phone111>
                <p>"Do you need help fast, but it is not an emergency?"</p>
                <p>"Phone 111."</p>
            </EasyLine>
        </EasyRead>
    }
    .into_any()
}

/// After a red flag, in Easy Read: what to do now, above the usual care card.
/// A care card of its own (a mental health emergency, a problem in pregnancy)
/// gets Easy Read words that say the same; one without any gets none, so the
/// Easy Read words never differ from the card beneath them.
fn easy_red_flag(disposition: Disposition, card: Option<&str>) -> Option<AnyView> {
    let easy = match (disposition, card) {
        (_, Some("maternity")) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Phone>
                    <p><strong>"Phone your maternity unit or your midwife now."</strong></p>
                    <p>"Their phone number is on your pregnancy notes."</p>
                </EasyLine>
                <EasyLine picture=Picture::Phone111>
                    <p>"If you cannot talk to them, phone 111."</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::Call999, None | Some("mental-health-emergency")) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Phone999>
                    <p><strong>"Phone 999 now."</strong></p>
                    <p>"This is an emergency."</p>
                </EasyLine>
                <EasyLine picture=Picture::Ambulance>
                    <p>"Tell them what is wrong."</p>
                    <p>"They may send an ambulance."</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::GoToAe, None) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Hospital>
                    <p><strong>"Go to A&E now."</strong></p>
                    <p>"A&E is the emergency part of a hospital."</p>
                </EasyLine>
                <EasyLine picture=Picture::Phone999>
                    <p>"If you cannot get there, phone 999."</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::Crisis, None) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Heart>
                    <p><strong>"You need help with your feelings now."</strong></p>
                </EasyLine>
                <EasyLine picture=Picture::Phone111>
                    <p><strong>"Phone 111 now and choose the mental health option."</strong></p>
                    <p>"Someone will talk with you."</p>
                </EasyLine>
                <EasyLine picture=Picture::Phone999>
                    <p>"If your life is in danger, phone 999."</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::Urgent111, None) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Phone111>
                    <p><strong>"Phone 111 now."</strong></p>
                    <p>"They can help you today."</p>
                </EasyLine>
                <EasyLine picture=Picture::Computer>
                    <p>"Or go to 111.nhs.uk on the internet."</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        _ => return None,
    };
    Some(easy)
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

/// Requests cannot be sent for this person: why, and what to do instead. On the
/// start page it also says the questions still tell them where to get help.
fn cannot_send_notice(c: &CannotSend, at_start: bool) -> AnyView {
    let phone = c
        .phone
        .clone()
        .map(|(name, n)| view! { <li>{format!("phone {name} on {n}")}</li> });
    let fix = c
        .fix
        .clone()
        .map(|(href, text)| view! { <li><a href=href>{text}</a></li> });
    view! {
        <div class="nhsuk-warning-callout">
            <h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"You cannot send a request online yet"</span></h2>
            <p>{c.reason.clone()}</p>
            <p>"You can:"</p>
            <ul>
                {fix}
                {phone}
                <li>"go to 111.nhs.uk or call 111 if you need help today"</li>
            </ul>
            {at_start.then(|| view! {
                <p>"You can still answer the questions. If anything needs help now, we will tell you straight away, and we will tell you where to get help. Nothing will be sent to your surgery."</p>
            })}
        </div>
    }
    .into_any()
}

fn where_to(r: &RequestView) -> String {
    match r.stage {
        RequestStage::Draft => r.back.clone(),
        RequestStage::Ready => format!("/triage/{}/check", r.key),
        RequestStage::Stopped => format!("/triage/{}/outcome", r.key),
        RequestStage::Sent | RequestStage::Checking => format!("/triage/{}/sent", r.key),
    }
}

fn request_resource() -> Resource<Result<Option<RequestView>, crate::domain::error::AppError>> {
    let key = param("key");
    Resource::new(move || key.get(), get_triage_request)
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
