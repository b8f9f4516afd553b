//! The language the pages are written in: English, Welsh, and two of the
//! languages most spoken at home in England after English (Polish and
//! Romanian, 2021 census). Chosen from every page and remembered in a cookie
//! that holds only the choice; otherwise the browser's `Accept-Language`.

use super::Choice;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    English,
    Welsh,
    Polish,
    Romanian,
}

impl Language {
    /// Every language there are words for, in the order the chooser lists them
    /// (English and Welsh first, as Welsh public services do).
    pub const ALL: [Self; 4] = [Self::English, Self::Welsh, Self::Polish, Self::Romanian];

    /// The BCP 47 code: `<html lang>`, the folder of its words, the cookie value.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Welsh => "cy",
            Self::Polish => "pl",
            Self::Romanian => "ro",
        }
    }

    /// The language's name written in itself, as the chooser shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Welsh => "Cymraeg",
            Self::Polish => "Polski",
            Self::Romanian => "Română",
        }
    }

    /// The language for a BCP 47 code, by its primary subtag only ("cy-GB" is Welsh).
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }
}

impl Choice for Language {
    const COOKIE: &'static str = "fd-lang";
    const PATH: &'static str = "language";

    fn as_str(self) -> &'static str {
        self.code()
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == s)
    }

    #[cfg(feature = "ssr")]
    fn ambient() -> Option<Self> {
        REQUEST_LANGUAGE.try_with(|l| *l).ok()
    }
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    /// The language of the request being answered, for words said outside a
    /// page's context: plain handlers (NHS login's return, downloads) and the
    /// services they call.
    static REQUEST_LANGUAGE: Language;
}

#[cfg(feature = "ssr")]
impl Language {
    /// Answers a request with `self` as its language everywhere inside `f`.
    pub async fn around<F: std::future::Future>(self, f: F) -> F::Output {
        REQUEST_LANGUAGE.scope(self, f).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_code_and_name() {
        for l in Language::ALL {
            assert_eq!(Language::parse(l.code()), Some(l));
            assert_eq!(
                Language::from_tag(&format!("{}-GB", l.code().to_uppercase())),
                Some(l)
            );
        }
        assert_eq!(Language::parse("CY"), None);
        assert_eq!(Language::from_tag("fr-FR"), None);
        assert_eq!(
            Language::Welsh.href("/triage"),
            "/language/cy?return=/triage"
        );
    }
}
