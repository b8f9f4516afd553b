//! Server functions for help to use Front Door. Public: nothing personal.

use super::HelpOnlineView;
use crate::domain::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Where to get help getting online, from the help points file.
#[server(endpoint = "help-online", input = GetUrl)]
pub async fn get_help_online() -> Result<HelpOnlineView, AppError> {
    let state = crate::platform::state::AppState::from_context()?;
    Ok(state.settings::<super::settings::HelpPoints>().view())
}
