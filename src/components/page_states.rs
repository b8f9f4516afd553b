//! Whole-page states: a problem with the service, and "you need to sign in".

use super::PageTitle;
use crate::domain::{ActingRefusal, AppError, IdentityGap, IdentityLevel};
use leptos::prelude::*;

/// Shown when a signed-in page is reached without a session (after a timeout in the browser).
fn not_signed_in() -> AnyView {
    view! {
        <PageTitle text="You need to sign in" />
        <h1>"You need to sign in"</h1>
        <p><a href="/sign-in">"Sign in to Front Door"</a></p>
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
            <PageTitle text="We need your date of birth" />
            <h1>"We need your date of birth"</h1>
            <p>{e.to_string()}"."</p>
            <p><a href="/account">"Check your details"</a></p>
        }
        .into_any();
    }
    view! {
        <PageTitle text="Sorry, there is a problem with the service" />
        <h1>"Sorry, there is a problem with the service"</h1>
        <p>{e.to_string()}</p>
    }
    .into_any()
}

/// Why someone acting for another person cannot do this now, and the way back.
fn acting_refused(why: ActingRefusal) -> AnyView {
    let title = match why {
        ActingRefusal::ProxyNotProved | ActingRefusal::ProxyNeedsTwoStep => {
            "You need to sign in more securely to act for someone else"
        }
        ActingRefusal::StaffOnly | ActingRefusal::StaffNeedsTwoStep => {
            "This page is for staff who help people use Front Door"
        }
        ActingRefusal::HelperSuspended => "Your helper account is suspended",
        ActingRefusal::HelpNotAgreed | ActingRefusal::HelpEnded | ActingRefusal::HelpTimeUp => {
            "You cannot do this for the person you were helping"
        }
        _ => "You cannot do this for this person",
    };
    let (back, back_words) = if why.about_helping() {
        ("/helping", "Go to Help someone now")
    } else {
        ("/act-for", "Choose who you are using Front Door for")
    };
    view! {
        <PageTitle text=title />
        <h1>{title}</h1>
        <p>{why.explained()}</p>
        <p><a href=back>{back_words}</a></p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>"If they need medical help now, go to " <a href="https://111.nhs.uk">"111.nhs.uk"</a> " or call 111. In an emergency, call 999."</p>
        </div>
    }
    .into_any()
}

/// Why a page is closed to this person now, and what to do: never a bare "forbidden".
fn identity_needed(needed: IdentityLevel, gap: IdentityGap) -> AnyView {
    let (title, what) = match needed {
        IdentityLevel::P9 => (
            "You need to prove who you are to see your health record",
            "Your health record, test results and letters are only shown to people who have proved who they are with photo ID, so that nobody else can see them.",
        ),
        _ => (
            "You need to prove who you are to use this service",
            "Booking appointments and asking your GP surgery for help need your details to be matched to your NHS record first.",
        ),
    };
    let urgent = view! {
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>"If you need medical help now, go to " <a href="https://111.nhs.uk">"111.nhs.uk"</a> " or call 111. In an emergency, call 999."</p>
        </div>
    };
    match gap {
        IdentityGap::SignInAgain => view! {
            <PageTitle text="Sign in with NHS login to see this" />
            <h1>"Sign in with NHS login to see this"</h1>
            <p>"You have proved who you are, but this time you signed in with your Front Door password only. For your safety, a password on its own does not open your health record."</p>
            <p>"Sign out, then sign in again with NHS login, or with your password and a security code from your authenticator app."</p>
            <p><a href="/account/two-step">"Set up two-step sign-in"</a></p>
            <p><a href="/account/identity">"Your identity and how you sign in"</a></p>
            <p><a href="/get-help-online">"Get help getting online, near you"</a></p>
            {urgent}
        }
        .into_any(),
        IdentityGap::NotProved => view! {
            <PageTitle text=title />
            <h1>{title}</h1>
            <p>{what}</p>
            <p><a href="/account/identity">"Prove who you are"</a></p>
            <p><a href="/prove-who-you-are">"Other ways to prove who you are, including with details from your GP surgery"</a></p>
            <p><a href="/get-help-online">"Get help getting online, near you"</a></p>
            {urgent}
        }
        .into_any(),
    }
}
