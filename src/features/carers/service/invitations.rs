//! Invitations, from the invited person's side: what they see, and accepting.

use super::*;
use crate::features::carers::store;

enum Checked {
    Usable(Box<(store::Invitation, AccountRow)>),
    Unusable(&'static str, &'static str),
}

async fn check_invitation(state: &AppState, token: &str, now: i64) -> Result<Checked, AppError> {
    let Some(inv) = store::invitation_by_hash(&state.db, &token_hash(state, token)).await? else {
        return Ok(Checked::Unusable(
            "unknown",
            "This invitation link is not right. Ask the person who invited you to send it again.",
        ));
    };
    if inv.withdrawn_at.is_some() {
        return Ok(Checked::Unusable("withdrawn", "This invitation was withdrawn by the person who sent it. Ask them to invite you again if they want you to act for them."));
    }
    if inv.accepted_at.is_some() {
        return Ok(Checked::Unusable(
            "used",
            "This invitation has already been used. Each invitation can only be used once.",
        ));
    }
    if inv.expires_at <= now {
        return Ok(Checked::Unusable("expired", "This invitation has expired. Invitations last 7 days. Ask the person who invited you to send a new one."));
    }
    match accounts::by_id(&state.db, inv.subject).await? {
        Some(from) => Ok(Checked::Usable(Box::new((inv, from)))),
        None => Ok(Checked::Unusable(
            "unknown",
            "This invitation link is not right. Ask the person who invited you to send it again.",
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
        return Ok(Err(
            "You cannot accept an invitation you sent yourself.".into()
        ));
    }
    let same_email = actor
        .email
        .as_deref()
        .is_some_and(|e| e.eq_ignore_ascii_case(&inv.invitee_email));
    if !same_email {
        refuse("other_person", Some(from.id)).await?;
        return Ok(Err("This invitation was sent to someone else. Sign in with the account for the email address the invitation was sent to.".into()));
    }
    if actor.identity_level < IdentityLevel::P5 {
        refuse("not_proved", Some(from.id)).await?;
        return Ok(Err("To act for someone else, you need to prove who you are first. Go to your identity page to prove who you are, then open the invitation link again.".into()));
    }
    if !acting::two_step_this_session(method) {
        refuse("no_two_step", Some(from.id)).await?;
        return Ok(Err("To act for someone else, sign in with NHS login, or turn on two-step sign-in for your Front Door account and sign in again with a security code. Then open the invitation link again.".into()));
    }
    // Single use: only one request can mark it accepted.
    if !store::mark_accepted(&state.db, inv.id, actor.id, now).await? {
        refuse("used", Some(from.id)).await?;
        return Ok(Err(
            "This invitation has already been used. Each invitation can only be used once.".into(),
        ));
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
