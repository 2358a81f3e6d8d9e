use yew::prelude::*;

use crate::core::view::header::header;
use crate::ui::context::{use_content, use_progress};

/// The widget's name and the section links, with the current one marked for assistive tech.
#[function_component(Header)]
pub fn header_bar() -> Html {
    let content = use_content();
    let progress = use_progress();
    let view = header(content.career, &progress.state);
    let current = |is: bool| is.then_some("page");
    let links = view.links.into_iter().map(|l| {
        html! { <li><a href={l.link.href} aria-current={current(l.current)}>{ l.link.label }</a></li> }
    });
    html! {
        <header class="site-header">
            <a class="brand" href={view.brand.href} aria-current={current(view.brand_current)}>{ view.brand.label }</a>
            <nav aria-label={view.nav_label}>
                <ul>{ for links }</ul>
            </nav>
        </header>
    }
}
