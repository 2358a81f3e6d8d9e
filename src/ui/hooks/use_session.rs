use std::rc::Rc;

use yew::prelude::*;

use crate::core::career::Career;
use crate::core::session::{start, update, Effect, Event, Startup, State};
use crate::ui::effects;

/// The session as Yew keeps it: the core's state plus the effects its last update asked for,
/// numbered so each batch runs exactly once, after the render that shows the new state.
#[derive(Clone)]
pub struct Session {
    pub career: &'static Career,
    pub state: Rc<State>,
    pending: Rc<Vec<Effect>>,
    batch: u64,
}

impl Reducible for Session {
    type Action = Event;

    fn reduce(self: Rc<Self>, event: Event) -> Rc<Self> {
        // Every event is a visitor's action, so re-rendering on each is cheap; comparing whole
        // states to skip one would cost more code than it saves.
        let (state, effects) = update(self.career, &self.state, event);
        Rc::new(Session {
            career: self.career,
            state: Rc::new(state),
            pending: Rc::new(effects),
            batch: self.batch + 1,
        })
    }
}

/// Starts the session from the page (query, fragment, storage) and runs every batch of
/// effects the core returns.
#[hook]
pub fn use_session(career: &'static Career, startup: impl FnOnce() -> Startup) -> (Rc<State>, Callback<Event>) {
    let session = use_reducer(move || {
        let (state, effects) = start(career, &startup());
        Session { career, state: Rc::new(state), pending: Rc::new(effects), batch: 1 }
    });
    let dispatch = {
        let session = session.dispatcher();
        Callback::from(move |event: Event| session.dispatch(event))
    };
    {
        let dispatch = dispatch.clone();
        let pending = session.pending.clone();
        use_effect_with(session.batch, move |_| {
            for effect in pending.iter() {
                effects::run(effect, &dispatch);
            }
        });
    }
    (session.state.clone(), dispatch)
}
