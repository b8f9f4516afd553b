//! Appointment pages: the list, one appointment, cancelling, and booking
//! (what for, choose a time, check your answers, confirmation).

use super::{
    api::{
        get_appointment, get_appointments, get_booking, get_booking_needs, get_slots,
        CancelAppointment, ChooseNeed, ChooseSlot, ConfirmBooking, OneAnswer,
    },
    AppointmentList, AppointmentView, AttemptState, AttemptView, ListAnswer, SlotsPage,
    CANCEL_REASONS,
};
use crate::{
    components::{
        care_card, problem,
        provider_notices::{nothing, notices, sources_list},
        ErrorSummary, PageTitle, RadioOption, Radios,
    },
    platform::forms::kept_form,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get(name).unwrap_or_default()))
}

fn query(name: &'static str) -> Memo<Option<String>> {
    let q = use_query_map();
    Memo::new(move |_| q.with(|q| q.get(name)).filter(|v| !v.is_empty()))
}

fn when(v: &AppointmentView) -> String {
    format!("{} on {}", v.time, v.day)
}

fn row(key: &str, value: Option<String>) -> impl IntoView {
    value.map(|value| {
        view! {
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{key.to_string()}</dt>
                <dd class="nhsuk-summary-list__value">{value}</dd>
            </div>
        }
    })
}

fn minutes(m: Option<i64>) -> Option<String> {
    m.map(|m| format!("{m} minutes"))
}

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_appointments());
    view! {
        <Suspense fallback=|| view! { <p>"Getting your appointments from your health and care services…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(ListAnswer::Nothing(why)) => nothing(why),
                    Ok(ListAnswer::List(list)) => appointment_list(*list),
                }
            })}
        </Suspense>
    }
}

fn card(v: &AppointmentView) -> impl IntoView {
    let cancelled = v.status == "Cancelled";
    let status_tag = (v.status != "Booked").then(|| {
        let class = if cancelled {
            "nhsuk-tag nhsuk-tag--red"
        } else {
            "nhsuk-tag nhsuk-tag--grey"
        };
        view! { <strong class=class>{v.status.clone()}</strong> }
    });
    view! {
        <li class="nhsuk-card">
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                    <a href=v.path()>{format!("{}, {}", v.what, when(v))}</a>
                </h3>
                {status_tag}
                <dl class="nhsuk-summary-list nhsuk-u-margin-bottom-0">
                    {row("Where", v.place.clone())}
                    {row("How", v.how.clone())}
                    {row("From", Some(v.source.clone()))}
                </dl>
            </div>
        </li>
    }
}

fn appointment_list(list: AppointmentList) -> AnyView {
    let checking = list.checking.clone();
    view! {
        <PageTitle text="Your appointments" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"Your appointments"</h1>
                <p>"Appointments at your GP surgery, hospital and other services, in one place."</p>
                <a class="nhsuk-button" href="/appointments/book" role="button" draggable="false">"Book an appointment"</a>
                {checking.into_iter().map(|c| view! {
                    <div class="nhsuk-warning-callout">
                        <h2 class="nhsuk-warning-callout__label">
                            <span class="nhsuk-u-visually-hidden">"Important: "</span>"We are checking a booking"
                        </h2>
                        <p>{format!("We are still finding out from {} whether your appointment at {} was booked. Do not book it again.", c.source, c.when)}</p>
                        <p><a href=format!("/appointments/booked/{}", c.key)>"Check this booking again"</a></p>
                    </div>
                }).collect_view()}
                {notices(&list.providers)}
                <h2>"Upcoming appointments"</h2>
                {if list.upcoming.is_empty() {
                    view! { <p>"You have no upcoming appointments."</p> }.into_any()
                } else {
                    view! { <ul class="nhsuk-list fd-appointments">{list.upcoming.iter().map(card).collect_view()}</ul> }.into_any()
                }}
                <h2>"Past and cancelled appointments"</h2>
                {if list.past.is_empty() {
                    view! { <p>"You have no past appointments."</p> }.into_any()
                } else {
                    view! { <ul class="nhsuk-list fd-appointments">{list.past.iter().map(card).collect_view()}</ul> }.into_any()
                }}
                {sources_list(&list.providers, &list.generated_at)}
            </div>
        </div>
    }
    .into_any()
}

fn not_found() -> AnyView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text="We could not find that appointment" />
        <h1>"We could not find that appointment"</h1>
        <p>"It may have been moved, or the link may be wrong."</p>
        <p><a href="/appointments">"See your appointments"</a></p>
    }
    .into_any()
}

fn unavailable() -> AnyView {
    view! {
        <PageTitle text="We could not get this appointment just now" />
        <h1>"We could not get this appointment just now"</h1>
        <p>"The service that holds it is not answering. Try again in a few minutes."</p>
        <p><a href="/appointments">"See your appointments"</a></p>
    }
    .into_any()
}

fn appointment_resource() -> Resource<Result<OneAnswer, crate::domain::error::AppError>> {
    let provider = param("provider");
    let id = param("id");
    Resource::new(
        move || (provider.get(), id.get()),
        |(p, i)| get_appointment(p, i),
    )
}

#[component]
pub fn AppointmentPage() -> impl IntoView {
    let data = appointment_resource();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(OneAnswer::NotFound) => not_found(),
                    Ok(OneAnswer::Unavailable) => unavailable(),
                    Ok(OneAnswer::Found(v)) => appointment(*v),
                }
            })}
        </Suspense>
    }
}

fn appointment(v: AppointmentView) -> AnyView {
    let title = v.what.clone();
    let change = v.change_need.clone().filter(|_| v.upcoming).map(|need| {
        format!(
            "/appointments/book/{need}?change={}~{}",
            v.provider_id, v.id
        )
    });
    view! {
        <PageTitle text=title.clone() />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <a class="nhsuk-back-link" href="/appointments">"Back to your appointments"</a>
                <h1>{title}</h1>
                <dl class="nhsuk-summary-list">
                    {row("When", Some(when(&v)))}
                    {row("How long", minutes(v.minutes))}
                    {row("Where", v.place.clone())}
                    {row("How", v.how.clone())}
                    {row("With", v.with.clone())}
                    {row("From", Some(v.source.clone()))}
                    {row("Status", Some(v.status.clone()))}
                    {row("Booking reference", v.reference.clone())}
                </dl>
                {v.prepare.clone().map(|p| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <h2 class="nhsuk-heading-s">"How to prepare"</h2>
                        <p>{p}</p>
                    </div>
                })}
                <p>
                    <a href=format!("{}/calendar.ics", v.path()) download="">"Add to your calendar (ICS file)"</a>
                </p>
                {v.upcoming.then(|| view! {
                    <h2>"Change or cancel"</h2>
                    {match change.clone() {
                        Some(href) => view! { <p><a href=href>"Change the time of this appointment"</a></p> }.into_any(),
                        None => view! { <p>{format!("To change the time, contact {}.", v.source)}</p> }.into_any(),
                    }}
                    <p><a href=format!("{}/cancel", v.path())>"Cancel this appointment"</a></p>
                })}
            </div>
        </div>
    }
    .into_any()
}

#[component]
pub fn CancelPage() -> impl IntoView {
    let data = appointment_resource();
    let kept = kept_form("cancel");
    let action = ServerAction::<CancelAppointment>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match data.await {
                    Err(e) => problem(e),
                    Ok(OneAnswer::NotFound) => not_found(),
                    Ok(OneAnswer::Unavailable) => unavailable(),
                    Ok(OneAnswer::Found(v)) if !v.upcoming => view! {
                        <PageTitle text="This appointment cannot be cancelled" />
                        <a class="nhsuk-back-link" href=v.path()>"Back"</a>
                        <h1>"This appointment cannot be cancelled"</h1>
                        <p>{format!("It is {}.", v.status.to_lowercase())}</p>
                        <p><a href="/appointments">"See your appointments"</a></p>
                    }.into_any(),
                    Ok(OneAnswer::Found(v)) => {
                        let options = CANCEL_REASONS
                            .iter()
                            .map(|(value, label)| RadioOption { value: value.to_string(), label: label.to_string(), hint: None })
                            .collect::<Vec<_>>();
                        let path = v.path();
                        view! {
                            <PageTitle text="Cancel your appointment" has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <a class="nhsuk-back-link" href=path.clone()>"Back"</a>
                                    <ErrorSummary errors=f.errors.clone() />
                                    <h1>"Cancel your appointment"</h1>
                                    <dl class="nhsuk-summary-list">
                                        {row("Appointment", Some(v.what.clone()))}
                                        {row("When", Some(when(&v)))}
                                        {row("Where", v.place.clone())}
                                        {row("From", Some(v.source.clone()))}
                                    </dl>
                                    <ActionForm action=action attr:novalidate=true>
                                        <input type="hidden" name="provider" value=v.provider_id.clone() />
                                        <input type="hidden" name="id" value=v.id.clone() />
                                        <Radios id="reason" name="reason" legend="Why are you cancelling?"
                                            hint="We will tell the service, so they can offer the time to someone else"
                                            options selected=f.value("reason") error=f.error_for("reason") />
                                        <button class="nhsuk-button nhsuk-button--warning" type="submit">"Cancel appointment"</button>
                                    </ActionForm>
                                    <p><a href=path>"Keep this appointment"</a></p>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn CancelledPage() -> impl IntoView {
    let data = appointment_resource();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(OneAnswer::NotFound) => not_found(),
                    Ok(OneAnswer::Unavailable) => unavailable(),
                    Ok(OneAnswer::Found(v)) if v.status != "Cancelled" => view! {
                        <PageTitle text="Your appointment has not been cancelled" />
                        <h1>"Your appointment has not been cancelled"</h1>
                        <p>{format!("You still have your appointment at {}.", when(&v))}</p>
                        <p><a href=format!("{}/cancel", v.path())>"Cancel this appointment"</a></p>
                    }.into_any(),
                    Ok(OneAnswer::Found(v)) => view! {
                        <PageTitle text="Appointment cancelled" />
                        <div class="nhsuk-panel">
                            <h1 class="nhsuk-panel__title">"Appointment cancelled"</h1>
                            <div class="nhsuk-panel__body">{format!("{}, {}", v.what, when(&v))}</div>
                        </div>
                        <p>{format!("We have told {}. You do not need to contact them.", v.source)}</p>
                        <p><a href="/appointments">"See your appointments"</a></p>
                        <p><a href="/appointments/book">"Book another appointment"</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn BookPage() -> impl IntoView {
    let needs = Resource::new(|| (), |_| get_booking_needs());
    let kept = kept_form("need");
    let action = ServerAction::<ChooseNeed>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match needs.await {
                    Err(e) => problem(e),
                    Ok(needs) => {
                        let options = needs
                            .into_iter()
                            .map(|n| RadioOption { value: n.id, label: n.label, hint: n.hint })
                            .collect::<Vec<_>>();
                        view! {
                            <PageTitle text="What do you need an appointment for?" has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <a class="nhsuk-back-link" href="/appointments">"Back to your appointments"</a>
                                    <ErrorSummary errors=f.errors.clone() />
                                    <ActionForm action=action attr:novalidate=true>
                                        <Radios id="need" name="need" legend="What do you need an appointment for?" heading=true
                                            hint="If you need help now and it cannot wait, call 111. In an emergency, call 999"
                                            options error=f.error_for("need") />
                                        <button class="nhsuk-button" type="submit">"Continue"</button>
                                    </ActionForm>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

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
                <a class="nhsuk-back-link" href="/appointments/book">"Back"</a>
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
                <a class="nhsuk-back-link" href=match (&page.changing, &page.triage) {
                    (Some(_), _) => "/appointments".to_string(),
                    (None, Some(t)) => format!("/triage/{t}/sent"),
                    (None, None) => "/appointments/book".to_string(),
                }>"Back"</a>
                <ErrorSummary errors=f.errors.clone() />
                <h1>{title}</h1>
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

fn booking_resource() -> Resource<Result<Option<AttemptView>, crate::domain::error::AppError>> {
    let key = param("key");
    Resource::new(move || key.get(), get_booking)
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let data = booking_resource();
    let action = ServerAction::<ConfirmBooking>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(None) => not_found(),
                    Ok(Some(a)) if a.state != AttemptState::Chosen => outcome(a),
                    Ok(Some(a)) => {
                        let c = a.chosen.clone();
                        let back = match &a.replaces {
                            Some(v) => format!("/appointments/book/{}?change={}~{}", c.need_id, v.provider_id, v.id),
                            None => format!("/appointments/book/{}", c.need_id),
                        };
                        view! {
                            <PageTitle text="Check your appointment details" />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <a class="nhsuk-back-link" href=back.clone()>"Back"</a>
                                    <h1>"Check your appointment details"</h1>
                                    <dl class="nhsuk-summary-list">
                                        <div class="nhsuk-summary-list__row">
                                            <dt class="nhsuk-summary-list__key">"Appointment"</dt>
                                            <dd class="nhsuk-summary-list__value">{c.what.clone()}</dd>
                                            <dd class="nhsuk-summary-list__actions">
                                                <a href="/appointments/book">"Change"<span class="nhsuk-u-visually-hidden">" what the appointment is for"</span></a>
                                            </dd>
                                        </div>
                                        <div class="nhsuk-summary-list__row">
                                            <dt class="nhsuk-summary-list__key">"When"</dt>
                                            <dd class="nhsuk-summary-list__value">{format!("{} on {}", c.time, c.day)}</dd>
                                            <dd class="nhsuk-summary-list__actions">
                                                <a href=back>"Change"<span class="nhsuk-u-visually-hidden">" the time"</span></a>
                                            </dd>
                                        </div>
                                        {row("How long", minutes(c.minutes))}
                                        {row("Where", c.place.clone())}
                                        {row("How", c.how.clone())}
                                        {row("With", c.with.clone())}
                                        {row("From", Some(c.source.clone()))}
                                    </dl>
                                    {a.replaces.clone().map(|v| view! {
                                        <div class="nhsuk-inset-text">
                                            <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                            <p>{format!("When this time is booked, we will cancel your appointment at {}.", when(&v))}</p>
                                        </div>
                                    })}
                                    {c.prepare.clone().map(|p| view! {
                                        <h2 class="nhsuk-heading-s">"How to prepare"</h2>
                                        <p>{p}</p>
                                    })}
                                    <ActionForm action=action attr:novalidate=true>
                                        <input type="hidden" name="key" value=a.key.clone() />
                                        <button class="nhsuk-button" type="submit" data-prevent-double-click="true">"Book appointment"</button>
                                    </ActionForm>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn BookedPage() -> impl IntoView {
    let data = booking_resource();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => problem(e),
                    Ok(None) => not_found(),
                    Ok(Some(a)) if a.state == AttemptState::Chosen => view! {
                        <PageTitle text="You have not booked this appointment yet" />
                        <h1>"You have not booked this appointment yet"</h1>
                        <p><a href=format!("/appointments/check/{}", a.key)>"Check your appointment details and book it"</a></p>
                    }.into_any(),
                    Ok(Some(a)) => outcome(a),
                }
            })}
        </Suspense>
    }
}

/// What happened to a booking attempt, in words.
fn outcome(a: AttemptView) -> AnyView {
    let c = a.chosen.clone();
    let at = format!("{} on {}", c.time, c.day);
    let kept_old = a
        .replaces
        .clone()
        .map(|v| format!("You still have your appointment at {}.", when(&v)));
    match a.state {
        AttemptState::Booked { reference, provider_id, appointment_id, old_cancelled } => {
            let title = if a.replaces.is_some() || old_cancelled.is_some() { "Appointment changed" } else { "Appointment booked" };
            let old_warning = (old_cancelled == Some(false)).then(|| view! {
                <div class="nhsuk-warning-callout">
                    <h2 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">"Important: "</span>"Your old appointment has not been cancelled"</h2>
                    <p>{format!("We booked your new time but could not cancel your old appointment{}. Cancel it from your appointments, or contact {}, so that it can be offered to someone else.", a.replaces.as_ref().map(|v| format!(" at {}", when(v))).unwrap_or_default(), c.source)}</p>
                </div>
            });
            view! {
                <PageTitle text=title />
                <div class="nhsuk-grid-row">
                    <div class="nhsuk-grid-column-two-thirds">
                        <div class="nhsuk-panel">
                            <h1 class="nhsuk-panel__title">{title}</h1>
                            <div class="nhsuk-panel__body">"Your booking reference is"<br /><strong>{reference}</strong></div>
                        </div>
                        {old_warning}
                        <dl class="nhsuk-summary-list">
                            {row("Appointment", Some(c.what.clone()))}
                            {row("When", Some(at))}
                            {row("Where", c.place.clone())}
                            {row("How", c.how.clone())}
                            {row("From", Some(c.source.clone()))}
                        </dl>
                        {c.prepare.clone().map(|p| view! { <h2 class="nhsuk-heading-s">"How to prepare"</h2><p>{p}</p> })}
                        <p><a href=format!("/appointments/at/{provider_id}/{appointment_id}/calendar.ics") download="">"Add to your calendar (ICS file)"</a></p>
                        <p><a href="/appointments">"See your appointments"</a></p>
                    </div>
                </div>
            }
            .into_any()
        }
        AttemptState::Taken => view! {
            <PageTitle text="That time has just been taken" />
            <h1>"That time has just been taken"</h1>
            <p>"Someone else booked it a moment before you. You have not been booked."</p>
            {kept_old}
            <p><a href=format!("/appointments/book/{}", c.need_id)>"Choose another time"</a></p>
        }
        .into_any(),
        AttemptState::Failed => view! {
            <PageTitle text="Your appointment has not been booked" />
            <div class="nhsuk-grid-row">
                <div class="nhsuk-grid-column-two-thirds">
                    <h1>"Your appointment has not been booked"</h1>
                    <p>{format!("{} could not book the appointment at {at}. Nothing has been booked.", c.source)}</p>
                    {kept_old}
                    <p>"Try again in a few minutes, or contact the service."</p>
                    <p><a href=format!("/appointments/book/{}", c.need_id)>"Choose a time again"</a></p>
                    <p><a href="/appointments">"See your appointments"</a></p>
                </div>
            </div>
        }
        .into_any(),
        AttemptState::Checking | AttemptState::Chosen => view! {
            <PageTitle text="We are checking your booking" />
            <div class="nhsuk-grid-row">
                <div class="nhsuk-grid-column-two-thirds">
                    <h1>"We are checking your booking"</h1>
                    <p>{format!("We asked {} to book your appointment at {at}, but they have not told us yet whether it was booked.", c.source)}</p>
                    <p>"Do not book it again. We will show the booking in your appointments as soon as they confirm it."</p>
                    {kept_old}
                    <p><a href=format!("/appointments/booked/{}", a.key)>"Check again"</a></p>
                    <p><a href="/appointments">"See your appointments"</a></p>
                </div>
            </div>
        }
        .into_any(),
    }
}
