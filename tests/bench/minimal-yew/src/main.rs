//! One heading and one button: what every Yew 0.23 app pays for before its own code.
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main id="main-content">
            <h1>{ "Minimal Yew app" }</h1>
            <button type="button" {onclick}>{ format!("Clicked {} times", *count) }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
