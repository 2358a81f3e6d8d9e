//! Custom hooks: each keeps one browser concern in step with the app state.

mod use_focus_on_navigation;
mod use_hash_route;
mod use_host_bridge;
mod use_saved_progress;

pub use use_focus_on_navigation::{use_focus_on_navigation, SCREEN_HEADING};
pub use use_hash_route::use_hash_route;
pub use use_host_bridge::{announce_completion, use_host_bridge, ROOT_ID};
pub use use_saved_progress::use_saved_progress;
