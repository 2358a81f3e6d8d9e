//! All browser-only glue in one place: storage, the URL, clipboard, sharing, messages to a
//! host page, console warnings and focus. Every call here fails soft: a blocked API means a
//! missing convenience, never a broken page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, Storage, Window};

fn window() -> Option<Window> {
    web_sys::window()
}

/// Local storage, if this browser lets us use it (private modes and blocked storage can
/// throw on access).
fn storage() -> Option<Storage> {
    window()?.local_storage().ok().flatten()
}

/// Whether storage works: written and read back, since some browsers hand out a storage
/// object that then throws on every write.
pub fn storage_works() -> bool {
    let Some(s) = storage() else { return false };
    let probe = "mlt-fit/probe";
    let ok = s.set_item(probe, "1").is_ok() && s.get_item(probe).ok().flatten().as_deref() == Some("1");
    let _ = s.remove_item(probe);
    ok
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves a value; `false` when storage refused it.
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Moves to another screen by changing the fragment; the `hashchange` listener updates
/// the app, and the browser's back button walks the same history.
pub fn navigate(fragment: &str) {
    if let Some(w) = window() {
        if w.location().hash().ok().as_deref() != Some(fragment) {
            let _ = w.location().set_hash(fragment);
        }
    }
}

/// Replaces the page's address without a history entry: a fragment (correcting a malformed
/// one) or a query and fragment (a language switch).
pub fn replace_url(fragment: &str) {
    if let Some(w) = window() {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(fragment));
        }
    }
}

/// The full URL of this page with another fragment: what a results link looks like.
pub fn url_with_fragment(fragment: &str) -> String {
    let Some(w) = window() else {
        return fragment.to_string();
    };
    let href = w.location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{fragment}")
}

/// The browser's preferred languages, most wanted first (`navigator.languages`, else
/// `navigator.language`).
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Vec::new() };
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Two ways to call `done`, of which only the first to be called runs it: a promise's two
/// outcomes, or a frame and a fallback timeout.
fn whichever_first<T: 'static, F: FnOnce(T) + 'static>(
    done: F,
) -> (impl FnOnce(T) + 'static, impl FnOnce(T) + 'static) {
    let first = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let second = first.clone();
    let call = |slot: std::rc::Rc<std::cell::Cell<Option<F>>>| {
        move |value: T| {
            if let Some(done) = slot.take() {
                done(value);
            }
        }
    };
    (call(first), call(second))
}

/// Calls `done` with a promise's outcome once it settles. A callback rather than a future:
/// with no `async` code the app's WASM carries no executor (about 1 kB gzip). Both callbacks
/// stay allocated (a few dozen bytes a call, for the rare calls made here: a language, a
/// guide, a copy, a share).
fn on_settled(promise: &js_sys::Promise, done: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    let (on_resolved, on_rejected) = whichever_first(done);
    let resolved = Closure::once(move |value: JsValue| on_resolved(Ok(value)));
    let rejected = Closure::once(move |error: JsValue| on_rejected(Err(error)));
    let _ = promise.then2(&resolved, &rejected);
    resolved.forget();
    rejected.forget();
}

/// Calls `done` once the browser has painted what is on screen now: a task queued from the
/// next animation frame runs after that frame is drawn. Also after at most 100 ms, for a page
/// that draws no frames (a tab in the background), whichever comes first.
pub fn after_paint(done: impl FnOnce() + 'static) {
    let Some(w) = window() else { return done() };
    let (after_frame, fallback) = whichever_first(move |()| done());
    let frame =
        Closure::once_into_js(move || gloo::timers::callback::Timeout::new(0, move || after_frame(())).forget());
    let _ = w.request_animation_frame(frame.unchecked_ref());
    gloo::timers::callback::Timeout::new(100, move || fallback(())).forget();
}

/// Fetches a file beside the page as text; `done` gets `None` when it cannot be had (offline
/// without a cached copy, not found, blocked).
pub fn fetch_text(url: &str, done: impl FnOnce(Option<String>) + 'static) {
    let Some(w) = window() else { return done(None) };
    on_settled(&w.fetch_with_str(url), move |response| {
        let body = response
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
            .filter(web_sys::Response::ok)
            .and_then(|r| r.text().ok());
        match body {
            Some(text) => on_settled(&text, move |text| done(text.ok().and_then(|t| t.as_string()))),
            None => done(None),
        }
    });
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Focuses an element by id, for moving focus to a new screen's heading.
pub fn focus(id: &str) {
    let el = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Focuses a text field by id and selects its text (for copying by hand).
pub fn focus_and_select(id: &str) {
    let el = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(input) = el.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Copies text to the clipboard; `done` gets `false` when the browser refuses, or has no
/// clipboard API at all (some browsers, or a page outside a secure context).
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else { return done(false) };
    // The typed getter hands back whatever is there, `undefined` included.
    let clipboard = w.navigator().clipboard();
    if !clipboard.is_object() {
        return done(false);
    }
    on_settled(&clipboard.write_text(text), move |outcome| done(outcome.is_ok()));
}

/// Whether the Web Share API is there (mostly phones).
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
}

/// Opens the system share sheet; a cancelled share is not an error worth showing.
pub fn share(title: &str, url: &str) {
    let Some(w) = window() else { return };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    on_settled(&w.navigator().share_with_data(&data), |_| {});
}

/// Opens the browser's print dialog; `false` when there is none here: `window.print` is
/// missing, or it returned without firing `beforeprint`, which a browser fires before it
/// prints (WebKitGTK's MiniBrowser, for one, has a `print` that does nothing).
pub fn print() -> bool {
    let Some(w) = window() else { return false };
    let fired = std::rc::Rc::new(std::cell::Cell::new(false));
    let listener = {
        let fired = fired.clone();
        gloo::events::EventListener::new(&w, "beforeprint", move |_| fired.set(true))
    };
    let called = w.print().is_ok();
    drop(listener);
    called && fired.get()
}

/// Prints with a class on the document (a print layout of its own), removed after printing,
/// or at once when the browser cannot print (see `print`).
pub fn print_with_root_class(class: &str) -> bool {
    let root = window().and_then(|w| w.document()).and_then(|d| d.document_element());
    let (Some(root), Some(w)) = (root, window()) else {
        return false;
    };
    let _ = root.class_list().add_1(class);
    let owned = class.to_string();
    let el = root.clone();
    gloo::events::EventListener::once(&w, "afterprint", move |_| {
        let _ = el.class_list().remove_1(&owned);
    })
    .forget();
    let printed = print();
    if !printed {
        let _ = root.class_list().remove_1(class);
    }
    printed
}

/// Sets a CSS custom property on the document (CSSOM, so a strict CSP allows it).
pub fn set_css_variable(name: &str, value: &str) {
    let root = window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = root.style().set_property(name, value);
    }
}

pub fn add_root_class(class: &str) {
    let root = window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.class_list().add_1(class);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

pub fn set_document_lang(lang: &str) {
    let root = window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", lang);
    }
}

/// Whether this page runs inside another page's frame.
pub fn in_frame() -> bool {
    let Some(w) = window() else { return false };
    match (w.parent().ok().flatten(), w.self_().dyn_into::<Window>().ok()) {
        (Some(parent), Some(me)) => !JsValue::from(parent).loose_eq(&JsValue::from(me)),
        _ => false,
    }
}

/// Posts a message to the embedding page, only to `origin` (never `*`).
pub fn post_to_host(origin: &str, message: &JsValue) {
    let parent = window().and_then(|w| w.parent().ok().flatten());
    if let Some(parent) = parent {
        let _ = parent.post_message(message, origin);
    }
}

pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

/// Height of an element's box plus the page's own margins, in whole CSS pixels: what a
/// host frame needs to show it without a scrollbar.
pub fn content_height(id: &str) -> Option<u32> {
    let el = element_by_id(id)?;
    let body = window()?.document()?.body()?;
    let rect = el.get_bounding_client_rect();
    let body_rect = body.get_bounding_client_rect();
    let below = (body_rect.bottom() - rect.bottom()).max(0.0);
    Some((rect.bottom() - body_rect.top() + below + 1.0).ceil().clamp(0.0, 100_000.0) as u32)
}

/// A plain `{type, ...}` message object.
pub fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &JsValue::from_str("type"), &JsValue::from_str(kind));
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

// --- Code loaded on demand (the QR code, the class view) ---------------------------------
// scripts/post-build builds each kit as its own small module and names it, content-hashed,
// in a `<meta name="mlt-fit-kit-<name>" content="<url>">` of the page. Loading one adds a
// `<script type="module">` (allowed by the strict CSP's `script-src 'self'`); the module
// starts its WASM, puts its functions in `globalThis.mltFitKits[<name>]` and fires an
// `mlt-fit-kit` event with its name.

/// The functions of a kit that has started.
pub fn kit(name: &str) -> Option<JsValue> {
    let kits = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("mltFitKits")).ok()?;
    let kit = js_sys::Reflect::get(&kits, &JsValue::from_str(name)).ok()?;
    (!kit.is_undefined() && !kit.is_null()).then_some(kit)
}

/// Loads kit `name` once; `done` gets `true` when it has started (at once if it already
/// had), `false` when it cannot load (offline before it was ever loaded, or a build without
/// it).
pub fn load_kit(name: &str, done: impl FnOnce(bool) + 'static) {
    if kit(name).is_some() {
        done(true);
        return;
    }
    let Some(document) = window().and_then(|w| w.document()) else {
        return done(false);
    };
    let url = document
        .query_selector(&format!("meta[name=\"mlt-fit-kit-{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"));
    let Some(url) = url else { return done(false) };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |worked: bool| {
            if let Some(done) = done.borrow_mut().take() {
                done(worked);
            }
        }
    };
    let wanted = name.to_string();
    let ready = {
        let finish = finish.clone();
        gloo::events::EventListener::new(
            &js_sys::global().unchecked_into::<web_sys::EventTarget>(),
            "mlt-fit-kit",
            move |e| {
                let which = e.dyn_ref::<web_sys::CustomEvent>().and_then(|c| c.detail().as_string());
                if which.as_deref() == Some(wanted.as_str()) {
                    finish(true);
                }
            },
        )
    };
    // One script a kit, however often it is asked for: a second request waits for the same one.
    let id = format!("mlt-fit-kit-{name}");
    let script = match document.get_element_by_id(&id) {
        Some(existing) => existing,
        None => {
            let Ok(script) = document.create_element("script") else {
                return finish(false);
            };
            let _ = script.set_attribute("type", "module");
            let _ = script.set_attribute("src", &url);
            script.set_id(&id);
            if let Some(head) = document.head() {
                let _ = head.append_child(&script);
            }
            script
        }
    };
    let failed = gloo::events::EventListener::once(&script, "error", move |_| finish(false));
    // The listeners live until the kit answers (or the page goes).
    std::mem::forget((ready, failed));
}

/// Calls `kit.function(args…)`; `None` when the kit or the function is missing or throws.
pub fn call_kit(name: &str, function: &str, args: &[JsValue]) -> Option<JsValue> {
    let kit = kit(name)?;
    let f: js_sys::Function = js_sys::Reflect::get(&kit, &JsValue::from_str(function)).ok()?.dyn_into().ok()?;
    let list = js_sys::Array::new();
    for a in args {
        list.push(a);
    }
    f.apply(&kit, &list).ok()
}

// --- Files (the class view) ---------------------------------------------------------------

/// Reads a picked or dropped file as text: `Err(true)` when it is larger than `max_bytes`,
/// `Err(false)` when it cannot be read.
pub async fn read_text_file(file: web_sys::File, max_bytes: u64) -> Result<String, bool> {
    if file.size() > max_bytes as f64 {
        return Err(true);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| false)?;
    text.as_string().ok_or(false)
}

/// Offers `content` as a file download, made in the browser (no server, nothing sent).
pub fn download(file_name: &str, mime: &str, content: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", file_name);
        if let Some(a) = a.dyn_ref::<HtmlElement>() {
            a.click();
        }
    }
    // Revoked later, not at once: some browsers start the download only after this task.
    let _ = gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
