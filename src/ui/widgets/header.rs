use yew::prelude::*;

use crate::core::session::Event;
use crate::core::view::header::header;
use crate::ui::context::{use_content, use_progress};

/// The widget's name, the section links (the current one marked for assistive tech) and
/// the language switch: a link to the same screen in each other language, named in that
/// language. Followed in the app it switches in place, keeping answers and screen; its
/// address (`?lang=es#/quiz/3`) works on its own too.
#[function_component(Header)]
pub fn header_bar() -> Html {
    let content = use_content();
    let progress = use_progress();
    let view = header(content.career, &progress.state);
    let current = |is: bool| is.then_some("page");
    let links = view.links.into_iter().map(|l| {
        html! { <li><a href={l.link.href} aria-current={current(l.current)}>{ l.link.label }</a></li> }
    });
    let languages = view.languages.into_iter().map(|l| {
        let dispatch = progress.dispatch.clone();
        let lang = l.lang;
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Event::SwitchLanguage(lang));
        });
        html! { <a class="language" href={l.href} lang={l.lang} {onclick}>{ l.label }</a> }
    });
    html! {
        <header class="site-header">
            <a class="brand" href={view.brand.href} aria-current={current(view.brand_current)}>{ view.brand.label }</a>
            <nav aria-label={view.nav_label}>
                <ul>{ for links }</ul>
            </nav>
            { for languages }
            if let Some(notice) = view.language_notice {
                <p class="notice language-notice" role="status" lang={notice.lang}>{ notice.text }</p>
            }
        </header>
    }
}
