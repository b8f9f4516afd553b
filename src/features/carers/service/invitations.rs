//! Invitations, from the invited person's side: what they see, and accepting.

use crate::domain::t;

use super::*;
use crate::features::carers::store;

enum Checked {
    Usable(Box<(store::Invitation, AccountRow)>),
    Unusable(&'static str, String),
}

async fn check_invitation(state: &AppState, token: &str, now: i64) -> Result<Checked, AppError> {
    let Some(inv) = store::invitation_by_hash(&state.db, &token_hash(state, token)).await? else {
        return Ok(Checked::Unusable(
            "unknown",
            t("say-carer-this-invitation-link-is-not"),
        ));
    };
    if inv.withdrawn_at.is_some() {
        return Ok(Checked::Unusable(
            "withdrawn",
            t("say-carer-this-invitation-was-withdrawn-by"),
        ));
    }
    if inv.accepted_at.is_some() {
        return Ok(Checked::Unusable(
            "used",
            t("say-carer-this-invitation-has-already-been"),
        ));
    }
    if inv.expires_at <= now {
        return Ok(Checked::Unusable(
            "expired",
            t("say-carer-this-invitation-has-expired-invitations"),
        ));
    }
    match accounts::by_id(&state.db, inv.subject).await? {
        Some(from) => Ok(Checked::Usable(Box::new((inv, from)))),
        None => Ok(Checked::Unusable(
            "unknown",
            t("say-carer-this-invitation-link-is-not"),
        )),
    }
}

/// What the person who opened an invitation link sees. Names no clinical detail.
pub async fn invitation(
    state: &AppState,
    token: Option<&str>,
    signed_in: bool,
) -> Result<InvitationAnswer, AppError> {
    let Some(token) = token else {
        return Ok(InvitationAnswer::None);
    };
    let now = state.clock.now_unix();
    Ok(match check_invitation(state, token, now).await? {
        Checked::Unusable(_, words) => InvitationAnswer::Unusable(words.to_string()),
        Checked::Usable(found) => {
            let (inv, from) = *found;
            InvitationAnswer::Open {
                from: from.full_name,
                proxy_is: inv.proxy_is.clone(),
                can_do: scope_words(&proxies::scopes_from_text(&inv.scopes)),
                until: until_words(Some(inv.access_ends_at)).unwrap_or_default(),
                signed_in,
            }
        }
    })
}

/// Accepts an invitation for the signed-in person: single use, only by the person
/// it was sent to, only once they have proved who they are and signed in with two
/// steps. Grants nothing otherwise, and says why.
pub async fn accept(
    state: &AppState,
    actor: &AccountRow,
    method: SignInMethod,
    token: &str,
) -> Result<Result<AccountId, String>, AppError> {
    let now = state.clock.now_unix();
    let refuse = |reason: &'static str, subject: Option<AccountId>| async move {
        audit::record(
            &state.db,
            now,
            Some(actor.id),
            subject,
            AuditAction::ProxyInvitationRefused,
            reason,
        )
        .await
    };
    let (inv, from) = match check_invitation(state, token, now).await? {
        Checked::Unusable(reason, words) => {
            refuse(reason, None).await?;
            return Ok(Err(words.to_string()));
        }
        Checked::Usable(found) => *found,
    };
    if from.id == actor.id {
        refuse("own", Some(from.id)).await?;
        return Ok(Err(t("say-carer-you-cannot-accept-an-invitation")));
    }
    let same_email = actor
        .email
        .as_deref()
        .is_some_and(|e| e.eq_ignore_ascii_case(&inv.invitee_email));
    if !same_email {
        refuse("other_person", Some(from.id)).await?;
        return Ok(Err(t("say-carer-this-invitation-was-sent-to")));
    }
    if actor.identity_level < IdentityLevel::P5 {
        refuse("not_proved", Some(from.id)).await?;
        return Ok(Err(t("say-carer-to-act-for-someone-else")));
    }
    if !acting::two_step_this_session(method) {
        refuse("no_two_step", Some(from.id)).await?;
        return Ok(Err(t("say-carer-to-act-for-someone-else-2")));
    }
    // Single use: only one request can mark it accepted.
    if !store::mark_accepted(&state.db, inv.id, actor.id, now).await? {
        refuse("used", Some(from.id)).await?;
        return Ok(Err(t("say-carer-this-invitation-has-already-been")));
    }
    let scopes = proxies::scopes_from_text(&inv.scopes);
    proxies::insert(
        &state.db,
        &NewGrant {
            subject: from.id,
            proxy: actor.id,
            basis: Basis::Consent,
            proxy_is: &inv.proxy_is,
            subject_is: &inv.subject_is,
            scopes: &scopes,
            starts_at: now,
            ends_at: Some(inv.access_ends_at),
            provider_id: None,
            provider_ref: None,
            practice_allows_older_child: false,
        },
        now,
    )
    .await?;
    audit::record_as(
        &state.db,
        now,
        Some(actor.id),
        Some(from.id),
        Some("carer"),
        AuditAction::ProxyInvitationAccepted,
        "",
    )
    .await?;
    Ok(Ok(from.id))
}
