//! An invitation opened from its link.

use crate::domain::{t, t_with};
use crate::features::carers::{
    api::{get_invitation, AcceptInvitation},
    InvitationAnswer, RELATIONSHIPS,
};
use crate::{
    components::{problem, ErrorSummary, PageTitle},
    platform::forms::kept_form,
};
use leptos::prelude::*;

/// An invitation opened from its link.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let answer = Resource::new(|| (), |_| get_invitation());
    let kept = kept_form("invitation");
    let accept = ServerAction::<AcceptInvitation>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let f = kept.await;
                match answer.await {
                    Err(e) => problem(e),
                    Ok(InvitationAnswer::None) => view! {
                        <PageTitle text=t("carer-invitation") />
                        <h1>{t("carer-invitation")}</h1>
                        <p>{t("carer-open-the-invitation-link-you")}</p>
                    }.into_any(),
                    Ok(InvitationAnswer::Unusable(why)) => view! {
                        <PageTitle text=t("carer-this-invitation-cannot-be-used") />
                        <h1>{t("carer-this-invitation-cannot-be-used")}</h1>
                        <p>{why}</p>
                    }.into_any(),
                    Ok(InvitationAnswer::Open { from, proxy_is, can_do, until, signed_in }) => view! {
                        <PageTitle text=t("carer-accept-an-invitation-to-act") has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>{t_with("carer-has-invited-you-to-act", [("from", (from).to_string().into())])}</h1>
                                <p>{t_with("carer-they-said-you-are-their", [("unwrap-or-proxy-is", (RELATIONSHIPS.iter().find(|(v, _)| *v == proxy_is).map(|(_, l)| t(l).to_lowercase()).unwrap_or(proxy_is.clone())).to_string().into()), ("until", (until).to_string().into())])}</p>
                                <ul class="nhsuk-list nhsuk-list--bullet">
                                    {can_do.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                                </ul>
                                <p>{t("carer-everything-you-do-for-them")}</p>
                                <p>{t("carer-you-need-to-have-proved")}</p>
                                {if signed_in {
                                    view! {
                                        <ActionForm action=accept>
                                            <button class="nhsuk-button" id="accept" type="submit">{t("carer-accept-the-invitation")}</button>
                                        </ActionForm>
                                    }.into_any()
                                } else {
                                    view! {
                                        <p>{t("carer-sign-in-to-front-door")}</p>
                                        <a class="nhsuk-button" href="/sign-in">{t("carer-sign-in-to-accept")}</a>
                                    }.into_any()
                                }}
                            </div>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
