//! Record pages: summary, problems, medicines, allergies, vaccinations, test
//! results, letters, timeline, and a printable summary. Plain words lead; the
//! clinical term and code follow in small print; every item names its source.

use super::{
    api::get_record_page, recorded_by, source_name, AllergyItem, Coded, MedicineItem, ProblemItem,
    RecordAnswer, RecordPage, RecordView, Verdict,
};
use crate::components::{
    problem,
    provider_notices::{nothing, notices, sources_list},
    PageTitle,
};
use leptos::prelude::*;

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
    let data = Resource::new(move || page, |p| get_record_page(p.slug().to_string()));
    view! {
        <Suspense fallback=|| view! { <p>"Getting your record from your health and care services…"</p> }>
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
    let body = match page {
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
                <a class="nhsuk-back-link fd-no-print" href="/record">"Back to your health record"</a>
                <h1>{page.title()}</h1>
                <dl class="nhsuk-summary-list">
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Name"</dt>
                        <dd class="nhsuk-summary-list__value">{v.full_name.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"NHS number"</dt>
                        <dd class="nhsuk-summary-list__value">{v.nhs_number.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Date of birth"</dt>
                        <dd class="nhsuk-summary-list__value">{v.date_of_birth.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Printed"</dt>
                        <dd class="nhsuk-summary-list__value">{v.generated_at.clone()}</dd>
                    </div>
                </dl>
                <p class="fd-no-print">"To print, use your browser's Print option (on a computer, press Ctrl and P together). The page prints without menus."</p>
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
                <h1>{page.title()}</h1>
                <p class="nhsuk-body-s">{format!("{}, NHS number {}", v.full_name, v.nhs_number)}</p>
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
        <nav class="nhsuk-contents-list fd-no-print" aria-label="Your health record">
            <h2 class="nhsuk-heading-s">"Your health record"</h2>
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
            <ul class="nhsuk-list">
                <li><a href="/record/print">"Printable summary"</a></li>
                <li><a href="/record/download" download="">"Download your data (FHIR file)"</a></li>
            </ul>
        </nav>
    }
}

/// The clinical term and code, in small print after the plain words.
fn clinical(c: &Coded) -> Option<impl IntoView> {
    let text = match (&c.term, &c.code) {
        (Some(t), Some(code)) => format!("Clinical term: {t} ({code})"),
        (Some(t), None) => format!("Clinical term: {t}"),
        (None, Some(code)) => format!("Code: {code}"),
        (None, None) => return None,
    };
    Some(view! { <p class="nhsuk-body-s fd-secondary">{text}</p> })
}

fn source_line(sources: &[super::Source]) -> impl IntoView {
    view! { <p class="nhsuk-body-s fd-source">{recorded_by(sources)}</p> }
}

fn heading(level: u8, text: &'static str) -> AnyView {
    if level == 2 {
        view! { <h2 class="nhsuk-heading-m">{text}</h2> }.into_any()
    } else {
        view! { <h3 class="nhsuk-heading-s">{text}</h3> }.into_any()
    }
}

fn problem_list(items: Vec<ProblemItem>) -> AnyView {
    view! {
        <ul class="nhsuk-list fd-items">
            {items.into_iter().map(|p| view! {
                <li class="fd-item">
                    <p class="fd-item__title">{p.what.plain.clone()}</p>
                    {p.since.clone().map(|d| view! { <p class="nhsuk-body-s">{format!("Since {d}")}</p> })}
                    {clinical(&p.what)}
                    {source_line(&p.sources)}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn problems_section(items: &[ProblemItem], level: u8, current_only: bool) -> AnyView {
    let (current, past): (Vec<ProblemItem>, Vec<ProblemItem>) =
        items.iter().cloned().partition(|p| p.current);
    let show_past = !current_only;
    view! {
        <section>
            {heading(level, if current_only { "Health problems" } else { "Current health problems" })}
            {if current.is_empty() {
                view! { <p>"Your records do not show any current health problems."</p> }.into_any()
            } else {
                problem_list(current)
            }}
            {(show_past && !past.is_empty()).then(|| view! {
                {heading(level, "Past health problems")}
                {problem_list(past)}
            })}
        </section>
    }
    .into_any()
}

fn medicine_list(items: Vec<MedicineItem>) -> AnyView {
    view! {
        <ul class="nhsuk-list fd-items">
            {items.into_iter().map(|m| view! {
                <li class="fd-item">
                    <p class="fd-item__title">{m.what.plain.clone()}</p>
                    {m.dosage.clone().map(|d| view! { <p>{format!("How to take it: {d}")}</p> })}
                    {m.started.clone().map(|d| view! { <p class="nhsuk-body-s">{format!("Started {d}")}</p> })}
                    {clinical(&m.what)}
                    {source_line(&m.sources)}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn medicines_section(items: &[MedicineItem], level: u8, current_only: bool) -> AnyView {
    let (current, past): (Vec<MedicineItem>, Vec<MedicineItem>) =
        items.iter().cloned().partition(|m| m.current);
    view! {
        <section>
            {heading(level, "Current medicines")}
            {if current.is_empty() {
                view! { <p>"Your records do not show any current medicines."</p> }.into_any()
            } else {
                medicine_list(current)
            }}
            {(!current_only && !past.is_empty()).then(|| view! {
                {heading(level, "Past medicines")}
                {medicine_list(past)}
            })}
        </section>
    }
    .into_any()
}

fn allergies_section(items: &[AllergyItem], level: u8) -> AnyView {
    view! {
        <section>
            {heading(level, "Allergies and reactions")}
            {if items.is_empty() {
                view! { <p>"Your records do not show any allergies or reactions."</p> }.into_any()
            } else {
                view! {
                    <ul class="nhsuk-list fd-items">
                        {items.iter().map(|a| view! {
                            <li class="fd-item">
                                <p class="fd-item__title">
                                    {a.what.plain.clone()}
                                    {a.severe.then(|| view! { " " <strong class="nhsuk-tag nhsuk-tag--red">"Severe"</strong> })}
                                </p>
                                {a.reaction.clone().map(|r| view! { <p>{format!("Reaction: {r}")}</p> })}
                                {a.recorded.clone().map(|d| view! { <p class="nhsuk-body-s">{format!("Recorded {d}")}</p> })}
                                {clinical(&a.what)}
                                {source_line(&a.sources)}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

fn summary(v: &RecordView) -> AnyView {
    view! {
        {problems_section(&v.items.problems, 2, true)}
        <p><a href="/record/problems">"See all health problems, including past ones"</a></p>
        {medicines_section(&v.items.medicines, 2, true)}
        <p><a href="/record/medicines">"See all medicines"</a></p>
        {allergies_section(&v.items.allergies, 2)}
        <h2 class="nhsuk-heading-m">"More in your record"</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li><a href="/record/vaccinations">"Vaccinations"</a></li>
            <li><a href="/record/test-results">"Test results"</a></li>
            <li><a href="/record/letters">"Letters and documents"</a></li>
            <li><a href="/record/timeline">"Timeline of care"</a></li>
            <li><a href="/record/print">"Printable summary"</a></li>
            <li><a href="/record/download" download="">"Download your data (FHIR file)"</a></li>
        </ul>
    }
    .into_any()
}

fn print_body(v: &RecordView) -> AnyView {
    view! {
        {allergies_section(&v.items.allergies, 2)}
        {medicines_section(&v.items.medicines, 2, true)}
        {problems_section(&v.items.problems, 2, false)}
        {vaccinations_section(v)}
    }
    .into_any()
}

fn vaccinations_section(v: &RecordView) -> AnyView {
    if v.items.vaccinations.is_empty() {
        return view! { <h2 class="nhsuk-heading-m">"Vaccinations"</h2><p>"Your records do not show any vaccinations."</p> }.into_any();
    }
    view! {
        <table class="nhsuk-table">
            <caption class="nhsuk-table__caption">"Vaccinations"</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th scope="col" class="nhsuk-table__header">"Vaccine"</th>
                    <th scope="col" class="nhsuk-table__header">"Date"</th>
                    <th scope="col" class="nhsuk-table__header">"Recorded by"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {v.items.vaccinations.iter().map(|i| view! {
                    <tr class="nhsuk-table__row">
                        <td class="nhsuk-table__cell">{i.what.plain.clone()}{clinical(&i.what)}</td>
                        <td class="nhsuk-table__cell">{i.date.clone().unwrap_or_else(|| "Date not recorded".into())}</td>
                        <td class="nhsuk-table__cell">{i.sources.iter().map(source_name).collect::<Vec<_>>().join(", ")}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

fn results_section(v: &RecordView) -> AnyView {
    let delay = v.release_delay_days;
    view! {
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>{format!("Some results, such as tissue sample (histology), HIV and genetic tests, appear here {delay} days after they are ready, so that you can talk about them with a clinician first.")}</p>
        </div>
        <p>"If a result needs action, your GP surgery or the team who did the test will contact you."</p>
        {if v.items.results.is_empty() && v.items.reports.is_empty() {
            view! { <p>"Your records do not show any test results."</p> }.into_any()
        } else {
            view! {
                <h2 class="nhsuk-heading-m">"Results"</h2>
                <ul class="nhsuk-list fd-items">
                    {v.items.results.iter().map(|r| {
                        let tag = match r.verdict {
                            Verdict::InRange => None,
                            Verdict::High => Some("Higher than usual"),
                            Verdict::Low => Some("Lower than usual"),
                            Verdict::Abnormal => Some("Outside what is usual"),
                            Verdict::NoRange => None,
                        };
                        view! {
                            <li class="fd-item">
                                <p class="fd-item__title">
                                    {r.what.plain.clone()}
                                    {tag.map(|t| view! { " " <strong class="nhsuk-tag nhsuk-tag--yellow">{t}</strong> })}
                                </p>
                                {r.date.clone().map(|d| view! { <p class="nhsuk-body-s">{format!("Test taken {d}")}</p> })}
                                <dl class="nhsuk-summary-list fd-result">
                                    <div class="nhsuk-summary-list__row">
                                        <dt class="nhsuk-summary-list__key">"Your result"</dt>
                                        <dd class="nhsuk-summary-list__value">{r.value.clone().unwrap_or_else(|| "No value given".into())}</dd>
                                    </div>
                                    {r.range.clone().map(|range| view! {
                                        <div class="nhsuk-summary-list__row">
                                            <dt class="nhsuk-summary-list__key">"Usual range"</dt>
                                            <dd class="nhsuk-summary-list__value">{range}</dd>
                                        </div>
                                    })}
                                </dl>
                                <p>{r.explanation.clone()}</p>
                                {r.comment.clone().map(|c| view! { <p>{format!("Comment from the clinician: {c}")}</p> })}
                                {clinical(&r.what)}
                                {source_line(&r.sources)}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(!v.items.reports.is_empty()).then(|| view! {
                    <h2 class="nhsuk-heading-m">"Reports"</h2>
                    <ul class="nhsuk-list fd-items">
                        {v.items.reports.iter().map(|r| view! {
                            <li class="fd-item">
                                <p class="fd-item__title">{r.what.plain.clone()}</p>
                                {r.date.clone().map(|d| view! { <p class="nhsuk-body-s">{format!("Test taken {d}")}</p> })}
                                {r.conclusion.clone().map(|c| view! { <p>{format!("Summary: {c}")}</p> })}
                                {clinical(&r.what)}
                                {source_line(&r.sources)}
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            }.into_any()
        }}
    }
    .into_any()
}

fn letters_section(v: &RecordView) -> AnyView {
    if v.items.letters.is_empty() {
        return view! { <p>"Your records do not include any letters or documents."</p> }.into_any();
    }
    view! {
        <ul class="nhsuk-list fd-items">
            {v.items.letters.iter().map(|l| {
                let who = l.sources.iter().map(source_name).collect::<Vec<_>>().join(", ");
                view! {
                    <li class="fd-item">
                        <h2 class="nhsuk-heading-s">{l.title.clone()}</h2>
                        <p class="nhsuk-body-s">{match &l.date { Some(d) => format!("From {who}, {d}"), None => format!("From {who}") }}</p>
                        {match l.text.clone() {
                            Some(text) => view! {
                                <details class="nhsuk-details">
                                    <summary class="nhsuk-details__summary">
                                        <span class="nhsuk-details__summary-text">{format!("Read the letter: {}", l.title)}</span>
                                    </summary>
                                    <div class="nhsuk-details__text fd-letter">{text}</div>
                                </details>
                            }.into_any(),
                            None => view! {
                                <p>{format!("This document cannot be shown here. Ask {who} for a copy.")}</p>
                            }.into_any(),
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn timeline_section(v: &RecordView) -> AnyView {
    if v.items.encounters.is_empty() {
        return view! { <p>"Your records do not show any appointments or visits."</p> }.into_any();
    }
    view! {
        <p>"Appointments, visits and hospital stays at all your services, newest first."</p>
        <ol class="nhsuk-list fd-timeline">
            {v.items.encounters.iter().map(|e| view! {
                <li class="fd-item">
                    <h2 class="nhsuk-heading-s">{e.date.clone().unwrap_or_else(|| "Date not recorded".into())}</h2>
                    <p class="fd-item__title">{e.what.clone()}</p>
                    {e.how.clone().map(|h| view! { <p>{format!("How: {h}")}</p> })}
                    {e.reason.clone().map(|r| view! { <p>{format!("Reason: {r}")}</p> })}
                    <p class="nhsuk-body-s fd-source">{format!("At {}", e.sources.iter().map(source_name).collect::<Vec<_>>().join(", "))}</p>
                </li>
            }).collect_view()}
        </ol>
    }
    .into_any()
}
