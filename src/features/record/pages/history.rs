//! What happened: vaccinations, test results, letters and the timeline.

use super::*;

pub(super) fn vaccinations_section(v: &RecordView) -> AnyView {
    if v.items.vaccinations.is_empty() {
        return view! { <h2 class="nhsuk-heading-m">"Vaccinations"</h2><p>"Your records do not show any vaccinations."</p> }.into_any();
    }
    let rows = v.items.vaccinations.iter().map(|i| view! {
        <tr class="nhsuk-table__row">
            <td class="nhsuk-table__cell">{i.what.plain.clone()}{clinical(&i.what)}</td>
            <td class="nhsuk-table__cell">{i.date.clone().unwrap_or_else(|| "Date not recorded".into())}</td>
            <td class="nhsuk-table__cell">{i.sources.iter().map(source_name).collect::<Vec<_>>().join(", ")}</td>
        </tr>
    }).collect_view();
    view! {
        <TableContainer label="Vaccinations"><table class="nhsuk-table">
            <caption class="nhsuk-table__caption">"Vaccinations"</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th scope="col" class="nhsuk-table__header">"Vaccine"</th>
                    <th scope="col" class="nhsuk-table__header">"Date"</th>
                    <th scope="col" class="nhsuk-table__header">"Recorded by"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {rows}
            </tbody>
        </table></TableContainer>
    }
    .into_any()
}

fn verdict_tag(verdict: Verdict) -> Option<&'static str> {
    match verdict {
        Verdict::InRange | Verdict::NoRange => None,
        Verdict::High => Some("Higher than usual"),
        Verdict::Low => Some("Lower than usual"),
        Verdict::Abnormal => Some("Outside what is usual"),
    }
}

/// What the page covers: the recent window, or older items carried on.
fn window_line(v: &RecordView, what: &str) -> AnyView {
    match (&v.since, v.continued) {
        (Some(since), _) => {
            view! { <p>{format!("{what} since {since}, newest first.")}</p> }.into_any()
        }
        (None, true) => {
            view! { <p>{format!("Older {}, newest first.", what.to_lowercase())}</p> }.into_any()
        }
        (None, false) => ().into_any(),
    }
}

/// "Show older …" (the server's kept place) and, on older pages, the way back.
fn older_pager(v: &RecordView, path: &'static str, what: &'static str) -> AnyView {
    let older = v.older.clone().map(|key| format!("{path}?older={key}"));
    // Past the window only when every provider sent all of it.
    let cut_short = v.providers.iter().any(|p| {
        matches!(
            p.state,
            crate::features::record::ProviderState::Partial { .. }
        )
    });
    let older_words = match &v.since {
        Some(since) if !cut_short => format!("Show {what} from before {since}"),
        _ => format!("Show older {what}"),
    };
    if older.is_none() && !v.continued {
        return ().into_any();
    }
    view! {
        <nav class="nhsuk-pagination" role="navigation" aria-label=format!("More {what}")>
            <ul class="nhsuk-list nhsuk-pagination__list">
                {v.continued.then(|| view! {
                    <li class="nhsuk-pagination-item--previous">
                        <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=path>
                            <span class="nhsuk-pagination__title">{format!("Back to your latest {what}")}</span>
                        </a>
                    </li>
                })}
                {older.map(|href| view! {
                    <li class="nhsuk-pagination-item--next">
                        <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=href>
                            <span class="nhsuk-pagination__title">{older_words}</span>
                        </a>
                    </li>
                })}
            </ul>
        </nav>
    }
    .into_any()
}

pub(super) fn results_section(v: &RecordView) -> AnyView {
    let delay = v.release_delay_days;
    view! {
        {(!v.continued).then(|| view! {
            <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>{format!("Some results, such as tissue sample (histology), HIV and genetic tests, appear here {delay} days after they are ready, so that you can talk about them with a clinician first.")}</p>
            </div>
            <p>"If a result needs action, your GP surgery or the team who did the test will contact you."</p>
        })}
        {window_line(v, "Results")}
        {if v.tests.is_empty() && v.items.reports.is_empty() {
            let words = if v.since.is_some() || v.continued {
                "Your records do not show any test results in this time."
            } else {
                "Your records do not show any test results."
            };
            view! { <p>{words}</p> }.into_any()
        } else {
            view! {
                {(!v.tests.is_empty()).then(|| view! {
                    <h2 class="nhsuk-heading-m">"Tests"</h2>
                    <p>"Choose a test to see all its results and how they have changed."</p>
                    <ul class="nhsuk-list fd-items">
                        {v.tests.iter().map(|t| {
                            let r = &t.latest;
                            let count = if t.count == 1 { "1 result".to_string() } else { format!("{} results", t.count) };
                            let latest = match (&r.value, &r.date) {
                                (Some(value), Some(d)) => format!("{count}, latest {value} on {d}"),
                                (Some(value), None) => format!("{count}, latest {value}"),
                                (None, Some(d)) => format!("{count}, latest on {d}"),
                                (None, None) => count,
                            };
                            view! {
                                <li class="fd-item">
                                    <h3 class="nhsuk-heading-s fd-item__title">
                                        {match t.href.clone() {
                                            Some(href) => view! { <a href=href>{t.what.plain.clone()}</a> }.into_any(),
                                            None => view! { <span>{t.what.plain.clone()}</span> }.into_any(),
                                        }}
                                        {verdict_tag(r.verdict).map(|tag| view! { " " <strong class="nhsuk-tag nhsuk-tag--yellow">{tag}</strong> })}
                                    </h3>
                                    <p>{latest}</p>
                                    {r.range.clone().map(|range| view! { <p class="nhsuk-body-s">{format!("Usual range: {range}. {}", r.explanation)}</p> })}
                                    {r.comment.clone().map(|c| view! { <p>{format!("Comment from the clinician: {c}")}</p> })}
                                    {source_line(&r.sources)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
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
        {older_pager(v, "/record/test-results", "results")}
    }
    .into_any()
}

pub(super) fn letters_section(v: &RecordView) -> AnyView {
    if v.items.letters.is_empty() {
        return view! { <p>"Your records do not include any letters or documents."</p> }.into_any();
    }
    let per_page = crate::features::record::LETTERS_PER_PAGE;
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
    view! {
        <p>"Appointments, visits and hospital stays at all your services."</p>
        {window_line(v, "Visits")}
        {if v.items.encounters.is_empty() {
            view! { <p>"Your records do not show any appointments or visits in this time."</p> }.into_any()
        } else {
            view! {
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
            }.into_any()
        }}
        {older_pager(v, "/record/timeline", "visits")}
    }
    .into_any()
}

/// The words for an item on its own page (a letter, a test) that cannot be shown.
struct OwnPage {
    /// "letter", "test"
    what: &'static str,
    back: &'static str,
    back_text: &'static str,
    /// Why it may not be found.
    gone: &'static str,
}

const LETTER: OwnPage = OwnPage {
    what: "letter",
    back: "/record/letters",
    back_text: "Back to letters and documents",
    gone: "It may have been removed by the service that wrote it.",
};

const TEST: OwnPage = OwnPage {
    what: "test",
    back: "/record/test-results",
    back_text: "Back to test results",
    gone: "It may have been removed by the service that did it.",
};

/// Not found for this person (a 404), or `unavailable`: its provider did not answer.
fn not_there(p: &OwnPage, unavailable: Option<String>) -> AnyView {
    let (title, words) = match unavailable {
        Some(name) => (
            format!("We could not get this {} just now", p.what),
            format!("{name} did not answer. Try again later."),
        ),
        None => {
            #[cfg(feature = "ssr")]
            if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                res.set_status(axum::http::StatusCode::NOT_FOUND);
            }
            let mut title = format!("{} not found", p.what);
            title[..1].make_ascii_uppercase();
            (
                title,
                format!(
                    "We could not find this {} in your records. {}",
                    p.what, p.gone
                ),
            )
        }
    };
    view! {
        <PageTitle text=title.clone() />
        <BackLink href=p.back text=p.back_text />
        <h1>{title}</h1>
        <p>{words}</p>
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
        |(provider, id)| crate::features::record::api::get_letter(provider, id),
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match letter.await {
                    Err(e) => problem(e),
                    Ok(LetterAnswer::NotFound) => not_there(&LETTER, None),
                    Ok(LetterAnswer::Unavailable(name)) => not_there(&LETTER, Some(name)),
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

/// One test's history on its own page: a chart when the values are numbers, and
/// a table of every result (the chart's text alternative as well).
#[component]
pub fn TestPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let test = Resource::new(
        move || {
            params.with(|p| {
                (
                    p.get("provider").unwrap_or_default(),
                    p.get("id").unwrap_or_default(),
                )
            })
        },
        |(provider, id)| crate::features::record::api::get_test(provider, id),
    );
    view! {
        <Suspense fallback=|| view! { <p>"Getting this test's results from your health and care services…"</p> }>
            {move || Suspend::new(async move {
                match test.await {
                    Err(e) => problem(e),
                    Ok(TestAnswer::NotFound) => not_there(&TEST, None),
                    Ok(TestAnswer::Unavailable(name)) => not_there(&TEST, Some(name)),
                    Ok(TestAnswer::Test(t)) => test_history(*t),
                }
            })}
        </Suspense>
    }
}

fn test_history(t: TestHistory) -> AnyView {
    let name = t.what.plain.clone();
    view! {
        <PageTitle text=name.clone() />
        <BackLink href="/record/test-results" text="Back to test results" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{name.clone()}</h1>
                {clinical(&t.what)}
                {notices(&t.providers)}
                {t.trend.map(|trend| trend_chart(&name, trend))}
                <TableContainer label=format!("Your {name} results")><table class="nhsuk-table">
                    <caption class="nhsuk-table__caption">{format!("Your {name} results, newest first")}</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th scope="col" class="nhsuk-table__header">"Date"</th>
                            <th scope="col" class="nhsuk-table__header">"Result"</th>
                            <th scope="col" class="nhsuk-table__header">"Usual range"</th>
                            <th scope="col" class="nhsuk-table__header">"Recorded by"</th>
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {t.results.iter().map(|r| view! {
                            <tr class="nhsuk-table__row">
                                <td class="nhsuk-table__cell">{r.date.clone().unwrap_or_else(|| "Date not recorded".into())}</td>
                                <td class="nhsuk-table__cell">
                                    {r.value.clone().unwrap_or_else(|| "No value given".into())}
                                    {verdict_tag(r.verdict).map(|tag| view! { " " <strong class="nhsuk-tag nhsuk-tag--yellow">{tag}</strong> })}
                                    {r.comment.clone().map(|c| view! { <p class="nhsuk-body-s">{format!("Comment from the clinician: {c}")}</p> })}
                                </td>
                                <td class="nhsuk-table__cell">{r.range.clone().unwrap_or_else(|| "Not given".into())}</td>
                                <td class="nhsuk-table__cell">{r.sources.iter().map(source_name).collect::<Vec<_>>().join(", ")}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table></TableContainer>
                {sources_list(&t.providers, &t.generated_at)}
            </div>
        </div>
    }
    .into_any()
}

/// The trend as SVG drawn on the server: gridlines with values, a line through
/// the results, a dot on each. The summary sentence is its text alternative.
fn trend_chart(name: &str, t: crate::features::record::Trend) -> AnyView {
    use crate::features::record::trend_box::{BOTTOM_Y, LEFT_X, RIGHT_X, VIEW_BOX};
    let line = t
        .points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <figure class="fd-trend">
            <figcaption class="nhsuk-heading-s">{format!("How your {name} has changed")}</figcaption>
            <svg viewBox=VIEW_BOX role="img" aria-labelledby="fd-trend-title fd-trend-desc" class="fd-trend__chart" focusable="false">
                <title id="fd-trend-title">{format!("Chart of your {name} results")}</title>
                <desc id="fd-trend-desc">{t.summary.clone()}</desc>
                {t.y_labels.iter().map(|(y, label)| view! {
                    <line x1=LEFT_X.to_string() x2=RIGHT_X.to_string() y1=y.to_string() y2=y.to_string() class="fd-trend__grid"></line>
                    <text x=(LEFT_X - 8).to_string() y=(y + 5).to_string() text-anchor="end" class="fd-trend__label">{label.clone()}</text>
                }).collect_view()}
                {t.x_labels.iter().map(|(x, label)| view! {
                    <text x=x.to_string() y=(BOTTOM_Y + 25).to_string() text-anchor="middle" class="fd-trend__label">{label.clone()}</text>
                }).collect_view()}
                <polyline points=line class="fd-trend__line"></polyline>
                {t.points.iter().map(|(x, y)| view! {
                    <circle cx=x.to_string() cy=y.to_string() r="4" class="fd-trend__dot"></circle>
                }).collect_view()}
            </svg>
            <p class="nhsuk-body-s">{t.summary}</p>
        </figure>
    }
    .into_any()
}
