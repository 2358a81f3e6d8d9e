use yew::prelude::*;

use crate::core::session::State;
use crate::core::view::class_host::class_host;

/// The notice's role: loading is a status, a failure an alert.
const ROLES: [&str; 2] = ["status", "alert"];

/// Id of the element the class view renders into.
pub const CLASS_ROOT_ID: &str = "class-root";

/// The counselors' class view (`#/class`). Its code is a module of its own (`kits/class`),
/// loaded only here (`Effect::OpenClassView`), so students never download it; this screen
/// holds the element it renders into, and says when it is loading or cannot load.
pub fn class_screen(state: &State) -> Html {
    html! {
        <>
            if let Some((text, failed)) = class_host(state) {
                <p class={classes!("notice", failed.then_some("error"))} role={ROLES[usize::from(failed)]}>{ text }</p>
            }
            <div id={CLASS_ROOT_ID}></div>
        </>
    }
}
