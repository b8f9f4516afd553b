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
                            <PageTitle text=t("appt-check-your-appointment-details") />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <BackLink href=back.clone() text=t("appt-back") />
                                    <EasyReadSwitch />
                                    <h1>{t("appt-check-your-appointment-details")}</h1>
                                    {easy_read().then(|| view! {
                                        <EasyRead>
                                            <EasyLine picture=Picture::Question>
                                                <p>{t("appt-check-that-this-is-right")}</p>
                                                <p>{t("appt-something-wrong-press")}" "<strong>{t("appt-change")}</strong>"."</p>
                                            </EasyLine>
                                            <EasyLine picture=Picture::Tick>
                                                <p>{t("appt-all-right-press")}" "<strong>{t("appt-book-appointment")}</strong>"."</p>
                                            </EasyLine>
                                        </EasyRead>
                                    })}
                                    <dl class="nhsuk-summary-list">
                                        <div class="nhsuk-summary-list__row">
                                            <dt class="nhsuk-summary-list__key">{t("appt-appointment")}</dt>
                                            <dd class="nhsuk-summary-list__value">{c.what.clone()}</dd>
                                            <dd class="nhsuk-summary-list__actions">
                                                <a href="/appointments/book">{t("appt-change")}<span class="nhsuk-u-visually-hidden">" "{t("appt-what-the-appointment-is-for")}</span></a>
                                            </dd>
                                        </div>
                                        <div class="nhsuk-summary-list__row">
                                            <dt class="nhsuk-summary-list__key">{t("appt-when")}</dt>
                                            <dd class="nhsuk-summary-list__value">{format!("{} on {}", c.time, c.day)}</dd>
                                            <dd class="nhsuk-summary-list__actions">
                                                <a href=back>{t("appt-change")}<span class="nhsuk-u-visually-hidden">" "{t("appt-the-time")}</span></a>
                                            </dd>
                                        </div>
                                        {row(&t("appt-row-how-long"), minutes(c.minutes))}
                                        {row(&t("appt-row-where"), c.place.clone())}
                                        {row(&t("appt-row-how"), how_words(c.how.clone()))}
                                        {row(&t("appt-row-with"), c.with.clone())}
                                        {row(&t("appt-row-from"), Some(c.source.clone()))}
                                    </dl>
                                    {a.replaces.clone().map(|v| view! {
                                        <div class="nhsuk-inset-text">
                                            <span class="nhsuk-u-visually-hidden">{t("appt-information")}" "</span>
                                            <p>{t_with("appt-when-booked-we-cancel", [("when", when(&v).into())])}</p>
                                        </div>
                                    })}
                                    {c.prepare.clone().map(|p| view! {
                                        <h2 class="nhsuk-heading-s">{t("appt-how-to-prepare")}</h2>
                                        <p>{p}</p>
                                    })}
                                    <ActionForm action=action attr:novalidate=true>
                                        <input type="hidden" name="key" value=a.key.clone() />
                                        <button class="nhsuk-button" type="submit" data-prevent-double-click="true">{t("appt-book-appointment")}</button>
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
                        <PageTitle text=t("appt-you-have-not-booked-this") />
                        <h1>{t("appt-you-have-not-booked-this")}</h1>
                        <p><a href=format!("/appointments/check/{}", a.key)>{t("appt-check-your-appointment-details-and")}</a></p>
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
                <p><strong>{t("appt-your-appointment-is-booked")}</strong></p>
            </EasyLine>
            <EasyLine picture=Picture::Clock>
                <p>{t("appt-it-is-at")}" "<strong>{at}</strong>"."</p>
            </EasyLine>
            {c.place.map(|place| view! {
                <EasyLine picture=Picture::Place>
                    <p>{t("appt-go-to")}" "<strong>{place}</strong>"."</p>
                </EasyLine>
            })}
            {c.how.map(|how| view! {
                <EasyLine picture=Picture::Computer>
                    <p>{t("appt-how")}" "{how}"."</p>
                </EasyLine>
            })}
            <EasyLine picture=Picture::Calendar>
                <p>{t("appt-it-is-for")}" "{c.what}"."</p>
                <p>{t("appt-with")}" "{c.source}"."</p>
            </EasyLine>
            <EasyLine picture=Picture::Record>
                <p>{t("appt-your-booking-number-is")}" "<strong>{reference}</strong>"."</p>
                <p>{t("appt-write-it-down-or-keep")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Warning>
                <p>{t("appt-if-you-cannot-go-cancel")}</p>
                <p>{t("appt-then-someone-else-can-have")}</p>
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
        .map(|v| t_with("appt-you-still-have", [("when", when(&v).into())]));
    match a.state {
        AttemptState::Booked { reference, provider_id, appointment_id, old_cancelled } => {
            let title = if a.replaces.is_some() || old_cancelled.is_some() { t("appt-changed") } else { t("appt-booked") };
            let old_warning = (old_cancelled == Some(false)).then(|| view! {
                <div class="nhsuk-warning-callout">
                    <h2 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">{t("appt-important")}" "</span>{t("appt-your-old-appointment-has-not")}</h2>
                    <p>{match a.replaces.as_ref().map(when) {
                        Some(at) => t_with("appt-old-not-cancelled", [("when", at.into()), ("provider", c.source.clone().into())]),
                        None => t_with("appt-old-not-cancelled-no-time", [("provider", c.source.clone().into())]),
                    }}</p>
                </div>
            });
            let reference_easy = reference.clone();
            view! {
                <PageTitle text=title.clone() />
                <div class="nhsuk-grid-row">
                    <div class="nhsuk-grid-column-two-thirds">
                        <Panel title=title>{t("appt-your-booking-reference-is")}<br /><strong>{reference}</strong></Panel>
                        <EasyReadSwitch />
                        {old_warning}
                        {if easy_read() {
                            easy_booked(c.clone(), at, reference_easy).into_any()
                        } else {
                            view! {
                                <dl class="nhsuk-summary-list">
                                    {row(&t("appt-row-appointment"), Some(c.what.clone()))}
                                    {row(&t("appt-row-when"), Some(at))}
                                    {row(&t("appt-row-where"), c.place.clone())}
                                    {row(&t("appt-row-how"), how_words(c.how.clone()))}
                                    {row(&t("appt-row-from"), Some(c.source.clone()))}
                                </dl>
                            }
                            .into_any()
                        }}
                        {c.prepare.clone().map(|p| view! { <h2 class="nhsuk-heading-s">{t("appt-how-to-prepare")}</h2><p>{p}</p> })}
                        <DownloadWarning />
                        <p><a href=format!("/appointments/at/{provider_id}/{appointment_id}/calendar.ics") download="">{t("appt-add-to-your-calendar-ics")}</a></p>
                        <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
                    </div>
                </div>
            }
            .into_any()
        }
        AttemptState::Taken => view! {
            <PageTitle text=t("appt-that-time-has-just-been") />
            <h1>{t("appt-that-time-has-just-been")}</h1>
            <p>{t("appt-someone-else-booked-it-a")}</p>
            {kept_old}
            <p><a href=format!("/appointments/book/{}", c.need_id)>{t("appt-choose-another-time")}</a></p>
        }
        .into_any(),
        AttemptState::Failed => view! {
            <PageTitle text=t("appt-your-appointment-has-not-been-2") />
            <div class="nhsuk-grid-row">
                <div class="nhsuk-grid-column-two-thirds">
                    <h1>{t("appt-your-appointment-has-not-been-2")}</h1>
                    <p>{t_with("appt-could-not-book", [("provider", c.source.clone().into()), ("when", at.clone().into())])}</p>
                    {kept_old}
                    <p>{t("appt-try-again-in-a-few")}</p>
                    <p><a href=format!("/appointments/book/{}", c.need_id)>{t("appt-choose-a-time-again")}</a></p>
                    <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
                </div>
            </div>
        }
        .into_any(),
        AttemptState::Checking | AttemptState::Chosen => view! {
            <PageTitle text=t("appt-we-are-checking-your-booking") />
            <div class="nhsuk-grid-row">
                <div class="nhsuk-grid-column-two-thirds">
                    <h1>{t("appt-we-are-checking-your-booking")}</h1>
                    <p>{t_with("appt-asked-not-told", [("provider", c.source.clone().into()), ("when", at.clone().into())])}</p>
                    <p>{t("appt-do-not-book-it-again")}</p>
                    {kept_old}
                    <p><a href=format!("/appointments/booked/{}", a.key)>{t("appt-check-again")}</a></p>
                    <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
                </div>
            </div>
        }
        .into_any(),
    }
}
