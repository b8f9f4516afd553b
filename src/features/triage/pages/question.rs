//! One question: radios, checkboxes or a text box.

use super::*;

#[component]
pub fn TriageQuestionPage() -> impl IntoView {
    let key = param("key");
    let question = param("question");
    let q = use_query_map();
    let from = Memo::new(move |_| q.with(|q| q.get("from")));
    let data = Resource::new(
        move || (key.get(), question.get(), from.get()),
        |(k, q, f)| get_triage_question(k, q, f),
    );
    let kept = kept_form("triage");
    let action = ServerAction::<AnswerTriage>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match data.await {
                    Err(e) => problem(e),
                    Ok(QuestionAnswer::NotFound) => not_found(),
                    Ok(QuestionAnswer::Go(path)) => view! { <Redirect path=path /> }.into_any(),
                    Ok(QuestionAnswer::Page(page)) => question_page(*page, f, action),
                }
            })}
        </Suspense>
    }
}

fn question_page(page: QuestionPage, f: FormState, action: ServerAction<AnswerTriage>) -> AnyView {
    // The red-flag questions have Easy Read words: the switch shows on them.
    let has_easy = page.easy.is_some();
    let page = if easy_read() {
        in_easy_read(page)
    } else {
        page
    };
    let error = f.error_for("answer");
    // After an error, show what was entered; otherwise the answer given before.
    let chosen: Vec<String> = if f.has_errors() {
        f.values
            .iter()
            .filter(|(k, _)| k == "answer")
            .map(|(_, v)| v.clone())
            .collect()
    } else {
        page.answer.clone()
    };
    let input = match page.kind.as_str() {
        "single" => {
            let options = page
                .choices
                .iter()
                .map(|c| RadioOption {
                    value: c.value.clone(),
                    label: c.label.clone(),
                    hint: c.hint.clone(),
                })
                .collect::<Vec<_>>();
            view! {
                <Radios id="answer" name="answer" legend=page.text.clone() heading=true
                    hint=page.hint.clone().unwrap_or_default() options
                    selected=chosen.first().cloned().unwrap_or_default() error=error.clone() />
            }
            .into_any()
        }
        "multi" => checkboxes(&page, &chosen, error.clone()),
        _ => textarea(
            &page,
            chosen.first().cloned().unwrap_or_default(),
            error.clone(),
        ),
    };
    let title = page.text.clone();
    view! {
        <PageTitle text=title has_errors=f.has_errors() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <BackLink href=page.back.clone() text=t("triage-back") />
                <ErrorSummary errors=f.errors.clone() />
                {has_easy.then(|| view! { <EasyReadSwitch /> })}
                <ActionForm action=action attr:novalidate=true>
                    <input type="hidden" name="key" value=page.key.clone() />
                    <input type="hidden" name="question" value=page.id.clone() />
                    <input type="hidden" name="from" value=if page.from_check { "check" } else { "" } />
                    {input}
                    <button class="nhsuk-button" type="submit">{t("triage-continue")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}

/// The question in its Easy Read words where the content has them: the same
/// answers (values), shorter labels, no extra hints.
fn in_easy_read(mut page: QuestionPage) -> QuestionPage {
    let Some((text, hint)) = page.easy.take() else {
        return page;
    };
    page.text = text;
    page.hint = hint;
    for c in page.choices.iter_mut().chain(page.none.iter_mut()) {
        if let Some(label) = c.easy.take() {
            c.label = label;
            c.hint = None;
        }
    }
    page
}

fn checkboxes(page: &QuestionPage, chosen: &[String], error: Option<String>) -> AnyView {
    let has_error = error.is_some();
    let item = |n: usize, value: &str, label: &str, hint: Option<String>| {
        let id = if n == 0 {
            "answer".to_string()
        } else {
            format!("answer-{n}")
        };
        let hint_id = hint.as_ref().map(|_| format!("{id}-item-hint"));
        view! {
            <div class="nhsuk-checkboxes__item">
                <input class="nhsuk-checkboxes__input" id=id.clone() name=format!("picked[{value}]") type="checkbox"
                    value="yes" checked=chosen.iter().any(|c| c == value) aria-describedby=hint_id.clone() />
                <label class="nhsuk-label nhsuk-checkboxes__label" for=id>{label.to_string()}</label>
                {hint.map(|h| view! { <div class="nhsuk-hint nhsuk-checkboxes__hint" id=hint_id.clone()>{h}</div> })}
            </div>
        }
    };
    let items = page
        .choices
        .iter()
        .enumerate()
        .map(|(n, c)| item(n, &c.value, &c.label, c.hint.clone()))
        .collect_view();
    let none = page.none.as_ref().map(|c| {
        view! {
            <div class="nhsuk-checkboxes__divider">"or"</div>
            {item(page.choices.len(), &c.value, &c.label, c.hint.clone())}
        }
    });
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <fieldset class="nhsuk-fieldset" aria-describedby=described_by("answer", page.hint.is_some(), has_error)>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
                    <h1 class="nhsuk-fieldset__heading">{page.text.clone()}</h1>
                </legend>
                {page.hint.clone().map(|h| view! { <div class="nhsuk-hint" id="answer-hint">{h}</div> })}
                {error_message("answer", error)}
                <div class="nhsuk-checkboxes">{items}{none}</div>
            </fieldset>
        </div>
    }
    .into_any()
}

fn textarea(page: &QuestionPage, value: String, error: Option<String>) -> AnyView {
    let has_error = error.is_some();
    let limit = crate::domain::forms::group_thousands(page.max_chars.unwrap_or(1200));
    let hint = format!(
        "{} You can enter up to {limit} characters.",
        page.hint.clone().unwrap_or_default()
    );
    view! {
        <div class=if has_error { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
            <h1 class="nhsuk-label-wrapper">
                <label class="nhsuk-label nhsuk-label--l" for="answer">{page.text.clone()}</label>
            </h1>
            <div class="nhsuk-hint" id="answer-hint">{hint.trim().to_string()}</div>
            {error_message("answer", error)}
            <textarea class=if has_error { "nhsuk-textarea nhsuk-textarea--error" } else { "nhsuk-textarea" }
                id="answer" name="answer" rows="8" spellcheck="true"
                aria-describedby=described_by("answer", true, has_error)>{value}</textarea>
        </div>
    }
    .into_any()
}
