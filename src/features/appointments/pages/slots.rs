//! Booking, second step: choose a time (and the after-triage explanation).

use super::*;

#[component]
pub fn SlotsPageView() -> impl IntoView {
    let need = param("need");
    let from = query("from");
    let change = query("change");
    let triage = query("triage");
    let kept = kept_form("slots");
    let data = Resource::new(
        move || (need.get(), from.get(), change.get(), triage.get()),
        |(n, f, c, t)| get_slots(n, f, c, t),
    );
    let action = ServerAction::<ChooseSlot>::new();
    view! {
        <Suspense fallback=|| view! { <p>{t("appt-finding-free-times")}</p> }>
            {move || Suspend::new(async move {
                let f = kept.await;
                match data.await {
                    Err(e) => problem(e),
                    Ok(None) => not_found(),
                    Ok(Some(page)) if !page.after_triage.is_empty() => after_triage(page),
                    Ok(Some(page)) => slots(page, f, action, change.get_untracked()),
                }
            })}
        </Suspense>
    }
}

fn after_triage(page: SlotsPage) -> AnyView {
    view! {
        <PageTitle text=t("appt-you-cannot-book-this-online") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <BackLink href="/appointments/book" text=t("appt-back") />
                <h1>{t("appt-you-cannot-book-this-online")}</h1>
                <p>{t_with("appt-needs-triage-first", [("need", page.need.label.to_lowercase().into())])}</p>
                <h2>{t("appt-what-to-do-instead")}</h2>
                <ul>
                    <li>{t("appt-ask-for-help-online")}" "<a href="/triage">{t("appt-ask-your-gp-surgery-for")}</a>{t("appt-if-your-surgery-needs-to")}</li>
                    {page.after_triage.into_iter().map(|r| match r.phone {
                        Some(phone) => view! { <li>{t_with("appt-phone-provider", [("provider", r.provider.clone().into()), ("number", phone.into())])}</li> }.into_any(),
                        None => view! { <li>{t_with("appt-contact-provider", [("provider", r.provider.clone().into())])}</li> }.into_any(),
                    }).collect_view()}
                    <li>{t("appt-if-you-need-help-now-3")}</li>
                </ul>
                {care_card("emergency", t("appt-call-999-if-you-have"), false, view! {
                    <ul>
                        <li>{t("appt-chest-pain")}</li>
                        <li>{t("appt-signs-of-a-stroke-face")}</li>
                        <li>{t("appt-severe-difficulty-breathing")}</li>
                        <li>{t("appt-heavy-bleeding-that-will-not")}</li>
                    </ul>
                }.into_any())}
                <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
            </div>
        </div>
    }
    .into_any()
}

fn slots(
    page: SlotsPage,
    f: crate::domain::FormState,
    action: ServerAction<ChooseSlot>,
    change: Option<String>,
) -> AnyView {
    let title = if page.changing.is_some() {
        t("appt-choose-new-time")
    } else {
        t_with(
            "appt-choose-a-time-for",
            [("need", page.need.label.to_lowercase().into())],
        )
    };
    let need_id = page.need.id.clone();
    // Dates and "{provider}~{id}" are made of URL-safe characters only.
    let link = move |from: &str| match &change {
        Some(c) => format!("/appointments/book/{need_id}?from={from}&change={c}"),
        None => format!("/appointments/book/{need_id}?from={from}"),
    };
    let earlier = page.earlier.as_deref().map(&link);
    let later = page.later.as_deref().map(&link);
    let selected = f.value("slot");
    let error = f.error_for("slot");
    let mut first = true;
    let days = page
        .days
        .iter()
        .enumerate()
        .map(|(d, day)| {
            let places = day
                .places
                .iter()
                .enumerate()
                .map(|(p, place)| {
                    let details: Vec<String> = [
                        Some(place.source.clone()),
                        place.how.clone(),
                        place.with.clone(),
                        minutes(place.minutes),
                    ]
                    .into_iter()
                    .flatten()
                    .collect();
                    let times = place
                        .times
                        .iter()
                        .enumerate()
                        .map(|(t, choice)| {
                            let id = if first { "slot".to_string() } else { format!("slot-{d}-{p}-{t}") };
                            first = false;
                            view! {
                                <div class="nhsuk-radios__item">
                                    <input class="nhsuk-radios__input" id=id.clone() name="slot" type="radio"
                                        value=choice.value.clone() checked=choice.value == selected />
                                    <label class="nhsuk-label nhsuk-radios__label" for=id>
                                        {choice.time.clone()}
                                        <span class="nhsuk-u-visually-hidden">" "{t_with("appt-slot-on-at", [("day", day.day.clone().into()), ("place", place.place.clone().into())])}</span>
                                    </label>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3 class="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{place.place.clone()}</h3>
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-2">{details.join(" · ")}</p>
                        <div class="nhsuk-radios nhsuk-radios--inline fd-times">{times}</div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="nhsuk-fieldset fd-day">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{day.day.clone()}</legend>
                    {places}
                </fieldset>
            }
        })
        .collect_view();
    let no_times = page.days.is_empty();
    let not_answering = page.not_answering.clone();
    view! {
        <PageTitle text=title.clone() has_errors=f.has_errors() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <BackLink href=match (&page.changing, &page.triage) {
                    (Some(_), _) => "/appointments".to_string(),
                    (None, Some(t)) => format!("/triage/{t}/sent"),
                    (None, None) => "/appointments/book".to_string(),
                } />
                <ErrorSummary errors=f.errors.clone() />
                <EasyReadSwitch />
                <h1>{title}</h1>
                {easy_read().then(|| view! {
                    <EasyRead>
                        <EasyLine picture=Picture::Calendar>
                            <p>{t("appt-choose-a-day-and-a")}</p>
                            <p>{t("appt-each-time-says-where-it")}</p>
                        </EasyLine>
                        <EasyLine picture=Picture::Tick>
                            <p>{t("appt-then-press")}" "<strong>{t("appt-continue")}</strong>"."</p>
                        </EasyLine>
                        <EasyLine picture=Picture::Clock>
                            <p>{t("appt-no-good-times-press")}" "<strong>{t("appt-later-times")}</strong>" "{t("appt-at-the-bottom")}</p>
                        </EasyLine>
                    </EasyRead>
                })}
                {page.changing.clone().map(|v| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">{t("appt-information")}" "</span>
                        <p>{t_with("appt-keep-until-new", [("when", when(&v).into())])}</p>
                    </div>
                })}
                {page.triage.is_some().then(|| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">{t("appt-information")}" "</span>
                        <p>{t("appt-your-surgery-has-your-request")}</p>
                    </div>
                })}
                <p>{if page.from_label == page.to_label {
                    t_with("appt-free-times-on", [("day", page.from_label.clone().into())])
                } else {
                    t_with("appt-free-times-from", [("from", page.from_label.clone().into()), ("to", page.to_label.clone().into())])
                }}</p>
                {not_answering.into_iter().map(|name| view! {
                    <div class="nhsuk-warning-callout">
                        <h2 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">{t("appt-important")}" "</span>{t_with("appt-times-not-shown", [("provider", name.clone().into())])}</h2>
                        <p>{t_with("appt-could-not-get-times", [("provider", name.clone().into())])}</p>
                    </div>
                }).collect_view()}
                {if no_times {
                    if page.triage.is_some() {
                        view! { <p>{t("appt-there-are-no-free-times")}</p> }.into_any()
                    } else {
                        view! { <p>{t("appt-there-are-no-free-times-2")}</p> }.into_any()
                    }
                } else {
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <input type="hidden" name="need" value=page.need.id.clone() />
                            <input type="hidden" name="change" value=page.changing.as_ref().map(|v| format!("{}~{}", v.provider_id, v.id)).unwrap_or_default() />
                            <input type="hidden" name="from" value=page.from.clone() />
                            <input type="hidden" name="triage" value=page.triage.clone().unwrap_or_default() />
                            <div class=if error.is_some() { "nhsuk-form-group nhsuk-form-group--error" } else { "nhsuk-form-group" }>
                                {error.clone().map(|e| view! {
                                    <span class="nhsuk-error-message" id="slot-error"><span class="nhsuk-u-visually-hidden">{t("appt-error")}" "</span>{e}</span>
                                })}
                                {days}
                            </div>
                            <button class="nhsuk-button" type="submit">{t("appt-continue")}</button>
                        </ActionForm>
                    }.into_any()
                }}
                <nav class="nhsuk-pagination" role="navigation" aria-label=t("appt-more-times")>
                    <ul class="nhsuk-list nhsuk-pagination__list">
                        {earlier.map(|href| view! {
                            <li class="nhsuk-pagination-item--previous">
                                <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=href>
                                    <span class="nhsuk-pagination__title">{t("appt-earlier-times")}</span>
                                </a>
                            </li>
                        })}
                        {later.map(|href| view! {
                            <li class="nhsuk-pagination-item--next">
                                <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=href>
                                    <span class="nhsuk-pagination__title">{t("appt-later-times")}</span>
                                </a>
                            </li>
                        })}
                    </ul>
                </nav>
            </div>
        </div>
    }
    .into_any()
}
