//! Cancelling an appointment, with a reason, and its confirmation.

use super::*;

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
                        <BackLink href=v.path() text="Back" />
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
                                    <BackLink href=path.clone() text="Back" />
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
                        <Panel title="Appointment cancelled">{format!("{}, {}", v.what, when(&v))}</Panel>
                        <p>{format!("We have told {}. You do not need to contact them.", v.source)}</p>
                        <p><a href="/appointments">"See your appointments"</a></p>
                        <p><a href="/appointments/book">"Book another appointment"</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
