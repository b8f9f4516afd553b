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
        <Suspense fallback=|| view! { <p>"Finding free times…"</p> }>
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
        <PageTitle text="You cannot book this online" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <BackLink href="/appointments/book" text="Back" />
                <h1>"You cannot book this online"</h1>
                <p>{format!("For a {}, your surgery needs to know a little about your problem first, so they can find you the right help. This might be a pharmacist, a nurse, a phone call or an appointment with a GP.", page.need.label.to_lowercase())}</p>
                <h2>"What to do instead"</h2>
                <ul>
                    <li>"Ask for help online: "<a href="/triage">"ask your GP surgery for help"</a>". If your surgery needs to see you, you can book a time straight after."</li>
                    {page.after_triage.into_iter().map(|r| match r.phone {
                        Some(phone) => view! { <li>{format!("Phone {} on {phone}. They will ask about your problem and book you in if you need an appointment.", r.provider)}</li> }.into_any(),
                        None => view! { <li>{format!("Contact {}. They will ask about your problem and book you in if you need an appointment.", r.provider)}</li> }.into_any(),
                    }).collect_view()}
                    <li>"If you need help now, go to 111.nhs.uk or call 111."</li>
                </ul>
                {care_card("emergency", "Call 999 if you have:".into(), false, view! {
                    <ul>
                        <li>"chest pain"</li>
                        <li>"signs of a stroke: face drooping, arm weakness or difficulty speaking"</li>
                        <li>"severe difficulty breathing"</li>
                        <li>"heavy bleeding that will not stop"</li>
                    </ul>
                }.into_any())}
                <p><a href="/appointments">"See your appointments"</a></p>
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
        "Choose a new time".to_string()
    } else {
        format!("Choose a time: {}", page.need.label.to_lowercase())
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
                                        <span class="nhsuk-u-visually-hidden">{format!(" on {}, {}", day.day, place.place)}</span>
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
                            <p>"Choose a day and a time that are good for you."</p>
                            <p>"Each time says where it is."</p>
                        </EasyLine>
                        <EasyLine picture=Picture::Tick>
                            <p>"Then press "<strong>"Continue"</strong>"."</p>
                        </EasyLine>
                        <EasyLine picture=Picture::Clock>
                            <p>"No good times? Press "<strong>"Later times"</strong>" at the bottom."</p>
                        </EasyLine>
                    </EasyRead>
                })}
                {page.changing.clone().map(|v| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>{format!("You will keep your appointment at {} until your new time is booked.", when(&v))}</p>
                    </div>
                })}
                {page.triage.is_some().then(|| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>"Your surgery has your request. These are the times you can book for it. If none of them suit you, you do not need to do anything: your surgery will contact you."</p>
                    </div>
                })}
                <p>{if page.from_label == page.to_label {
                    format!("Free times on {}.", page.from_label)
                } else {
                    format!("Free times from {} to {}.", page.from_label, page.to_label)
                }}</p>
                {not_answering.into_iter().map(|name| view! {
                    <div class="nhsuk-warning-callout">
                        <h2 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">"Important: "</span>{format!("Times at {name} are not shown")}</h2>
                        <p>{format!("We could not get free times from {name} just now. Try again in a few minutes, or contact them.")}</p>
                    </div>
                }).collect_view()}
                {if no_times {
                    if page.triage.is_some() {
                        view! { <p>"There are no free times left for this. You do not need to do anything: your surgery will contact you about your request."</p> }.into_any()
                    } else {
                        view! { <p>"There are no free times in these two weeks. Try later dates, or contact the service."</p> }.into_any()
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
                                    <span class="nhsuk-error-message" id="slot-error"><span class="nhsuk-u-visually-hidden">"Error: "</span>{e}</span>
                                })}
                                {days}
                            </div>
                            <button class="nhsuk-button" type="submit">"Continue"</button>
                        </ActionForm>
                    }.into_any()
                }}
                <nav class="nhsuk-pagination" role="navigation" aria-label="More times">
                    <ul class="nhsuk-list nhsuk-pagination__list">
                        {earlier.map(|href| view! {
                            <li class="nhsuk-pagination-item--previous">
                                <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=href>
                                    <span class="nhsuk-pagination__title">"Earlier times"</span>
                                </a>
                            </li>
                        })}
                        {later.map(|href| view! {
                            <li class="nhsuk-pagination-item--next">
                                <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=href>
                                    <span class="nhsuk-pagination__title">"Later times"</span>
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
