//! The help points file (`data/help-points.json`, or `FRONTDOOR_HELP_POINTS_FILE`):
//! organisations, their help points, free devices and data schemes, and learning.

use super::{Described, HelpOnlineView, HelpPointView};
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpPoint {
    pub id: String,
    pub name: String,
    pub address: Vec<String>,
    pub opening_times: Vec<String>,
    #[serde(default)]
    pub phone: Option<String>,
    pub help: Vec<String>,
    pub accessible_entrance: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub help_points: Vec<HelpPoint>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    name: String,
    description: String,
}

/// Everything the help points file holds, checked.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpPoints {
    /// Words for whoever edits the file; never shown.
    #[serde(default)]
    #[allow(dead_code)]
    about: Option<String>,
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    schemes: Vec<Item>,
    #[serde(default)]
    learning: Vec<Item>,
}

impl HelpPoints {
    pub fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        match crate::platform::config::var(lookup, "FRONTDOOR_HELP_POINTS_FILE") {
            None => Self::parse(include_str!("../../../data/help-points.json"))
                .map_err(|e| format!("the built-in help points: {e}")),
            Some(path) => std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| Self::parse(&text))
                .map_err(|e| format!("FRONTDOOR_HELP_POINTS_FILE {path}: {e}")),
        }
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let file: Self = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut ids = HashSet::new();
        for o in &file.organisations {
            if o.id.trim().is_empty() || o.name.trim().is_empty() {
                return Err("every organisation needs an id and a name".into());
            }
            if !ids.insert(o.id.clone()) {
                return Err(format!("organisation {} appears twice", o.id));
            }
            for p in &o.help_points {
                if !ids.insert(format!("{}/{}", o.id, p.id)) {
                    return Err(format!("help point {}/{} appears twice", o.id, p.id));
                }
                if p.name.trim().is_empty() || p.address.is_empty() || p.opening_times.is_empty() {
                    return Err(format!(
                        "help point {}/{} needs a name, an address and opening times",
                        o.id, p.id
                    ));
                }
            }
        }
        Ok(file)
    }

    /// The organisations whose staff help people, for the platform's staff pages.
    pub fn organisations(&self) -> crate::platform::staff::Organisations {
        crate::platform::staff::Organisations(
            self.organisations
                .iter()
                .map(|o| (o.id.clone(), o.name.clone()))
                .collect(),
        )
    }

    /// What the public page shows.
    pub fn view(&self) -> HelpOnlineView {
        let described = |items: &[Item]| {
            items
                .iter()
                .map(|i| Described {
                    name: i.name.clone(),
                    description: i.description.clone(),
                })
                .collect()
        };
        HelpOnlineView {
            help_points: self
                .organisations
                .iter()
                .flat_map(|o| {
                    o.help_points.iter().map(|p| HelpPointView {
                        name: p.name.clone(),
                        organisation: o.name.clone(),
                        address: p.address.clone(),
                        opening_times: p.opening_times.clone(),
                        phone: p.phone.clone(),
                        help: p.help.clone(),
                        accessible_entrance: p.accessible_entrance,
                    })
                })
                .collect(),
            schemes: described(&self.schemes),
            learning: described(&self.learning),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_help_points_are_valid_and_shown() {
        let file = HelpPoints::parse(include_str!("../../../data/help-points.json")).unwrap();
        let view = file.view();
        assert!(view.help_points.len() >= 3);
        assert!(view
            .help_points
            .iter()
            .any(|p| p.name == "Northbridge Central Library" && p.accessible_entrance));
        assert!(!view.schemes.is_empty() && !view.learning.is_empty());
    }

    #[test]
    fn a_broken_file_is_refused_with_the_reason() {
        let twice = r#"{ "organisations": [
            { "id": "a", "name": "A", "help_points": [] },
            { "id": "a", "name": "B", "help_points": [] } ] }"#;
        assert!(HelpPoints::parse(twice)
            .unwrap_err()
            .contains("appears twice"));
        let no_address = r#"{ "organisations": [ { "id": "a", "name": "A", "help_points": [
            { "id": "p", "name": "P", "address": [], "opening_times": ["Monday"], "help": [], "accessible_entrance": true } ] } ] }"#;
        assert!(HelpPoints::parse(no_address)
            .unwrap_err()
            .contains("needs a name"));
        assert!(HelpPoints::parse(r#"{ "organisations": [], "unknown": 1 }"#).is_err());
    }
}
