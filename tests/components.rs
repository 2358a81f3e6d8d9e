//! Component tests in headless Chromium (wasm-bindgen-test): the questionnaire and results
//! screens render from the core's data and respond to a visitor.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::content::Locale;
use mlt_fit::core::link;
use mlt_fit::core::model::Band;
use mlt_fit::core::route::Route;
use mlt_fit::core::scoring::extreme_answer;
use mlt_fit::core::session::{event_href, Startup};
use mlt_fit::ui::context::{ContentContext, ProgressContext};
use mlt_fit::ui::hooks::use_session;
use mlt_fit::ui::screens::Screen;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

fn score(answers: &Answers) -> mlt_fit::core::scoring::FitResult {
    MLT.score(answers)
}

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    route: Route,
}

/// The screen for a route, with both contexts provided as the app provides them (storage
/// left out, so tests never touch the browser's saved progress).
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let fragment = event_href(&MLT, MLT.default_locale(), &props.route);
    let (state, dispatch) = use_session(&MLT, move || Startup { fragment, ..Startup::default() });
    let content = ContentContext { career: &MLT, locale: state.locale() };
    html! {
        <ContextProvider<ContentContext> context={content}>
            <ContextProvider<ProgressContext> context={ProgressContext { state, dispatch }}>
                <Screen />
            </ContextProvider<ProgressContext>>
        </ContextProvider<ContentContext>>
    }
}

fn locale() -> &'static Locale {
    MLT.default_locale()
}

async fn render(route: Route) -> Element {
    let document = gloo_document();
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("append");
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { route }).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Waits (up to 3 s) until `selector` matches inside `root`: the results' second step comes
/// after the browser has painted the first, which a loaded machine may delay.
async fn until_shown(root: &Element, selector: &str) {
    for _ in 0..150 {
        if !all(root, selector).is_empty() {
            return;
        }
        settle().await;
    }
    panic!("{selector} never showed");
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_question_is_a_labelled_radio_group_that_keyboards_can_operate() {
    let root = render(Route::Quiz(0)).await;
    // One fieldset whose legend is the question, five native radios sharing one name (so the
    // arrow keys move between them), each with its own label.
    assert_eq!(text(&root, "fieldset legend"), locale().items[0]);
    let radios = all(&root, "fieldset input[type=radio]");
    assert_eq!(radios.len(), 5);
    let names: Vec<String> = radios.iter().filter_map(|r| r.get_attribute("name")).collect();
    assert!(names.iter().all(|n| *n == names[0]));
    let scale = &locale().scales[MLT.model.items[0].scale];
    for (radio, label) in radios.iter().zip(scale.labels) {
        let id = radio.id();
        assert_eq!(text(&root, &format!("label[for='{id}']")), label);
    }
    // The progress bar says where the visitor is.
    let progress = root.query_selector("progress").ok().flatten().expect("a progress bar");
    let total = MLT.model.items.len().to_string();
    assert_eq!(progress.get_attribute("max").as_deref(), Some(total.as_str()));
    assert_eq!(progress.get_attribute("value").as_deref(), Some("1"));
    assert_eq!(text(&root, "h1"), format!("Question 1 of {total}"));

    // Submitting with nothing chosen asks for an answer instead of moving on.
    let form: HtmlFormElement = root.query_selector("form").ok().flatten().expect("a form").unchecked_into();
    form.request_submit().expect("submit");
    settle().await;
    let alert = root.query_selector("[role=alert]").ok().flatten().expect("an alert");
    assert!(!alert.has_attribute("hidden"));

    // Choosing an option (what Space or an arrow key does natively) then Enter (a submit)
    // moves to question 2.
    let fourth: HtmlInputElement = radios[3].clone().unchecked_into();
    fourth.focus().expect("focus");
    fourth.click();
    settle().await;
    assert!(fourth.checked());
    assert!(alert.has_attribute("hidden"), "the alert clears once an answer is chosen");
    form.request_submit().expect("submit");
    settle().await;
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    assert_eq!(hash, "#/quiz/2");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_results_screen_renders_a_given_answer_set() {
    let n = MLT.model.items.len();
    let mut answers = Answers::skipped(n);
    for i in 0..n {
        // Mostly MLT-like, a few the other way, two skipped.
        let best = extreme_answer(MLT.model, i, true);
        let value = if i % 7 == 3 { 4 - best } else { best };
        answers.set(i, (i % 19 != 5).then_some(value));
    }
    let expected = score(&answers);
    let payload = link::encode(&answers, &MLT.current_item_set());
    let root = render(Route::Results(payload)).await;

    assert_eq!(text(&root, "h1"), locale().ui.results_heading());
    let shown = expected.rounded().expect("a score").to_string();
    assert!(text(&root, ".score").contains(&shown), "score {shown} in {:?}", text(&root, ".score"));
    assert!(text(&root, ".score-card").contains(locale().bands[expected.band.index()].name));
    // The rest follows once the score has been painted.
    until_shown(&root, ".reason-columns").await;
    // The reasons listed are the model's, in its order.
    let raised = all(&root, ".reason-columns > div:first-child .reason-item");
    assert_eq!(raised.len(), expected.raised.len());
    for (el, reason) in raised.iter().zip(&expected.raised) {
        assert_eq!(el.text_content().unwrap_or_default(), locale().items[reason.item]);
    }
    // The chart has its table equivalent: six areas.
    assert_eq!(all(&root, ".profile-chart tbody tr").len(), 6);
    // Someone else's answers: the shared banner shows.
    assert!(text(&root, ".banner").contains(locale().ui.results_shared_banner()));
    root.remove();
}

#[wasm_bindgen_test]
async fn yes_saying_answers_show_the_notice_and_no_band() {
    let answers = Answers::from_values(vec![Some(4); MLT.model.items.len()]).expect("valid answers");
    let payload = link::encode(&answers, &MLT.current_item_set());
    let root = render(Route::Results(payload)).await;
    let ui = &locale().ui;
    let card = text(&root, ".score-card");
    assert!(card.contains(locale().bands[Band::Unclear.index()].name), "{card}");
    for band in [Band::Strong, Band::Good, Band::Mixed, Band::Low] {
        assert!(!card.contains(locale().bands[band.index()].name), "no fit band is claimed: {card}");
    }
    let notices = text(&root, ".quality");
    assert!(notices.contains(ui.results_quality_heading()) && notices.contains(ui.quality_yes_saying()), "{notices}");
    assert!(notices.contains(ui.quality_invite()));
    // The score details stay visible (the results' second step).
    until_shown(&root, ".parts li").await;
    assert_eq!(all(&root, ".parts li").len(), 4);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_broken_link_shows_a_plain_message() {
    let root = render(Route::Results("AQAB!!".to_string())).await;
    assert_eq!(text(&root, "h1"), locale().ui.link_error_heading());
    assert_eq!(text(&root, "[role=alert]"), locale().ui.link_error_bad_chars());
    root.remove();
}
