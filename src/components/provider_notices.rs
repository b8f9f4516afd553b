//! What a page says about the provider systems it asked: why there is no record,
//! which providers did not answer (and how old the copy shown is), and where the
//! information on the page came from.

use super::PageTitle;
use crate::domain::sources::{source_name, NoRecord, ProviderState, ProviderStatus};
use crate::domain::t;
use leptos::prelude::*;

/// The page shown when there is no record to show, and why.
pub fn nothing(why: NoRecord) -> AnyView {
    match why {
        NoRecord::NoNhsNumber => view! {
            <PageTitle text="We need your NHS number to find your record" />
            <h1>"We need your NHS number to find your record"</h1>
            <p>"Your account does not have an NHS number, so we cannot find your health record."</p>
            <p>"You can find your NHS number on a letter from your GP surgery or a hospital, on a prescription, or in the NHS App."</p>
            <p>"If you cannot find it, ask your GP surgery."</p>
            <p><a href="/home">"Back to home"</a></p>
        }
        .into_any(),
        NoRecord::NotFound { providers } => {
            let unmatched: Vec<String> = providers
                .iter()
                .filter(|p| p.state == ProviderState::NotMatched)
                .map(|p| source_name(&p.source))
                .collect();
            view! {
                <PageTitle text="We could not find your health record" />
                <h1>"We could not find your health record"</h1>
                <p>"None of the health and care services connected to Front Door have a record that matches your NHS number and date of birth."</p>
                {(!unmatched.is_empty()).then(|| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">{t("hidden-information")}": "</span>
                        <p>{format!("{} found a record with your NHS number, but your date of birth did not match, so we have not shown it. Contact them to check the details they hold.", unmatched.join(" and "))}</p>
                    </div>
                })}
                <p>"Check that the NHS number and date of birth in "<a href="/account">"your details"</a>" are right. If they are, contact your GP surgery."</p>
                <p><a href="/home">"Back to home"</a></p>
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
                        format!("We could not read the information from {name} just now.")
                    } else {
                        format!("We could not get information from {name} just now.")
                    };
                    let second = match copy_from {
                        Some(t) => format!("This page shows what they sent at {t}. It may be out of date."),
                        None => "Anything they hold is missing from this page. Try again later.".to_string(),
                    };
                    (format!("Information from {} may be missing", p.source.name), vec![first, second])
                }
                ProviderState::PartlyRead { .. } => (
                    format!("Some information from {} is not shown", p.source.name),
                    vec![format!("Some of what {name} sent could not be read, so it is not shown. Ask them if you need it.")],
                ),
                ProviderState::Partial { copy_from: None } => (
                    format!("Older information from {} is not shown", p.source.name),
                    vec![format!("{name} sent the newest information, shown here, but older information could not be loaded just now. Try again later, or ask them if you need it.")],
                ),
                ProviderState::Partial { copy_from: Some(t) } => (
                    format!("Older information from {} may be out of date", p.source.name),
                    vec![
                        format!("{name} sent the newest information, but older information could not be loaded just now."),
                        format!("Older items on this page are from what they sent at {t}. Try again later, or ask them if you need it."),
                    ],
                ),
                ProviderState::NotMatched => (
                    format!("Information from {} is not shown", p.source.name),
                    vec![format!("{name} has a record with your NHS number, but your date of birth did not match, so we have not shown it. Contact them to check the details they hold.")],
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
                ProviderState::Current => format!("Up to date at {generated_at}"),
                ProviderState::PartlyRead { .. } => format!("Answered at {generated_at}; some information could not be read"),
                ProviderState::Partial { copy_from: None } => format!("Answered at {generated_at} with the newest information; older information could not be loaded"),
                ProviderState::Partial { copy_from: Some(t) } => format!("Answered at {generated_at} with the newest information; older information is from {t}"),
                ProviderState::Unavailable { copy_from: Some(t) } | ProviderState::Unreadable { copy_from: Some(t) } => {
                    format!("Did not answer just now; showing information from {t}")
                }
                ProviderState::Unavailable { copy_from: None } | ProviderState::Unreadable { copy_from: None } => {
                    "Did not answer just now".to_string()
                }
                ProviderState::NoRecord => "Has no record for you".to_string(),
                ProviderState::NotMatched => "Details did not match; nothing shown".to_string(),
            };
            view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{p.source.name.clone()}<br /><span class="nhsuk-body-s">{format!("{} (ODS code {})", p.source.kind, p.source.ods_code)}</span></dt>
                    <dd class="nhsuk-summary-list__value">{state}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <h2 class="nhsuk-heading-m">"Where this information comes from"</h2>
        <dl class="nhsuk-summary-list">{rows}</dl>
    }
}
