//! NHS.UK design-system pieces as components, named for what people see.

pub mod forms;
pub mod layout;
pub mod session_timeout;

pub use forms::{Checkbox, DateInput, ErrorSummary, PasswordInput, RadioOption, Radios, TextInput};
pub use layout::{Footer, Header, PageTitle};
