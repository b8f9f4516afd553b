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

    /// What the page says, in the page's language (the person acted for is
    /// named by the page, not here).
    pub fn explained(self) -> String {
        super::t(match self {
            Self::NoAccess => super::t_key("refused-no-access"),
            Self::Ended => super::t_key("refused-ended"),
            Self::Expired => super::t_key("refused-expired"),
            Self::NotGiven => super::t_key("refused-not-given"),
            Self::NotFromThisAge => super::t_key("refused-not-from-this-age"),
            Self::ChildGrownUp => super::t_key("refused-child-grown-up"),
            Self::BirthDateUnknown => super::t_key("refused-birth-date-unknown"),
            Self::ProxyNotProved => super::t_key("refused-proxy-not-proved"),
            Self::ProxyNeedsTwoStep => super::t_key("refused-proxy-needs-two-step"),
            Self::HelpNotAgreed => super::t_key("refused-help-not-agreed"),
            Self::HelpEnded => super::t_key("refused-help-ended"),
            Self::HelpTimeUp => super::t_key("refused-help-time-up"),
            Self::HelperSuspended => super::t_key("refused-helper-suspended"),
            Self::StaffOnly => super::t_key("refused-staff-only"),
            Self::StaffNeedsTwoStep => super::t_key("refused-staff-needs-two-step"),
        })
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
