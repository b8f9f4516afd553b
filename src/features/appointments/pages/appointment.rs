//! One appointment: what, where, when, with whom, how to prepare.

use super::*;
use crate::components::DownloadWarning;

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
                <BackLink href="/appointments" text="Back to your appointments" />
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
                <DownloadWarning />
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
