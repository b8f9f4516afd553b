//! An invitation opened from its link.

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
                        <PageTitle text="Invitation" />
                        <h1>"Invitation"</h1>
                        <p>"Open the invitation link you were given to accept it."</p>
                    }.into_any(),
                    Ok(InvitationAnswer::Unusable(why)) => view! {
                        <PageTitle text="This invitation cannot be used" />
                        <h1>"This invitation cannot be used"</h1>
                        <p>{why}</p>
                    }.into_any(),
                    Ok(InvitationAnswer::Open { from, proxy_is, can_do, until, signed_in }) => view! {
                        <PageTitle text="Accept an invitation to act for someone" has_errors=f.has_errors() />
                        <div class="nhsuk-grid-row">
                            <div class="nhsuk-grid-column-two-thirds">
                                <ErrorSummary errors=f.errors.clone() />
                                <h1>{format!("{from} has invited you to act for them")}</h1>
                                <p>{format!("They said you are their {}. If you accept, you can use Front Door for them with your own login until {until}, to:", RELATIONSHIPS.iter().find(|(v, _)| *v == proxy_is).map(|(_, l)| l.to_lowercase()).unwrap_or(proxy_is.clone()))}</p>
                                <ul class="nhsuk-list nhsuk-list--bullet">
                                    {can_do.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                                </ul>
                                <p>"Everything you do for them is recorded, and they can see it. They can end your access at any time."</p>
                                <p>"You need to have proved who you are, and to sign in with NHS login or with two-step sign-in."</p>
                                {if signed_in {
                                    view! {
                                        <ActionForm action=accept>
                                            <button class="nhsuk-button" id="accept" type="submit">"Accept the invitation"</button>
                                        </ActionForm>
                                    }.into_any()
                                } else {
                                    view! {
                                        <p>"Sign in to Front Door to accept. If you do not have an account yet, create one first. We will bring you back here."</p>
                                        <a class="nhsuk-button" href="/sign-in">"Sign in to accept"</a>
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
