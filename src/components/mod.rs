//! NHS.UK design-system pieces as components, named for what people see.

pub mod care_card;
pub mod forms;
pub mod layout;
pub mod page_states;
pub mod provider_notices;

pub use care_card::care_card;
pub use forms::{Checkbox, DateInput, ErrorSummary, PasswordInput, RadioOption, Radios, TextInput};
pub use layout::{Footer, Header, PageTitle};
pub use page_states::problem;
