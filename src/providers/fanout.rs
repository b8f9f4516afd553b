//! Fan-out with fallback: ask every provider system at once for some parts of a
//! resident's record, read what each sent, keep it as the last good copy, and
//! where a provider cannot answer use its last good copy (saying how old it is).
//! Features say only how to read a part; the asking, copies and statuses are here.

use super::{
    client::Found,
    copies::{self, Copy},
    fhir::security::{visibility, Audience},
    gateway::{Answer, Failure, Reading, Section},
    links::ask_providers,
    ProviderConfig,
};
use crate::{
    domain::{
        sources::{ProviderState, ProviderStatus},
        uk_time::people_time,
        AppError,
    },
    platform::{accounts::AccountRow, state::AppState},
};
use serde::{de::DeserializeOwned, Serialize};

/// What one provider system gave: its status, and one `T` per part, either read
/// now or taken from the last good copy (`from_copy`), and where its older items
/// continue (URLs for the server only).
pub struct FromProvider<T> {
    pub status: ProviderStatus,
    pub parts: Vec<T>,
    pub from_copy: bool,
    pub more: super::gateway::Places,
}

/// Asks every provider for `sections` and reads each part with `read`, which turns
/// what was found into a `T` and says how many entries it could not read.
///
/// A part cut short (the provider answered with its newest items, not all of them)
/// is filled from the last good copy by `fill(fresh, copy)`, which adds only what
/// is missing (the items older than the oldest that arrived).
///
/// Items the audience may not see (by their security labels) are dropped before
/// `read` sees them, and the last good copies are kept apart for each audience, so
/// a copy made for the person never reaches someone acting for them.
#[allow(clippy::too_many_arguments)]
pub async fn gather<T, R, F>(
    state: &AppState,
    account: &AccountRow,
    nhs_number: &str,
    sections: &[Section],
    reading: Reading,
    audience: Audience,
    mut read: R,
    mut fill: F,
) -> Result<Vec<FromProvider<T>>, AppError>
where
    T: Serialize + DeserializeOwned,
    R: FnMut(&ProviderConfig, Section, Found) -> (T, usize),
    F: FnMut(&mut T, T),
{
    let now = state.clock.now_unix();
    let answers = ask_providers(state, account, nhs_number, sections, reading).await?;
    let mut fresh = Vec::new();
    let mut out = Vec::new();
    for (provider, answer) in state.gateway.providers.iter().zip(answers) {
        let mut parts = Vec::new();
        let mut from_copy = false;
        let mut more = Vec::new();
        let provider_state = match answer {
            Answer::Answered {
                sections,
                more: continues,
                ..
            } => {
                more = continues;
                let mut unreadable = 0;
                let mut cut_short = false;
                let mut copy_from: Option<i64> = None;
                let mut held: Option<Vec<Copy>> = None;
                for (section, mut found) in sections {
                    found.resources.retain(|r| audience.may_see(visibility(r)));
                    let partial = found.cut_short;
                    cut_short |= partial;
                    let (mut part, missed) = read(provider, section, found);
                    unreadable += missed;
                    let key = format!("{}{}", section.key(), audience.key());
                    if partial {
                        // A part cut short never replaces a whole last good copy; the
                        // copy fills in what did not arrive.
                        if held.is_none() {
                            held = Some(copies::copies(&state.db, account.id, &provider.id).await?);
                        }
                        let copy = held.iter().flatten().find(|c| c.section == key);
                        if let Some(copy) = copy {
                            if let Ok(old) = serde_json::from_str::<T>(&copy.items) {
                                fill(&mut part, old);
                                copy_from = Some(copy.fetched_at);
                            }
                        }
                    } else {
                        fresh.push(Copy {
                            provider_id: provider.id.clone(),
                            section: key,
                            items: serde_json::to_string(&part).unwrap_or_default(),
                            fetched_at: now,
                        });
                    }
                    parts.push(part);
                }
                answered(cut_short, unreadable, copy_from.map(people_time))
            }
            Answer::NotKnown => ProviderState::NoRecord,
            Answer::NotMatched => ProviderState::NotMatched,
            Answer::Failed(failure) => {
                let held = copies::copies(&state.db, account.id, &provider.id).await?;
                let mut copy_from: Option<i64> = None;
                for copy in held.into_iter().filter(|c| {
                    sections
                        .iter()
                        .any(|s| format!("{}{}", s.key(), audience.key()) == c.section)
                }) {
                    if let Ok(part) = serde_json::from_str::<T>(&copy.items) {
                        parts.push(part);
                        from_copy = true;
                        copy_from =
                            Some(copy_from.map_or(copy.fetched_at, |t| t.min(copy.fetched_at)));
                    }
                }
                let copy_from = copy_from.map(people_time);
                failed(failure, copy_from)
            }
        };
        out.push(FromProvider {
            status: ProviderStatus {
                source: provider.source(),
                state: provider_state,
            },
            parts,
            from_copy,
            more,
        });
    }
    copies::save_copies(&state.db, account.id, &fresh).await?;
    Ok(out)
}

/// How a provider that answered is described: cut short (older items from the
/// copy of `copy_from`, if one filled the gap), partly unreadable, or current.
pub fn answered(cut_short: bool, unreadable: usize, copy_from: Option<String>) -> ProviderState {
    if cut_short {
        ProviderState::Partial { copy_from }
    } else if unreadable > 0 {
        ProviderState::PartlyRead { unreadable }
    } else {
        ProviderState::Current
    }
}

/// How a provider that failed is described, with the time of any copy shown.
pub fn failed(failure: Failure, copy_from: Option<String>) -> ProviderState {
    match failure {
        Failure::Unreadable => ProviderState::Unreadable { copy_from },
        _ => ProviderState::Unavailable { copy_from },
    }
}

/// True when no provider has a record for this person that could be shown.
pub fn none_found(providers: &[ProviderStatus]) -> bool {
    providers
        .iter()
        .all(|p| matches!(p.state, ProviderState::NoRecord | ProviderState::NotMatched))
}
