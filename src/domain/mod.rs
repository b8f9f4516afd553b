//! Types that cross the wire between server and browser, built only by parsing.

pub mod forms;
pub mod nhs_number;
pub mod person;
pub mod uk_time;

pub use forms::{FieldError, FormState};
pub use nhs_number::NhsNumber;
