//! Booking, last steps: check your answers, and what happened.

use super::*;
use crate::components::DownloadWarning;

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
                                    <BackLink href=back.clone() text="Back" />
                                    <EasyReadSwitch />
                                    <h1>"Check your appointment details"</h1>
                                    {easy_read().then(|| view! {
                                        <EasyRead>
                                            <EasyLine picture=Picture::Question>
                                                <p>"Check that this is right."</p>
                                                <p>"Something wrong? Press "<strong>"Change"</strong>"."</p>
                                            </EasyLine>
                                            <EasyLine picture=Picture::Tick>
                                                <p>"All right? Press "<strong>"Book appointment"</strong>"."</p>
                                            </EasyLine>
                                        </EasyRead>
                                    })}
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

/// The confirmation in Easy Read: the same facts, one to a line.
fn easy_booked(c: super::super::ChosenSlot, at: String, reference: String) -> impl IntoView {
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Tick>
                <p><strong>"Your appointment is booked."</strong></p>
            </EasyLine>
            <EasyLine picture=Picture::Clock>
                <p>"It is at "<strong>{at}</strong>"."</p>
            </EasyLine>
            {c.place.map(|place| view! {
                <EasyLine picture=Picture::Place>
                    <p>"Go to "<strong>{place}</strong>"."</p>
                </EasyLine>
            })}
            {c.how.map(|how| view! {
                <EasyLine picture=Picture::Computer>
                    <p>"How: "{how}"."</p>
                </EasyLine>
            })}
            <EasyLine picture=Picture::Calendar>
                <p>"It is for: "{c.what}"."</p>
                <p>"With: "{c.source}"."</p>
            </EasyLine>
            <EasyLine picture=Picture::Record>
                <p>"Your booking number is "<strong>{reference}</strong>"."</p>
                <p>"Write it down or keep this page."</p>
            </EasyLine>
            <EasyLine picture=Picture::Warning>
                <p>"If you cannot go, cancel the appointment."</p>
                <p>"Then someone else can have it."</p>
            </EasyLine>
        </EasyRead>
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
            let reference_easy = reference.clone();
            view! {
                <PageTitle text=title />
                <div class="nhsuk-grid-row">
                    <div class="nhsuk-grid-column-two-thirds">
                        <Panel title=title>"Your booking reference is"<br /><strong>{reference}</strong></Panel>
                        <EasyReadSwitch />
                        {old_warning}
                        {if easy_read() {
                            easy_booked(c.clone(), at, reference_easy).into_any()
                        } else {
                            view! {
                                <dl class="nhsuk-summary-list">
                                    {row("Appointment", Some(c.what.clone()))}
                                    {row("When", Some(at))}
                                    {row("Where", c.place.clone())}
                                    {row("How", c.how.clone())}
                                    {row("From", Some(c.source.clone()))}
                                </dl>
                            }
                            .into_any()
                        }}
                        {c.prepare.clone().map(|p| view! { <h2 class="nhsuk-heading-s">"How to prepare"</h2><p>{p}</p> })}
                        <DownloadWarning />
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
