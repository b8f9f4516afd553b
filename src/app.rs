//! The HTML shell and the routes.

use crate::{
    components::{Footer, Header, SharedComputer},
    domain::{t, Choice, DataMode, Language},
    features::{
        account::{
            api::get_session_clock,
            identity_pages::{GpLinkagePage, IdentityPage},
            pages::{
                AccountPage, HomePage, RegisterPage, SignInPage, SignedOutPage, TimeoutWarningPage,
            },
            timeout::{HeaderSignOut, SessionTimeoutWarning, TimeoutWords},
            two_step_pages::{RecoveryCodesPage, SignInCodePage, TwoStepPage},
        },
        appointments::pages::{
            AppointmentPage, AppointmentsPage, BookPage, BookedPage, CancelPage, CancelledPage,
            CheckPage, SlotsPageView,
        },
        carers::pages::{
            banner_resource, AccessHistoryPage, ActForPage, ActingBanner, ChangeAccessPage,
            InvitationPage, InvitePage, InvitedPage, PeoplePage,
        },
        helpers::{
            helping_pages::{
                AgreeToHelpPage, HelpSummaryPage, HelperCodeMadePage, HelperCodePage,
                HelpingBanner, HelpingPage, PastHelpPage, ResidentJoinsPage,
            },
            pages::GetHelpOnlinePage,
            staff_pages::{SetUpStaffAccountPage, StaffAddedPage, StaffPage},
        },
        record::pages::{
            AllergiesPage, DownloadPage, LetterPage, LettersPage, MedicinesPage, PrintPage,
            ProblemsPage, RecordSummaryPage, TestPage, TestResultsPage, TimelinePage,
            VaccinationsPage,
        },
        site::pages::{
            AccessibilityPage, NotFoundPage, PrivacyPage, ProveWhoYouArePage, StartPage,
        },
        triage::pages::{
            RequestsPage, TriageCheckPage, TriageOutcomePage, TriageQuestionPage, TriageResumePage,
            TriageSentPage, TriageStartPage,
        },
    },
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path, SsrMode,
};

/// The document around the app, rendered on the server only. It also sets the
/// page's Content-Security-Policy with this response's nonce and, for browsers
/// without JavaScript, a refresh to the timeout warning. Pages are plain
/// server-rendered HTML: only islands are hydrated, and the one island is the
/// timeout warning, so only signed-in pages load the WebAssembly. In the
/// low-data version the shell links the trimmed stylesheet and sends no script
/// at all: no WebAssembly, no hydration data, the refresh as a plain meta element.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let (refresh, mode, stylesheet) = server_only::prepare_response(&options);
    #[cfg(not(feature = "ssr"))]
    let (refresh, mode, stylesheet): (Option<(i64, String)>, DataMode, String) =
        (None, DataMode::Standard, String::new());
    let language = Language::current();
    let low = mode == DataMode::Low;
    // Signed in: the session clock gave a refresh time.
    let signed_in = refresh.is_some();
    view! {
        <!DOCTYPE html>
        <html lang=language.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
                <meta name="theme-color" content="#005eb8" />
                <link rel="icon" href="/assets/images/favicon.ico" sizes="48x48" />
                <link rel="icon" href="/assets/images/favicon.svg" sizes="any" type="image/svg+xml" />
                <link rel="stylesheet" href=stylesheet />
                {refresh.map(|(secs, url)| {
                    let refresh = view! { <meta http-equiv="refresh" content=format!("{secs};url={url}") /> };
                    if low {
                        refresh.into_any()
                    } else {
                        view! { <noscript>{refresh}</noscript> }.into_any()
                    }
                })}
                {(!low).then(|| view! { <AutoReload options=options.clone() /> })}
                // The app's one island is the timeout warning, on signed-in pages
                // only: a page without it loads no WebAssembly and no script.
                {(!low && signed_in).then(|| view! { <HydrationScripts options islands=true /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[cfg(feature = "ssr")]
mod server_only {
    use crate::{
        domain::{Choice, DataMode, Language, Reading, SessionClock},
        platform::{assets, security::page_csp},
    };
    use axum::http::{header, request::Parts, HeaderValue};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    /// Sets the CSP header, decides the version of the pages (and puts it in the
    /// page's context), and works out the no-JavaScript timeout refresh.
    pub fn prepare_response(options: &LeptosOptions) -> (Option<(i64, String)>, DataMode, String) {
        if let (Some(nonce), Some(res)) =
            (leptos::nonce::use_nonce(), use_context::<ResponseOptions>())
        {
            let targets = use_context::<crate::platform::state::AppState>()
                .map(|s| s.config.form_targets.clone())
                .unwrap_or_default();
            if let Ok(v) = HeaderValue::from_str(&page_csp(&nonce, &targets)) {
                res.insert_header(header::CONTENT_SECURITY_POLICY, v);
            }
        }
        let parts = use_context::<Parts>();
        // Decided once for the request by `assets::page_versions` (`current`
        // reads it from the request), then put in the page's context.
        let mode = DataMode::current();
        provide_context(mode);
        provide_context(Reading::current());
        provide_context(Language::current());
        if mode == DataMode::Low {
            // Nothing will hydrate this page: resources need not write their data into it.
            if let Some(sc) = Owner::current_shared_context() {
                sc.set_is_hydrating(false);
            }
        }
        let stylesheet = assets::styles(&options.site_root)
            .for_mode(mode)
            .to_string();
        let refresh = parts.and_then(|parts| {
            let clock = parts.extensions.get::<SessionClock>()?;
            let path = parts.uri.path();
            Some(if path == "/session/warning" {
                (
                    clock.ends_in_secs + 1,
                    "/signed-out?reason=timeout".to_string(),
                )
            } else {
                (
                    clock.warn_in_secs,
                    format!("/session/warning?return={path}"),
                )
            })
        });
        (refresh, mode, stylesheet)
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Frame />
        </Router>
    }
}

#[component]
fn Frame() -> impl IntoView {
    let location = use_location();
    let clock = Resource::new(move || location.pathname.get(), |_| get_session_clock());
    let banner = banner_resource();
    provide_context(SharedComputer(clock));
    view! {
        <a class="nhsuk-skip-link" href="#maincontent">{t("skip-to-main")}</a>
        <Transition>
            {move || Suspend::new(async move {
                let now = clock.await;
                let signed_in = matches!(now, Ok(Some(_)));
                let shared_device = matches!(now, Ok(Some(c)) if c.shared_device);
                view! { <Header signed_in=signed_in sign_out=move || view! { <HeaderSignOut shared_device /> } /> }
            })}
        </Transition>
        <ActingBanner banner />
        <HelpingBanner />
        <Transition>
            {move || Suspend::new(async move {
                clock.await.ok().flatten().map(|c| view! {
                    <SessionTimeoutWarning warn_in_secs=c.warn_in_secs ends_in_secs=c.ends_in_secs words=TimeoutWords::new(c.ends_in_secs) />
                })
            })}
        </Transition>
        <div class="nhsuk-width-container">
            <main class="nhsuk-main-wrapper" id="maincontent">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") ssr=SsrMode::Async view=move || view! {
                        <Transition>
                            {move || Suspend::new(async move {
                                let signed_in = matches!(clock.await, Ok(Some(_)));
                                view! { <StartPage signed_in /> }
                            })}
                        </Transition>
                    } />
                    <Route path=path!("/register") ssr=SsrMode::Async view=RegisterPage />
                    <Route path=path!("/sign-in") ssr=SsrMode::Async view=SignInPage />
                    <Route path=path!("/signed-out") ssr=SsrMode::Async view=SignedOutPage />
                    <Route path=path!("/home") ssr=SsrMode::Async view=HomePage />
                    <Route path=path!("/account") ssr=SsrMode::Async view=AccountPage />
                    <Route path=path!("/account/identity") ssr=SsrMode::Async view=IdentityPage />
                    <Route path=path!("/account/identity/gp-linkage") ssr=SsrMode::Async view=GpLinkagePage />
                    <Route path=path!("/account/two-step") ssr=SsrMode::Async view=TwoStepPage />
                    <Route path=path!("/account/two-step/recovery-codes") ssr=SsrMode::Async view=RecoveryCodesPage />
                    <Route path=path!("/sign-in/code") ssr=SsrMode::Async view=SignInCodePage />
                    <Route path=path!("/act-for") ssr=SsrMode::Async view=ActForPage />
                    <Route path=path!("/account/people") ssr=SsrMode::Async view=PeoplePage />
                    <Route path=path!("/account/people/invite") ssr=SsrMode::Async view=InvitePage />
                    <Route path=path!("/account/people/invited") ssr=SsrMode::Async view=InvitedPage />
                    <Route path=path!("/account/people/:id") ssr=SsrMode::Async view=ChangeAccessPage />
                    <Route path=path!("/account/access-history") ssr=SsrMode::Async view=AccessHistoryPage />
                    <Route path=path!("/invitation") ssr=SsrMode::Async view=InvitationPage />
                    <Route path=path!("/get-help-online") ssr=SsrMode::Async view=GetHelpOnlinePage />
                    <Route path=path!("/staff") ssr=SsrMode::Async view=StaffPage />
                    <Route path=path!("/staff/added") ssr=SsrMode::Async view=StaffAddedPage />
                    <Route path=path!("/set-up-staff-account") ssr=SsrMode::Async view=SetUpStaffAccountPage />
                    <Route path=path!("/helping") ssr=SsrMode::Async view=HelpingPage />
                    <Route path=path!("/helping/past") ssr=SsrMode::Async view=PastHelpPage />
                    <Route path=path!("/helping/resident") ssr=SsrMode::Async view=ResidentJoinsPage />
                    <Route path=path!("/helping/agree") ssr=SsrMode::Async view=AgreeToHelpPage />
                    <Route path=path!("/helping/summary") ssr=SsrMode::Async view=HelpSummaryPage />
                    <Route path=path!("/account/helper-code") ssr=SsrMode::Async view=HelperCodePage />
                    <Route path=path!("/account/helper-code/made") ssr=SsrMode::Async view=HelperCodeMadePage />
                    <Route path=path!("/prove-who-you-are") ssr=SsrMode::Async view=ProveWhoYouArePage />
                    <Route path=path!("/record") ssr=SsrMode::Async view=RecordSummaryPage />
                    <Route path=path!("/record/problems") ssr=SsrMode::Async view=ProblemsPage />
                    <Route path=path!("/record/medicines") ssr=SsrMode::Async view=MedicinesPage />
                    <Route path=path!("/record/allergies") ssr=SsrMode::Async view=AllergiesPage />
                    <Route path=path!("/record/vaccinations") ssr=SsrMode::Async view=VaccinationsPage />
                    <Route path=path!("/record/test-results") ssr=SsrMode::Async view=TestResultsPage />
                    <Route path=path!("/record/letters") ssr=SsrMode::Async view=LettersPage />
                    <Route path=path!("/record/letters/:provider/:id") ssr=SsrMode::Async view=LetterPage />
                    <Route path=path!("/record/test-results/:provider/:id") ssr=SsrMode::Async view=TestPage />
                    <Route path=path!("/record/timeline") ssr=SsrMode::Async view=TimelinePage />
                    <Route path=path!("/record/print") ssr=SsrMode::Async view=PrintPage />
                    <Route path=path!("/record/download") ssr=SsrMode::Async view=DownloadPage />
                    <Route path=path!("/appointments") ssr=SsrMode::Async view=AppointmentsPage />
                    <Route path=path!("/appointments/book") ssr=SsrMode::Async view=BookPage />
                    <Route path=path!("/appointments/book/:need") ssr=SsrMode::Async view=SlotsPageView />
                    <Route path=path!("/appointments/check/:key") ssr=SsrMode::Async view=CheckPage />
                    <Route path=path!("/appointments/booked/:key") ssr=SsrMode::Async view=BookedPage />
                    <Route path=path!("/appointments/at/:provider/:id") ssr=SsrMode::Async view=AppointmentPage />
                    <Route path=path!("/appointments/at/:provider/:id/cancel") ssr=SsrMode::Async view=CancelPage />
                    <Route path=path!("/appointments/at/:provider/:id/cancelled") ssr=SsrMode::Async view=CancelledPage />
                    <Route path=path!("/triage") ssr=SsrMode::Async view=TriageStartPage />
                    <Route path=path!("/triage/:key") ssr=SsrMode::Async view=TriageResumePage />
                    <Route path=path!("/triage/:key/q/:question") ssr=SsrMode::Async view=TriageQuestionPage />
                    <Route path=path!("/triage/:key/check") ssr=SsrMode::Async view=TriageCheckPage />
                    <Route path=path!("/triage/:key/outcome") ssr=SsrMode::Async view=TriageOutcomePage />
                    <Route path=path!("/triage/:key/sent") ssr=SsrMode::Async view=TriageSentPage />
                    <Route path=path!("/requests") ssr=SsrMode::Async view=RequestsPage />
                    <Route path=path!("/session/warning") ssr=SsrMode::Async view=TimeoutWarningPage />
                    <Route path=path!("/accessibility") ssr=SsrMode::Async view=AccessibilityPage />
                    <Route path=path!("/privacy") ssr=SsrMode::Async view=PrivacyPage />
                </Routes>
            </main>
        </div>
        <Footer />
    }
}
