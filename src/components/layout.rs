//! The page frame: header with account links, footer, and the page title.

use crate::domain::{t, t_with, words, Choice, DataMode, Language};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

pub const SERVICE_NAME: &str = "Front Door";

/// Sets `<title>` to name the page and the service, with "Error: " first when
/// the page shows errors (so screen readers hear it at once). While acting for
/// someone else, the banner adds whose page it is ([`acting_title`]).
#[component]
pub fn PageTitle(#[prop(into)] text: String, #[prop(optional)] has_errors: bool) -> impl IntoView {
    // A plain string, not a signal: the title outlives the view that set it.
    let text = if has_errors {
        t_with("title-error", [("page", text.into())])
    } else {
        text
    };
    view! { <Title text=format!("{text} {}", t("title-end")) /> }
}

/// Makes every page title say whose page it is: "Appointments (acting for Ben
/// Thompson) – Front Door – NHS". Rendered by whatever shows who is acted for.
pub fn acting_title(name: String) -> impl IntoView {
    // The formatter may run outside this page's context: the words are taken now.
    let language = Language::current();
    let end = format!(" {}", words(language, "title-end", None));
    let formatter = move |text: String| match text.strip_suffix(end.as_str()) {
        Some(page) => {
            let args = [
                ("page".into(), page.to_string().into()),
                ("name".into(), name.clone().into()),
            ]
            .into();
            format!("{}{end}", words(language, "title-acting", Some(&args)))
        }
        None => text,
    };
    view! { <Title formatter /> }
}

/// The session clock of the page's frame: it says whether the person signed in on
/// a shared or public computer (put in by the app's frame).
#[derive(Clone, Copy)]
pub struct SharedComputer(
    pub Resource<Result<Option<crate::domain::SessionClock>, crate::domain::AppError>>,
);

/// Whether the person signed in on a shared or public computer (a help point's
/// computer is always one): personal fields then ask the browser not to remember
/// what is typed.
pub async fn on_shared_computer() -> bool {
    match use_context::<SharedComputer>() {
        Some(SharedComputer(r)) => matches!(r.await, Ok(Some(c)) if c.shared_device),
        None => false,
    }
}

/// An `autocomplete` value for a personal field: `usual`, or "off" on a shared computer.
pub fn personal(shared: bool, usual: &'static str) -> &'static str {
    if shared {
        "off"
    } else {
        usual
    }
}

/// Before a download on a shared or public computer: the file stays on it.
#[component]
pub fn DownloadWarning() -> impl IntoView {
    let clock = use_context::<SharedComputer>();
    view! {
        <Transition>
            {move || Suspend::new(async move {
                let shared = match clock {
                    Some(_) => on_shared_computer().await,
                    None => false,
                };
                shared.then(|| view! {
                    <div class="nhsuk-warning-callout">
                        <h3 class="nhsuk-warning-callout__label">
                            <span role="text"><span class="nhsuk-u-visually-hidden">{t("hidden-important")}": "</span>{t("shared-computer-title")}</span>
                        </h3>
                        <p>{t("shared-computer-download")}</p>
                    </div>
                })
            })}
        </Transition>
    }
}

/// The NHS.UK header. When someone is signed in it shows "Your details" and
/// `sign_out` (the sign-out form, given by whoever owns signing out).
#[component]
pub fn Header(
    #[prop(into)] signed_in: Signal<bool>,
    #[prop(into)] sign_out: ViewFn,
) -> impl IntoView {
    view! {
        <header class="nhsuk-header" role="banner">
            <div class="nhsuk-header__container nhsuk-width-container">
                <div class="nhsuk-header__service">
                    <a class="nhsuk-header__service-logo" href="/" aria-label=t("header-home")>
                        <svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS">
                            <title>"NHS"</title>
                            <path fill="currentcolor" d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"></path>
                        </svg>
                        <span class="nhsuk-header__service-name">{SERVICE_NAME}</span>
                    </a>
                </div>
                <nav class="nhsuk-header__account" aria-label=t("header-account")>
                    <ul class="nhsuk-header__account-list">
                        <Show when=move || signed_in.get()>
                            <li class="nhsuk-header__account-item">
                                <a class="nhsuk-header__account-link" href="/account">{t("header-your-details")}</a>
                            </li>
                            <li class="nhsuk-header__account-item">
                                {sign_out.run()}
                            </li>
                        </Show>
                        <li class="nhsuk-header__account-item">
                            <DataModeSwitch class="nhsuk-header__account-link" />
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
        <LanguageChooser />
    }
}

/// The languages, each named in itself (with its `lang`), on every page under
/// the header; the one in use is not a link. Choosing one remembers it and
/// comes back to the same page.
#[component]
fn LanguageChooser() -> impl IntoView {
    let current = Language::current();
    let location = use_location();
    let items = Language::ALL
        .into_iter()
        .map(|l| {
            if l == current {
                view! {
                    <li class="fd-languages__item">
                        <span class="fd-languages__current" lang=l.code() aria-current="true">{l.own_name()}</span>
                    </li>
                }
                .into_any()
            } else {
                let href = move || l.href(&location.pathname.get());
                view! {
                    <li class="fd-languages__item">
                        <a class="fd-languages__link" href=href lang=l.code() hreflang=l.code()>{l.own_name()}</a>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="fd-languages" aria-label=t("language-choose")>
            <ul class="fd-languages__list nhsuk-width-container">{items}</ul>
        </nav>
    }
}

/// The link to the other version of this page: "Use the low-data version" (no
/// scripts, a small stylesheet) or, in it, "Use the standard version". The
/// choice is remembered in a cookie that holds only it.
#[component]
fn DataModeSwitch(class: &'static str) -> impl IntoView {
    let mode = DataMode::current();
    let location = use_location();
    let href = move || mode.other().href(&location.pathname.get());
    let text = match mode {
        DataMode::Standard => t("data-mode-use-low"),
        DataMode::Low => t("data-mode-use-standard"),
    };
    view! { <a class=class href=href>{text}</a> }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="nhsuk-footer" role="contentinfo">
            <div class="nhsuk-width-container">
                <div class="nhsuk-footer__meta">
                    <h2 class="nhsuk-u-visually-hidden">{t("footer-support-links")}</h2>
                    <ul class="nhsuk-footer__list">
                        <li class="nhsuk-footer__list-item">
                            <a class="nhsuk-footer__list-item-link" href="/get-help-online">{t("footer-help-online")}</a>
                        </li>
                        <li class="nhsuk-footer__list-item">
                            <a class="nhsuk-footer__list-item-link" href="/accessibility">{t("footer-accessibility")}</a>
                        </li>
                        <li class="nhsuk-footer__list-item">
                            <a class="nhsuk-footer__list-item-link" href="/privacy">{t("footer-privacy")}</a>
                        </li>
                        <li class="nhsuk-footer__list-item">
                            <DataModeSwitch class="nhsuk-footer__list-item-link" />
                        </li>
                    </ul>
                    <p class="nhsuk-body-s">{t("footer-about")}</p>
                </div>
            </div>
        </footer>
    }
}
