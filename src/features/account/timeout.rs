//! Signing out and the "you will be signed out soon" warning (with JavaScript).
//!
//! Without JavaScript the page head carries a refresh to the warning page
//! instead (see `app::shell`); the in-page warning is the app's one island and
//! acts only in the browser.

use super::api::{SignOut, StaySignedIn};
use crate::domain::AppError;
use leptos::server_fn::ServerFn;
use leptos::{html, prelude::*};
use std::time::Duration;

/// The warning, shown a few minutes before the session ends. This is the one
/// island of the app: the only part of any page that needs WebAssembly. The
/// server renders it hidden with the session's times; in the browser it sets
/// two timers, shows itself (focus on its heading) at the first and goes to
/// the signed-out page at the second. "Stay signed in" asks the server for new
/// times without leaving the page.
#[island]
pub fn SessionTimeoutWarning(warn_in_secs: i64, ends_in_secs: i64) -> impl IntoView {
    let (showing, set_showing) = signal(false);
    let (times, set_times) = signal((warn_in_secs, ends_in_secs));
    let stay = ServerAction::<StaySignedIn>::new();
    let heading = NodeRef::<html::H2>::new();
    let timers = StoredValue::new(Vec::<TimeoutHandle>::new());

    // After "Stay signed in", start again from the server's new times; if the
    // session has gone meanwhile, say so on the signed-out page. Any other
    // failure (the connection dropped, say) leaves the warning up to try again.
    Effect::new(move |_| match stay.value().get() {
        Some(Ok(Some(c))) => set_times.set((c.warn_in_secs, c.ends_in_secs)),
        Some(Ok(None) | Err(AppError::NotSignedIn)) => {
            let _ = window().location().set_href(SIGNED_OUT);
        }
        Some(Err(_)) | None => {}
    });

    // Effects run only in the browser: set the timers.
    Effect::new(move |_| {
        timers.update_value(|t| t.drain(..).for_each(|h| h.clear()));
        set_showing.set(false);
        let (warn_in, ends_in) = times.get();
        let warn = set_timeout_with_handle(
            move || {
                set_showing.set(true);
                if let Some(h) = heading.get() {
                    let _ = h.focus();
                }
            },
            Duration::from_secs(warn_in.max(0) as u64),
        );
        let end = set_timeout_with_handle(
            move || {
                let _ = window().location().set_href(SIGNED_OUT);
            },
            Duration::from_secs(ends_in.max(0) as u64 + 1),
        );
        timers.update_value(|t| t.extend(warn.ok().into_iter().chain(end.ok())));
    });

    let minutes = move || {
        let secs = times.get().1;
        if secs >= 120 {
            format!("{} minutes", secs / 60)
        } else if secs >= 60 {
            "1 minute".to_string()
        } else {
            "less than a minute".to_string()
        }
    };

    view! {
        <div class="nhsuk-width-container" hidden=move || !showing.get()>
            <div class="nhsuk-notification-banner app-timeout-warning" role="alert" aria-labelledby="timeout-warning-title">
                <div class="nhsuk-notification-banner__header">
                    <h2 class="nhsuk-notification-banner__title" id="timeout-warning-title" tabindex="-1" node_ref=heading>
                        "You will be signed out soon"
                    </h2>
                </div>
                <div class="nhsuk-notification-banner__content">
                    <p class="nhsuk-notification-banner__heading">
                        "For your security, we will sign you out if you do nothing for " {minutes} "."
                    </p>
                    <StayOrSignOut stay />
                </div>
            </div>
        </div>
    }
}

const SIGNED_OUT: &str = "/signed-out?reason=timeout";

/// The two choices before a timeout. Without JavaScript, "Stay signed in"
/// returns to `return_to` (the page the person was on).
#[component]
pub fn StayOrSignOut(
    stay: ServerAction<StaySignedIn>,
    #[prop(optional, into)] return_to: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <div class="nhsuk-button-group">
            <ActionForm action=stay>
                {return_to.map(|r| view! { <input type="hidden" name="return_to" value=r /> })}
                <button class="nhsuk-button" type="submit">"Stay signed in"</button>
            </ActionForm>
            // A plain post in every version: signing out leaves the page.
            <form method="post" action=SignOut::url()>
                <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Sign out"</button>
            </form>
        </div>
    }
}

/// "Sign out" in the page header; on a shared or public computer, "Finish and
/// clear this computer" (the same: the session is deleted on the server and the
/// browser is told to clear everything this site stored).
#[component]
pub fn HeaderSignOut(#[prop(optional)] shared_device: bool) -> impl IntoView {
    let sign_out = ServerAction::<SignOut>::new();
    let words = if shared_device {
        "Finish and clear this computer"
    } else {
        "Sign out"
    };
    view! {
        <ActionForm action=sign_out attr:class="nhsuk-header__account-form">
            <button class="nhsuk-header__account-button" type="submit">{words}</button>
        </ActionForm>
    }
}
