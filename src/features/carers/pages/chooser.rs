//! "Who are you using Front Door for?" and the banner on every page.

use crate::domain::{t, t_with};
use crate::features::carers::{
    api::{get_banner, get_choices, ChoosePerson},
    BannerView,
};
use crate::{
    components::{acting_title, problem, BackLink, ErrorSummary, PageTitle, RadioOption, Radios},
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

/// Whom the signed-in person acts for, read again on every page.
pub fn banner_resource() -> Resource<BannerView> {
    let location = use_location();
    Resource::new(
        move || location.pathname.get(),
        |_| async { get_banner().await.unwrap_or_default() },
    )
}

/// The banner on every page while acting for someone else, with the way to switch.
#[component]
pub fn ActingBanner(banner: Resource<BannerView>) -> impl IntoView {
    view! {
        <Transition>
            {move || Suspend::new(async move {
                let b: BannerView = banner.await;
                let title = b.acting_for_name.clone().map(acting_title);
                match (b.acting_for, b.can_switch) {
                    (Some(who), _) => view! {
                        {title}
                        <div class="app-acting-banner" role="region" aria-label=t("carer-who-you-are-acting-for")>
                            <div class="nhsuk-width-container">
                                <p class="app-acting-banner__text">
                                    <strong>{t_with("carer-you-are-acting-for", [("who", (who).to_string().into())])}</strong>
                                    " "
                                    <a class="app-acting-banner__link" href="/act-for">{t("carer-switch-to-yourself-or-someone")}</a>
                                </p>
                            </div>
                        </div>
                    }.into_any(),
                    (None, true) => view! {
                        <div class="app-acting-banner app-acting-banner--self" role="region" aria-label=t("carer-who-you-are-acting-for")>
                            <div class="nhsuk-width-container">
                                <p class="app-acting-banner__text">
                                    {t("carer-you-are-using-front-door")}" "
                                    <a class="app-acting-banner__link" href="/act-for">{t("carer-switch-to-someone-you-act")}</a>
                                </p>
                            </div>
                        </div>
                    }.into_any(),
                    (None, false) => ().into_any(),
                }
            })}
        </Transition>
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "Who are you using Front Door for?"
#[component]
pub fn ActForPage() -> impl IntoView {
    let choices = Resource::new(|| (), |_| get_choices());
    let kept = kept_form("act-for");
    let action = ServerAction::<ChoosePerson>::new();
    let query = use_query_map();
    let accepted = move || query.with(|q| q.get("accepted").is_some());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match choices.await {
                    Err(e) => problem(e),
                    Ok(c) => {
                        let selected = if f.value("person").is_empty() { c.current.clone() } else { f.value("person") };
                        let mut options = vec![RadioOption {
                            value: "self".into(),
                            label: t_with("carer-myself", [("name", c.own_name.clone().into())]),
                            hint: None,
                        }];
                        for p in &c.people {
                            let about = match p.age {
                                Some(age) => format!("{}, {age}", p.relationship),
                                None => p.relationship.clone(),
                            };
                            let hint = match &p.refused {
                                Some(why) => why.clone(),
                                None => {
                                    let can = t_with("carer-you-can-do", [("what", p.can_do.iter().map(|c| lower_first(c)).collect::<Vec<_>>().join("; ").into())]);
                                    let until = p.until.as_ref().map(|u| format!(" {}", t_with("carer-until-date", [("date", u.clone().into())]))).unwrap_or_default();
                                    let note = p.note.as_ref().map(|n| format!(" {n}")).unwrap_or_default();
                                    format!("{can}{until}{note}")
                                }
                            };
                            options.push(RadioOption {
                                value: p.value.clone(),
                                label: format!("{} ({about})", p.name),
                                hint: Some(hint),
                            });
                        }
                        view! {
                            <PageTitle text=t("carer-who-are-you-using-front") has_errors=f.has_errors() />
                            <BackLink href="/home" text=t("carer-back-to-home") />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <ErrorSummary errors=f.errors.clone() />
                                    {accepted().then(|| view! {
                                        <div class="nhsuk-inset-text">
                                            <span class="nhsuk-u-visually-hidden">{t("carer-information")}" "</span>
                                            <p>{t("carer-you-have-accepted-the-invitation")}</p>
                                        </div>
                                    })}
                                    {(!c.not_answered.is_empty()).then(|| view! {
                                        <div class="nhsuk-warning-callout">
                                            <h2 class="nhsuk-warning-callout__label">
                                                <span role="text"><span class="nhsuk-u-visually-hidden">{t("carer-important")}" "</span>{t("carer-some-gp-surgeries-did-not")}</span>
                                            </h2>
                                            <p>{t_with("carer-we-could-not-check-who", [("join", (c.not_answered.join(", ")).to_string().into())])}</p>
                                        </div>
                                    })}
                                    <ActionForm action=action attr:novalidate=true>
                                        <Radios id="person" name="person" legend=t("carer-who-are-you-using-front") heading=true
                                            hint=t("carer-you-can-switch-at-any")
                                            options=options selected=selected error=f.error_for("person") />
                                        <button class="nhsuk-button" type="submit">{t("carer-continue")}</button>
                                    </ActionForm>
                                    <p><a href="/account/people">{t("carer-people-who-can-act-for")}</a></p>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
