//! Places in providers' lists, for "Show older …": where each provider's older
//! items continue (its own next link, or the search before the window), kept in
//! the server-side session under a random key. Pages carry only the key: never a
//! provider's address, and never anything about the person.

use crate::{
    domain::{AccountId, AppError},
    platform::{acting::Acting, ids},
    providers::gateway::Section,
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const KEY: &str = "record_places";
/// The most places kept at once (older ones are forgotten first).
const KEPT: usize = 12;

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Place {
    key: String,
    actor: AccountId,
    subject: AccountId,
    page: String,
    /// (provider id, section key, URLs on that provider's base to follow in turn).
    from: Vec<(String, String, Vec<String>)>,
}

/// Keeps where each provider's older items continue; returns the key for the page,
/// or `None` when nothing continues.
pub async fn keep(
    session: &Session,
    acting: Acting,
    page: &str,
    from: Vec<(String, Section, Vec<String>)>,
) -> Result<Option<String>, AppError> {
    if from.iter().all(|(_, _, chain)| chain.is_empty()) {
        return Ok(None);
    }
    let mut places: Vec<Place> = session.get(KEY).await?.unwrap_or_default();
    let key = ids::new_key();
    places.push(Place {
        key: key.clone(),
        actor: acting.actor,
        subject: acting.subject,
        page: page.to_string(),
        from: from
            .into_iter()
            .filter(|(_, _, chain)| !chain.is_empty())
            .map(|(p, s, chain)| (p, s.key().to_string(), chain))
            .collect(),
    });
    let extra = places.len().saturating_sub(KEPT);
    places.drain(..extra);
    session.insert(KEY, places).await?;
    Ok(Some(key))
}

/// Where to carry on for this key, for the same actor, subject and page only.
pub async fn find(
    session: &Session,
    acting: Acting,
    page: &str,
    key: &str,
) -> Result<Option<Vec<(String, Section, Vec<String>)>>, AppError> {
    if !ids::valid_key(key) {
        return Ok(None);
    }
    let places: Vec<Place> = session.get(KEY).await?.unwrap_or_default();
    Ok(places
        .into_iter()
        .find(|p| {
            p.key == key && p.actor == acting.actor && p.subject == acting.subject && p.page == page
        })
        .map(|p| {
            p.from
                .into_iter()
                .filter_map(|(provider, section, url)| {
                    Some((provider, Section::from_key(&section)?, url))
                })
                .collect()
        }))
}
