//! Whole-page states: a problem with the service, and "you need to sign in".

use super::PageTitle;
use crate::domain::{t, t_key, ActingRefusal, AppError, IdentityGap, IdentityLevel};
use leptos::prelude::*;

/// Shown when a signed-in page is reached without a session (after a timeout in the browser).
fn not_signed_in() -> AnyView {
    view! {
        <PageTitle text=t("need-sign-in-title") />
        <h1>{t("need-sign-in-title")}</h1>
        <p><a href="/sign-in">{t("need-sign-in-link")}</a></p>
    }
    .into_any()
}

/// The page for an error: its status on the response, and words people can act on.
pub fn problem(e: AppError) -> AnyView {
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(code)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(e.status()),
    ) {
        res.set_status(code);
    }
    if e == AppError::NotSignedIn {
        return not_signed_in();
    }
    if let AppError::IdentityNeeded { needed, gap } = e {
        return identity_needed(needed, gap);
    }
    if let AppError::ActingRefused(why) = e {
        return acting_refused(why);
    }
    if e == AppError::DateOfBirthNeeded {
        return view! {
            <PageTitle text=t("need-birth-date-title") />
            <h1>{t("need-birth-date-title")}</h1>
            <p>{e.words()}</p>
            <p><a href="/account">{t("check-your-details")}</a></p>
        }
        .into_any();
    }
    view! {
        <PageTitle text=t("service-problem-title") />
        <h1>{t("service-problem-title")}</h1>
        <p>{e.words()}</p>
    }
    .into_any()
}

/// Why someone acting for another person cannot do this now, and the way back.
fn acting_refused(why: ActingRefusal) -> AnyView {
    let title = t(match why {
        ActingRefusal::ProxyNotProved | ActingRefusal::ProxyNeedsTwoStep => {
            t_key("refused-title-sign-in-securely")
        }
        ActingRefusal::StaffOnly | ActingRefusal::StaffNeedsTwoStep => {
            t_key("refused-title-staff-only")
        }
        ActingRefusal::HelperSuspended => t_key("refused-title-helper-suspended"),
        ActingRefusal::HelpNotAgreed | ActingRefusal::HelpEnded | ActingRefusal::HelpTimeUp => {
            t_key("refused-title-helping")
        }
        _ => t_key("refused-title-this-person"),
    });
    let (back, back_words) = if why.about_helping() {
        ("/helping", t("refused-back-helping"))
    } else {
        ("/act-for", t("refused-back-act-for"))
    };
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{why.explained()}</p>
        <p><a href=back>{back_words}</a></p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">{t("hidden-information")}": "</span>
            <p>{t("urgent-help-they-before")}" "<a href="https://111.nhs.uk">"111.nhs.uk"</a>" "{t("urgent-help-they-after")}</p>
        </div>
    }
    .into_any()
}

/// Why a page is closed to this person now, and what to do: never a bare "forbidden".
fn identity_needed(needed: IdentityLevel, gap: IdentityGap) -> AnyView {
    let (title, what) = match needed {
        IdentityLevel::P9 => (t("prove-title-record"), t("prove-why-record")),
        _ => (t("prove-title-service"), t("prove-why-service")),
    };
    let urgent = view! {
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">{t("hidden-information")}": "</span>
            <p>{t("urgent-help-before")}" "<a href="https://111.nhs.uk">"111.nhs.uk"</a>" "{t("urgent-help-after")}</p>
        </div>
    };
    match gap {
        IdentityGap::SignInAgain => view! {
            <PageTitle text=t("sign-in-again-title") />
            <h1>{t("sign-in-again-title")}</h1>
            <p>{t("sign-in-again-why")}</p>
            <p>{t("sign-in-again-how")}</p>
            <p><a href="/account/two-step">{t("link-set-up-two-step")}</a></p>
            <p><a href="/account/identity">{t("link-your-identity")}</a></p>
            <p><a href="/get-help-online">{t("link-help-online-near-you")}</a></p>
            {urgent}
        }
        .into_any(),
        IdentityGap::NotProved => view! {
            <PageTitle text=title.clone() />
            <h1>{title}</h1>
            <p>{what}</p>
            <p><a href="/account/identity">{t("link-prove-who-you-are")}</a></p>
            <p><a href="/prove-who-you-are">{t("link-other-ways-to-prove")}</a></p>
            <p><a href="/get-help-online">{t("link-help-online-near-you")}</a></p>
            {urgent}
        }
        .into_any(),
    }
}
