//! What a page says about the provider systems it asked: why there is no record,
//! which providers did not answer (and how old the copy shown is), and where the
//! information on the page came from.

use super::PageTitle;
use crate::domain::sources::{source_name, NoRecord, ProviderState, ProviderStatus};
use crate::domain::{and_list, t, t_with};
use leptos::prelude::*;

/// The page shown when there is no record to show, and why.
pub fn nothing(why: NoRecord) -> AnyView {
    match why {
        NoRecord::NoNhsNumber => view! {
            <PageTitle text=t("rec-we-need-your-nhs-number") />
            <h1>{t("rec-we-need-your-nhs-number")}</h1>
            <p>{t("rec-your-account-does-not-have")}</p>
            <p>{t("rec-you-can-find-your-nhs")}</p>
            <p>{t("rec-if-you-cannot-find-it")}</p>
            <p><a href="/home">{t("rec-back-to-home")}</a></p>
        }
        .into_any(),
        NoRecord::NotFound { providers } => {
            let unmatched: Vec<String> = providers
                .iter()
                .filter(|p| p.state == ProviderState::NotMatched)
                .map(|p| source_name(&p.source))
                .collect();
            view! {
                <PageTitle text=t("rec-we-could-not-find-your") />
                <h1>{t("rec-we-could-not-find-your")}</h1>
                <p>{t("rec-none-of-the-health-and")}</p>
                {(!unmatched.is_empty()).then(|| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">{t("hidden-information")}": "</span>
                        <p>{t_with("rec-found-a-record-with-your", [("join-and", and_list(&unmatched).into())])}</p>
                    </div>
                })}
                <p>{t("rec-check-that-the-nhs-number")}" "<a href="/account">{t("rec-your-details")}</a>" "{t("rec-are-right-if-they-are")}</p>
                <p><a href="/home">{t("rec-back-to-home")}</a></p>
            }
            .into_any()
        }
    }
}

/// Notices for providers that could not answer, or whose details did not match.
pub fn notices(providers: &[ProviderStatus]) -> AnyView {
    providers
        .iter()
        .filter_map(|p| {
            let name = source_name(&p.source);
            let (heading, lines): (String, Vec<String>) = match &p.state {
                ProviderState::Unavailable { copy_from } | ProviderState::Unreadable { copy_from } => {
                    let first = if matches!(p.state, ProviderState::Unreadable { .. }) {
                        t_with("rec-we-could-not-read-the", [("name", (name).to_string().into())])
                    } else {
                        t_with("rec-we-could-not-get-information", [("name", (name).to_string().into())])
                    };
                    let second = match copy_from {
                        Some(t) => t_with("rec-this-page-shows-what-they", [("t", (t).to_string().into())]),
                        None => t("rec-missing-try-later"),
                    };
                    (t_with("rec-information-from-may-be-missing", [("name", (p.source.name).to_string().into())]), vec![first, second])
                }
                ProviderState::PartlyRead { .. } => (
                    t_with("rec-some-information-from-is-not", [("name", (p.source.name).to_string().into())]),
                    vec![t_with("rec-some-of-what-sent-could", [("name", (name).to_string().into())])],
                ),
                ProviderState::Partial { copy_from: None } => (
                    t_with("rec-older-information-from-is-not", [("name", (p.source.name).to_string().into())]),
                    vec![t_with("rec-sent-the-newest-information-shown", [("name", (name).to_string().into())])],
                ),
                ProviderState::Partial { copy_from: Some(t) } => (
                    t_with("rec-older-information-from-may-be", [("name", (p.source.name).to_string().into())]),
                    vec![
                        t_with("rec-sent-the-newest-information-but", [("name", (name).to_string().into())]),
                        t_with("rec-older-items-on-this-page", [("t", (t).to_string().into())]),
                    ],
                ),
                ProviderState::NotMatched => (
                    t_with("rec-information-from-is-not-shown", [("name", (p.source.name).to_string().into())]),
                    vec![t_with("rec-has-a-record-with-your", [("name", (name).to_string().into())])],
                ),
                _ => return None,
            };
            Some(view! {
                <div class="nhsuk-warning-callout">
                    <h2 class="nhsuk-warning-callout__label">
                        <span class="nhsuk-u-visually-hidden">{t("hidden-important")}": "</span>{heading}
                    </h2>
                    {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                </div>
            })
        })
        .collect_view()
        .into_any()
}

pub fn sources_list(providers: &[ProviderStatus], generated_at: &str) -> impl IntoView {
    let rows = providers
        .iter()
        .map(|p| {
            let state = match &p.state {
                ProviderState::Current => t_with("rec-up-to-date-at", [("generated-at", (generated_at).to_string().into())]),
                ProviderState::PartlyRead { .. } => t_with("rec-answered-at-some-information-could", [("generated-at", (generated_at).to_string().into())]),
                ProviderState::Partial { copy_from: None } => t_with("rec-answered-at-with-the-newest", [("generated-at", (generated_at).to_string().into())]),
                ProviderState::Partial { copy_from: Some(t) } => t_with("rec-answered-at-with-the-newest-2", [("generated-at", (generated_at).to_string().into()), ("t", (t).to_string().into())]),
                ProviderState::Unavailable { copy_from: Some(t) } | ProviderState::Unreadable { copy_from: Some(t) } => {
                    t_with("rec-did-not-answer-just-now", [("t", (t).to_string().into())])
                }
                ProviderState::Unavailable { copy_from: None } | ProviderState::Unreadable { copy_from: None } => {
                    t("rec-did-not-answer")
                }
                ProviderState::NoRecord => t("rec-no-record-for-you"),
                ProviderState::NotMatched => t("rec-not-matched"),
            };
            view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{p.source.name.clone()}<br /><span class="nhsuk-body-s">{t_with("rec-ods-code", [("kind", (p.source.kind).to_string().into()), ("ods-code", (p.source.ods_code).to_string().into())])}</span></dt>
                    <dd class="nhsuk-summary-list__value">{state}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <h2 class="nhsuk-heading-m">{t("rec-where-this-information-comes-from")}</h2>
        <dl class="nhsuk-summary-list">{rows}</dl>
    }
}
