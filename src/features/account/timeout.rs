//! Signing out and the "you will be signed out soon" warning (with JavaScript).
//!
//! Without JavaScript the page head carries a refresh to the warning page
//! instead (see `app::shell`); the in-page warning is the app's one island and
//! acts only in the browser.

use super::api::{SignOut, StaySignedIn};
use crate::domain::{t, t_with, AppError};
use leptos::server_fn::ServerFn;
use leptos::{html, prelude::*};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The warning, shown a few minutes before the session ends. This is the one
/// island of the app: the only part of any page that needs WebAssembly. The
/// server renders it hidden with the session's times; in the browser it sets
/// two timers, shows itself (focus on its heading) at the first and goes to
/// the signed-out page at the second. "Stay signed in" asks the server for new
/// times without leaving the page.
#[island]
pub fn SessionTimeoutWarning(
    warn_in_secs: i64,
    ends_in_secs: i64,
    words: TimeoutWords,
) -> impl IntoView {
    let TimeoutWords {
        title,
        for_minutes,
        stay: stay_words,
        sign_out,
    } = words;
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

    // The sentence for the whole minutes left (the server wrote one for each).
    let sentence = move || {
        let minutes = (times.get().1.max(0) / 60) as usize;
        for_minutes
            .get(minutes)
            .or(for_minutes.last())
            .cloned()
            .unwrap_or_default()
    };

    view! {
        <div class="nhsuk-width-container" hidden=move || !showing.get()>
            <div class="nhsuk-notification-banner app-timeout-warning" role="alert" aria-labelledby="timeout-warning-title">
                <div class="nhsuk-notification-banner__header">
                    <h2 class="nhsuk-notification-banner__title" id="timeout-warning-title" tabindex="-1" node_ref=heading>
                        {title}
                    </h2>
                </div>
                <div class="nhsuk-notification-banner__content">
                    <p class="nhsuk-notification-banner__heading">{sentence}</p>
                    <StayOrSignOut stay stay_words sign_out />
                </div>
            </div>
        </div>
    }
}

const SIGNED_OUT: &str = "/signed-out?reason=timeout";

/// The warning's words in the page's language, written by the server: the
/// island has no translations of its own (they would all be wasm to download).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeoutWords {
    pub title: String,
    /// "... if you do nothing for N minutes.", for N = 0 (less than a minute)
    /// up to the minutes the session has left now, which "Stay signed in"
    /// can only give back, never exceed.
    pub for_minutes: Vec<String>,
    pub stay: String,
    pub sign_out: String,
}

impl TimeoutWords {
    pub fn new(ends_in_secs: i64) -> Self {
        let most = (ends_in_secs.max(0) / 60) as usize;
        Self {
            title: t("timeout-title"),
            for_minutes: (0..=most)
                .map(|m| t_with("timeout-body", [("minutes", m.into())]))
                .collect(),
            stay: t("timeout-stay"),
            sign_out: t("sign-out"),
        }
    }
}

/// The two choices before a timeout. Without JavaScript, "Stay signed in"
/// returns to `return_to` (the page the person was on).
#[component]
pub fn StayOrSignOut(
    stay: ServerAction<StaySignedIn>,
    #[prop(optional, into)] return_to: Option<Signal<String>>,
    stay_words: String,
    sign_out: String,
) -> impl IntoView {
    view! {
        <div class="nhsuk-button-group">
            <ActionForm action=stay>
                {return_to.map(|r| view! { <input type="hidden" name="return_to" value=r /> })}
                <button class="nhsuk-button" type="submit">{stay_words}</button>
            </ActionForm>
            // A plain post in every version: signing out leaves the page.
            <form method="post" action=SignOut::url()>
                <button class="nhsuk-button nhsuk-button--secondary" type="submit">{sign_out}</button>
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
        t("sign-out-shared")
    } else {
        t("sign-out")
    };
    view! {
        <ActionForm action=sign_out attr:class="nhsuk-header__account-form">
            <button class="nhsuk-header__account-button" type="submit">{words}</button>
        </ActionForm>
    }
}
