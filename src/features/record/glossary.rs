//! Plain English for clinical codes, from `data/plain-english.json` (content, not code).

use std::{collections::HashMap, sync::OnceLock};

fn table() -> &'static HashMap<String, String> {
    static TABLE: OnceLock<HashMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: HashMap<String, String> =
            serde_json::from_str(include_str!("../../../data/plain-english.json"))
                .unwrap_or_default();
        map.retain(|k, _| !k.starts_with('_'));
        map
    })
}

/// The plain words for a code, if the glossary has them.
pub fn plain(code: &str) -> Option<&'static str> {
    table().get(code).map(String::as_str)
}

#[cfg(test)]
mod tests {
    #[test]
    fn glossary_reads_and_leaves_out_notes() {
        assert_eq!(super::plain("59621000"), Some("High blood pressure"));
        assert_eq!(super::plain("_about"), None);
        assert!(super::table().len() > 30);
    }
}
