//! What is true now: problems, medicines and allergies, the summary and the
//! printable summary.

use super::*;

pub(super) fn problem_list(items: Vec<ProblemItem>) -> AnyView {
    view! {
        <ul class="nhsuk-list fd-items">
            {items.into_iter().map(|p| view! {
                <li class="fd-item">
                    <p class="fd-item__title">{p.what.plain.clone()}</p>
                    {p.since.clone().map(|d| view! { <p class="nhsuk-body-s">{t_with("rec-since", [("date", d.into())])}</p> })}
                    {clinical(&p.what)}
                    {source_line(&p.sources)}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

pub(super) fn problems_section(items: &[ProblemItem], level: u8, current_only: bool) -> AnyView {
    let (current, past): (Vec<ProblemItem>, Vec<ProblemItem>) =
        items.iter().cloned().partition(|p| p.current);
    let show_past = !current_only;
    view! {
        <section>
            {heading(level, if current_only { t_key("rec-health-problems") } else { t_key("rec-current-health-problems") })}
            {if current.is_empty() {
                view! { <p>{t("rec-your-records-do-not-show")}</p> }.into_any()
            } else {
                problem_list(current)
            }}
            {(show_past && !past.is_empty()).then(|| view! {
                {heading(level, t_key("rec-past-health-problems"))}
                {problem_list(past)}
            })}
        </section>
    }
    .into_any()
}

pub(super) fn medicine_list(items: Vec<MedicineItem>) -> AnyView {
    view! {
        <ul class="nhsuk-list fd-items">
            {items.into_iter().map(|m| view! {
                <li class="fd-item">
                    <p class="fd-item__title">{m.what.plain.clone()}</p>
                    {m.dosage.clone().map(|d| view! { <p>{t_with("rec-how-to-take-it", [("d", (d).to_string().into())])}</p> })}
                    {m.started.clone().map(|d| view! { <p class="nhsuk-body-s">{t_with("rec-started", [("date", d.into())])}</p> })}
                    {clinical(&m.what)}
                    {source_line(&m.sources)}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

pub(super) fn medicines_section(items: &[MedicineItem], level: u8, current_only: bool) -> AnyView {
    let (current, past): (Vec<MedicineItem>, Vec<MedicineItem>) =
        items.iter().cloned().partition(|m| m.current);
    view! {
        <section>
            {heading(level, t_key("rec-current-medicines"))}
            {if current.is_empty() {
                view! { <p>{t("rec-your-records-do-not-show-2")}</p> }.into_any()
            } else {
                medicine_list(current)
            }}
            {(!current_only && !past.is_empty()).then(|| view! {
                {heading(level, t_key("rec-past-medicines"))}
                {medicine_list(past)}
            })}
        </section>
    }
    .into_any()
}

pub(super) fn allergies_section(items: &[AllergyItem], level: u8) -> AnyView {
    view! {
        <section>
            {heading(level, t_key("rec-allergies-and-reactions"))}
            {if items.is_empty() {
                view! { <p>{t("rec-your-records-do-not-show-3")}</p> }.into_any()
            } else {
                view! {
                    <ul class="nhsuk-list fd-items">
                        {items.iter().map(|a| view! {
                            <li class="fd-item">
                                <p class="fd-item__title">
                                    {a.what.plain.clone()}
                                    {a.severe.then(|| view! { " " <strong class="nhsuk-tag nhsuk-tag--red">{t("rec-severe")}</strong> })}
                                </p>
                                {a.reaction.clone().map(|r| view! { <p>{t_with("rec-reaction", [("reaction", r.into())])}</p> })}
                                {a.recorded.clone().map(|d| view! { <p class="nhsuk-body-s">{t_with("rec-recorded", [("date", d.into())])}</p> })}
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

pub(super) fn summary(v: &RecordView) -> AnyView {
    view! {
        {problems_section(&v.items.problems, 2, true)}
        <p><a href="/record/problems">{t("rec-see-all-health-problems-including")}</a></p>
        {medicines_section(&v.items.medicines, 2, true)}
        <p><a href="/record/medicines">{t("rec-see-all-medicines")}</a></p>
        {allergies_section(&v.items.allergies, 2)}
        <h2 class="nhsuk-heading-m">{t("rec-more-in-your-record")}</h2>
        <DownloadWarning />
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li><a href="/record/vaccinations">{t("rec-vaccinations")}</a></li>
            <li><a href="/record/test-results">{t("rec-test-results")}</a></li>
            <li><a href="/record/letters">{t("rec-letters-and-documents")}</a></li>
            <li><a href="/record/timeline">{t("rec-timeline-of-care")}</a></li>
            <li><a href="/record/print">{t("rec-printable-summary")}</a></li>
            <li><a href="/record/download">{t("rec-download-your-data-fhir-file")}</a></li>
        </ul>
    }
    .into_any()
}

/// One thing in an Easy Read list: its plain words, one more line if there is
/// one, and who recorded it.
struct EasyItem<'a> {
    words: String,
    more: Option<String>,
    sources: &'a [super::super::Source],
}

/// The summary in Easy Read: allergies, medicines and health problems now,
/// each thing in plain words with who wrote it.
pub(super) fn easy_summary(v: &RecordView) -> AnyView {
    let allergies = easy_list(
        t_key("rec-easy-allergies"),
        t_key("rec-easy-allergic-to"),
        t_key("rec-easy-no-allergies"),
        v.items.allergies.iter().map(|a| EasyItem {
            words: a.what.plain.clone(),
            more: a.severe.then(|| t("rec-easy-very-ill")),
            sources: &a.sources,
        }),
    );
    let medicines = easy_list(
        t_key("rec-easy-medicines"),
        "",
        t_key("rec-easy-no-medicines"),
        v.items
            .medicines
            .iter()
            .filter(|m| m.current)
            .map(|m| EasyItem {
                words: m.what.plain.clone(),
                more: m
                    .dosage
                    .as_ref()
                    .map(|d| t_with("rec-how-to-take-it-2", [("d", (d).to_string().into())])),
                sources: &m.sources,
            }),
    );
    let problems = easy_list(
        t_key("rec-easy-problems"),
        "",
        t_key("rec-easy-no-problems"),
        v.items
            .problems
            .iter()
            .filter(|p| p.current)
            .map(|p| EasyItem {
                words: p.what.plain.clone(),
                more: None,
                sources: &p.sources,
            }),
    );
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Record>
                <p>{t("rec-this-is-your-health-record")}</p>
                <p>{t("rec-it-shows-what-your-doctors")}</p>
                <p>{t("rec-each-thing-says-who-wrote")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Warning>{allergies}</EasyLine>
            <EasyLine picture=Picture::Medicine>{medicines}</EasyLine>
            <EasyLine picture=Picture::Heart>{problems}</EasyLine>
            <EasyLine picture=Picture::Message>
                <p>{t("rec-is-something-wrong-in-your")}</p>
                <p>{t("rec-tell-your-doctor-s-surgery")}</p>
            </EasyLine>
        </EasyRead>
    }
    .into_any()
}

/// A heading, then the things (after `intro`, if any) or `empty`.
fn easy_list<'a>(
    heading: &'static str,
    intro: &'static str,
    empty: &'static str,
    items: impl Iterator<Item = EasyItem<'a>>,
) -> AnyView {
    let items: Vec<AnyView> = items
        .map(|i| {
            view! {
                <li class="fd-item">
                    <p class="fd-item__title">{i.words}</p>
                    {i.more.map(|m| view! { <p>{m}</p> })}
                    {source_line(i.sources)}
                </li>
            }
            .into_any()
        })
        .collect();
    view! {
        <h2 class="nhsuk-heading-m">{t(heading)}</h2>
        {if items.is_empty() {
            view! { <p>{t(empty)}</p> }.into_any()
        } else {
            view! {
                {(!intro.is_empty()).then(|| view! { <p>{t(intro)}</p> })}
                <ul class="nhsuk-list fd-items">{items}</ul>
            }
            .into_any()
        }}
    }
    .into_any()
}

pub(super) fn print_body(v: &RecordView) -> AnyView {
    view! {
        {allergies_section(&v.items.allergies, 2)}
        {medicines_section(&v.items.medicines, 2, true)}
        {problems_section(&v.items.problems, 2, false)}
        {vaccinations_section(v)}
    }
    .into_any()
}
