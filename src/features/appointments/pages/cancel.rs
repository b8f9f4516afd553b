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
                        <PageTitle text=t("appt-this-appointment-cannot-be-cancelled") />
                        <BackLink href=v.path() text=t("appt-back") />
                        <h1>{t("appt-this-appointment-cannot-be-cancelled")}</h1>
                        <p>{t_with("appt-it-is", [("status", status_words(&v.status).to_lowercase().into())])}</p>
                        <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
                    }.into_any(),
                    Ok(OneAnswer::Found(v)) => {
                        let options = CANCEL_REASONS
                            .iter()
                            .map(|(value, _, words)| RadioOption { value: value.to_string(), label: t(words), hint: None })
                            .collect::<Vec<_>>();
                        let path = v.path();
                        view! {
                            <PageTitle text=t("appt-cancel-your-appointment") has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <BackLink href=path.clone() text=t("appt-back") />
                                    <ErrorSummary errors=f.errors.clone() />
                                    <h1>{t("appt-cancel-your-appointment")}</h1>
                                    <dl class="nhsuk-summary-list">
                                        {row(&t("appt-row-appointment"), Some(v.what.clone()))}
                                        {row(&t("appt-row-when"), Some(when(&v)))}
                                        {row(&t("appt-row-where"), v.place.clone())}
                                        {row(&t("appt-row-from"), Some(v.source.clone()))}
                                    </dl>
                                    <ActionForm action=action attr:novalidate=true>
                                        <input type="hidden" name="provider" value=v.provider_id.clone() />
                                        <input type="hidden" name="id" value=v.id.clone() />
                                        <Radios id="reason" name="reason" legend=t("appt-why-are-you-cancelling")
                                            hint=t("appt-we-will-tell-the-service")
                                            options selected=f.value("reason") error=f.error_for("reason") />
                                        <button class="nhsuk-button nhsuk-button--warning" type="submit">{t("appt-cancel-appointment")}</button>
                                    </ActionForm>
                                    <p><a href=path>{t("appt-keep-this-appointment")}</a></p>
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
                        <PageTitle text=t("appt-your-appointment-has-not-been") />
                        <h1>{t("appt-your-appointment-has-not-been")}</h1>
                        <p>{t_with("appt-you-still-have", [("when", when(&v).into())])}</p>
                        <p><a href=format!("{}/cancel", v.path())>{t("appt-cancel-this-appointment")}</a></p>
                    }.into_any(),
                    Ok(OneAnswer::Found(v)) => view! {
                        <PageTitle text=t("appt-appointment-cancelled") />
                        <Panel title=t("appt-appointment-cancelled")>{format!("{}, {}", v.what, when(&v))}</Panel>
                        <p>{t_with("appt-we-have-told", [("provider", v.source.clone().into())])}</p>
                        <p><a href="/appointments">{t("appt-see-your-appointments")}</a></p>
                        <p><a href="/appointments/book">{t("appt-book-another-appointment")}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
