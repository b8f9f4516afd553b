//! Pages for carers and parents: whom you are using Front Door for, the banner
//! while acting for someone, the people who can act for you (invite, change, end),
//! accepting an invitation, and who has looked at or acted on your record.

mod chooser;
mod history;
mod invitation;
mod people;

pub use chooser::{banner_resource, ActForPage, ActingBanner};
pub use history::AccessHistoryPage;
pub use invitation::InvitationPage;
pub use people::{ChangeAccessPage, InvitePage, InvitedPage, PeoplePage};
