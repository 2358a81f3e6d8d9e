//! Hooks that connect the core's session to the browser.

mod use_hash_route;
mod use_host_bridge;
mod use_session;

pub use use_hash_route::use_hash_route;
pub use use_host_bridge::{use_host_bridge, ROOT_ID};
pub use use_session::{use_session, Session};
