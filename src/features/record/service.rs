//! The rules of the record: ask every provider, turn FHIR into plain-English
//! items that name their source, group what two providers both recorded, hold
//! back results that need a conversation first, and fall back to the last good
//! copy when a provider cannot answer.

use super::{
    cursors, glossary, release::ReleasePolicy, AllergyItem, Coded, EncounterItem, LetterItem,
    MedicineItem, NoRecord, ProblemItem, RecordAnswer, RecordItems, RecordPage, RecordView,
    ReportItem, ResultItem, Source, VaccinationItem, Verdict,
};
use crate::domain::sources::ProviderStatus;
use crate::{
    domain::{person::long_date, t, uk_time::people_time, AppError, NhsNumber},
    platform::{
        acting::{audited_subject, Acting},
        audit::AuditAction,
        state::AppState,
    },
    providers::{
        client::Found,
        fanout::{answered, failed, gather, none_found},
        fhir::{self, security::Audience, CodeableConcept, Quantity, DMD, LOINC, SNOMED},
        gateway::{Places, Reading, Section},
        parse_fhir_date,
    },
};
use base64::Engine;
use serde_json::Value;
use std::collections::HashMap;
use tower_sessions::Session;

/// The parts of the record each page reads.
pub fn sections(page: RecordPage) -> &'static [Section] {
    use Section::*;
    match page {
        RecordPage::Summary => &[Problems, Medications, Allergies],
        RecordPage::Problems => &[Problems],
        RecordPage::Medicines => &[Medications],
        RecordPage::Allergies => &[Allergies],
        RecordPage::Vaccinations => &[Immunisations],
        RecordPage::TestResults => &[Results],
        RecordPage::Letters => &[Documents],
        RecordPage::Timeline => &[Encounters],
        RecordPage::Print => &[Problems, Medications, Allergies, Immunisations],
    }
}

/// One part of the record from one provider: its items (kept as the copy) and how
/// many entries could not be read.
#[derive(Clone, Debug, Default)]
pub struct Part {
    pub items: RecordItems,
    pub unreadable: usize,
}

impl Part {
    fn extend(&mut self, other: RecordItems) {
        let i = &mut self.items;
        i.problems.extend(other.problems);
        i.medicines.extend(other.medicines);
        i.allergies.extend(other.allergies);
        i.vaccinations.extend(other.vaccinations);
        i.results.extend(other.results);
        i.reports.extend(other.reports);
        i.letters.extend(other.letters);
        i.encounters.extend(other.encounters);
    }
}

/// Results and visits are first read for this many years back; "Show older"
/// pages back beyond that.
pub const RECENT_YEARS: i32 = 2;

/// The first day of the recent window (the same date two years ago; 28 February
/// for a 29 February).
pub fn window_start(today: time::Date) -> time::Date {
    let year = today.year() - RECENT_YEARS;
    today
        .replace_year(year)
        .or_else(|_| time::Date::from_calendar_date(year, today.month(), 28))
        .unwrap_or(today)
}

/// Builds a record page for the subject, reading every provider at once. Audited.
/// Results and visits are read newest first for the recent window; `older` is the
/// key of a place kept by an earlier page, to carry on from there.
pub async fn view(
    state: &AppState,
    session: &Session,
    acting: Acting,
    page: RecordPage,
    letters_from: usize,
    older: Option<&str>,
) -> Result<RecordAnswer, AppError> {
    let now = state.clock.now_unix();
    let account = audited_subject(state, acting, AuditAction::RecordViewed, page.slug()).await?;
    let Some(nhs_number) = account.proved_nhs_number().map(str::to_string) else {
        return Ok(RecordAnswer::Nothing(NoRecord::NoNhsNumber));
    };
    let wanted = sections(page);
    let release = state.settings::<ReleasePolicy>();
    let today = state.clock.today();
    let audience = Audience::of(acting.role.is_proxy());
    let dated = wanted.iter().any(|s| s.dated());
    let place = match older.filter(|_| dated) {
        Some(key) => cursors::find(session, acting, page.slug(), key).await?,
        None => None,
    };
    let (merged, statuses, more, since) = match place {
        Some(from) => {
            let (merged, statuses, more) = carry_on(state, audience, from).await;
            (merged, statuses, more, None)
        }
        None => {
            let since = dated.then(|| window_start(today));
            let gathered = gather(
                state,
                &account,
                &nhs_number,
                wanted,
                Reading::page(since),
                audience,
                |provider, section, found| {
                    let part = read_part(section, found, &provider.source(), release, today);
                    (part.items, part.unreadable)
                },
                fill_older,
            )
            .await?;
            let mut merged = Part::default();
            let mut statuses = Vec::new();
            let mut more = Vec::new();
            for from in gathered {
                for items in from.parts {
                    merged.extend(items);
                }
                for (section, chain) in from.more {
                    more.push((from.status.source.provider_id.clone(), section, chain));
                }
                statuses.push(from.status);
            }
            if none_found(&statuses) {
                return Ok(RecordAnswer::Nothing(NoRecord::NotFound {
                    providers: statuses,
                }));
            }
            (merged, statuses, more, since)
        }
    };
    let continued = older.is_some() && since.is_none() && dated;
    let older = if dated {
        cursors::keep(session, acting, page.slug(), more).await?
    } else {
        None
    };
    let letters_total = merged.items.letters.len();
    let letters_from = letters_from.min(letters_total);
    let formatted = NhsNumber::parse(&nhs_number)
        .map(|n| n.formatted())
        .unwrap_or(nhs_number);
    let results = sorted(merged.items.results, |r| r.sort_key.clone());
    // The results page lists tests; each test's results are on its own page.
    let (tests, results) = if page == RecordPage::TestResults {
        (super::by_test(&results), Vec::new())
    } else {
        (Vec::new(), results)
    };
    Ok(RecordAnswer::Record(Box::new(RecordView {
        page,
        full_name: account.full_name,
        nhs_number: formatted,
        date_of_birth: people_date(&account.date_of_birth).unwrap_or(account.date_of_birth),
        generated_at: people_time(now),
        providers: statuses,
        items: RecordItems {
            problems: group(
                merged.items.problems,
                |p| p.what.code.clone().map(|c| format!("{c}|{}", p.current)),
                |p| &mut p.sources,
            ),
            medicines: group(
                merged.items.medicines,
                |m| m.what.code.clone().map(|c| format!("{c}|{}", m.current)),
                |m| &mut m.sources,
            ),
            allergies: group(
                merged.items.allergies,
                |a| a.what.code.clone(),
                |a| &mut a.sources,
            ),
            vaccinations: sorted(merged.items.vaccinations, |v| v.sort_key.clone()),
            results,
            reports: sorted(merged.items.reports, |r| r.sort_key.clone()),
            // The list names each letter, a page at a time; its text is on its own page.
            letters: sorted(merged.items.letters, |l| l.sort_key.clone())
                .into_iter()
                .skip(letters_from)
                .take(crate::features::record::LETTERS_PER_PAGE)
                .map(|l| LetterItem { text: None, ..l })
                .collect(),
            encounters: sorted(merged.items.encounters, |e| e.sort_key.clone()),
        },
        release_delay_days: release.delay_days,
        letters_from,
        letters_total,
        tests,
        since: since.map(long_date),
        continued,
        older,
    })))
}

/// Carries on at each provider from the places an earlier page kept (their own
/// next links, or the search before the window): the next screenful of older
/// items, and where they continue after that. Providers with nothing older are
/// not asked.
async fn carry_on(
    state: &AppState,
    audience: Audience,
    from: Vec<(String, Section, Vec<String>)>,
) -> (
    Part,
    Vec<ProviderStatus>,
    Vec<(String, Section, Vec<String>)>,
) {
    use crate::providers::fhir::security::visibility;
    let release = state.settings::<ReleasePolicy>();
    let today = state.clock.today();
    let mut asks: Vec<(usize, Places)> = Vec::new();
    for (provider, section, url) in from {
        let Some(index) = state.gateway.index_of(&provider) else {
            continue;
        };
        match asks.iter_mut().find(|(i, _)| *i == index) {
            Some((_, urls)) => urls.push((section, url)),
            None => asks.push((index, vec![(section, url)])),
        }
    }
    let answers = futures::future::join_all(
        asks.iter()
            .map(|(index, urls)| state.gateway.continue_at(*index, urls)),
    )
    .await;
    let mut merged = Part::default();
    let mut statuses = Vec::new();
    let mut more = Vec::new();
    for ((index, _), answer) in asks.iter().zip(answers) {
        let provider = &state.gateway.providers[*index];
        let provider_state = match answer {
            Ok(found) => {
                let mut unreadable = 0;
                for (section, mut found, rest) in found {
                    found.resources.retain(|r| audience.may_see(visibility(r)));
                    // A screenful of older items: where they stopped is where
                    // "Show older" carries on, so nothing is reported missing.
                    if !rest.is_empty() {
                        more.push((provider.id.clone(), section, rest));
                    }
                    let part = read_part(section, found, &provider.source(), release, today);
                    unreadable += part.unreadable;
                    merged.extend(part.items);
                }
                answered(false, unreadable, None)
            }
            Err(failure) => failed(failure, None),
        };
        statuses.push(ProviderStatus {
            source: provider.source(),
            state: provider_state,
        });
    }
    (merged, statuses, more)
}

/// Fills a part that was cut short from its last good copy: dated items older than
/// the oldest that arrived, and undated ones that did not arrive at all.
pub fn fill_older(fresh: &mut RecordItems, copy: RecordItems) {
    older_than(&mut fresh.results, copy.results, |r| &r.sort_key);
    older_than(&mut fresh.reports, copy.reports, |r| &r.sort_key);
    older_than(&mut fresh.letters, copy.letters, |l| &l.sort_key);
    older_than(&mut fresh.encounters, copy.encounters, |e| &e.sort_key);
    older_than(&mut fresh.vaccinations, copy.vaccinations, |v| &v.sort_key);
    missing(&mut fresh.problems, copy.problems, |a, b| {
        a.what == b.what && a.current == b.current
    });
    missing(&mut fresh.medicines, copy.medicines, |a, b| {
        a.what == b.what && a.current == b.current
    });
    missing(&mut fresh.allergies, copy.allergies, |a, b| {
        a.what == b.what
    });
}

fn older_than<T>(fresh: &mut Vec<T>, copy: Vec<T>, key: impl Fn(&T) -> &String) {
    let oldest = fresh
        .iter()
        .map(&key)
        .filter(|k| !k.is_empty())
        .min()
        .cloned();
    fresh.extend(
        copy.into_iter()
            .filter(|c| !key(c).is_empty() && oldest.as_ref().is_none_or(|o| key(c) < o)),
    );
}

fn missing<T>(fresh: &mut Vec<T>, copy: Vec<T>, same: impl Fn(&T, &T) -> bool) {
    let extra: Vec<T> = copy
        .into_iter()
        .filter(|c| !fresh.iter().any(|f| same(f, c)))
        .collect();
    fresh.extend(extra);
}

/// One letter, read from its provider by id for this person only (the search
/// names both the document and the patient), with the audience's labels applied.
/// Audited.
pub async fn letter(
    state: &AppState,
    acting: Acting,
    provider_id: &str,
    id: &str,
) -> Result<crate::features::record::LetterAnswer, AppError> {
    use crate::features::record::LetterAnswer;
    use crate::providers::fhir::security::visibility;
    let account = audited_subject(state, acting, AuditAction::RecordViewed, "letter").await?;
    let (Some(index), true) = (
        state.gateway.index_of(provider_id),
        crate::providers::gateway::valid_id(id),
    ) else {
        return Ok(LetterAnswer::NotFound);
    };
    let provider = &state.gateway.providers[index];
    let Some(patient_id) = crate::providers::links::patient_at(state, &account, index).await?
    else {
        return Ok(LetterAnswer::NotFound);
    };
    let query = format!("DocumentReference?_id={id}&patient={patient_id}");
    let mut found = match state.gateway.search_at(index, &query).await {
        Ok(found) => found,
        Err(_) => return Ok(LetterAnswer::Unavailable(provider.name.clone())),
    };
    let audience = Audience::of(acting.role.is_proxy());
    found.resources.retain(|r| audience.may_see(visibility(r)));
    let part = read_part(
        Section::Documents,
        found,
        &provider.source(),
        state.settings::<ReleasePolicy>(),
        state.clock.today(),
    );
    Ok(match part.items.letters.into_iter().next() {
        Some(l) if l.id.as_deref() == Some(id) => LetterAnswer::Letter(l),
        _ => LetterAnswer::NotFound,
    })
}

/// Groups items that share a key (same code, compatible status) into one line with
/// every source; items without a key are never grouped. Order is kept, current first.
pub fn group<T>(
    items: Vec<T>,
    key: impl Fn(&T) -> Option<String>,
    sources: impl Fn(&mut T) -> &mut Vec<Source>,
) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for mut item in items {
        match key(&item) {
            Some(k) => match index.get(&k) {
                Some(&i) => {
                    let extra = std::mem::take(sources(&mut item));
                    let into = sources(&mut out[i]);
                    for s in extra {
                        if !into.contains(&s) {
                            into.push(s);
                        }
                    }
                }
                None => {
                    index.insert(k, out.len());
                    out.push(item);
                }
            },
            None => out.push(item),
        }
    }
    out
}

fn sorted<T>(mut items: Vec<T>, key: impl Fn(&T) -> String) -> Vec<T> {
    items.sort_by_key(|i| std::cmp::Reverse(key(i)));
    items
}

/// Turns one provider's answer for one section into items.
pub fn read_part(
    section: Section,
    found: Found,
    source: &Source,
    release: &ReleasePolicy,
    today: time::Date,
) -> Part {
    let mut part = Part {
        unreadable: found.unreadable,
        ..Part::default()
    };
    let now = today.midnight().assume_utc();
    for value in found.resources {
        let kind = value
            .get("resourceType")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let ok = match (section, kind.as_str()) {
            (Section::Problems, "Condition") => read(value, |c: fhir::Condition| {
                problem(c, source).map(|i| part.items.problems.extend(i))
            }),
            (Section::Medications, "MedicationStatement") => {
                read(value, |m: fhir::MedicationStatement| {
                    let what = m
                        .medication_codeable_concept
                        .as_ref()
                        .map(coded)
                        .or_else(|| reference_words(&m.medication_reference))?;
                    let start = m
                        .effective_period
                        .as_ref()
                        .and_then(|p| p.start.clone())
                        .or(m.effective_date_time.clone());
                    part.items.medicines.extend(medicine(
                        what,
                        m.status.as_deref(),
                        m.dosage.first().and_then(|d| d.text.clone()),
                        start,
                        source,
                    ));
                    Some(())
                })
            }
            (Section::Medications, "MedicationRequest") => {
                read(value, |m: fhir::MedicationRequest| {
                    let what = m
                        .medication_codeable_concept
                        .as_ref()
                        .map(coded)
                        .or_else(|| reference_words(&m.medication_reference))?;
                    part.items.medicines.extend(medicine(
                        what,
                        m.status.as_deref(),
                        m.dosage_instruction.first().and_then(|d| d.text.clone()),
                        m.authored_on.clone(),
                        source,
                    ));
                    Some(())
                })
            }
            (Section::Allergies, "AllergyIntolerance") => {
                read(value, |a: fhir::AllergyIntolerance| {
                    allergy(a, source).map(|i| part.items.allergies.extend(i))
                })
            }
            (Section::Immunisations, "Immunization") => read(value, |v: fhir::Immunization| {
                if matches!(v.status.as_deref(), Some("entered-in-error" | "not-done")) {
                    return Some(());
                }
                part.items.vaccinations.push(VaccinationItem {
                    what: v
                        .vaccine_code
                        .as_ref()
                        .map(coded)
                        .unwrap_or_else(|| unnamed("Vaccination")),
                    date: v.occurrence_date_time.as_deref().and_then(people_date),
                    sources: vec![source.clone()],
                    sort_key: v.occurrence_date_time.clone().unwrap_or_default(),
                });
                Some(())
            }),
            (Section::Results, "Observation") => read(value, |o: fhir::Observation| {
                if matches!(o.status.as_deref(), Some("entered-in-error" | "cancelled"))
                    || held(
                        o.code.as_ref(),
                        o.issued.as_deref().or(o.effective_date_time.as_deref()),
                        release,
                        now,
                    )
                {
                    return Some(());
                }
                part.items.results.push(result(o, source));
                Some(())
            }),
            (Section::Results, "DiagnosticReport") => read(value, |r: fhir::DiagnosticReport| {
                if matches!(r.status.as_deref(), Some("entered-in-error" | "cancelled"))
                    || held(
                        r.code.as_ref(),
                        r.issued.as_deref().or(r.effective_date_time.as_deref()),
                        release,
                        now,
                    )
                {
                    return Some(());
                }
                let when = r.effective_date_time.clone().or(r.issued.clone());
                part.items.reports.push(ReportItem {
                    what: r
                        .code
                        .as_ref()
                        .map(coded)
                        .unwrap_or_else(|| unnamed("Test report")),
                    date: when.as_deref().and_then(people_date),
                    conclusion: r.conclusion.as_deref().map(|c| clip(c, 2000)),
                    sources: vec![source.clone()],
                    sort_key: when.unwrap_or_default(),
                });
                Some(())
            }),
            (Section::Documents, "DocumentReference") => {
                read(value, |d: fhir::DocumentReference| {
                    if matches!(d.status.as_deref(), Some("entered-in-error")) {
                        return Some(());
                    }
                    let title = d
                        .description
                        .clone()
                        .or_else(|| {
                            d.r#type
                                .as_ref()
                                .and_then(|t| t.words().map(str::to_string))
                        })
                        .unwrap_or_else(|| "Letter".into());
                    let text = d
                        .content
                        .iter()
                        .filter_map(|c| c.attachment.as_ref())
                        .find_map(letter_text);
                    part.items.letters.push(LetterItem {
                        title: clip(&title, 200),
                        date: d.date.as_deref().and_then(people_date),
                        readable: text.is_some(),
                        id: d
                            .id
                            .clone()
                            .filter(|id| crate::providers::gateway::valid_id(id)),
                        text,
                        sources: vec![source.clone()],
                        sort_key: d.date.clone().unwrap_or_default(),
                    });
                    Some(())
                })
            }
            (Section::Encounters, "Encounter") => read(value, |e: fhir::Encounter| {
                if matches!(e.status.as_deref(), Some("entered-in-error" | "cancelled")) {
                    return Some(());
                }
                let start = e.period.as_ref().and_then(|p| p.start.clone());
                let how = e
                    .class
                    .as_ref()
                    .and_then(|c| c.code.as_deref())
                    .and_then(|c| match c {
                        "AMB" => Some(t("say-record-in-person")),
                        "VR" => Some(t("say-record-by-phone-or-video")),
                        "HH" => Some(t("say-record-home-visit")),
                        "IMP" | "ACUTE" | "NONAC" | "SS" => Some(t("say-record-hospital-stay")),
                        "EMER" => Some(t("say-record-emergency-department")),
                        _ => None,
                    });
                let what = e
                    .r#type
                    .first()
                    .and_then(|t| t.words())
                    .map(|w| clip(w, 200))
                    .unwrap_or_else(|| t("say-record-appointment-or-visit"));
                part.items.encounters.push(EncounterItem {
                    what,
                    how,
                    date: start.as_deref().and_then(people_date),
                    reason: e.reason_code.first().map(|c| coded(c).plain),
                    sources: vec![source.clone()],
                    sort_key: start.unwrap_or_default(),
                });
                Some(())
            }),
            // Included or unexpected types are not part of this section.
            _ => true,
        };
        if !ok {
            part.unreadable += 1;
        }
    }
    part
}

/// Reads a resource as `T` and hands it on; false when it could not be read.
fn read<T: fhir::Resource>(value: Value, use_it: impl FnOnce(T) -> Option<()>) -> bool {
    match fhir::resource_from_value::<T>(value) {
        Ok(r) => use_it(r).is_some(),
        Err(_) => false,
    }
}

fn held(
    code: Option<&CodeableConcept>,
    issued: Option<&str>,
    release: &ReleasePolicy,
    now: time::OffsetDateTime,
) -> bool {
    let Some(code) = code else { return false };
    let codes = code
        .coding
        .iter()
        .filter_map(|c| Some((c.system.as_deref()?, c.code.as_deref()?)));
    release.covers(codes) && !release.released(issued, now)
}

/// Plain words first (the glossary, else the provider's text), then the term and code.
pub fn coded(c: &CodeableConcept) -> Coded {
    let (system_label, code) = [(SNOMED, "SNOMED CT"), (DMD, "dm+d"), (LOINC, "LOINC")]
        .iter()
        .find_map(|(system, label)| c.code_in(system).map(|code| (*label, code)))
        .map(|(l, c)| (Some(l), Some(c.to_string())))
        .unwrap_or((None, None));
    let term = c
        .coding
        .iter()
        .find_map(|c| c.display.as_deref())
        .or(c.text.as_deref())
        .map(|t| clip(t, 300));
    let plain = code
        .as_deref()
        .and_then(glossary::plain)
        .map(str::to_string)
        .or_else(|| c.text.as_deref().map(|t| clip(t, 300)))
        .or_else(|| term.clone())
        .unwrap_or_else(|| "Not named".into());
    Coded {
        term: term.filter(|t| *t != plain),
        code: system_label.zip(code).map(|(l, c)| format!("{l} {c}")),
        plain,
    }
}

fn unnamed(what: &str) -> Coded {
    Coded {
        plain: what.into(),
        term: None,
        code: None,
    }
}

fn reference_words(r: &Option<fhir::Reference>) -> Option<Coded> {
    r.as_ref()?
        .display
        .as_deref()
        .map(|d| unnamed(&clip(d, 300)))
}

/// A problem; `None` when it cannot be read, `Some(None)` when it must not be shown.
fn problem(c: fhir::Condition, source: &Source) -> Option<Option<ProblemItem>> {
    let verification = first_code(c.verification_status.as_ref());
    if matches!(verification, Some("entered-in-error" | "refuted")) {
        return Some(None);
    }
    let status = first_code(c.clinical_status.as_ref());
    Some(Some(ProblemItem {
        what: c.code.as_ref().map(coded)?,
        current: matches!(status, Some("active" | "recurrence" | "relapse") | None),
        since: c
            .onset_date_time
            .as_deref()
            .or(c.recorded_date.as_deref())
            .and_then(people_date),
        sources: vec![source.clone()],
    }))
}

fn first_code(c: Option<&CodeableConcept>) -> Option<&str> {
    c?.coding.iter().find_map(|c| c.code.as_deref())
}

fn medicine(
    what: Coded,
    status: Option<&str>,
    dosage: Option<String>,
    started: Option<String>,
    source: &Source,
) -> Option<MedicineItem> {
    if matches!(
        status,
        Some("entered-in-error" | "cancelled" | "draft" | "not-taken")
    ) {
        return None;
    }
    Some(MedicineItem {
        what,
        dosage: dosage.map(|d| clip(&d, 500)),
        started: started.as_deref().and_then(people_date),
        current: matches!(status, Some("active" | "on-hold" | "intended") | None),
        sources: vec![source.clone()],
    })
}

fn allergy(a: fhir::AllergyIntolerance, source: &Source) -> Option<Option<AllergyItem>> {
    if matches!(
        first_code(a.verification_status.as_ref()),
        Some("entered-in-error" | "refuted")
    ) || matches!(
        first_code(a.clinical_status.as_ref()),
        Some("inactive" | "resolved")
    ) {
        return Some(None);
    }
    let reaction = a
        .reaction
        .iter()
        .flat_map(|r| r.manifestation.iter())
        .map(|m| coded(m).plain)
        .collect::<Vec<_>>();
    Some(Some(AllergyItem {
        what: a.code.as_ref().map(coded)?,
        reaction: (!reaction.is_empty()).then(|| reaction.join(", ")),
        severe: a.criticality.as_deref() == Some("high")
            || a.reaction
                .iter()
                .any(|r| r.severity.as_deref() == Some("severe")),
        recorded: a.recorded_date.as_deref().and_then(people_date),
        sources: vec![source.clone()],
    }))
}

fn quantity(q: &Quantity) -> Option<String> {
    let v = q.value?;
    let number = if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    };
    let comparator = q.comparator.as_deref().unwrap_or("");
    Some(match q.unit.as_deref().or(q.code.as_deref()) {
        Some(u) => format!("{comparator}{number} {}", clip(u, 40)),
        None => format!("{comparator}{number}"),
    })
}

fn result(o: fhir::Observation, source: &Source) -> ResultItem {
    let range = o.reference_range.first();
    let low = range.and_then(|r| r.low.as_ref());
    let high = range.and_then(|r| r.high.as_ref());
    let range_text = match (low.and_then(quantity), high.and_then(quantity)) {
        (Some(l), Some(h)) => {
            let unit_free = low.and_then(|q| q.value).map(|v| {
                if v.fract() == 0.0 {
                    format!("{v:.0}")
                } else {
                    format!("{v}")
                }
            });
            Some(format!("{} to {h}", unit_free.unwrap_or(l)))
        }
        (Some(l), None) => Some(format!("{l} or more")),
        (None, Some(h)) => Some(format!("up to {h}")),
        (None, None) => range.and_then(|r| r.text.as_deref()).map(|t| clip(t, 200)),
    };
    let value = o
        .value_quantity
        .as_ref()
        .and_then(quantity)
        .or_else(|| o.value_string.as_deref().map(|s| clip(s, 500)))
        .or_else(|| o.value_codeable_concept.as_ref().map(|c| coded(c).plain));
    let number = o
        .value_quantity
        .as_ref()
        .filter(|q| q.comparator.is_none())
        .and_then(|q| q.value);
    let interpretation = o.interpretation.iter().find_map(|c| first_code(Some(c)));
    let verdict = match (
        number,
        low.and_then(|q| q.value),
        high.and_then(|q| q.value),
    ) {
        (Some(v), _, Some(h)) if v > h => Verdict::High,
        (Some(v), Some(l), _) if v < l => Verdict::Low,
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Verdict::InRange,
        _ => match interpretation {
            Some("H" | "HH" | "HU") => Verdict::High,
            Some("L" | "LL" | "LU") => Verdict::Low,
            Some("A" | "AA" | "POS" | "DET") => Verdict::Abnormal,
            Some("N" | "NEG" | "ND") => Verdict::InRange,
            _ => Verdict::NoRange,
        },
    };
    let explanation = match verdict {
        Verdict::InRange => t("say-record-this-is-within-the-usual"),
        Verdict::High => t("say-record-this-is-higher-than-the"),
        Verdict::Low => t("say-record-this-is-lower-than-the"),
        Verdict::Abnormal => t("say-record-the-lab-marked-this-result"),
        Verdict::NoRange => t("say-record-the-lab-did-not-give"),
    }
    .to_string();
    let comment = o
        .note
        .iter()
        .filter_map(|n| n.text.as_deref())
        .map(|t| clip(t, 2000))
        .collect::<Vec<_>>();
    let when = o.effective_date_time.clone().or(o.issued.clone());
    let test_key = o.code.as_ref().and_then(|c| {
        c.coding
            .iter()
            .find_map(|c| Some(format!("{}|{}", c.system.as_deref()?, c.code.as_deref()?)))
    });
    let milli = number.and_then(|v| {
        let m = (v * 1000.0).round();
        (m.is_finite() && m.abs() < 1e15).then_some(m as i64)
    });
    ResultItem {
        id: o
            .id
            .clone()
            .filter(|id| crate::providers::gateway::valid_id(id)),
        test_key,
        milli,
        what: o
            .code
            .as_ref()
            .map(coded)
            .unwrap_or_else(|| unnamed("Test result")),
        date: when.as_deref().and_then(people_date),
        value,
        range: range_text,
        verdict,
        explanation,
        comment: (!comment.is_empty()).then(|| comment.join(" ")),
        sources: vec![source.clone()],
        sort_key: when.unwrap_or_default(),
    }
}

/// The most of a letter shown in the browser.
const MAX_LETTER_BYTES: usize = 256 * 1024;

/// A letter's text, when it is plain text held inline. Never rendered as HTML.
fn letter_text(a: &fhir::Attachment) -> Option<String> {
    let content_type = a.content_type.as_deref()?.to_ascii_lowercase();
    if !content_type.starts_with("text/plain") {
        return None;
    }
    let data = a.data.as_deref()?;
    if data.len() > MAX_LETTER_BYTES * 4 / 3 + 4 {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .ok()?;
    String::from_utf8(bytes)
        .ok()
        .map(|t| t.replace("\r\n", "\n"))
}

/// Cuts text a provider sent to a sensible length, on a character boundary.
fn clip(s: &str, max_chars: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// "14 March 2024" from a FHIR date or dateTime.
pub fn people_date(s: &str) -> Option<String> {
    parse_fhir_date(s).map(long_date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::record::release::HeldCode;
    use serde_json::json;

    fn src(id: &str) -> Source {
        Source {
            provider_id: id.into(),
            name: id.into(),
            kind: "k".into(),
            ods_code: "X".into(),
            is_gp: id == "gp",
        }
    }

    fn problem_item(code: Option<&str>, current: bool, from: &str) -> ProblemItem {
        ProblemItem {
            what: Coded {
                plain: "p".into(),
                term: None,
                code: code.map(str::to_string),
            },
            current,
            since: None,
            sources: vec![src(from)],
        }
    }

    fn key(p: &ProblemItem) -> Option<String> {
        p.what.code.clone().map(|c| format!("{c}|{}", p.current))
    }

    #[test]
    fn the_same_code_from_two_providers_is_one_line_with_both_sources() {
        let items = vec![
            problem_item(Some("SNOMED CT 1"), true, "gp"),
            problem_item(Some("SNOMED CT 1"), true, "hospital"),
            problem_item(Some("SNOMED CT 2"), true, "hospital"),
        ];
        let grouped = group(items, key, |p| &mut p.sources);
        assert_eq!(grouped.len(), 2);
        assert_eq!(grouped[0].sources, vec![src("gp"), src("hospital")]);
        assert_eq!(grouped[1].sources, vec![src("hospital")]);
    }

    #[test]
    fn distinct_items_are_never_dropped() {
        let items = vec![
            problem_item(Some("SNOMED CT 1"), true, "gp"),
            problem_item(Some("SNOMED CT 1"), false, "hospital"),
            problem_item(None, true, "gp"),
            problem_item(None, true, "gp"),
        ];
        let grouped = group(items, key, |p| &mut p.sources);
        assert_eq!(grouped.len(), 4, "different status or no code: kept apart");
    }

    #[test]
    fn the_same_provider_twice_is_named_once() {
        let items = vec![
            problem_item(Some("SNOMED CT 1"), true, "gp"),
            problem_item(Some("SNOMED CT 1"), true, "gp"),
        ];
        let grouped = group(items, key, |p| &mut p.sources);
        assert_eq!(grouped.len(), 1);
        assert_eq!(grouped[0].sources.len(), 1);
    }

    fn policy() -> ReleasePolicy {
        ReleasePolicy {
            delay_days: 14,
            codes: vec![HeldCode {
                system: SNOMED.into(),
                code: "252416005".into(),
                label: "histology".into(),
            }],
        }
    }

    fn report(days_ago: i64, today: time::Date) -> Value {
        let d = today - time::Duration::days(days_ago);
        json!({ "resourceType": "DiagnosticReport", "status": "final",
                "code": { "coding": [{ "system": SNOMED, "code": "252416005" }] },
                "issued": format!("{d}T10:00:00Z"), "conclusion": "Benign" })
    }

    #[test]
    fn held_results_appear_only_after_the_release_delay() {
        let today = time::macros::date!(2026 - 11 - 22);
        let found = Found {
            resources: vec![report(3, today), report(14, today), report(40, today)],
            unreadable: 0,
            ..Found::default()
        };
        let part = read_part(Section::Results, found, &src("hospital"), &policy(), today);
        assert_eq!(
            part.items.reports.len(),
            2,
            "3 days old is held; 14 and 40 days are shown"
        );
        let later = today + time::Duration::days(11);
        let found = Found {
            resources: vec![report(3, today)],
            unreadable: 0,
            ..Found::default()
        };
        assert_eq!(
            read_part(Section::Results, found, &src("hospital"), &policy(), later)
                .items
                .reports
                .len(),
            1
        );
    }

    #[test]
    fn results_say_in_plain_english_where_they_sit_in_the_range() {
        let obs = |v: f64| {
            json!({ "resourceType": "Observation", "status": "final",
            "code": { "coding": [{ "system": SNOMED, "code": "1005671000000105", "display": "Serum cholesterol level" }] },
            "effectiveDateTime": "2026-10-01",
            "valueQuantity": { "value": v, "unit": "mmol/L" },
            "referenceRange": [{ "high": { "value": 5.0, "unit": "mmol/L" } }],
            "note": [{ "text": "Talk to us at your review" }] })
        };
        let today = time::macros::date!(2026 - 11 - 22);
        let found = Found {
            resources: vec![obs(5.8), obs(4.2)],
            unreadable: 0,
            ..Found::default()
        };
        let part = read_part(Section::Results, found, &src("gp"), &policy(), today);
        let high = &part.items.results[0];
        assert_eq!(high.what.plain, "Cholesterol");
        assert_eq!(high.what.term.as_deref(), Some("Serum cholesterol level"));
        assert_eq!(
            high.what.code.as_deref(),
            Some("SNOMED CT 1005671000000105")
        );
        assert_eq!(high.value.as_deref(), Some("5.8 mmol/L"));
        assert_eq!(high.range.as_deref(), Some("up to 5 mmol/L"));
        assert_eq!(high.verdict, Verdict::High);
        assert_eq!(high.explanation, "This is higher than the usual range.");
        assert_eq!(high.comment.as_deref(), Some("Talk to us at your review"));
        assert_eq!(high.date.as_deref(), Some("1 October 2026"));
        assert_eq!(part.items.results[1].verdict, Verdict::InRange);
    }

    #[test]
    fn unreadable_and_wrongly_typed_entries_are_counted_not_shown() {
        let today = time::macros::date!(2026 - 11 - 22);
        let found = Found {
            resources: vec![
                json!({ "resourceType": "Condition", "code": 42 }),
                json!({ "resourceType": "Condition", "code": { "text": "<script>x</script>" }, "clinicalStatus": 7 }),
                json!({ "resourceType": "Condition", "verificationStatus": { "coding": [{ "code": "entered-in-error" }] }, "code": { "text": "Wrong" } }),
            ],
            unreadable: 1,
            ..Found::default()
        };
        let part = read_part(Section::Problems, found, &src("gp"), &policy(), today);
        assert_eq!(
            part.unreadable, 2,
            "the bundle's own unreadable entry and the one with no code"
        );
        assert_eq!(part.items.problems.len(), 1);
        assert_eq!(
            part.items.problems[0].what.plain, "<script>x</script>",
            "kept as text; the page escapes it"
        );
    }

    #[test]
    fn letters_show_only_inline_plain_text() {
        let enc = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
        let a = |ct: &str, data: &str| fhir::Attachment {
            content_type: Some(ct.into()),
            data: Some(data.into()),
            ..Default::default()
        };
        assert_eq!(
            letter_text(&a("text/plain; charset=utf-8", &enc("Dear Sarah"))).as_deref(),
            Some("Dear Sarah")
        );
        assert_eq!(letter_text(&a("text/html", &enc("<p>Hi</p>"))), None);
        assert_eq!(letter_text(&a("text/plain", "not base64!")), None);
    }

    fn dated_result(date: &str, code: &str) -> ResultItem {
        ResultItem {
            what: Coded {
                plain: code.into(),
                term: None,
                code: None,
            },
            date: None,
            value: None,
            range: None,
            verdict: Verdict::NoRange,
            explanation: String::new(),
            comment: None,
            sources: vec![src("gp")],
            sort_key: date.into(),
            id: Some(format!("{code}-{date}")),
            test_key: Some(format!("s|{code}")),
            milli: None,
        }
    }

    #[test]
    fn a_copy_fills_in_only_items_older_than_those_that_arrived() {
        let mut fresh = RecordItems {
            results: vec![
                dated_result("2026-11-01", "a"),
                dated_result("2026-06-01", "a"),
            ],
            problems: vec![problem_item(Some("SNOMED CT 1"), true, "gp")],
            ..RecordItems::default()
        };
        let copy = RecordItems {
            results: vec![
                dated_result("2026-06-01", "a"),
                dated_result("2026-01-01", "a"),
                dated_result("2025-01-01", "b"),
                dated_result("", "undated"),
            ],
            problems: vec![
                problem_item(Some("SNOMED CT 1"), true, "gp"),
                problem_item(Some("SNOMED CT 2"), true, "gp"),
            ],
            ..RecordItems::default()
        };
        fill_older(&mut fresh, copy);
        let keys: Vec<&str> = fresh.results.iter().map(|r| r.sort_key.as_str()).collect();
        assert_eq!(
            keys,
            ["2026-11-01", "2026-06-01", "2026-01-01", "2025-01-01"]
        );
        assert_eq!(
            fresh.problems.len(),
            2,
            "the missing problem, not the one that came"
        );
    }

    #[test]
    fn results_are_grouped_by_test_newest_first() {
        let results = vec![
            dated_result("2026-11-01", "a"),
            dated_result("2026-10-01", "b"),
            dated_result("2026-06-01", "a"),
        ];
        let groups = crate::features::record::by_test(&results);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].what.plain, "a");
        assert_eq!(groups[0].count, 2);
        assert_eq!(groups[0].latest.sort_key, "2026-11-01");
        assert_eq!(
            groups[0].href.as_deref(),
            Some("/record/test-results/gp/a-2026-11-01")
        );
        assert_eq!(groups[1].count, 1);
    }

    #[test]
    fn the_window_is_two_years_to_the_day() {
        use time::macros::date;
        assert_eq!(window_start(date!(2026 - 12 - 02)), date!(2024 - 12 - 02));
        assert_eq!(window_start(date!(2028 - 02 - 29)), date!(2026 - 02 - 28));
    }

    #[test]
    fn times_are_shown_in_uk_time() {
        // 22 November 2026 10:04 UTC (GMT) and 1 July 2026 09:30 UTC (10:30 BST).
        assert_eq!(people_time(1_795_341_840), "10:04am on 22 November 2026");
        assert_eq!(people_time(1_782_898_200), "10:30am on 1 July 2026");
        assert_eq!(
            people_date("2024-03-14T10:00:00Z").as_deref(),
            Some("14 March 2024")
        );
        assert_eq!(people_date("nonsense"), None);
    }
}
