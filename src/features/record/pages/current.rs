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

/// The summary in Easy Read: allergies, medicines and health problems now,
/// each thing in plain words with who wrote it.
pub(super) fn easy_summary(v: &RecordView) -> AnyView {
    let allergies = v.items.allergies.clone();
    let medicines: Vec<MedicineItem> = v
        .items
        .medicines
        .iter()
        .filter(|m| m.current)
        .cloned()
        .collect();
    let problems: Vec<ProblemItem> = v
        .items
        .problems
        .iter()
        .filter(|p| p.current)
        .cloned()
        .collect();
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Record>
                <p>"This is your health record."</p>
                <p>"It shows what your doctors, nurses and other services know about your health."</p>
                <p>"Each thing says who wrote it."</p>
            </EasyLine>
            <EasyLine picture=Picture::Warning>
                <h2 class="nhsuk-heading-m">"Allergies"</h2>
                {if allergies.is_empty() {
                    view! { <p>"Your record does not show any allergies."</p> }.into_any()
                } else {
                    view! {
                        <p>"You are allergic to:"</p>
                        <ul class="nhsuk-list fd-items">
                            {allergies.into_iter().map(|a| view! {
                                <li class="fd-item">
                                    <p class="fd-item__title">{a.what.plain.clone()}</p>
                                    {a.severe.then(|| view! { <p>"This can make you very ill."</p> })}
                                    {source_line(&a.sources)}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </EasyLine>
            <EasyLine picture=Picture::Medicine>
                <h2 class="nhsuk-heading-m">"Your medicines"</h2>
                {if medicines.is_empty() {
                    view! { <p>"Your record does not show any medicines you take now."</p> }.into_any()
                } else {
                    view! {
                        <ul class="nhsuk-list fd-items">
                            {medicines.into_iter().map(|m| view! {
                                <li class="fd-item">
                                    <p class="fd-item__title">{m.what.plain.clone()}</p>
                                    {m.dosage.clone().map(|d| view! { <p>{format!("How to take it: {d}")}</p> })}
                                    {source_line(&m.sources)}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </EasyLine>
            <EasyLine picture=Picture::Heart>
                <h2 class="nhsuk-heading-m">"Your health problems"</h2>
                {if problems.is_empty() {
                    view! { <p>"Your record does not show any health problems now."</p> }.into_any()
                } else {
                    view! {
                        <ul class="nhsuk-list fd-items">
                            {problems.into_iter().map(|p| view! {
                                <li class="fd-item">
                                    <p class="fd-item__title">{p.what.plain.clone()}</p>
                                    {source_line(&p.sources)}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </EasyLine>
            <EasyLine picture=Picture::Message>
                <p>"Is something wrong in your record?"</p>
                <p>"Tell your doctor's surgery."</p>
            </EasyLine>
        </EasyRead>
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
