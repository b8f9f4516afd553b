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
    domain::{t, t_with, AppError, FormState},
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
        <PageTitle text=t("triage-we-could-not-find-that") />
        <h1>{t("triage-we-could-not-find-that")}</h1>
        <p>{t("triage-the-link-may-be-wrong")}</p>
        <p><a href="/triage">{t("triage-ask-your-gp-surgery-for")}</a></p>
        <p><a href="/requests">{t("triage-see-your-requests")}</a></p>
    }
    .into_any()
}

fn emergency_reminder() -> AnyView {
    care_card(
        "emergency",
        t("triage-call-999-if-you-have"),
        false,
        view! {
            <ul>
                <li>{t("triage-chest-pain-or-pressure")}</li>
                <li>{t("triage-signs-of-a-stroke-face")}</li>
                <li>{t("triage-severe-difficulty-breathing")}</li>
                <li>{t("triage-heavy-bleeding-that-will-not")}</li>
            </ul>
            <p>{t("triage-for-help-with-your-mental")}</p>
        }
        .into_any(),
    )
}

/// What to do in an emergency, in Easy Read: the same numbers and signs as
/// [`emergency_reminder`], in shorter words.
fn easy_emergency() -> AnyView {
    view! {
        <h2>{t("triage-what-to-do-in-an")}</h2>
        <EasyRead>
            <EasyLine picture=Picture::Phone999>
                <p><strong>{t("triage-phone-999-now-if-you")}</strong></p>
                <ul>
                    <li>{t("triage-pain-or-a-tight-feeling")}</li>
                    <li>{t("triage-a-face-that-drops-on")}</li>
                    <li>{t("triage-very-bad-trouble-breathing")}</li>
                    <li>{t("triage-bleeding-a-lot-that-will")}</li>
                </ul>
            </EasyLine>
            <EasyLine picture=Picture::Heart>
                <p>{t("triage-do-you-need-help-with")}</p>
                <p>{t("triage-phone-111-and-choose-the")}</p>
                <p>{t("triage-if-your-life-is-in")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Phone111>
                <p>{t("triage-do-you-need-help-fast")}</p>
                <p>{t("triage-phone-111")}</p>
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
                    <p><strong>{t("triage-phone-your-maternity-unit-or")}</strong></p>
                    <p>{t("triage-their-phone-number-is-on")}</p>
                </EasyLine>
                <EasyLine picture=Picture::Phone111>
                    <p>{t("triage-if-you-cannot-talk-to")}</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::Call999, None | Some("mental-health-emergency")) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Phone999>
                    <p><strong>{t("triage-phone-999-now")}</strong></p>
                    <p>{t("triage-this-is-an-emergency")}</p>
                </EasyLine>
                <EasyLine picture=Picture::Ambulance>
                    <p>{t("triage-tell-them-what-is-wrong")}</p>
                    <p>{t("triage-they-may-send-an-ambulance")}</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::GoToAe, None) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Hospital>
                    <p><strong>{t("triage-go-to-a-e-now")}</strong></p>
                    <p>{t("triage-a-e-is-the-emergency")}</p>
                </EasyLine>
                <EasyLine picture=Picture::Phone999>
                    <p>{t("triage-if-you-cannot-get-there")}</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::Crisis, None) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Heart>
                    <p><strong>{t("triage-you-need-help-with-your")}</strong></p>
                </EasyLine>
                <EasyLine picture=Picture::Phone111>
                    <p><strong>{t("triage-phone-111-now-and-choose")}</strong></p>
                    <p>{t("triage-someone-will-talk-with-you")}</p>
                </EasyLine>
                <EasyLine picture=Picture::Phone999>
                    <p>{t("triage-if-your-life-is-in")}</p>
                </EasyLine>
            </EasyRead>
        }
        .into_any(),
        (Disposition::Urgent111, None) => view! {
            <EasyRead>
                <EasyLine picture=Picture::Phone111>
                    <p><strong>{t("triage-phone-111-now")}</strong></p>
                    <p>{t("triage-they-can-help-you-today")}</p>
                </EasyLine>
                <EasyLine picture=Picture::Computer>
                    <p>{t("triage-or-go-to-111-nhs")}</p>
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
        view! { <li>{t_with("triage-phone-when-open", [("practice", p.name.clone().into()), ("number", n.into())])}</li> }
    });
    view! {
        <div class="nhsuk-warning-callout">
            <h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">{t("triage-important")}" "</span>{t("triage-online-requests-are-closed-just")}</span></h2>
            <p>{p.closed_reason.clone().unwrap_or_default()}</p>
            <p>{t("triage-you-can")}</p>
            <ul>
                {phone}
                <li>{t("triage-go-to-111-nhs-uk")}</li>
                <li>{t("triage-ask-a-pharmacist-for-advice")}</li>
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
            <h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">{t("triage-important")}" "</span>{t("triage-you-cannot-send-a-request")}</span></h2>
            <p>{c.reason.clone()}</p>
            <p>{t("triage-you-can")}</p>
            <ul>
                {fix}
                {phone}
                <li>{t("triage-go-to-111-nhs-uk")}</li>
            </ul>
            {at_start.then(|| view! {
                <p>{t("triage-you-can-still-answer-the")}</p>
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
                <span class="nhsuk-u-visually-hidden">{t("triage-information")}" "</span>
                <h2 class="nhsuk-heading-s">{t("triage-pharmacy-first")}</h2>
                <p>{t_with("triage-pharmacy-first-for", [("condition", c.into())])}</p>
            </div>
        })}
    }
    .into_any()
}
