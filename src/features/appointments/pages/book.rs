//! Booking, first step: what the appointment is for.

use super::*;

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
                            <PageTitle text=t("appt-what-do-you-need-an") has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <BackLink href="/appointments" text=t("appt-back-to-your-appointments") />
                                    <ErrorSummary errors=f.errors.clone() />
                                    <EasyReadSwitch />
                                    {easy_read().then(easy_booking)}
                                    <ActionForm action=action attr:novalidate=true>
                                        <Radios id="need" name="need" legend=t("appt-what-do-you-need-an") heading=true
                                            hint=t("appt-if-you-need-help-now")
                                            options error=f.error_for("need") />
                                        <button class="nhsuk-button" type="submit">{t("appt-continue")}</button>
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

/// Booking, in Easy Read: the steps, above the same question.
fn easy_booking() -> impl IntoView {
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Calendar>
                <p>{t("appt-you-can-book-an-appointment")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Question>
                <p>{t("appt-first-choose-what-the-appointment")}</p>
                <p>{t("appt-then-choose-a-day-and")}</p>
            </EasyLine>
            <EasyLine picture=Picture::Tick>
                <p>{t("appt-then-check-it-and-press")}" "<strong>{t("appt-book-appointment")}</strong>"."</p>
            </EasyLine>
            <EasyLine picture=Picture::Phone111>
                <p>{t("appt-if-you-need-help-now-2")}</p>
                <p>{t("appt-in-an-emergency-phone-999")}</p>
            </EasyLine>
        </EasyRead>
    }
}
