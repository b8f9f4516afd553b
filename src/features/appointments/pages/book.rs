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
                            <PageTitle text="What do you need an appointment for?" has_errors=f.has_errors() />
                            <div class="nhsuk-grid-row">
                                <div class="nhsuk-grid-column-two-thirds">
                                    <BackLink href="/appointments" text="Back to your appointments" />
                                    <ErrorSummary errors=f.errors.clone() />
                                    <EasyReadSwitch />
                                    {easy_read().then(easy_booking)}
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

/// Booking, in Easy Read: the steps, above the same question.
fn easy_booking() -> impl IntoView {
    view! {
        <EasyRead>
            <EasyLine picture=Picture::Calendar>
                <p>"You can book an appointment here."</p>
            </EasyLine>
            <EasyLine picture=Picture::Question>
                <p>"First, choose what the appointment is for."</p>
                <p>"Then choose a day and a time."</p>
            </EasyLine>
            <EasyLine picture=Picture::Tick>
                <p>"Then check it and press "<strong>"Book appointment"</strong>"."</p>
            </EasyLine>
            <EasyLine picture=Picture::Phone111>
                <p>"If you need help now and it cannot wait, phone 111."</p>
                <p>"In an emergency, phone 999."</p>
            </EasyLine>
        </EasyRead>
    }
}
