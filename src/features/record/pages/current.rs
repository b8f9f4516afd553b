//! What is true now: problems, medicines and allergies, the summary and the
//! printable summary.

use super::*;

pub(super) fn problem_list(items: Vec<ProblemItem>) -> AnyView {
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

pub(super) fn problems_section(items: &[ProblemItem], level: u8, current_only: bool) -> AnyView {
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

pub(super) fn medicine_list(items: Vec<MedicineItem>) -> AnyView {
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

pub(super) fn medicines_section(items: &[MedicineItem], level: u8, current_only: bool) -> AnyView {
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

pub(super) fn allergies_section(items: &[AllergyItem], level: u8) -> AnyView {
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

pub(super) fn summary(v: &RecordView) -> AnyView {
    view! {
        {problems_section(&v.items.problems, 2, true)}
        <p><a href="/record/problems">"See all health problems, including past ones"</a></p>
        {medicines_section(&v.items.medicines, 2, true)}
        <p><a href="/record/medicines">"See all medicines"</a></p>
        {allergies_section(&v.items.allergies, 2)}
        <h2 class="nhsuk-heading-m">"More in your record"</h2>
        <DownloadWarning />
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li><a href="/record/vaccinations">"Vaccinations"</a></li>
            <li><a href="/record/test-results">"Test results"</a></li>
            <li><a href="/record/letters">"Letters and documents"</a></li>
            <li><a href="/record/timeline">"Timeline of care"</a></li>
            <li><a href="/record/print">"Printable summary"</a></li>
            <li><a href="/record/download">"Download your data (FHIR file)"</a></li>
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
        "Allergies",
        "You are allergic to:",
        "Your record does not show any allergies.",
        v.items.allergies.iter().map(|a| EasyItem {
            words: a.what.plain.clone(),
            more: a.severe.then(|| "This can make you very ill.".to_string()),
            sources: &a.sources,
        }),
    );
    let medicines = easy_list(
        "Your medicines",
        "",
        "Your record does not show any medicines you take now.",
        v.items
            .medicines
            .iter()
            .filter(|m| m.current)
            .map(|m| EasyItem {
                words: m.what.plain.clone(),
                more: m.dosage.as_ref().map(|d| format!("How to take it: {d}")),
                sources: &m.sources,
            }),
    );
    let problems = easy_list(
        "Your health problems",
        "",
        "Your record does not show any health problems now.",
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
                <p>"This is your health record."</p>
                <p>"It shows what your doctors, nurses and other services know about your health."</p>
                <p>"Each thing says who wrote it."</p>
            </EasyLine>
            <EasyLine picture=Picture::Warning>{allergies}</EasyLine>
            <EasyLine picture=Picture::Medicine>{medicines}</EasyLine>
            <EasyLine picture=Picture::Heart>{problems}</EasyLine>
            <EasyLine picture=Picture::Message>
                <p>"Is something wrong in your record?"</p>
                <p>"Tell your doctor's surgery."</p>
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
        <h2 class="nhsuk-heading-m">{heading}</h2>
        {if items.is_empty() {
            view! { <p>{empty}</p> }.into_any()
        } else {
            view! {
                {(!intro.is_empty()).then(|| view! { <p>{intro}</p> })}
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
