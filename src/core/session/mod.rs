//! The app as a state machine, in the shape of `redbadger/crux`: the browser layer sends
//! `Event`s, `update` returns the next `State` and the `Effect`s to carry out, as data. No
//! web types here, so every rule of the app (routing, saving, focus, completion) is tested
//! natively. The views in `core::view` turn a `State` into ready-to-render data.

mod effect;
mod event;
mod start;
mod state;

pub use effect::{Effect, FocusTarget};
pub use event::{href as event_href, language_url, parse_route, share_fragment, update, Event};
pub use start::{start, Startup};
pub use state::{
    Confirm, CopyStatus, GuideTexts, Lang, ModuleStatus, Outcome, PrintStatus, QrDrawing, QrState, ResultsState, State,
    StorageStatus,
};
