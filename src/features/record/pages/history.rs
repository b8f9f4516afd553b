//! What happened: vaccinations, test results, letters and the timeline.

use super::*;

pub(super) fn vaccinations_section(v: &RecordView) -> AnyView {
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

pub(super) fn results_section(v: &RecordView) -> AnyView {
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

pub(super) fn letters_section(v: &RecordView) -> AnyView {
    if v.items.letters.is_empty() {
        return view! { <p>"Your records do not include any letters or documents."</p> }.into_any();
    }
    let per_page = super::super::LETTERS_PER_PAGE;
    let shown_to = v.letters_from + v.items.letters.len();
    let older = (shown_to < v.letters_total).then(|| format!("/record/letters?older={shown_to}"));
    let newer = (v.letters_from > 0).then(|| match v.letters_from.saturating_sub(per_page) {
        0 => "/record/letters".to_string(),
        n => format!("/record/letters?older={n}"),
    });
    view! {
        <p>{format!("Letters {} to {} of {}, newest first.", v.letters_from + 1, shown_to, v.letters_total)}</p>
        <ul class="nhsuk-list fd-items">
            {v.items.letters.iter().map(|l| {
                let who = l.sources.iter().map(source_name).collect::<Vec<_>>().join(", ");
                view! {
                    <li class="fd-item">
                        <h2 class="nhsuk-heading-s">{l.title.clone()}</h2>
                        <p class="nhsuk-body-s">{match &l.date { Some(d) => format!("From {who}, {d}"), None => format!("From {who}") }}</p>
                        {match (l.readable, l.id.clone(), l.sources.first()) {
                            (true, Some(id), Some(source)) => view! {
                                <p><a href=format!("/record/letters/{}/{id}", source.provider_id)>{format!("Read the letter: {}", l.title)}</a></p>
                            }.into_any(),
                            _ => view! {
                                <p>{format!("This document cannot be shown here. Ask {who} for a copy.")}</p>
                            }.into_any(),
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
        <nav class="nhsuk-pagination" role="navigation" aria-label="More letters">
            <ul class="nhsuk-list nhsuk-pagination__list">
                {newer.map(|href| view! {
                    <li class="nhsuk-pagination-item--previous">
                        <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=href>
                            <span class="nhsuk-pagination__title">"Show newer letters"</span>
                        </a>
                    </li>
                })}
                {older.map(|href| view! {
                    <li class="nhsuk-pagination-item--next">
                        <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=href>
                            <span class="nhsuk-pagination__title">"Show older letters"</span>
                        </a>
                    </li>
                })}
            </ul>
        </nav>
    }
    .into_any()
}

pub(super) fn timeline_section(v: &RecordView) -> AnyView {
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

/// One letter on its own page.
#[component]
pub fn LetterPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let letter = Resource::new(
        move || {
            params.with(|p| {
                (
                    p.get("provider").unwrap_or_default(),
                    p.get("id").unwrap_or_default(),
                )
            })
        },
        |(provider, id)| super::super::api::get_letter(provider, id),
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match letter.await {
                    Err(e) => problem(e),
                    Ok(LetterAnswer::NotFound) => {
                        #[cfg(feature = "ssr")]
                        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                            res.set_status(axum::http::StatusCode::NOT_FOUND);
                        }
                        view! {
                            <PageTitle text="Letter not found" />
                            <BackLink href="/record/letters" text="Back to letters and documents" />
                            <h1>"Letter not found"</h1>
                            <p>"We could not find this letter in your records. It may have been removed by the service that wrote it."</p>
                        }.into_any()
                    }
                    Ok(LetterAnswer::Unavailable(name)) => view! {
                        <PageTitle text="We could not get this letter just now" />
                        <BackLink href="/record/letters" text="Back to letters and documents" />
                        <h1>"We could not get this letter just now"</h1>
                        <p>{format!("{name} did not answer. Try again later.")}</p>
                    }.into_any(),
                    Ok(LetterAnswer::Letter(l)) => {
                        let who = l.sources.iter().map(source_name).collect::<Vec<_>>().join(", ");
                        view! {
                            <PageTitle text=l.title.clone() />
                            <BackLink href="/record/letters" text="Back to letters and documents" />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <h1>{l.title.clone()}</h1>
                                    <p class="nhsuk-body-s">{match &l.date { Some(d) => format!("From {who}, {d}"), None => format!("From {who}") }}</p>
                                    <div class="fd-letter">{l.text.clone().unwrap_or_else(|| format!("This document cannot be shown here. Ask {who} for a copy."))}</div>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
