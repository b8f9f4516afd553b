//! What happened: vaccinations, test results, letters and the timeline.

use super::*;

pub(super) fn vaccinations_section(v: &RecordView) -> AnyView {
    if v.items.vaccinations.is_empty() {
        return view! { <h2 class="nhsuk-heading-m">{t("rec-vaccinations")}</h2><p>{t("rec-your-records-do-not-show-4")}</p> }.into_any();
    }
    let rows = v.items.vaccinations.iter().map(|i| view! {
        <tr class="nhsuk-table__row">
            <td class="nhsuk-table__cell">{i.what.plain.clone()}{clinical(&i.what)}</td>
            <td class="nhsuk-table__cell">{i.date.clone().unwrap_or_else(|| t("rec-date-not-recorded"))}</td>
            <td class="nhsuk-table__cell">{i.sources.iter().map(source_name).collect::<Vec<_>>().join(", ")}</td>
        </tr>
    }).collect_view();
    view! {
        <TableContainer label=t("rec-vaccinations")><table class="nhsuk-table">
            <caption class="nhsuk-table__caption">{t("rec-vaccinations")}</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th scope="col" class="nhsuk-table__header">{t("rec-vaccine")}</th>
                    <th scope="col" class="nhsuk-table__header">{t("rec-date")}</th>
                    <th scope="col" class="nhsuk-table__header">{t("rec-recorded-by")}</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {rows}
            </tbody>
        </table></TableContainer>
    }
    .into_any()
}

fn verdict_tag(verdict: Verdict) -> Option<String> {
    match verdict {
        Verdict::InRange | Verdict::NoRange => None,
        Verdict::High => Some(t("rec-verdict-high")),
        Verdict::Low => Some(t("rec-verdict-low")),
        Verdict::Abnormal => Some(t("rec-verdict-abnormal")),
    }
}

/// What the page covers: the recent window, or older items carried on.
/// The words of a list of things from the record that has a window and older pages.
struct Listing {
    since: &'static str,
    older_first: &'static str,
    more: &'static str,
    back_latest: &'static str,
    show_before: &'static str,
    show_older: &'static str,
}

const RESULTS: Listing = Listing {
    since: t_key("rec-results-since"),
    older_first: t_key("rec-results-older-first"),
    more: t_key("rec-results-more"),
    back_latest: t_key("rec-results-back-latest"),
    show_before: t_key("rec-results-show-before"),
    show_older: t_key("rec-results-show-older"),
};

const VISITS: Listing = Listing {
    since: t_key("rec-visits-since"),
    older_first: t_key("rec-visits-older-first"),
    more: t_key("rec-visits-more"),
    back_latest: t_key("rec-visits-back-latest"),
    show_before: t_key("rec-visits-show-before"),
    show_older: t_key("rec-visits-show-older"),
};

fn window_line(v: &RecordView, l: &Listing) -> AnyView {
    match (&v.since, v.continued) {
        (Some(since), _) => {
            view! { <p>{t_with(l.since, [("since", since.clone().into())])}</p> }.into_any()
        }
        (None, true) => view! { <p>{t(l.older_first)}</p> }.into_any(),
        (None, false) => ().into_any(),
    }
}

/// "Show older …" (the server's kept place) and, on older pages, the way back.
fn older_pager(v: &RecordView, path: &'static str, l: &Listing) -> AnyView {
    let older = v.older.clone().map(|key| format!("{path}?older={key}"));
    // Past the window only when every provider sent all of it.
    let cut_short = v.providers.iter().any(|p| {
        matches!(
            p.state,
            crate::features::record::ProviderState::Partial { .. }
        )
    });
    let older_words = match &v.since {
        Some(since) if !cut_short => t_with(l.show_before, [("since", since.clone().into())]),
        _ => t(l.show_older),
    };
    if older.is_none() && !v.continued {
        return ().into_any();
    }
    view! {
        <nav class="nhsuk-pagination" role="navigation" aria-label=t(l.more)>
            <ul class="nhsuk-list nhsuk-pagination__list">
                {v.continued.then(|| view! {
                    <li class="nhsuk-pagination-item--previous">
                        <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=path>
                            <span class="nhsuk-pagination__title">{t(l.back_latest)}</span>
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
                <span class="nhsuk-u-visually-hidden">{t("rec-information")}" "</span>
                <p>{t_with("rec-some-results-such-as-tissue", [("delay", (delay).to_string().into())])}</p>
            </div>
            <p>{t("rec-if-a-result-needs-action")}</p>
        })}
        {window_line(v, &RESULTS)}
        {if v.tests.is_empty() && v.items.reports.is_empty() {
            let words = if v.since.is_some() || v.continued {
                t("rec-no-results-in-this-time")
            } else {
                t("rec-no-results")
            };
            view! { <p>{words}</p> }.into_any()
        } else {
            view! {
                {(!v.tests.is_empty()).then(|| view! {
                    <h2 class="nhsuk-heading-m">{t("rec-tests")}</h2>
                    <p>{t("rec-choose-a-test-to-see")}</p>
                    <ul class="nhsuk-list fd-items">
                        {v.tests.iter().map(|t| {
                            let r = &t.latest;
                            let count = t_with("rec-result-count", [("count", t.count.into())]);
                            let latest = match (&r.value, &r.date) {
                                (Some(value), Some(d)) => t_with("rec-latest-on", [("count", (count).to_string().into()), ("value", (value).to_string().into()), ("d", (d).to_string().into())]),
                                (Some(value), None) => t_with("rec-latest", [("count", count.clone().into()), ("value", value.clone().into())]),
                                (None, Some(d)) => t_with("rec-latest-on-2", [("count", (count).to_string().into()), ("d", (d).to_string().into())]),
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
                                    {r.range.clone().map(|range| view! { <p class="nhsuk-body-s">{t_with("rec-usual-range-2", [("range", (range).to_string().into()), ("explanation", (r.explanation).to_string().into())])}</p> })}
                                    {r.comment.clone().map(|c| view! { <p>{t_with("rec-comment-from-the-clinician", [("c", (c).to_string().into())])}</p> })}
                                    {source_line(&r.sources)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                {(!v.items.reports.is_empty()).then(|| view! {
                    <h2 class="nhsuk-heading-m">{t("rec-reports")}</h2>
                    <ul class="nhsuk-list fd-items">
                        {v.items.reports.iter().map(|r| view! {
                            <li class="fd-item">
                                <p class="fd-item__title">{r.what.plain.clone()}</p>
                                {r.date.clone().map(|d| view! { <p class="nhsuk-body-s">{t_with("rec-test-taken", [("d", (d).to_string().into())])}</p> })}
                                {r.conclusion.clone().map(|c| view! { <p>{t_with("rec-summary-of", [("summary", c.into())])}</p> })}
                                {clinical(&r.what)}
                                {source_line(&r.sources)}
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            }.into_any()
        }}
        {older_pager(v, "/record/test-results", &RESULTS)}
    }
    .into_any()
}

pub(super) fn letters_section(v: &RecordView) -> AnyView {
    if v.items.letters.is_empty() {
        return view! { <p>{t("rec-your-records-do-not-include")}</p> }.into_any();
    }
    let per_page = crate::features::record::LETTERS_PER_PAGE;
    let shown_to = v.letters_from + v.items.letters.len();
    let older = (shown_to < v.letters_total).then(|| format!("/record/letters?older={shown_to}"));
    let newer = (v.letters_from > 0).then(|| match v.letters_from.saturating_sub(per_page) {
        0 => "/record/letters".to_string(),
        n => format!("/record/letters?older={n}"),
    });
    view! {
        <p>{t_with("rec-letters-to-of-newest-first", [("letters-from-1", (v.letters_from + 1).to_string().into()), ("shown-to", (shown_to).to_string().into()), ("letters-total", (v.letters_total).to_string().into())])}</p>
        <ul class="nhsuk-list fd-items">
            {v.items.letters.iter().map(|l| {
                let who = l.sources.iter().map(source_name).collect::<Vec<_>>().join(", ");
                view! {
                    <li class="fd-item">
                        <h2 class="nhsuk-heading-s">{l.title.clone()}</h2>
                        <p class="nhsuk-body-s">{match &l.date { Some(d) => t_with("rec-from-on", [("who", who.clone().into()), ("date", d.clone().into())]), None => t_with("rec-from", [("who", who.clone().into())]) }}</p>
                        {match (l.readable, l.id.clone(), l.sources.first()) {
                            (true, Some(id), Some(source)) => view! {
                                <p><a href=format!("/record/letters/{}/{id}", source.provider_id)>{t_with("rec-read-the-letter", [("title", (l.title).to_string().into())])}</a></p>
                            }.into_any(),
                            _ => view! {
                                <p>{t_with("rec-this-document-cannot-be-shown", [("who", (who).to_string().into())])}</p>
                            }.into_any(),
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
        <nav class="nhsuk-pagination" role="navigation" aria-label=t("rec-more-letters")>
            <ul class="nhsuk-list nhsuk-pagination__list">
                {newer.map(|href| view! {
                    <li class="nhsuk-pagination-item--previous">
                        <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=href>
                            <span class="nhsuk-pagination__title">{t("rec-show-newer-letters")}</span>
                        </a>
                    </li>
                })}
                {older.map(|href| view! {
                    <li class="nhsuk-pagination-item--next">
                        <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=href>
                            <span class="nhsuk-pagination__title">{t("rec-show-older-letters")}</span>
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
        <p>{t("rec-appointments-visits-and-hospital-stays")}</p>
        {window_line(v, &VISITS)}
        {if v.items.encounters.is_empty() {
            view! { <p>{t("rec-your-records-do-not-show-5")}</p> }.into_any()
        } else {
            view! {
                <ol class="nhsuk-list fd-timeline">
                    {v.items.encounters.iter().map(|e| view! {
                        <li class="fd-item">
                            <h2 class="nhsuk-heading-s">{e.date.clone().unwrap_or_else(|| t("rec-date-not-recorded"))}</h2>
                            <p class="fd-item__title">{e.what.clone()}</p>
                            {e.how.clone().map(|h| view! { <p>{t_with("rec-how-it-happened", [("how", h.into())])}</p> })}
                            {e.reason.clone().map(|r| view! { <p>{t_with("rec-reason", [("reason", r.into())])}</p> })}
                            <p class="nhsuk-body-s fd-source">{t_with("rec-at-places", [("places", e.sources.iter().map(source_name).collect::<Vec<_>>().join(", ").into())])}</p>
                        </li>
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
        {older_pager(v, "/record/timeline", &VISITS)}
    }
    .into_any()
}

/// The words for an item on its own page (a letter, a test) that cannot be shown.
struct OwnPage {
    back: &'static str,
    back_text: &'static str,
    /// "We could not get this letter just now".
    unavailable: &'static str,
    /// "Letter not found".
    not_found: &'static str,
    /// Why it may not be found.
    gone: &'static str,
}

const LETTER: OwnPage = OwnPage {
    back: "/record/letters",
    back_text: t_key("rec-letter-back"),
    unavailable: t_key("rec-letter-unavailable"),
    not_found: t_key("rec-letter-not-found"),
    gone: t_key("rec-letter-gone"),
};

const TEST: OwnPage = OwnPage {
    back: "/record/test-results",
    back_text: t_key("rec-test-back"),
    unavailable: t_key("rec-test-unavailable"),
    not_found: t_key("rec-test-not-found"),
    gone: t_key("rec-test-gone"),
};

/// Not found for this person (a 404), or `unavailable`: its provider did not answer.
fn not_there(p: &OwnPage, unavailable: Option<String>) -> AnyView {
    let (title, words) = match unavailable {
        Some(name) => (
            t(p.unavailable),
            t_with("rec-did-not-answer-try-again", [("name", name.into())]),
        ),
        None => {
            #[cfg(feature = "ssr")]
            if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                res.set_status(axum::http::StatusCode::NOT_FOUND);
            }
            (t(p.not_found), t(p.gone))
        }
    };
    view! {
        <PageTitle text=title.clone() />
        <BackLink href=p.back text=t(p.back_text) />
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
                            <BackLink href="/record/letters" text=t("rec-back-to-letters-and-documents") />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <h1>{l.title.clone()}</h1>
                                    <p class="nhsuk-body-s">{match &l.date { Some(d) => t_with("rec-from-on", [("who", who.clone().into()), ("date", d.clone().into())]), None => t_with("rec-from", [("who", who.clone().into())]) }}</p>
                                    <div class="fd-letter">{l.text.clone().unwrap_or_else(|| t_with("rec-this-document-cannot-be-shown-2", [("who", (who).to_string().into())]))}</div>
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
        <Suspense fallback=|| view! { <p>{t("rec-getting-this-test-s-results")}</p> }>
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

fn test_history(history: TestHistory) -> AnyView {
    let name = history.what.plain.clone();
    view! {
        <PageTitle text=name.clone() />
        <BackLink href="/record/test-results" text=t("rec-back-to-test-results") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{name.clone()}</h1>
                {clinical(&history.what)}
                {notices(&history.providers)}
                {history.trend.map(|trend| trend_chart(&name, trend))}
                <TableContainer label=t_with("rec-your-results", [("name", (name).to_string().into())])><table class="nhsuk-table">
                    <caption class="nhsuk-table__caption">{t_with("rec-your-results-newest-first", [("name", (name).to_string().into())])}</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th scope="col" class="nhsuk-table__header">{t("rec-date")}</th>
                            <th scope="col" class="nhsuk-table__header">{t("rec-result")}</th>
                            <th scope="col" class="nhsuk-table__header">{t("rec-usual-range")}</th>
                            <th scope="col" class="nhsuk-table__header">{t("rec-recorded-by")}</th>
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {history.results.iter().map(|r| view! {
                            <tr class="nhsuk-table__row">
                                <td class="nhsuk-table__cell">{r.date.clone().unwrap_or_else(|| t("rec-date-not-recorded"))}</td>
                                <td class="nhsuk-table__cell">
                                    {r.value.clone().unwrap_or_else(|| t("rec-no-value"))}
                                    {verdict_tag(r.verdict).map(|tag| view! { " " <strong class="nhsuk-tag nhsuk-tag--yellow">{tag}</strong> })}
                                    {r.comment.clone().map(|c| view! { <p class="nhsuk-body-s">{t_with("rec-comment-from-the-clinician-2", [("c", (c).to_string().into())])}</p> })}
                                </td>
                                <td class="nhsuk-table__cell">{r.range.clone().unwrap_or_else(|| t("rec-range-not-given"))}</td>
                                <td class="nhsuk-table__cell">{r.sources.iter().map(source_name).collect::<Vec<_>>().join(", ")}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table></TableContainer>
                {sources_list(&history.providers, &history.generated_at)}
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
            <figcaption class="nhsuk-heading-s">{t_with("rec-how-your-has-changed", [("name", (name).to_string().into())])}</figcaption>
            <svg viewBox=VIEW_BOX role="img" aria-labelledby="fd-trend-title fd-trend-desc" class="fd-trend__chart" focusable="false">
                <title id="fd-trend-title">{t_with("rec-chart-of-your-results", [("name", (name).to_string().into())])}</title>
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
