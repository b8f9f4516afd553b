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
