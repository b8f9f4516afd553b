//! Types that cross the wire between server and browser, built only by parsing,
//! and the person's choices of how pages are written (with the words in each language).

pub mod acting;
pub mod choice;
pub mod data_mode;
pub mod error;
pub mod forms;
pub mod identity;
pub mod ids;
pub mod language;
pub mod nhs_number;
pub mod person;
pub mod reading;
pub mod session;
pub mod sources;
pub mod uk_time;
pub mod words;

pub use acting::ActingRefusal;
pub use choice::Choice;
pub use data_mode::DataMode;
pub use error::AppError;
pub use forms::{FieldError, FormState};
pub use identity::{IdentityGap, IdentityLevel, IdentityView};
pub use ids::AccountId;
pub use language::Language;
pub use nhs_number::NhsNumber;
pub use reading::Reading;
pub use session::SessionClock;
pub use words::{and_list, t, t_key, t_with, words};
