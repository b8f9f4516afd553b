//! Your appointments: upcoming and past, across every provider.

use super::*;

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
