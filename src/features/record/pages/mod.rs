//! Record pages: summary, problems, medicines, allergies, vaccinations, test
//! results, letters, timeline, and a printable summary. Plain words lead; the
//! clinical term and code follow in small print; every item names its source.

use super::{
    api::get_record_page, recorded_by, source_name, AllergyItem, Coded, LetterAnswer, MedicineItem,
    ProblemItem, RecordAnswer, RecordPage, RecordView, TestAnswer, TestHistory, Verdict,
};
use crate::components::{
    easy_read, problem,
    provider_notices::{nothing, notices, sources_list},
    BackLink, DownloadWarning, EasyLine, EasyRead, EasyReadSwitch, PageTitle, Picture,
    TableContainer,
};
use crate::domain::{t, t_key, t_with};
use leptos::prelude::*;

mod current;
mod download;
mod history;

use current::*;
pub use download::DownloadPage;
use history::*;
pub use history::{LetterPage, TestPage};

#[component]
pub fn RecordSummaryPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Summary /> }
}
#[component]
pub fn ProblemsPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Problems /> }
}
#[component]
pub fn MedicinesPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Medicines /> }
}
#[component]
pub fn AllergiesPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Allergies /> }
}
#[component]
pub fn VaccinationsPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Vaccinations /> }
}
#[component]
pub fn TestResultsPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::TestResults /> }
}
#[component]
pub fn LettersPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Letters /> }
}
#[component]
pub fn TimelinePage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Timeline /> }
}
#[component]
pub fn PrintPage() -> impl IntoView {
    view! { <RecordShell page=RecordPage::Print /> }
}

#[component]
fn RecordShell(page: RecordPage) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let data = Resource::new(
        move || (page, query.with(|q| q.get("older"))),
        |(p, older)| get_record_page(p.slug().to_string(), older),
    );
    view! {
        <Suspense fallback=|| view! { <p>{t("rec-getting-your-record-from-your")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(RecordAnswer::Nothing(why)) => nothing(why),
                    Ok(RecordAnswer::Record(view)) => record(*view),
                }
            })}
        </Suspense>
    }
}

fn record(v: RecordView) -> AnyView {
    let page = v.page;
    let easy = page == RecordPage::Summary && easy_read();
    let body = match page {
        RecordPage::Summary if easy => easy_summary(&v),
        RecordPage::Summary => summary(&v),
        RecordPage::Problems => problems_section(&v.items.problems, 2, false),
        RecordPage::Medicines => medicines_section(&v.items.medicines, 2, false),
        RecordPage::Allergies => allergies_section(&v.items.allergies, 2),
        RecordPage::Vaccinations => vaccinations_section(&v),
        RecordPage::TestResults => results_section(&v),
        RecordPage::Letters => letters_section(&v),
        RecordPage::Timeline => timeline_section(&v),
        RecordPage::Print => print_body(&v),
    };
    let notices = notices(&v.providers);
    if page == RecordPage::Print {
        return view! {
            <PageTitle text=page.title() />
            <div class="fd-print">
                <BackLink href="/record" text=t("rec-back-to-your-health-record") class="fd-no-print" />
                <h1>{page.title()}</h1>
                <dl class="nhsuk-summary-list">
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t("rec-name")}</dt>
                        <dd class="nhsuk-summary-list__value">{v.full_name.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t("rec-nhs-number")}</dt>
                        <dd class="nhsuk-summary-list__value">{v.nhs_number.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t("rec-date-of-birth")}</dt>
                        <dd class="nhsuk-summary-list__value">{v.date_of_birth.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t("rec-printed")}</dt>
                        <dd class="nhsuk-summary-list__value">{v.generated_at.clone()}</dd>
                    </div>
                </dl>
                <p class="fd-no-print">{t("rec-to-print-use-your-browser")}</p>
                {notices}
                {body}
                {sources_list(&v.providers, &v.generated_at)}
            </div>
        }
        .into_any();
    }
    view! {
        <PageTitle text=page.title() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                {(page == RecordPage::Summary).then(|| view! { <EasyReadSwitch /> })}
                <h1>{page.title()}</h1>
                <p class="nhsuk-body-s">{t_with("rec-nhs-number-2", [("full-name", (v.full_name).to_string().into()), ("nhs-number", (v.nhs_number).to_string().into())])}</p>
                {notices}
                {body}
                {sources_list(&v.providers, &v.generated_at)}
            </div>
            <div class="nhsuk-grid-column-one-third">
                {record_nav(page)}
            </div>
        </div>
    }
    .into_any()
}

fn record_nav(current: RecordPage) -> impl IntoView {
    view! {
        <nav class="nhsuk-contents-list fd-no-print" aria-label=t("rec-your-health-record")>
            <h2 class="nhsuk-heading-s">{t("rec-your-health-record")}</h2>
            <ol class="nhsuk-contents-list__list">
                {RecordPage::NAV.into_iter().map(|p| {
                    if p == current {
                        view! {
                            <li class="nhsuk-contents-list__item" aria-current="page">
                                <span class="nhsuk-contents-list__current">{p.title()}</span>
                            </li>
                        }.into_any()
                    } else {
                        view! {
                            <li class="nhsuk-contents-list__item">
                                <a class="nhsuk-contents-list__link" href=p.path()>{p.title()}</a>
                            </li>
                        }.into_any()
                    }
                }).collect_view()}
            </ol>
            <DownloadWarning />
            <ul class="nhsuk-list">
                <li><a href="/record/print">{t("rec-printable-summary")}</a></li>
                <li><a href="/record/download">{t("rec-download-your-data-fhir-file")}</a></li>
            </ul>
        </nav>
    }
}

/// The clinical term and code, in small print after the plain words.
fn clinical(c: &Coded) -> Option<impl IntoView> {
    let text = match (&c.term, &c.code) {
        (Some(t), Some(code)) => t_with(
            "rec-clinical-term",
            [
                ("t", (t).to_string().into()),
                ("code", (code).to_string().into()),
            ],
        ),
        (Some(t), None) => t_with("rec-clinical-term-2", [("t", (t).to_string().into())]),
        (None, Some(code)) => t_with("rec-code", [("code", code.clone().into())]),
        (None, None) => return None,
    };
    Some(view! { <p class="nhsuk-body-s fd-secondary">{text}</p> })
}

fn source_line(sources: &[super::Source]) -> impl IntoView {
    view! { <p class="nhsuk-body-s fd-source">{recorded_by(sources)}</p> }
}

fn heading(level: u8, key: &'static str) -> AnyView {
    let text = t(key);
    if level == 2 {
        view! { <h2 class="nhsuk-heading-m">{text}</h2> }.into_any()
    } else {
        view! { <h3 class="nhsuk-heading-s">{text}</h3> }.into_any()
    }
}
