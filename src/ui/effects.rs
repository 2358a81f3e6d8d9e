//! Carries out the core's effects in the browser. Decides nothing: every rule is in
//! `core::session`.

use wasm_bindgen::JsValue;
use yew::Callback;

use crate::core::progress::STORAGE_KEY;
use crate::core::session::{Effect, Event, FocusTarget};
use crate::ui::browser;
use crate::ui::screens::CLASS_ROOT_ID;

/// Id of the "choose an answer first" message, and of the results link field.
pub const ANSWER_NEEDED_ID: &str = "answer-needed";
pub const LINK_FIELD_ID: &str = "results-link";
/// The question before an action that would lose answers, and the buttons it was asked from.
pub const CONFIRM_ID: &str = "confirm";
pub const ACTIONS_ID: &str = "actions";
/// The id every screen gives its main heading.
pub const SCREEN_HEADING: &str = "screen-heading";

pub fn run(effect: &Effect, dispatch: &Callback<Event>) {
    match effect {
        Effect::Navigate(fragment) => browser::navigate(fragment),
        Effect::ReplaceFragment(fragment) => browser::replace_url(fragment),
        Effect::ReplaceUrl(url) => browser::replace_url(url),
        Effect::LoadLanguage { lang, file } => {
            let (lang, file, dispatch) = (*lang, *file, dispatch.clone());
            browser::fetch_text(file, move |text| dispatch.emit(Event::LanguageLoaded { lang, text }));
        }
        Effect::LoadGuide { lang, file } => {
            let (lang, dispatch) = (*lang, dispatch.clone());
            browser::fetch_text(file, move |text| dispatch.emit(Event::GuideLoaded { lang, text }));
        }
        Effect::AfterPaint => {
            let dispatch = dispatch.clone();
            browser::after_paint(move || dispatch.emit(Event::Painted));
        }
        Effect::SaveProgress(text) => {
            browser::save(STORAGE_KEY, text);
        }
        Effect::ClearProgress => browser::remove(STORAGE_KEY),
        Effect::Focus(FocusTarget::ScreenHeading) => {
            browser::focus(SCREEN_HEADING);
            browser::scroll_to_top();
        }
        Effect::Focus(FocusTarget::AnswerNeeded) => browser::focus(ANSWER_NEEDED_ID),
        Effect::Focus(FocusTarget::LinkField) => browser::focus_and_select(LINK_FIELD_ID),
        Effect::Focus(FocusTarget::Confirm) => browser::focus(CONFIRM_ID),
        Effect::Focus(FocusTarget::Actions) => browser::focus(ACTIONS_ID),
        Effect::SetTitle(title) => browser::set_title(title),
        Effect::SetDocumentLang(lang) => browser::set_document_lang(lang),
        Effect::SetAccent(colour) => browser::set_css_variable("--accent", colour),
        Effect::UseCompactLayout => browser::add_root_class("compact"),
        Effect::Warn(message) => browser::warn(message),
        Effect::AnnounceCompletion { host_origin, band } => {
            if browser::in_frame() {
                let msg = browser::message("mlt-fit:completed", &[("band", JsValue::from_str(band))]);
                browser::post_to_host(host_origin, &msg);
            }
        }
        Effect::CopyLink(fragment) => {
            let url = browser::url_with_fragment(fragment);
            let dispatch = dispatch.clone();
            browser::copy(&url, move |worked| dispatch.emit(Event::CopyDone(worked)));
        }
        Effect::Share { title, fragment } => {
            let url = browser::url_with_fragment(fragment);
            browser::share(title, &url);
        }
        Effect::Print => dispatch.emit(Event::PrintDone(browser::print())),
        Effect::PrintHandout => dispatch.emit(Event::PrintDone(browser::print_with_root_class("print-handout"))),
        Effect::DrawQr(text) => {
            let (dispatch, text) = (dispatch.clone(), text.clone());
            browser::load_kit("qr", move |loaded| {
                let wire = loaded
                    .then(|| browser::call_kit("qr", "qr_svg", &[JsValue::from_str(&text)]))
                    .flatten()
                    .and_then(|w| w.as_string());
                dispatch.emit(Event::QrDrawn { text, wire });
            });
        }
        Effect::OpenClassView { lang, page_base } => {
            let (dispatch, lang, page_base) = (dispatch.clone(), *lang, page_base.clone());
            browser::load_kit("class", move |loaded| {
                let root = browser::element_by_id(CLASS_ROOT_ID);
                let shown = loaded
                    && root.is_some_and(|el| {
                        browser::call_kit("class", "mount", &[el.into(), lang.into(), page_base.into()]).is_some()
                    });
                dispatch.emit(Event::ClassViewOpened(shown));
            });
        }
        Effect::CloseClassView => {
            browser::call_kit("class", "unmount", &[]);
        }
    }
}
