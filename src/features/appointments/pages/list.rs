//! Your appointments: upcoming and past, across every provider.

use super::*;

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_appointments());
    view! {
        <Suspense fallback=|| view! { <p>{t("appt-getting-your-appointments-from-your")}</p> }>
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
        view! { <strong class=class>{status_words(&v.status)}</strong> }
    });
    view! {
        <li class="nhsuk-card">
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                    <a href=v.path()>{t_with("appt-what-when", [("what", v.what.clone().into()), ("when", when(v).into())])}</a>
                </h3>
                {status_tag}
                <dl class="nhsuk-summary-list nhsuk-u-margin-bottom-0">
                    {row(&t("appt-row-where"), v.place.clone())}
                    {row(&t("appt-row-how"), how_words(v.how.clone()))}
                    {row(&t("appt-row-from"), Some(v.source.clone()))}
                </dl>
            </div>
        </li>
    }
}

fn appointment_list(list: AppointmentList) -> AnyView {
    let checking = list.checking.clone();
    view! {
        <PageTitle text=t("appt-your-appointments") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{t("appt-your-appointments")}</h1>
                <p>{t("appt-appointments-at-your-gp-surgery")}</p>
                <a class="nhsuk-button" href="/appointments/book" role="button" draggable="false">{t("appt-book-an-appointment")}</a>
                {checking.into_iter().map(|c| view! {
                    <div class="nhsuk-warning-callout">
                        <h2 class="nhsuk-warning-callout__label">
                            <span class="nhsuk-u-visually-hidden">{t("appt-important")}" "</span>{t("appt-we-are-checking-a-booking")}
                        </h2>
                        <p>{t_with("appt-still-finding-out", [("provider", c.source.clone().into()), ("when", c.when.clone().into())])}</p>
                        <p><a href=format!("/appointments/booked/{}", c.key)>{t("appt-check-this-booking-again")}</a></p>
                    </div>
                }).collect_view()}
                {notices(&list.providers)}
                <h2>{t("appt-upcoming-appointments")}</h2>
                {if list.upcoming.is_empty() {
                    view! { <p>{t("appt-you-have-no-upcoming-appointments")}</p> }.into_any()
                } else {
                    view! { <ul class="nhsuk-list fd-appointments">{list.upcoming.iter().map(card).collect_view()}</ul> }.into_any()
                }}
                <h2>{t("appt-past-and-cancelled-appointments")}</h2>
                {if list.past.is_empty() {
                    view! { <p>{t("appt-you-have-no-past-appointments")}</p> }.into_any()
                } else {
                    view! { <ul class="nhsuk-list fd-appointments">{list.past.iter().map(card).collect_view()}</ul> }.into_any()
                }}
                {sources_list(&list.providers, &list.generated_at)}
            </div>
        </div>
    }
    .into_any()
}
