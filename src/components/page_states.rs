//! Whole-page states: a problem with the service, and "you need to sign in".

use super::PageTitle;
use crate::domain::AppError;
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
