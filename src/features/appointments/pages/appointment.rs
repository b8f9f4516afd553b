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
                <BackLink href="/appointments" text=t("appt-back-to-your-appointments") />
                <h1>{title}</h1>
                <dl class="nhsuk-summary-list">
                    {row(&t("appt-row-when"), Some(when(&v)))}
                    {row(&t("appt-row-how-long"), minutes(v.minutes))}
                    {row(&t("appt-row-where"), v.place.clone())}
                    {row(&t("appt-row-how"), how_words(v.how.clone()))}
                    {row(&t("appt-row-with"), v.with.clone())}
                    {row(&t("appt-row-from"), Some(v.source.clone()))}
                    {row(&t("appt-row-status"), Some(status_words(&v.status)))}
                    {row(&t("appt-row-booking-reference"), v.reference.clone())}
                </dl>
                {v.prepare.clone().map(|p| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">{t("appt-information")}" "</span>
                        <h2 class="nhsuk-heading-s">{t("appt-how-to-prepare")}</h2>
                        <p>{p}</p>
                    </div>
                })}
                <DownloadWarning />
                <p>
                    <a href=format!("{}/calendar.ics", v.path()) download="">{t("appt-add-to-your-calendar-ics")}</a>
                </p>
                {v.upcoming.then(|| view! {
                    <h2>{t("appt-change-or-cancel")}</h2>
                    {match change.clone() {
                        Some(href) => view! { <p><a href=href>{t("appt-change-the-time-of-this")}</a></p> }.into_any(),
                        None => view! { <p>{t_with("appt-to-change-contact", [("provider", v.source.clone().into())])}</p> }.into_any(),
                    }}
                    <p><a href=format!("{}/cancel", v.path())>{t("appt-cancel-this-appointment")}</a></p>
                })}
            </div>
        </div>
    }
    .into_any()
}
