//! NHS.UK design-system pieces as components, named for what people see.

pub mod back_link;
pub mod care_card;
pub mod checkboxes;
pub mod date_input;
pub mod easy_read;
pub mod error_summary;
pub mod field;
pub mod inputs;
pub mod layout;
pub mod notice;
pub mod page_states;
pub mod panel;
pub mod provider_notices;
pub mod radios;
pub mod summary_list;
pub mod table;

pub use back_link::BackLink;
pub use care_card::care_card;
pub use checkboxes::{checkboxes, ticked};
pub use date_input::DateInput;
pub use easy_read::{easy_read, EasyLine, EasyRead, EasyReadSwitch, Picture};
pub use error_summary::ErrorSummary;
pub use inputs::{Checkbox, PasswordInput, TextInput};
pub use layout::{
    acting_title, on_shared_computer, personal, DownloadWarning, Footer, Header, PageTitle,
    SharedComputer,
};
pub use notice::QueryNotice;
pub use page_states::problem;
pub use panel::Panel;
pub use radios::{RadioOption, Radios};
pub use table::TableContainer;
