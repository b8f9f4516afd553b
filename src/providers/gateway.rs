//! Reads a resident's record from every provider system at once, each within its
//! own time budget and behind its own circuit breaker. A provider that fails
//! never fails the others.

use super::{
    breaker::{Breaker, BreakerPolicy},
    client::{FetchError, FhirClient, Found, WriteError, Written},
    ProviderConfig,
};
use crate::{
    platform::clock::Clock,
    providers::fhir::{Patient, NHS_NUMBER_SYSTEM},
};
use std::{sync::Mutex, time::Duration};

/// The parts of a record a page needs; each is one or more standard searches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Problems,
    Medications,
    Allergies,
    Immunisations,
    Results,
    Documents,
    Encounters,
    /// Not part of the record pages: the appointments list reads it.
    Appointments,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Self::Problems,
        Self::Medications,
        Self::Allergies,
        Self::Immunisations,
        Self::Results,
        Self::Documents,
        Self::Encounters,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Problems => "problems",
            Self::Medications => "medications",
            Self::Allergies => "allergies",
            Self::Immunisations => "immunisations",
            Self::Results => "results",
            Self::Documents => "documents",
            Self::Encounters => "encounters",
            Self::Appointments => "appointments",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain([Self::Appointments])
            .find(|s| s.key() == key)
    }

    /// Parts that grow all through a life, so pages read them for a recent window
    /// (`date=ge…`) and offer older items on request.
    pub fn dated(self) -> bool {
        matches!(self, Self::Results | Self::Encounters)
    }

    /// The searches for this section, relative to the provider's base, newest first;
    /// dated parts from `since` on when a window is given.
    fn searches(
        self,
        provider: &ProviderConfig,
        patient: &str,
        since: Option<time::Date>,
        count: u32,
    ) -> Vec<String> {
        let window = match since.filter(|_| self.dated()) {
            Some(d) => format!("&date=ge{d}"),
            None => String::new(),
        };
        let p = format!("patient={patient}&_count={count}{window}");
        match self {
            Self::Problems => vec![format!("Condition?{p}&category=problem-list-item")],
            Self::Medications => provider
                .medication_resources
                .iter()
                .map(|r| format!("{r}?{p}"))
                .collect(),
            Self::Allergies => vec![format!("AllergyIntolerance?{p}")],
            Self::Immunisations => vec![format!("Immunization?{p}&_sort=-date")],
            Self::Results => vec![
                format!("Observation?{p}&category=laboratory&_sort=-date"),
                format!("DiagnosticReport?{p}&_sort=-date"),
            ],
            Self::Documents => vec![format!("DocumentReference?{p}&_sort=-date")],
            Self::Encounters => vec![format!("Encounter?{p}&_sort=-date")],
            Self::Appointments => vec![format!("Appointment?{p}&_sort=date")],
        }
    }
}

/// Where a provider's older items continue, for each search: URLs on its base to
/// follow in turn (its own next link, then the search before a window).
pub type Places = Vec<(Section, Vec<String>)>;

/// Who to look for: the NHS number, and the date of birth the provider's record must share.
#[derive(Clone, Debug)]
pub struct Who {
    pub nhs_number: String,
    pub birth_date: String,
    /// The provider's id for this person, when the portal has linked them before.
    pub patient_id: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// It did not answer within its time budget.
    TimedOut,
    /// It answered with an error status.
    Refused(u16),
    /// Its answer could not be read (not JSON, too large, not a Bundle).
    Unreadable,
    /// It could not be reached.
    Unreachable,
    /// It has failed repeatedly, so the portal is giving it a rest.
    Resting,
}

impl From<FetchError> for Failure {
    fn from(e: FetchError) -> Self {
        match e {
            FetchError::Unreachable => Failure::Unreachable,
            FetchError::Status(s) => Failure::Refused(s),
            FetchError::Unreadable => Failure::Unreadable,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Answer {
    Answered {
        patient_id: String,
        sections: Vec<(Section, Found)>,
        /// Where each search's older items continue, if anywhere (kept server-side):
        /// URLs to follow in turn (the provider's next link, then the search
        /// before the window).
        more: Places,
    },
    /// The provider has no record with this NHS number.
    NotKnown,
    /// It has a record with this NHS number but the date of birth differs: nothing is shown.
    NotMatched,
    Failed(Failure),
}

/// How much of a record to read, and in what time.
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    /// Dated parts only from this day on (`None`: all of them).
    pub since: Option<time::Date>,
    /// The most pages of each search.
    pub max_pages: usize,
    /// Items asked for on each page (`_count`).
    pub count: u32,
    /// The time allowed, overriding the provider's own read budget (the download's
    /// background job has longer).
    pub budget: Option<Duration>,
}

impl Reading {
    /// A page of the portal: within the provider's budget, 20 pages at most.
    pub fn page(since: Option<time::Date>) -> Self {
        Self {
            since,
            max_pages: super::client::MAX_PAGES,
            count: 50,
            budget: None,
        }
    }

    /// Everything a provider holds, paged through to the end within `budget` and
    /// [`super::client::MAX_EXPORT_PAGES`] pages for each search.
    pub fn everything(budget: Duration) -> Self {
        Self {
            since: None,
            max_pages: super::client::MAX_EXPORT_PAGES,
            count: super::client::EXPORT_PAGE_SIZE,
            budget: Some(budget),
        }
    }
}

pub struct Gateway {
    pub providers: Vec<ProviderConfig>,
    client: FhirClient,
    breakers: Vec<Mutex<Breaker>>,
    policy: BreakerPolicy,
    clock: Clock,
}

impl Gateway {
    pub fn new(providers: Vec<ProviderConfig>, policy: BreakerPolicy, clock: Clock) -> Self {
        let breakers = providers
            .iter()
            .map(|_| Mutex::new(Breaker::default()))
            .collect();
        Self {
            providers,
            client: FhirClient::new(),
            breakers,
            policy,
            clock,
        }
    }

    /// Asks every provider at once; answers come back in configuration order.
    /// `who` has one entry per provider (the links differ).
    pub async fn fetch_all(
        &self,
        who: &[Who],
        sections: &[Section],
        reading: Reading,
    ) -> Vec<Answer> {
        let calls = self
            .providers
            .iter()
            .enumerate()
            .zip(who)
            .map(|((i, _), w)| self.fetch_one(i, w, sections, reading));
        futures::future::join_all(calls).await
    }

    /// Asks one provider, within its budget and subject to its breaker.
    pub async fn fetch_one(
        &self,
        index: usize,
        who: &Who,
        sections: &[Section],
        reading: Reading,
    ) -> Answer {
        let Some(provider) = self.providers.get(index) else {
            return Answer::Failed(Failure::Unreachable);
        };
        let budget = reading
            .budget
            .unwrap_or(Duration::from_millis(provider.budget_ms));
        let deadline = paging_deadline(budget);
        let call = async {
            self.read(provider, who, sections, deadline, reading)
                .await
                .map_err(Failure::from)
        };
        match self.guarded(index, budget, call).await {
            Ok(answer) => answer,
            Err(f) => Answer::Failed(f),
        }
    }

    pub fn client(&self) -> &FhirClient {
        &self.client
    }

    /// The position of a provider in configuration, by its id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.providers.iter().position(|p| p.id == id)
    }

    /// Carries on searches at provider `index` from where an earlier page stopped
    /// (the first URL of each chain kept on the server), newest first, within its
    /// read budget. Each answer's `more` is where its chain goes on next.
    pub async fn continue_at(
        &self,
        index: usize,
        from: &[(Section, Vec<String>)],
    ) -> Result<Vec<(Section, Found, Vec<String>)>, Failure> {
        let Some(provider) = self.providers.get(index) else {
            return Err(Failure::Unreachable);
        };
        let budget = Duration::from_millis(provider.budget_ms);
        let deadline = paging_deadline(budget);
        self.guarded(index, budget, async {
            let found = futures::future::join_all(from.iter().map(|(_, chain)| async move {
                match chain.first() {
                    Some(url) => {
                        self.client
                            .search_from(provider, url, Some(deadline), super::client::MAX_PAGES)
                            .await
                    }
                    None => Ok(Found::default()),
                }
            }))
            .await;
            from.iter()
                .zip(found)
                .map(|((section, chain), f)| {
                    let mut f = f.map_err(Failure::from)?;
                    let rest = f
                        .more
                        .take()
                        .into_iter()
                        .chain(chain.iter().skip(1).cloned())
                        .collect();
                    Ok((*section, f, rest))
                })
                .collect()
        })
        .await
    }

    /// One search at provider `index`, newest first, within its read budget: the
    /// pages that arrived in time are kept (`cut_short` says older ones were not).
    pub async fn search_newest(&self, index: usize, query: &str) -> Result<Found, Failure> {
        let Some(provider) = self.providers.get(index) else {
            return Err(Failure::Unreachable);
        };
        let budget = Duration::from_millis(provider.budget_ms);
        let deadline = paging_deadline(budget);
        self.guarded(index, budget, async {
            self.client
                .search_until(provider, query, Some(deadline))
                .await
                .map_err(Failure::from)
        })
        .await
    }

    /// One search (following next pages) at provider `index`, within its read budget.
    pub async fn search_at(&self, index: usize, query: &str) -> Result<Found, Failure> {
        let Some(provider) = self.providers.get(index) else {
            return Err(Failure::Unreachable);
        };
        let budget = Duration::from_millis(provider.budget_ms);
        self.guarded(index, budget, async {
            self.client
                .search(provider, query)
                .await
                .map_err(Failure::from)
        })
        .await
    }

    /// One create or update at provider `index`, within its write budget. A request
    /// that was sent but not answered is `TimedOut`: its outcome is unknown.
    pub async fn write_at(
        &self,
        index: usize,
        method: reqwest::Method,
        path: &str,
        body: &serde_json::Value,
        headers: &[(&'static str, String)],
    ) -> Result<Written, Failure> {
        let Some(provider) = self.providers.get(index) else {
            return Err(Failure::Unreachable);
        };
        let budget = Duration::from_millis(provider.write_budget_ms);
        self.guarded(index, budget, async {
            self.client
                .write(provider, method, path, body, headers)
                .await
                .map_err(|e| match e {
                    WriteError::NotSent => Failure::Unreachable,
                    WriteError::Unknown => Failure::TimedOut,
                })
        })
        .await
    }

    /// Runs one call to provider `index` within `budget`, behind its circuit breaker,
    /// and counts the result for the breaker. A call that runs out of time is `TimedOut`.
    pub async fn guarded<T>(
        &self,
        index: usize,
        budget: Duration,
        call: impl std::future::Future<Output = Result<T, Failure>>,
    ) -> Result<T, Failure> {
        let Some(provider) = self.providers.get(index) else {
            return Err(Failure::Unreachable);
        };
        let allowed = self.breakers[index]
            .lock()
            .map(|b| b.allows(self.clock.now_unix()))
            .unwrap_or(true);
        if !allowed {
            return Err(Failure::Resting);
        }
        let result = match tokio::time::timeout(budget, call).await {
            Ok(r) => r,
            Err(_) => Err(Failure::TimedOut),
        };
        if let Ok(mut b) = self.breakers[index].lock() {
            match result {
                Err(_) => b.failed(self.clock.now_unix(), self.policy),
                Ok(_) => b.succeeded(),
            }
        }
        if let Err(f) = &result {
            // Which provider and how: never who was being looked up.
            tracing::warn!(provider = %provider.id, failure = ?f, "provider system did not answer");
        }
        result
    }

    async fn read(
        &self,
        p: &ProviderConfig,
        who: &Who,
        sections: &[Section],
        deadline: tokio::time::Instant,
        reading: Reading,
    ) -> Result<Answer, FetchError> {
        let patient_id = match &who.patient_id {
            Some(id) => id.clone(),
            None => match self.find_patient(p, who).await? {
                Ok(id) => id,
                Err(answer) => return Ok(answer),
            },
        };
        let mut searches = Vec::new();
        for &section in sections {
            for query in section.searches(p, &patient_id, reading.since, reading.count) {
                searches.push((section, query));
            }
        }
        let results = futures::future::join_all(searches.iter().map(|(_, q)| async move {
            let url = format!("{}/{q}", p.base_url);
            self.client
                .search_from(p, &url, Some(deadline), reading.max_pages)
                .await
        }))
        .await;
        let mut out: Vec<(Section, Found)> =
            sections.iter().map(|s| (*s, Found::default())).collect();
        let mut more = Vec::new();
        for ((section, query), result) in searches.iter().zip(results) {
            let found = result?;
            // Older items continue at the provider's next link, then (for a window)
            // with the items before the window.
            let before = reading.since.filter(|_| section.dated()).map(|since| {
                let q = query.replace(&format!("date=ge{since}"), &format!("date=lt{since}"));
                format!("{}/{q}", p.base_url)
            });
            let chain: Vec<String> = found.more.into_iter().chain(before).collect();
            if !chain.is_empty() {
                more.push((*section, chain));
            }
            if let Some((_, acc)) = out.iter_mut().find(|(s, _)| s == section) {
                acc.resources.extend(found.resources);
                acc.unreadable += found.unreadable;
                acc.cut_short |= found.cut_short;
            }
        }
        Ok(Answer::Answered {
            patient_id,
            sections: out,
            more,
        })
    }

    /// Finds the provider's Patient by NHS number; the date of birth must match too.
    async fn find_patient(
        &self,
        p: &ProviderConfig,
        who: &Who,
    ) -> Result<Result<String, Answer>, FetchError> {
        let query = format!(
            "Patient?identifier={}",
            urlencode(&format!("{}|{}", NHS_NUMBER_SYSTEM, who.nhs_number))
        );
        let found = self.client.search(p, &query).await?;
        let patients: Vec<Patient> = found
            .resources
            .into_iter()
            .filter_map(|v| crate::providers::fhir::resource_from_value::<Patient>(v).ok())
            .filter(|pt| {
                pt.identifier.iter().any(|i| {
                    i.system.as_deref() == Some(NHS_NUMBER_SYSTEM)
                        && i.value.as_deref() == Some(who.nhs_number.as_str())
                })
            })
            .collect();
        if patients.is_empty() {
            return Ok(Err(Answer::NotKnown));
        }
        let matching: Vec<&Patient> = patients
            .iter()
            .filter(|pt| pt.birth_date.as_deref() == Some(who.birth_date.as_str()))
            .collect();
        match matching.as_slice() {
            [one] => match one.id.as_deref().filter(|id| valid_id(id)) {
                Some(id) => Ok(Ok(id.to_string())),
                None => Err(FetchError::Unreadable),
            },
            // None with that date of birth, or more than one: show nothing rather than guess.
            _ => Ok(Err(Answer::NotMatched)),
        }
    }
}

/// Paging stops at four fifths of the budget, so what has arrived is shown rather
/// than lost when a provider answers each page slowly.
fn paging_deadline(budget: Duration) -> tokio::time::Instant {
    tokio::time::Instant::now() + budget * 4 / 5
}

/// A FHIR logical id: 1 to 64 of A-Z, a-z, 0-9, '-' and '.'.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|q| q.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_checked_before_they_go_into_a_query() {
        assert!(super::valid_id("y90001-1000"));
        assert!(!super::valid_id("1&_id=2"));
        assert!(!super::valid_id(""));
        assert!(!super::valid_id(&"a".repeat(65)));
        assert_eq!(
            super::urlencode("https://x/y|99"),
            "https%3A%2F%2Fx%2Fy%7C99"
        );
    }
}
