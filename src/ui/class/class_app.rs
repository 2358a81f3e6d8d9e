use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::career::Career;
use crate::core::class::screen::{start, update, ClassEffect, ClassEvent, ClassState, KEPT_LIST_KEY};
use crate::core::class::texts::{class_ui, ClassUi};
use crate::core::content::Locale;
use crate::core::session::Lang;
use crate::core::view::class::{class_view, summary_view, SummaryView};
use crate::ui::browser;
use crate::ui::class::effects;
use crate::ui::class::paste_form::PasteForm;
use crate::ui::class::summary::class_summary;

#[derive(Properties, PartialEq)]
pub struct ClassAppProps {
    pub career: &'static Career,
    /// The language the app shows, read (`mount` loads it when it is not the default).
    pub lang: Lang,
    /// The page's address before its fragment.
    pub page_base: AttrValue,
}

thread_local! {
    /// The class as last shown, in memory only: opening a student's results and coming back
    /// finds the class as it was, while the page stays open.
    static LAST: RefCell<Option<Rc<ClassState>>> = const { RefCell::new(None) };
}

/// The class view's state as Yew keeps it, with the effects of its last update, numbered so
/// each batch runs once, after the render that shows it (as the app's `use_session`).
struct ClassModel {
    career: &'static Career,
    locale: &'static Locale,
    texts: &'static ClassUi,
    state: Rc<ClassState>,
    pending: Rc<Vec<ClassEffect>>,
    batch: u64,
}

impl Reducible for ClassModel {
    type Action = ClassEvent;

    fn reduce(self: Rc<Self>, event: ClassEvent) -> Rc<Self> {
        let (state, effects) = update(self.career, self.locale, self.texts, &self.state, event);
        let state = Rc::new(state);
        LAST.with(|last| *last.borrow_mut() = Some(state.clone()));
        Rc::new(ClassModel {
            career: self.career,
            locale: self.locale,
            texts: self.texts,
            state,
            pending: Rc::new(effects),
            batch: self.batch + 1,
        })
    }
}

/// The class view: the box for links and codes, then the class at a glance.
#[function_component(ClassApp)]
pub fn class_app(props: &ClassAppProps) -> Html {
    // Opened again as it was left (Back from a student's results): known before the first render.
    let returned = use_memo((), |_| LAST.with(|last| last.borrow().is_some()));
    let model = {
        let career = props.career;
        let locale = props.lang.0;
        let page_base = props.page_base.to_string();
        use_reducer(move || {
            let state = LAST.with(|last| last.borrow().clone()).unwrap_or_else(|| {
                let works = browser::storage_works();
                let kept = if works { browser::load(KEPT_LIST_KEY) } else { None };
                Rc::new(start(career, kept, works, page_base))
            });
            ClassModel { career, locale, texts: class_ui(locale.lang), state, pending: Rc::new(Vec::new()), batch: 0 }
        })
    };
    {
        let pending = model.pending.clone();
        use_effect_with(model.batch, move |_| pending.iter().for_each(effects::run));
    }
    // One callback for the whole visit, so the summary's props stay equal between renders.
    let dispatch = {
        let model = model.dispatcher();
        (*use_memo((), move |_| Callback::from(move |event: ClassEvent| model.dispatch(event)))).clone()
    };
    {
        let (returned, dispatch) = (*returned, dispatch.clone());
        use_effect_with((), move |_| {
            if returned {
                dispatch.emit(ClassEvent::Returned);
            }
        });
    }
    let view = class_view(model.texts, &model.state);
    // The summary (and its table of up to thousands of students) is worked out and drawn
    // again only when the class or its order changes, not on each keystroke in the box.
    let summary = {
        let state = &model.state;
        let shown = state.shown.as_ref().map(|s| Rc::as_ptr(s) as usize);
        let key = (shown, state.order.clone(), state.sort, state.direction, model.locale.lang);
        let (career, locale, texts, state) = (model.career, model.locale, model.texts, model.state.clone());
        use_memo(key, move |_| summary_view(career, locale, texts, &state))
    };
    html! {
        <div class="class-view" lang={model.locale.lang}>
            <PasteForm view={Rc::new(view)} dispatch={dispatch.clone()} />
            <ClassSummary {summary} {dispatch} />
        </div>
    }
}

#[derive(Properties)]
struct SummaryProps {
    summary: Rc<Option<SummaryView>>,
    dispatch: Callback<ClassEvent>,
}

/// Equal when it is the same summary (`use_memo` hands back the same one while nothing it
/// depends on has changed): comparing thousands of rows would cost what it saves.
impl PartialEq for SummaryProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.summary, &other.summary) && self.dispatch == other.dispatch
    }
}

#[function_component(ClassSummary)]
fn class_summary_component(props: &SummaryProps) -> Html {
    match props.summary.as_ref() {
        Some(summary) => class_summary(summary, &props.dispatch),
        None => Html::default(),
    }
}
