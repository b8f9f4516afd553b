//! Why someone may not act for another person now, in words the page can show.

use serde::{Deserialize, Serialize};

/// The reason a request to act for someone else was refused. Each is shown with
/// what the person can do next; none names anything clinical.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActingRefusal {
    /// Nobody has given this person access.
    NoAccess,
    /// The person ended the access (or their GP surgery no longer records it).
    Ended,
    /// The access has passed its end date (or has not started).
    Expired,
    /// This was not among the things they were allowed to do.
    NotGiven,
    /// A parent's access narrows from the child's 11th birthday.
    NotFromThisAge,
    /// A parent's access ends on the child's 16th birthday.
    ChildGrownUp,
    /// The child's date of birth is missing or cannot be read, so no age rule can be applied.
    BirthDateUnknown,
    /// Acting for someone else needs an identity proved to at least P5.
    ProxyNotProved,
    /// Acting for someone else needs two-step sign-in (or NHS login) this session.
    ProxyNeedsTwoStep,
    /// A helper's help session has not been agreed by the resident (yet, or at all).
    HelpNotAgreed,
    /// The resident or the helper ended the help session, or it was cleared.
    HelpEnded,
    /// The help session reached the time the resident agreed.
    HelpTimeUp,
    /// The helper's organisation suspended them (or they are no longer a helper).
    HelperSuspended,
    /// The page is for Front Door's staff (ICS administrators, organisations'
    /// administrators and helpers) only.
    StaffOnly,
    /// Staff pages need two-step sign-in this session.
    StaffNeedsTwoStep,
}

impl ActingRefusal {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoAccess => "no_access",
            Self::Ended => "ended",
            Self::Expired => "expired",
            Self::NotGiven => "not_given",
            Self::NotFromThisAge => "not_from_this_age",
            Self::ChildGrownUp => "child_grown_up",
            Self::BirthDateUnknown => "birth_date_unknown",
            Self::ProxyNotProved => "proxy_not_proved",
            Self::ProxyNeedsTwoStep => "proxy_needs_two_step",
            Self::HelpNotAgreed => "help_not_agreed",
            Self::HelpEnded => "help_ended",
            Self::HelpTimeUp => "help_time_up",
            Self::HelperSuspended => "helper_suspended",
            Self::StaffOnly => "staff_only",
            Self::StaffNeedsTwoStep => "staff_needs_two_step",
        }
    }

    /// What the page says (the person acted for is named by the page, not here).
    pub fn explained(self) -> &'static str {
        match self {
            Self::NoAccess => "You do not have access to act for this person.",
            Self::Ended => "Your access to act for this person has ended. They, or their GP surgery, can give it to you again.",
            Self::Expired => "Your access to act for this person has reached its end date. They can give it to you again.",
            Self::NotGiven => "You have not been given access to do this for this person. They can change what you can do from their account.",
            Self::NotFromThisAge => "From a child's 11th birthday, parents can no longer see their health record, test results or letters online, unless the GP surgery has agreed otherwise. You can still manage their appointments and ask for help for them.",
            Self::ChildGrownUp => "Parents' access ends on a child's 16th birthday. They can give you access themselves from their own account.",
            Self::BirthDateUnknown => "We could not check this person's age with their GP surgery, so we cannot give you access just now. Contact their GP surgery.",
            Self::ProxyNotProved => "To act for someone else, you need to prove who you are first.",
            Self::ProxyNeedsTwoStep => "To act for someone else, sign in with NHS login, or turn on two-step sign-in for your Front Door account and sign in again with a security code.",
            Self::HelpNotAgreed => "The person you are helping has not agreed to your help yet. Ask them to sign in on this screen, or to read out a code from their phone, and to agree.",
            Self::HelpEnded => "This help session has ended. Nothing more can be seen or done for the person you were helping. Start a new session if they want more help.",
            Self::HelpTimeUp => "This help session has reached the time the person you were helping agreed to. Start a new session if they want more help.",
            Self::HelperSuspended => "Your organisation has suspended your helper account. Speak to your organisation's Front Door administrator.",
            Self::StaffOnly => "This page is only for staff who help people use Front Door, and their administrators.",
            Self::StaffNeedsTwoStep => "Staff must sign in with a security code. Turn on two-step sign-in for your account, then sign out and sign in again with a security code.",
        }
    }

    /// True for refusals of a helper or of staff pages: the way back is the helper's
    /// start page, not the chooser of whom to act for.
    pub fn about_helping(self) -> bool {
        matches!(
            self,
            Self::HelpNotAgreed
                | Self::HelpEnded
                | Self::HelpTimeUp
                | Self::HelperSuspended
                | Self::StaffOnly
                | Self::StaffNeedsTwoStep
        )
    }
}
