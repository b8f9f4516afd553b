//! The triage questions and rules: content, not code. `data/triage/questions.json`
//! and `data/triage/rules.json` (one version for both) are built in;
//! `FRONTDOOR_TRIAGE_DIR` replaces them with the same two files from a folder.
//!
//! The engine is small and strict: questions are asked in file order, each shown
//! only when its `show_if` holds for the answers given so far (answers to
//! questions no longer shown are kept but ignored); a `stop` rule that holds ends
//! the questions at once; otherwise every rule that holds is collected and the
//! most urgent outcome wins. Options marked `red_flag` become stop rules named
//! `{question}.{option}`. A rule or red flag may name a care card (`cards` in
//! rules.json) to use instead of its outcome's usual words, as a mental health
//! emergency does; it is used only when every winning rule names it.
//!
//! The words are English; translations are `words/<code>.ftl` beside the two
//! files ([`super::translations`]), asked for with the `*_in` methods.

use super::translations::{self as tr, Translations};
use super::Disposition;
use crate::domain::{forms::group_thousands, t, t_with, Choice as _, Language};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Answers by question id. Every answer is a list: one value for a single choice
/// or a text box, any number for a multiple choice.
pub type Answers = BTreeMap<String, Vec<String>>;

/// What the rules know about the person the request is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Person {
    /// Age in whole months, from the date of birth.
    pub age_months: i64,
}

impl Person {
    pub fn aged_years(years: i64) -> Self {
        Self {
            age_months: years * 12 + 6,
        }
    }

    /// Age on `today` of someone born on `born`; none for a birth date still to
    /// come (a wrong date must never pass for a newborn).
    pub fn born(born: time::Date, today: time::Date) -> Option<Self> {
        if born > today {
            return None;
        }
        let mut months =
            (today.year() - born.year()) as i64 * 12 + today.month() as i64 - born.month() as i64;
        if today.day() < born.day() {
            months -= 1;
        }
        Some(Self {
            age_months: months.max(0),
        })
    }

    fn age_years(self) -> i64 {
        self.age_months / 12
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Cond {
    /// The question's answer is (or, for a multiple choice, includes) this value.
    Answer(String, String),
    /// The answer is, or includes, any of these values.
    AnswerIn(String, Vec<String>),
    AgeUnderMonths(i64),
    AgeAtLeastMonths(i64),
    AgeUnderYears(i64),
    AgeAtLeastYears(i64),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
}

impl Cond {
    pub fn holds(&self, person: Person, answers: &Answers) -> bool {
        let has = |q: &str, v: &str| answers.get(q).is_some_and(|a| a.iter().any(|x| x == v));
        match self {
            Self::Answer(q, v) => has(q, v),
            Self::AnswerIn(q, vs) => vs.iter().any(|v| has(q, v)),
            Self::AgeUnderMonths(m) => person.age_months < *m,
            Self::AgeAtLeastMonths(m) => person.age_months >= *m,
            Self::AgeUnderYears(y) => person.age_years() < *y,
            Self::AgeAtLeastYears(y) => person.age_years() >= *y,
            Self::All(cs) => cs.iter().all(|c| c.holds(person, answers)),
            Self::Any(cs) => cs.iter().any(|c| c.holds(person, answers)),
            Self::Not(c) => !c.holds(person, answers),
        }
    }

    /// Every (question, value) this condition names, for checking the content.
    fn named(&self, out: &mut Vec<(String, Option<String>)>) {
        match self {
            Self::Answer(q, v) => out.push((q.clone(), Some(v.clone()))),
            Self::AnswerIn(q, vs) => out.extend(vs.iter().map(|v| (q.clone(), Some(v.clone())))),
            Self::All(cs) | Self::Any(cs) => cs.iter().for_each(|c| c.named(out)),
            Self::Not(c) => c.named(out),
            Self::AgeUnderMonths(_)
            | Self::AgeAtLeastMonths(_)
            | Self::AgeUnderYears(_)
            | Self::AgeAtLeastYears(_) => {}
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Radios: exactly one answer.
    Single,
    /// Checkboxes, with a "none of these" answer that stands alone.
    Multi,
    /// A text box.
    Text,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// Choosing it stops the questions with this outcome.
    #[serde(default)]
    pub red_flag: Option<Disposition>,
    /// The care card its red flag shows instead of the outcome's usual words
    /// (a name in `cards`: a mental health emergency is not a physical one).
    #[serde(default)]
    pub card: Option<String>,
    #[serde(default)]
    pub show_if: Option<Cond>,
    /// The label in Easy Read (every red-flag question has one for each answer).
    #[serde(default)]
    pub easy: Option<String>,
}

/// A question's words in Easy Read.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EasyWords {
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub show_if: Option<Cond>,
    #[serde(default)]
    pub options: Vec<Choice>,
    /// For a multiple choice: the "none of these" answer.
    #[serde(default)]
    pub none: Option<Choice>,
    #[serde(default)]
    pub max_chars: Option<usize>,
    /// The question and its hint in Easy Read.
    #[serde(default)]
    pub easy: Option<EasyWords>,
}

impl Question {
    /// The options shown to this person (the "none" answer last).
    pub fn choices(&self, person: Person, answers: &Answers) -> Vec<&Choice> {
        self.options
            .iter()
            .filter(|c| c.show_if.as_ref().is_none_or(|s| s.holds(person, answers)))
            .chain(self.none.iter())
            .collect()
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub when: Cond,
    pub outcome: Disposition,
    /// A red flag: end the questions as soon as it holds.
    #[serde(default)]
    pub stop: bool,
    #[serde(default)]
    pub advice: Option<String>,
    /// The Pharmacy First condition this outcome is for.
    #[serde(default)]
    pub pharmacy_first: Option<String>,
    /// The care card shown instead of the outcome's usual words (a name in `cards`).
    #[serde(default)]
    pub card: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    pub title: String,
    pub body: String,
    pub safety_net: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    version: String,
    questions: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    version: String,
    dispositions: HashMap<Disposition, Wording>,
    /// Words for outcomes that need their own care card (a mental health
    /// emergency, a problem in pregnancy), by name.
    #[serde(default)]
    cards: HashMap<String, Wording>,
    rules: Vec<Rule>,
}

#[derive(Clone, Debug)]
pub struct Content {
    pub version: String,
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    pub wording: HashMap<Disposition, Wording>,
    pub cards: HashMap<String, Wording>,
    pub translations: Translations,
}

/// Where a triage has got to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Ask this question next.
    Ask(String),
    /// A red flag: stop and say what to do now.
    Stop(Outcome),
    /// Every question is answered: check the answers.
    Check,
}

/// The result of the rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub disposition: Disposition,
    /// Every rule that held for the winning outcome (for the audit and the practice).
    pub rules: Vec<String>,
    pub advice: Vec<String>,
    pub pharmacy_first: Option<String>,
    pub stopped: bool,
    /// Its own care card, when every winning rule names the same one.
    pub card: Option<String>,
}

/// The outcome when no rule holds: content should never allow it, and if it does
/// the resident is sent to their practice quickly rather than told to wait.
pub const NO_RULE: &str = "no-rule-held";

impl Content {
    pub fn built_in() -> Self {
        Self::parse(
            include_str!("../../../data/triage/questions.json"),
            include_str!("../../../data/triage/rules.json"),
        )
        .and_then(|c| {
            c.with_translations(vec![
                (
                    Language::Welsh,
                    include_str!("../../../data/triage/words/cy.ftl").to_string(),
                ),
                (
                    Language::Polish,
                    include_str!("../../../data/triage/words/pl.ftl").to_string(),
                ),
                (
                    Language::Romanian,
                    include_str!("../../../data/triage/words/ro.ftl").to_string(),
                ),
            ])
        })
        .unwrap_or_else(|e| panic!("the built-in triage content is invalid: {e}"))
    }

    /// The two files from `dir`, and the translations in `dir/words/` there are.
    pub fn load_dir(dir: &str) -> Result<Self, String> {
        let read = |name: &str| {
            std::fs::read_to_string(std::path::Path::new(dir).join(name))
                .map_err(|e| format!("FRONTDOOR_TRIAGE_DIR {dir}/{name}: {e}"))
        };
        let content = Self::parse(&read("questions.json")?, &read("rules.json")?)
            .map_err(|e| format!("FRONTDOOR_TRIAGE_DIR {dir}: {e}"))?;
        let mut files = Vec::new();
        for language in Language::ALL.into_iter().skip(1) {
            let name = format!("words/{}.ftl", language.code());
            if std::path::Path::new(dir).join(&name).exists() {
                files.push((language, read(&name)?));
            }
        }
        content
            .with_translations(files)
            .map_err(|e| format!("FRONTDOOR_TRIAGE_DIR {dir}: {e}"))
    }

    /// The content with these translations (each for this content's version).
    pub fn with_translations(mut self, files: Vec<(Language, String)>) -> Result<Self, String> {
        self.translations = Translations::parse(&self.version, files)?;
        Ok(self)
    }

    pub fn parse(questions: &str, rules: &str) -> Result<Self, String> {
        let q: QuestionsFile =
            serde_json::from_str(questions).map_err(|e| format!("questions.json: {e}"))?;
        let r: RulesFile = serde_json::from_str(rules).map_err(|e| format!("rules.json: {e}"))?;
        if q.version != r.version {
            return Err(format!(
                "questions.json is version {} but rules.json is version {}",
                q.version, r.version
            ));
        }
        let mut all_rules = Vec::new();
        for question in &q.questions {
            for c in &question.options {
                if let Some(d) = c.red_flag {
                    let asked = Cond::Answer(question.id.clone(), c.value.clone());
                    all_rules.push(Rule {
                        id: format!("{}.{}", question.id, c.value),
                        when: match &c.show_if {
                            Some(s) => Cond::All(vec![asked, s.clone()]),
                            None => asked,
                        },
                        outcome: d,
                        stop: true,
                        advice: None,
                        pharmacy_first: None,
                        card: c.card.clone(),
                    });
                }
            }
        }
        all_rules.extend(r.rules);
        let content = Self {
            version: q.version,
            questions: q.questions,
            rules: all_rules,
            wording: r.dispositions,
            cards: r.cards,
            translations: Translations::default(),
        };
        content.check()?;
        Ok(content)
    }

    /// Catches content mistakes when it is loaded: unknown or repeated ids, rules or
    /// conditions naming questions or answers that do not exist, conditions on
    /// later questions, and outcomes without wording.
    fn check(&self) -> Result<(), String> {
        let mut seen: HashMap<&str, &Question> = HashMap::new();
        for q in &self.questions {
            if q.id.is_empty()
                || !q
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(format!(
                    "question id {:?} must be lower-case letters, digits and hyphens",
                    q.id
                ));
            }
            if let Some(s) = &q.show_if {
                self.check_names(s, &seen, &format!("question {}", q.id))?;
            }
            match q.kind {
                Kind::Text => {
                    if !q.options.is_empty() || q.max_chars.is_none() {
                        return Err(format!(
                            "text question {} needs max_chars and no options",
                            q.id
                        ));
                    }
                }
                Kind::Single | Kind::Multi => {
                    if q.options.is_empty() {
                        return Err(format!("question {} has no options", q.id));
                    }
                    let mut values = HashSet::new();
                    for c in q.options.iter().chain(q.none.iter()) {
                        if !values.insert(c.value.as_str()) {
                            return Err(format!(
                                "question {} has the answer {} twice",
                                q.id, c.value
                            ));
                        }
                        if let Some(s) = &c.show_if {
                            self.check_names(s, &seen, &format!("answer {}.{}", q.id, c.value))?;
                        }
                    }
                    if q.kind == Kind::Single && q.none.is_some() {
                        return Err(format!(
                            "question {}: only multiple choices have a none answer",
                            q.id
                        ));
                    }
                }
            }
            if seen.insert(&q.id, q).is_some() {
                return Err(format!("question {} appears twice", q.id));
            }
        }
        let mut rule_ids = HashSet::new();
        for r in &self.rules {
            if !rule_ids.insert(r.id.as_str()) {
                return Err(format!("rule {} appears twice", r.id));
            }
            self.check_names(&r.when, &seen, &format!("rule {}", r.id))?;
            if let Some(card) = r.card.as_deref().filter(|c| !self.cards.contains_key(*c)) {
                return Err(format!(
                    "rule {} names the care card {card}, which does not exist",
                    r.id
                ));
            }
        }
        for d in Disposition::ALL {
            if !self.wording.contains_key(&d) {
                return Err(format!("the outcome {} has no wording", d.as_str()));
            }
        }
        Ok(())
    }

    fn check_names(
        &self,
        cond: &Cond,
        known: &HashMap<&str, &Question>,
        what: &str,
    ) -> Result<(), String> {
        let mut named = Vec::new();
        cond.named(&mut named);
        for (q, v) in named {
            let Some(question) = known.get(q.as_str()) else {
                return Err(format!(
                    "{what} names {q}, which is not an earlier question"
                ));
            };
            if let Some(v) = v {
                if question.kind != Kind::Text
                    && !question
                        .options
                        .iter()
                        .chain(question.none.iter())
                        .any(|c| c.value == v)
                {
                    return Err(format!(
                        "{what} names the answer {v} to {q}, which it does not have"
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The answers that count: those to questions shown, in order, given the answers
    /// before them, keeping only values still offered.
    pub fn effective(&self, person: Person, answers: &Answers) -> Answers {
        let mut kept = Answers::new();
        for q in &self.questions {
            if !q.show_if.as_ref().is_none_or(|s| s.holds(person, &kept)) {
                continue;
            }
            let Some(given) = answers.get(&q.id) else {
                continue;
            };
            let values: Vec<String> = match q.kind {
                Kind::Text => given.clone(),
                Kind::Single | Kind::Multi => {
                    let offered = q.choices(person, &kept);
                    given
                        .iter()
                        .filter(|v| offered.iter().any(|c| &c.value == *v))
                        .cloned()
                        .collect()
                }
            };
            if !values.is_empty() {
                kept.insert(q.id.clone(), values);
            }
        }
        kept
    }

    /// The questions shown to this person, in order.
    pub fn shown(&self, person: Person, answers: &Answers) -> Vec<&Question> {
        let eff = self.effective(person, answers);
        let mut so_far = Answers::new();
        let mut out = Vec::new();
        for q in &self.questions {
            if q.show_if.as_ref().is_none_or(|s| s.holds(person, &so_far)) {
                out.push(q);
                if let Some(a) = eff.get(&q.id) {
                    so_far.insert(q.id.clone(), a.clone());
                }
            }
        }
        out
    }

    pub fn step(&self, person: Person, answers: &Answers) -> Step {
        let eff = self.effective(person, answers);
        if let Some(o) = self.decide(person, &eff, true) {
            return Step::Stop(o);
        }
        match self
            .shown(person, answers)
            .into_iter()
            .find(|q| !eff.contains_key(&q.id))
        {
            Some(q) => Step::Ask(q.id.clone()),
            None => Step::Check,
        }
    }

    /// The question before `id` for this person, for the back link.
    pub fn previous(&self, id: &str, person: Person, answers: &Answers) -> Option<String> {
        let shown = self.shown(person, answers);
        let at = shown.iter().position(|q| q.id == id)?;
        at.checked_sub(1).map(|i| shown[i].id.clone())
    }

    /// The outcome for a complete set of answers: a red flag if one holds, otherwise
    /// the most urgent outcome of every rule that holds.
    pub fn outcome(&self, person: Person, answers: &Answers) -> Outcome {
        let eff = self.effective(person, answers);
        self.decide(person, &eff, true)
            .or_else(|| self.decide(person, &eff, false))
            .unwrap_or(Outcome {
                disposition: Disposition::Gp2Days,
                rules: vec![NO_RULE.to_string()],
                advice: Vec::new(),
                pharmacy_first: None,
                stopped: false,
                card: None,
            })
    }

    /// The words for an outcome: its own care card, or its disposition's.
    pub fn words(&self, o: &Outcome) -> &Wording {
        o.card
            .as_ref()
            .and_then(|c| self.cards.get(c))
            .unwrap_or(&self.wording[&o.disposition])
    }

    fn decide(&self, person: Person, eff: &Answers, stops_only: bool) -> Option<Outcome> {
        let held: Vec<&Rule> = self
            .rules
            .iter()
            .filter(|r| (!stops_only || r.stop) && r.when.holds(person, eff))
            .collect();
        let most_urgent = held.iter().map(|r| r.outcome).min()?;
        let winners: Vec<&&Rule> = held.iter().filter(|r| r.outcome == most_urgent).collect();
        // A card only when every winner asks for it: chest pain and a suicide
        // plan together get the physical emergency's words.
        let card = winners[0]
            .card
            .clone()
            .filter(|c| winners.iter().all(|r| r.card.as_ref() == Some(c)));
        Some(Outcome {
            disposition: most_urgent,
            rules: winners.iter().map(|r| r.id.clone()).collect(),
            advice: winners.iter().filter_map(|r| r.advice.clone()).collect(),
            pharmacy_first: winners.iter().find_map(|r| r.pharmacy_first.clone()),
            stopped: stops_only,
            card,
        })
    }

    /// Checks one answer from a form. `Err` is the message for the error summary.
    pub fn parse_answer(
        &self,
        question: &Question,
        raw: Vec<String>,
        person: Person,
        answers: &Answers,
    ) -> Result<Vec<String>, String> {
        let eff = self.effective(person, answers);
        match question.kind {
            Kind::Text => {
                let text: String = raw
                    .concat()
                    .chars()
                    .filter(|c| !c.is_control() || *c == '\n')
                    .collect::<String>()
                    .replace("\r\n", "\n");
                let text = text.trim().to_string();
                let max = question.max_chars.unwrap_or(1200);
                if text.is_empty() {
                    Err(t("triage-error-tell-us"))
                } else if text.chars().count() > max {
                    Err(t_with(
                        "triage-error-too-long",
                        [
                            ("max", group_thousands(max).into()),
                            ("count", group_thousands(text.chars().count()).into()),
                        ],
                    ))
                } else {
                    Ok(vec![text])
                }
            }
            Kind::Single => {
                let offered = question.choices(person, &eff);
                match raw.as_slice() {
                    [one] if offered.iter().any(|c| &c.value == one) => Ok(vec![one.clone()]),
                    _ => Err(t("triage-error-select-one")),
                }
            }
            Kind::Multi => {
                let offered = question.choices(person, &eff);
                let mut picked: Vec<String> = Vec::new();
                for v in raw {
                    if !offered.iter().any(|c| c.value == v) {
                        return Err(t("triage-error-select-apply"));
                    }
                    if !picked.contains(&v) {
                        picked.push(v);
                    }
                }
                let none = question.none.as_ref().map(|n| n.value.as_str());
                let none_label = self
                    .question_in(Language::current(), question)
                    .none
                    .map(|n| n.label)
                    .unwrap_or_default();
                if picked.is_empty() {
                    Err(t_with(
                        "triage-error-select-or-none",
                        [("none", none_label.into())],
                    ))
                } else if picked.len() > 1 && picked.iter().any(|v| Some(v.as_str()) == none) {
                    Err(t_with(
                        "triage-error-not-both",
                        [("none", none_label.into())],
                    ))
                } else {
                    Ok(picked)
                }
            }
        }
    }

    /// The words for an answer, as the resident chose it.
    pub fn answer_words(&self, question: &Question, values: &[String]) -> Vec<String> {
        match question.kind {
            Kind::Text => values.to_vec(),
            Kind::Single | Kind::Multi => values
                .iter()
                .map(|v| {
                    question
                        .options
                        .iter()
                        .chain(question.none.iter())
                        .find(|c| &c.value == v)
                        .map(|c| c.label.clone())
                        .unwrap_or_else(|| v.clone())
                })
                .collect(),
        }
    }

    /// Every piece of content there is to translate: its key and its English.
    pub fn english_words(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for q in &self.questions {
            out.push((tr::question(&q.id), q.text.clone()));
            if let Some(h) = &q.hint {
                out.push((tr::question_part(&q.id, "hint"), h.clone()));
            }
            if let Some(e) = &q.easy {
                out.push((tr::question_part(&q.id, "easy"), e.text.clone()));
                if let Some(h) = &e.hint {
                    out.push((tr::question_part(&q.id, "easy-hint"), h.clone()));
                }
            }
            for c in q.options.iter().chain(q.none.iter()) {
                out.push((tr::answer(&q.id, &c.value), c.label.clone()));
                if let Some(h) = &c.hint {
                    out.push((tr::answer_part(&q.id, &c.value, "hint"), h.clone()));
                }
                if let Some(e) = &c.easy {
                    out.push((tr::answer_part(&q.id, &c.value, "easy"), e.clone()));
                }
            }
        }
        let mut wordings: Vec<(&str, String, &Wording)> = self
            .wording
            .iter()
            .map(|(d, w)| ("d", d.as_str().to_string(), w))
            .chain(self.cards.iter().map(|(n, w)| ("card", n.clone(), w)))
            .collect();
        wordings.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        for (prefix, name, w) in wordings {
            out.push((tr::wording(prefix, &name, "title"), w.title.clone()));
            out.push((tr::wording(prefix, &name, "body"), w.body.clone()));
            out.push((
                tr::wording(prefix, &name, "safety-net"),
                w.safety_net.clone(),
            ));
        }
        for r in &self.rules {
            if let Some(a) = &r.advice {
                out.push((tr::rule(&r.id, "advice"), a.clone()));
            }
            if let Some(p) = &r.pharmacy_first {
                out.push((tr::rule(&r.id, "pharmacy-first"), p.clone()));
            }
        }
        out
    }

    /// The question in `language`: translated whole, or in English whole when
    /// any of its words has no translation.
    pub fn question_in(&self, language: Language, q: &Question) -> Question {
        self.translated_question(language, q)
            .unwrap_or_else(|| q.clone())
    }

    fn translated_question(&self, language: Language, q: &Question) -> Option<Question> {
        if language == Language::English {
            return Some(q.clone());
        }
        let say = |key: String| self.translations.say(language, &key);
        let mut out = q.clone();
        out.text = say(tr::question(&q.id))?;
        if q.hint.is_some() {
            out.hint = Some(say(tr::question_part(&q.id, "hint"))?);
        }
        if let Some(e) = &mut out.easy {
            e.text = say(tr::question_part(&q.id, "easy"))?;
            if e.hint.is_some() {
                e.hint = Some(say(tr::question_part(&q.id, "easy-hint"))?);
            }
        }
        for c in out.options.iter_mut().chain(out.none.iter_mut()) {
            c.label = say(tr::answer(&q.id, &c.value))?;
            if c.hint.is_some() {
                c.hint = Some(say(tr::answer_part(&q.id, &c.value, "hint"))?);
            }
            if c.easy.is_some() {
                c.easy = Some(say(tr::answer_part(&q.id, &c.value, "easy"))?);
            }
        }
        Some(out)
    }

    /// An outcome's words in `language` (its title, body and safety net, whole),
    /// with its advice and Pharmacy First condition; in English where any part
    /// of them has no translation.
    pub fn outcome_words_in(
        &self,
        language: Language,
        o: &Outcome,
    ) -> (Wording, Vec<String>, Option<String>) {
        let english = || {
            (
                self.words(o).clone(),
                o.advice.clone(),
                o.pharmacy_first.clone(),
            )
        };
        if language == Language::English {
            return english();
        }
        let say = |key: String| self.translations.say(language, &key);
        let wording = || -> Option<Wording> {
            let (prefix, name) = match o.card.as_ref().filter(|c| self.cards.contains_key(*c)) {
                Some(card) => ("card", card.clone()),
                None => ("d", o.disposition.as_str().to_string()),
            };
            Some(Wording {
                title: say(tr::wording(prefix, &name, "title"))?,
                body: say(tr::wording(prefix, &name, "body"))?,
                safety_net: say(tr::wording(prefix, &name, "safety-net"))?,
            })
        };
        let winners: Vec<&Rule> = o
            .rules
            .iter()
            .filter_map(|id| self.rules.iter().find(|r| &r.id == id))
            .collect();
        let advice = || -> Option<Vec<String>> {
            let mut out = Vec::new();
            for r in winners.iter().filter(|r| r.advice.is_some()) {
                out.push(say(tr::rule(&r.id, "advice"))?);
            }
            // The advice of exactly these rules, or the advice as it is.
            (out.len() == o.advice.len()).then_some(out)
        };
        let pharmacy = || -> Option<Option<String>> {
            match winners.iter().find(|r| r.pharmacy_first.is_some()) {
                Some(r) if o.pharmacy_first.is_some() => {
                    Some(Some(say(tr::rule(&r.id, "pharmacy-first"))?))
                }
                _ => Some(o.pharmacy_first.clone()),
            }
        };
        match (wording(), advice(), pharmacy()) {
            (Some(w), Some(a), Some(p)) => (w, a, p),
            _ => english(),
        }
    }

    /// The words of the answers given, in `language`.
    pub fn answer_words_in(
        &self,
        language: Language,
        question: &Question,
        values: &[String],
    ) -> Vec<String> {
        self.answer_words(&self.question_in(language, question), values)
    }

    /// Every red flag: the stop rules.
    pub fn red_flags(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter().filter(|r| r.stop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn content() -> Content {
        Content::built_in()
    }

    fn answers(v: Value) -> Answers {
        serde_json::from_value(v).expect("answers are a map of lists")
    }

    fn person(age: &str) -> Person {
        if let Some(m) = age.strip_suffix('m') {
            Person {
                age_months: m.parse().unwrap(),
            }
        } else {
            Person::aged_years(age.trim_end_matches('y').parse().unwrap())
        }
    }

    /// Walks the real question flow, answering each question asked from `given`
    /// (or `defaults`), as a resident would. Fails if a question is asked that has
    /// no answer, if an answer is refused, or if an answer given is never asked.
    fn walk(c: &Content, p: Person, given: &Answers, defaults: &Answers) -> Outcome {
        let mut so_far = Answers::new();
        for _ in 0..100 {
            match c.step(p, &so_far) {
                Step::Ask(q) => {
                    let raw = given
                        .get(&q)
                        .or_else(|| defaults.get(&q))
                        .unwrap_or_else(|| panic!("the question {q} was asked but has no answer"))
                        .clone();
                    let question = c.question(&q).unwrap();
                    let parsed = c
                        .parse_answer(question, raw, p, &so_far)
                        .unwrap_or_else(|e| panic!("the answer to {q} was refused: {e}"));
                    so_far.insert(q, parsed);
                }
                Step::Stop(o) => {
                    check_all_used(given, &so_far);
                    return o;
                }
                Step::Check => {
                    check_all_used(given, &so_far);
                    return c.outcome(p, &so_far);
                }
            }
        }
        panic!("the questions never ended");
    }

    fn check_all_used(given: &Answers, asked: &Answers) {
        for q in given.keys() {
            assert!(asked.contains_key(q), "{q} was answered but never asked");
        }
    }

    /// The vignette file's defaults: no red flags, the reassuring answer to
    /// each warning-sign question, and some words.
    fn defaults() -> Answers {
        vignette_file().defaults
    }

    #[test]
    fn the_built_in_content_loads_and_checks() {
        let c = content();
        assert!(!c.version.is_empty());
        assert_eq!(c.questions[0].id, "emergency", "red flags come first");
        assert_eq!(c.questions[1].id, "urgent");
        assert!(c.red_flags().count() >= 30);
    }

    /// The numbers people are told to ring are the right ones, and every
    /// outcome tells them what to do if things get worse.
    #[test]
    fn outcomes_give_the_right_numbers_and_a_safety_net() {
        let c = content();
        let all = |d: Disposition| {
            let w = &c.wording[&d];
            format!("{} {} {}", w.title, w.body, w.safety_net)
        };
        assert!(all(Disposition::Call999).contains("Call 999"));
        assert!(all(Disposition::GoToAe).contains("A&E"));
        let crisis = all(Disposition::Crisis);
        assert!(crisis.contains("Call 111") && crisis.contains("mental health"));
        assert!(crisis.contains("Samaritans free on 116 123"));
        assert!(crisis.contains("text SHOUT to 85258"));
        assert!(crisis.contains("call 999"));
        assert!(all(Disposition::Urgent111).contains("Call 111"));
        for d in Disposition::ALL {
            let w = &c.wording[&d];
            assert!(
                w.safety_net.contains("111") || w.safety_net.contains("999"),
                "{} has no safety net",
                d.as_str()
            );
        }
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Vignette {
        name: String,
        age: String,
        answers: Answers,
        /// The least urgent outcome a clinician would accept.
        least: Disposition,
        /// The most urgent outcome that is still proportionate.
        most: Disposition,
        /// The guideline (and section) it comes from.
        source: String,
    }

    #[derive(serde::Deserialize)]
    struct VignetteFile {
        #[allow(dead_code)]
        about: String,
        defaults: Answers,
        vignettes: Vec<Vignette>,
    }

    fn vignette_file() -> VignetteFile {
        let file: VignetteFile =
            serde_json::from_str(include_str!("../../../data/triage/vignettes.json")).unwrap();
        assert!(file.vignettes.len() >= 150);
        for v in &file.vignettes {
            assert!(
                v.most <= v.least,
                "{}: 'most' must be at least as urgent as 'least'",
                v.name
            );
            assert!(!v.source.trim().is_empty(), "{}: no source", v.name);
        }
        for d in Disposition::ALL {
            assert!(
                file.vignettes.iter().any(|v| v.least == d),
                "no vignette expects {}",
                d.as_str()
            );
        }
        file
    }

    /// Every rule in the content holds in at least one vignette or red-flag test,
    /// so no rule goes untested and none is unreachable.
    #[test]
    fn every_rule_is_tested_by_a_vignette_or_a_red_flag_test() {
        let c = content();
        let file = vignette_file();
        let mut held: std::collections::BTreeSet<String> =
            TESTED_RED_FLAGS.iter().map(|r| r.to_string()).collect();
        for v in &file.vignettes {
            held.extend(walk(&c, person(&v.age), &v.answers, &file.defaults).rules);
        }
        let untested: Vec<&str> = c
            .rules
            .iter()
            .map(|r| r.id.as_str())
            .filter(|id| !held.contains(*id))
            .collect();
        assert!(untested.is_empty(), "rules no test reaches: {untested:?}");
    }

    /// No vignette in `data/triage/vignettes.json` is under-triaged: each gets an
    /// outcome at least as urgent as its least urgent acceptable one. Over-triage
    /// (more urgent than its most) is reported, not failed: it is safe, but each
    /// one costs someone an emergency service they did not need.
    #[test]
    fn no_vignette_is_under_triaged() {
        let file = vignette_file();
        let c = content();
        let mut under = Vec::new();
        let mut over = Vec::new();
        for v in &file.vignettes {
            let o = walk(&c, person(&v.age), &v.answers, &file.defaults);
            let line = format!(
                "{} ({}): got {} from {:?}, acceptable {} to {}; {}",
                v.name,
                v.age,
                o.disposition.as_str(),
                o.rules,
                v.most.as_str(),
                v.least.as_str(),
                v.source
            );
            if o.disposition > v.least {
                under.push(line);
            } else if o.disposition < v.most {
                over.push(line);
            }
            assert!(
                !o.rules.iter().any(|r| r == NO_RULE),
                "{}: no rule held",
                v.name
            );
        }
        println!(
            "{} vignettes: {} under-triaged, {} over-triaged",
            file.vignettes.len(),
            under.len(),
            over.len()
        );
        for line in &over {
            println!("over-triaged: {line}");
        }
        assert!(under.is_empty(), "under-triaged:\n{}", under.join("\n"));
    }

    /// One test per red flag. Each names the rule, the person, the answers that
    /// raise it and the outcome a clinician expects, written here and not read from
    /// the rules: a change to the rules that makes any red flag less urgent fails.
    macro_rules! red_flags {
        ($($name:ident: $rule:literal, $age:literal, $answers:tt => $expect:ident;)*) => {
            $(
                #[test]
                fn $name() {
                    let c = content();
                    let o = walk(&c, person($age), &answers(serde_json::json!($answers)), &defaults());
                    assert!(o.stopped, "{} did not stop the questions", $rule);
                    assert_eq!(o.disposition, Disposition::$expect, "{}", $rule);
                    assert!(o.rules.iter().any(|r| r == $rule), "{} is not among {:?}", $rule, o.rules);
                }
            )*
            const TESTED_RED_FLAGS: &[&str] = &[$($rule),*];
        };
    }

    red_flags! {
        red_flag_chest_pain: "emergency.chest-pain", "58y", {"emergency": ["chest-pain"]} => Call999;
        red_flag_stroke: "emergency.stroke", "72y", {"emergency": ["stroke"]} => Call999;
        red_flag_breathing: "emergency.breathing", "40y", {"emergency": ["breathing"]} => Call999;
        red_flag_bleeding: "emergency.bleeding", "33y", {"emergency": ["bleeding"]} => Call999;
        red_flag_seizure: "emergency.seizure", "17y", {"emergency": ["seizure"]} => Call999;
        red_flag_allergy: "emergency.allergy", "26y", {"emergency": ["allergy"]} => Call999;
        red_flag_confusion: "emergency.confusion", "84y", {"emergency": ["confusion"]} => Call999;
        red_flag_suicide_plan: "emergency.suicide-plan", "21y", {"emergency": ["suicide-plan"]} => Call999;
        red_flag_sepsis_rash: "emergency.sepsis", "45y", {"emergency": ["sepsis"]} => Call999;
        red_flag_very_unwell_child: "emergency.very-unwell-child", "10m", {"emergency": ["very-unwell-child"]} => Call999;
        red_flag_vomiting_blood: "emergency.vomiting-blood", "50y", {"emergency": ["vomiting-blood"]} => GoToAe;
        red_flag_serious_injury: "emergency.injury", "30y", {"emergency": ["injury"]} => GoToAe;
        red_flag_overdose: "emergency.overdose", "19y", {"emergency": ["overdose"]} => GoToAe;
        red_flag_self_harm_injury: "emergency.self-harm", "16y", {"emergency": ["self-harm"]} => GoToAe;
        red_flag_pregnancy_bleeding: "emergency.pregnancy", "31y", {"emergency": ["pregnancy"]} => GoToAe;
        red_flag_suicidal_thoughts: "urgent.suicidal-thoughts", "24y", {"urgent": ["suicidal-thoughts"]} => Crisis;
        red_flag_cannot_cope: "urgent.cannot-cope", "38y", {"urgent": ["cannot-cope"]} => Crisis;
        red_flag_fever_getting_worse: "urgent.fever-worse", "60y", {"urgent": ["fever-worse"]} => Urgent111;
        red_flag_no_pee: "urgent.no-pee", "77y", {"urgent": ["no-pee"]} => Urgent111;
        red_flag_black_poo: "urgent.black-poo", "61y", {"urgent": ["black-poo"]} => Urgent111;
        red_flag_eye: "urgent.eye", "49y", {"urgent": ["eye"]} => Urgent111;
        red_flag_fever_under_3_months: "child-fever-under-3-months", "2m",
            {"reason": ["new-symptom"], "symptom": ["cough-cold"], "fever": ["not-measured"]} => Urgent111;
        red_flag_fever_3_to_6_months: "child-fever-3-to-6-months", "5m",
            {"reason": ["new-symptom"], "symptom": ["rash"], "fever": ["39"]} => Urgent111;
        red_flag_cannot_swallow: "sore-throat-swallow", "27y",
            {"reason": ["new-symptom"], "symptom": ["sore-throat"], "fever": ["no"], "st-swallow": ["yes"]} => Call999;
        red_flag_mastoiditis: "earache-mastoid", "6y",
            {"reason": ["new-symptom"], "symptom": ["earache"], "fever": ["no"], "ea-swelling": ["yes"]} => Urgent111;
        red_flag_cauda_equina: "back-cauda-equina", "47y",
            {"reason": ["new-symptom"], "symptom": ["back-pain"], "fever": ["no"], "bp-numb": ["yes"]} => GoToAe;
        red_flag_both_legs: "back-both-legs", "52y",
            {"reason": ["new-symptom"], "symptom": ["back-pain"], "fever": ["no"], "bp-numb": ["no"], "bp-legs": ["yes"]} => GoToAe;
        red_flag_sudden_severe_tummy_pain: "abdomen-sudden-severe", "35y",
            {"reason": ["new-symptom"], "symptom": ["abdominal"], "sex": ["male"], "fever": ["no"], "ab-severe": ["yes"]} => GoToAe;
        red_flag_tummy_pain_in_pregnancy: "abdomen-pregnant", "30y",
            {"reason": ["new-symptom"], "symptom": ["abdominal"], "sex": ["female"], "pregnant": ["yes"]} => Urgent111;
        red_flag_cannot_keep_fluids_down: "abdomen-cannot-keep-fluids", "23y",
            {"reason": ["new-symptom"], "symptom": ["abdominal"], "sex": ["male"], "fever": ["no"], "ab-severe": ["no"], "ab-vomit": ["yes"]} => Urgent111;
        red_flag_thunderclap_headache: "headache-thunderclap", "52y",
            {"reason": ["new-symptom"], "symptom": ["headache"], "sex": ["male"], "fever": ["no"], "ha-sudden": ["yes"]} => Call999;
        red_flag_meningitis: "headache-meningitis", "20y",
            {"reason": ["new-symptom"], "symptom": ["headache"], "sex": ["male"], "fever": ["38"], "ha-sudden": ["no"], "ha-neck": ["yes"]} => Call999;
        red_flag_stiff_neck: "headache-stiff-neck", "20y",
            {"reason": ["new-symptom"], "symptom": ["headache"], "sex": ["male"], "fever": ["no"], "ha-sudden": ["no"], "ha-neck": ["yes"]} => Urgent111;
        red_flag_head_injury: "headache-head-injury", "22y",
            {"reason": ["new-symptom"], "symptom": ["headache"], "sex": ["male"], "fever": ["no"], "ha-sudden": ["no"], "ha-neck": ["no"], "ha-injury": ["yes"]} => GoToAe;
        red_flag_headache_eyesight: "headache-vision", "41y",
            {"reason": ["new-symptom"], "symptom": ["headache"], "sex": ["male"], "fever": ["no"], "ha-sudden": ["no"], "ha-neck": ["no"], "ha-injury": ["no"], "ha-vision": ["yes"]} => Urgent111;
        red_flag_thoughts_of_self_harm: "mood-self-harm-thoughts", "33y",
            {"reason": ["new-symptom"], "symptom": ["low-mood"], "mh-harm": ["yes"]} => Crisis;
        red_flag_cannot_pee_with_back_pain: "back-cannot-pee", "44y",
            {"reason": ["new-symptom"], "symptom": ["back-pain"], "fever": ["no"], "bp-pee": ["yes"]} => GoToAe;
        red_flag_lost_control_with_back_pain: "back-lost-control", "51y",
            {"reason": ["new-symptom"], "symptom": ["back-pain"], "fever": ["no"], "bp-control": ["yes"]} => GoToAe;
        red_flag_hard_tummy: "abdomen-hard", "46y",
            {"reason": ["new-symptom"], "symptom": ["abdominal"], "sex": ["male"], "fever": ["no"], "ab-hard": ["yes"]} => GoToAe;
        red_flag_headache_light: "headache-light", "26y",
            {"reason": ["new-symptom"], "symptom": ["headache"], "sex": ["male"], "fever": ["no"], "ha-light": ["yes"]} => Urgent111;
        red_flag_headache_red_eye: "headache-red-eye", "61y",
            {"reason": ["new-symptom"], "symptom": ["headache"], "sex": ["female"], "fever": ["no"], "ha-eye": ["yes"]} => Urgent111;
        red_flag_child_fever_colour: "cf-colour.blue", "2y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["39"], "cf-colour": ["blue"]} => Call999;
        red_flag_child_fever_unresponsive: "cf-activity.unresponsive", "18m",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["38"], "cf-activity": ["unresponsive"]} => Call999;
        red_flag_child_fever_breathing: "cf-breathing.struggling", "12m",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["38"], "cf-breathing": ["struggling"]} => Call999;
        red_flag_child_fever_no_fluids: "cf-fluids.none", "3y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["38"], "cf-fluids": ["none"]} => Urgent111;
        red_flag_child_fever_rash: "cf-signs.rash", "2y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["39"], "cf-signs": ["rash"]} => Call999;
        red_flag_child_fever_neck: "cf-signs.neck", "4y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["38"], "cf-signs": ["neck"]} => Call999;
        red_flag_child_fever_fontanelle: "cf-signs.fontanelle", "8m",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["not-measured"], "cf-signs": ["fontanelle"]} => Call999;
        red_flag_fever_confused: "fv-signs.confused", "70y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["39"], "fv-signs": ["confused"]} => Call999;
        red_flag_fever_breathless: "fv-signs.breathless", "55y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["39"], "fv-signs": ["breathless"]} => Call999;
        red_flag_fever_chemotherapy: "fv-signs.immune", "48y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["38"], "fv-signs": ["immune"]} => GoToAe;
        red_flag_fever_no_pee: "fv-signs.no-pee", "80y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["38"], "fv-signs": ["no-pee"]} => Urgent111;
        red_flag_fever_shaking: "fv-signs.shaking", "35y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["39"], "fv-signs": ["shaking"]} => Urgent111;
        red_flag_fever_very_unwell: "fv-signs.very-unwell", "42y",
            {"reason": ["new-symptom"], "symptom": ["fever"], "fever": ["38"], "fv-signs": ["very-unwell"]} => Urgent111;
        red_flag_pregnancy_vision: "pe-signs.vision", "32y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["vision"]} => Urgent111;
        red_flag_pregnancy_swelling: "pe-signs.swelling", "29y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["swelling"]} => Urgent111;
        red_flag_pregnancy_rib_pain: "pe-signs.rib-pain", "35y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["rib-pain"]} => Urgent111;
        red_flag_pregnancy_headache: "pe-signs.headache", "27y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["headache"]} => Urgent111;
        red_flag_bleeding_in_pregnancy: "pe-signs.bleeding", "24y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["bleeding"]} => Urgent111;
        red_flag_pregnancy_tummy_pain: "pe-signs.tummy-pain", "31y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["tummy-pain"]} => Urgent111;
        red_flag_baby_moving_less: "pe-signs.baby-moving", "33y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["baby-moving"]} => Urgent111;
        red_flag_waters_broken: "pe-signs.waters", "30y",
            {"reason": ["new-symptom"], "symptom": ["pregnancy"], "pe-signs": ["waters"]} => Urgent111;
        red_flag_asthma_too_breathless: "lt-asthma.too-breathless", "23y",
            {"reason": ["worse"], "wc-condition": ["asthma"], "lt-asthma": ["too-breathless"]} => Call999;
        red_flag_asthma_reliever: "lt-asthma.reliever", "35y",
            {"reason": ["worse"], "wc-condition": ["asthma"], "lt-asthma": ["reliever"]} => Urgent111;
        red_flag_copd_drowsy: "lt-copd.drowsy", "74y",
            {"reason": ["worse"], "wc-condition": ["copd"], "lt-copd": ["drowsy"]} => Call999;
        red_flag_heart_failure_fainting: "lt-heart.faint", "79y",
            {"reason": ["worse"], "wc-condition": ["heart-failure"], "lt-heart": ["faint"]} => Urgent111;
        red_flag_diabetes_ketones: "lt-diabetes.ketones", "22y",
            {"reason": ["worse"], "wc-condition": ["diabetes"], "lt-diabetes": ["ketones"]} => GoToAe;
    }

    /// A mental health emergency gets its own care card: help is available now,
    /// how to stay safe, the crisis numbers; never the physical "tell them your
    /// symptoms, do not drive" words. Chest pain with it gets the physical card.
    #[test]
    fn a_mental_health_emergency_has_its_own_care_card() {
        let c = content();
        let p = Person::aged_years(30);
        let plan = walk(
            &c,
            p,
            &answers(serde_json::json!({"emergency": ["suicide-plan"]})),
            &defaults(),
        );
        assert_eq!(plan.disposition, Disposition::Call999);
        assert_eq!(plan.card.as_deref(), Some("mental-health-emergency"));
        let w = c.words(&plan);
        let all = format!("{} {} {}", w.title, w.body, w.safety_net);
        assert!(all.contains("Call 999") && all.contains("Help is available now"));
        assert!(all.contains("116 123") && all.contains("keep away from anything"));
        assert!(!all.contains("Do not drive") && !all.contains("tell them your symptoms"));
        let crisis = c.words(&walk(
            &c,
            p,
            &answers(serde_json::json!({"urgent": ["cannot-cope"]})),
            &defaults(),
        ));
        let all = format!("{} {} {}", crisis.title, crisis.body, crisis.safety_net);
        assert!(all.contains("To stay safe now") && !all.contains("Do not drive"));
        let both = walk(
            &c,
            p,
            &answers(serde_json::json!({"emergency": ["suicide-plan", "chest-pain"]})),
            &defaults(),
        );
        assert_eq!(
            both.card, None,
            "chest pain needs the physical emergency's words"
        );
        assert!(c.words(&both).body.contains("Do not drive"));
    }

    /// Questions that cannot apply are not asked: pregnancy questions and a
    /// bleeding-after-the-menopause answer only once the person has not said
    /// they are male, and sex is asked before them.
    #[test]
    fn questions_that_cannot_apply_are_not_asked() {
        let c = content();
        let p = Person::aged_years(40);
        let base = |sym: &str, sex: &str| {
            answers(serde_json::json!({
                "emergency": ["none"], "urgent": ["none"], "reason": ["new-symptom"],
                "symptom": [sym], "sex": [sex]
            }))
        };
        let shown = |a: &Answers| {
            c.shown(p, a)
                .iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        };
        let man = shown(&base("headache", "male"));
        assert!(!man.contains(&"pregnant".to_string()) && !man.contains(&"pe-signs".to_string()));
        let woman = shown(&base("headache", "female"));
        let at = |id: &str| woman.iter().position(|q| q == id).unwrap();
        assert!(at("sex") < at("pregnant"), "sex is known first");
        let q = c.question("ca-signs").unwrap();
        let offered = |a: &Answers| q.choices(p, a).iter().any(|o| o.value == "after-menopause");
        assert!(!offered(&base("lump-or-change", "male")));
        assert!(offered(&base("lump-or-change", "female")));
        assert!(offered(&base("lump-or-change", "not-say")));
        // A child's fever questions are for under 5s only.
        let fever = |age: Person| {
            let a = answers(serde_json::json!({
                "emergency": ["none"], "urgent": ["none"], "reason": ["new-symptom"],
                "symptom": ["fever"], "fever": ["38"]
            }));
            c.shown(age, &a).iter().any(|q| q.id == "cf-colour")
        };
        assert!(fever(Person::aged_years(3)) && !fever(Person::aged_years(7)));
    }

    /// Every answer to the temperature question is one a person can give: not
    /// measured and slightly raised are answers, and "no" is not offered to
    /// someone who chose a high temperature as their main symptom.
    #[test]
    fn temperatures_people_cannot_measure_are_answers() {
        let c = content();
        let p = Person::aged_years(30);
        let q = c.question("fever").unwrap();
        let with = |sym: &str| {
            let a = answers(serde_json::json!({"reason": ["new-symptom"], "symptom": [sym]}));
            q.choices(p, &a)
                .iter()
                .map(|o| o.value.clone())
                .collect::<Vec<_>>()
        };
        assert!(with("cough-cold").contains(&"not-measured".to_string()));
        assert!(with("cough-cold").contains(&"slight".to_string()));
        assert!(!with("fever").contains(&"no".to_string()));
    }

    #[test]
    fn every_red_flag_in_the_content_has_its_own_test() {
        let c = content();
        let untested: Vec<&str> = c
            .red_flags()
            .map(|r| r.id.as_str())
            .filter(|id| !TESTED_RED_FLAGS.contains(id))
            .collect();
        assert!(
            untested.is_empty(),
            "red flags without a test: {untested:?}"
        );
    }

    #[test]
    fn every_red_flag_question_has_easy_read_words_for_itself_and_every_answer() {
        let c = content();
        // The screening questions asked before anything else: every answer but
        // "none" a red flag.
        let screening: Vec<&Question> = c
            .questions
            .iter()
            .take_while(|q| !q.options.is_empty() && q.options.iter().all(|o| o.red_flag.is_some()))
            .collect();
        let ids: Vec<&str> = screening.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["emergency", "urgent"]);
        for q in screening {
            assert!(q.easy.is_some(), "{} has no Easy Read words", q.id);
        }
        // A question with Easy Read words has them for every answer: never a mix.
        for q in c.questions.iter().filter(|q| q.easy.is_some()) {
            for o in q.options.iter().chain(q.none.iter()) {
                let easy = o.easy.as_deref().unwrap_or_default();
                assert!(
                    !easy.trim().is_empty(),
                    "{}.{} has no Easy Read label",
                    q.id,
                    o.value
                );
            }
        }
    }

    #[test]
    fn red_flags_are_asked_before_anything_else_and_any_yes_stops() {
        let c = content();
        let p = Person::aged_years(40);
        assert_eq!(c.step(p, &Answers::new()), Step::Ask("emergency".into()));
        let a = answers(serde_json::json!({"emergency": ["seizure"]}));
        match c.step(p, &a) {
            Step::Stop(o) => assert_eq!(o.disposition, Disposition::Call999),
            other => panic!("expected a stop, got {other:?}"),
        }
    }

    #[test]
    fn a_child_only_red_flag_is_not_offered_for_an_adult() {
        let c = content();
        let q = c.question("emergency").unwrap();
        let adult = Person::aged_years(30);
        let child = Person::aged_years(2);
        assert!(!q
            .choices(adult, &Answers::new())
            .iter()
            .any(|o| o.value == "very-unwell-child"));
        assert!(q
            .choices(child, &Answers::new())
            .iter()
            .any(|o| o.value == "very-unwell-child"));
        assert!(c
            .parse_answer(q, vec!["very-unwell-child".into()], adult, &Answers::new())
            .is_err());
    }

    #[test]
    fn none_of_these_stands_alone_and_something_must_be_chosen() {
        let c = content();
        let q = c.question("emergency").unwrap();
        let p = Person::aged_years(30);
        let both = c.parse_answer(q, vec!["none".into(), "stroke".into()], p, &Answers::new());
        assert!(both.unwrap_err().contains("not both"));
        assert!(c.parse_answer(q, vec![], p, &Answers::new()).is_err());
        assert!(c
            .parse_answer(q, vec!["made-up".into()], p, &Answers::new())
            .is_err());
        assert_eq!(
            c.parse_answer(q, vec!["none".into()], p, &Answers::new())
                .unwrap(),
            vec!["none"]
        );
    }

    #[test]
    fn text_answers_are_trimmed_and_limited() {
        let c = content();
        let q = c.question("describe").unwrap();
        let p = Person::aged_years(30);
        assert!(c
            .parse_answer(q, vec!["   ".into()], p, &Answers::new())
            .is_err());
        let long = "a".repeat(1201);
        assert!(c
            .parse_answer(q, vec![long], p, &Answers::new())
            .unwrap_err()
            .contains("1,200 characters or fewer"));
        assert_eq!(
            c.parse_answer(
                q,
                vec!["  Sore\r\nthroat\u{7}  ".into()],
                p,
                &Answers::new()
            )
            .unwrap(),
            vec!["Sore\nthroat"]
        );
    }

    #[test]
    fn answers_from_an_abandoned_branch_do_not_count_but_are_kept() {
        let c = content();
        let p = Person::aged_years(30);
        // Started on the urine path with a kidney-infection answer, then changed to back pain.
        let a = answers(serde_json::json!({
            "emergency": ["none"], "urgent": ["none"], "reason": ["new-symptom"],
            "symptom": ["back-pain"], "sex": ["female"], "pregnant": ["no"], "fever": ["no"],
            "ur-back": ["yes"], "bp-numb": ["no"], "bp-pee": ["no"], "bp-control": ["no"],
            "bp-legs": ["no"], "bp-fall": ["no"], "bp-cancer": ["no"], "bp-weeks": ["under-6"],
            "describe": ["x"], "contact": ["phone"]
        }));
        let eff = c.effective(p, &a);
        assert!(!eff.contains_key("ur-back"));
        assert!(!eff.contains_key("sex"));
        assert_eq!(c.step(p, &a), Step::Check);
        assert_eq!(c.outcome(p, &a).disposition, Disposition::SelfCare);
    }

    #[test]
    fn back_links_follow_the_questions_shown() {
        let c = content();
        let p = Person::aged_years(30);
        let a = answers(serde_json::json!({
            "emergency": ["none"], "urgent": ["none"], "reason": ["new-symptom"], "symptom": ["cough-cold"]
        }));
        assert_eq!(c.previous("fever", p, &a).as_deref(), Some("symptom"));
        assert_eq!(c.previous("symptom", p, &a).as_deref(), Some("reason"));
        assert_eq!(c.previous("emergency", p, &a), None);
        // A man is not asked about pregnancy, so his back link skips it.
        let m = answers(serde_json::json!({
            "emergency": ["none"], "urgent": ["none"], "reason": ["new-symptom"],
            "symptom": ["urinary"], "sex": ["male"]
        }));
        assert_eq!(c.previous("fever", p, &m).as_deref(), Some("sex"));
    }

    #[test]
    fn the_more_urgent_outcome_wins_when_rules_disagree() {
        let c = content();
        let p = Person::aged_years(40);
        // Urine symptoms in a woman of 40 (Pharmacy First) but with loin pain (same day).
        let a = answers(serde_json::json!({
            "emergency": ["none"], "urgent": ["none"], "reason": ["new-symptom"], "symptom": ["urinary"],
            "sex": ["female"], "pregnant": ["no"], "fever": ["no"], "ur-back": ["yes"],
            "ur-blood": ["yes"], "ur-repeat": ["no"], "describe": ["x"], "contact": ["phone"]
        }));
        let o = c.outcome(p, &a);
        assert_eq!(o.disposition, Disposition::GpSameDay);
        assert_eq!(o.rules, vec!["urinary-kidney"]);
    }

    #[test]
    fn age_comes_from_the_date_of_birth() {
        use time::macros::date;
        assert_eq!(
            Person::born(date!(2026 - 09 - 23), date!(2026 - 11 - 22))
                .unwrap()
                .age_months,
            1
        );
        assert_eq!(
            Person::born(date!(2026 - 09 - 22), date!(2026 - 11 - 22))
                .unwrap()
                .age_months,
            2
        );
        assert_eq!(
            Person::born(date!(1984 - 03 - 14), date!(2026 - 11 - 23))
                .unwrap()
                .age_years(),
            42
        );
    }

    #[test]
    fn a_birth_date_still_to_come_gives_no_age() {
        use time::macros::date;
        // Never a newborn by default: an unknown age must not choose a rule.
        assert_eq!(
            Person::born(date!(2026 - 11 - 23), date!(2026 - 11 - 22)),
            None
        );
        assert_eq!(
            Person::born(date!(2026 - 11 - 22), date!(2026 - 11 - 22)).map(|p| p.age_months),
            Some(0)
        );
    }

    #[test]
    fn content_mistakes_are_refused_when_loaded() {
        let q = include_str!("../../../data/triage/questions.json");
        let r = include_str!("../../../data/triage/rules.json");
        let typo = r.replace(r#"["cc-breath", "yes"]"#, r#"["cc-breath", "yse"]"#);
        assert!(Content::parse(q, &typo).unwrap_err().contains("yse"));
        let unknown = r.replace(r#"["cc-blood", "yes"]"#, r#"["cc-bloood", "yes"]"#);
        assert!(Content::parse(q, &unknown)
            .unwrap_err()
            .contains("cc-bloood"));
        let version = r.replacen("2026-12-03.1", "2099-01-01.1", 1);
        assert!(Content::parse(q, &version).unwrap_err().contains("version"));
        let no_wording = r.replacen("\"admin\": {", "\"admin-x\": {", 1);
        assert!(Content::parse(q, &no_wording).is_err());
        let no_card = q.replacen("\"card\": \"maternity\"", "\"card\": \"maternty\"", 1);
        assert!(Content::parse(&no_card, r)
            .unwrap_err()
            .contains("maternty"));
    }

    #[test]
    fn if_no_rule_holds_the_practice_sees_it_within_2_days() {
        let c = Content {
            rules: Vec::new(),
            ..content()
        };
        let o = c.outcome(Person::aged_years(30), &Answers::new());
        assert_eq!(o.disposition, Disposition::Gp2Days);
        assert_eq!(o.rules, vec![NO_RULE]);
    }
}
