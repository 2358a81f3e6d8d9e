//! What `update` asks the browser layer to do, as data. The browser glue carries each one
//! out and never decides anything itself.

/// Where focus goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    /// The new screen's heading, after moving to another screen.
    ScreenHeading,
    /// The "choose an answer first" message.
    AnswerNeeded,
    /// The results link field, selected, when copying was refused.
    LinkField,
    /// The question asking to confirm an action that would lose answers.
    Confirm,
    /// The group of buttons the question was asked from, once it is answered "no".
    Actions,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Show this fragment in the address bar, as a new history entry.
    Navigate(String),
    /// Correct the fragment in place, without a history entry.
    ReplaceFragment(String),
    /// Replace the page's query and fragment (`?lang=es#/quiz/3`), without a history entry:
    /// a language switch, kept on reload and in copied links.
    ReplaceUrl(String),
    /// Fetch a language file (beside the page); the text comes back as
    /// `Event::LanguageLoaded` (`None` when the download failed).
    LoadLanguage {
        lang: &'static str,
        file: &'static str,
    },
    /// Fetch a guide file (beside the page); the text comes back as `Event::GuideLoaded`
    /// (`None` when the download failed).
    LoadGuide {
        lang: &'static str,
        file: &'static str,
    },
    /// Report back with `Event::Painted` once the browser has painted the screen as it is
    /// now: the results show their score first and the rest after that paint.
    AfterPaint,
    /// Store this progress string.
    SaveProgress(String),
    /// Remove stored progress.
    ClearProgress,
    /// Move focus and scroll to the top of the new screen.
    Focus(FocusTarget),
    /// The document's title.
    SetTitle(String),
    /// `<html lang>`.
    SetDocumentLang(&'static str),
    /// A validated accent colour for buttons (`--accent`).
    SetAccent(String),
    /// The compact layout for narrow sidebars.
    UseCompactLayout,
    /// A console warning (an ignored embed option).
    Warn(String),
    /// Tell the embedding page the visitor finished, with the band's key only.
    AnnounceCompletion {
        host_origin: String,
        band: &'static str,
    },
    /// Copy the page's URL with this fragment; the result comes back as `Event::CopyDone`.
    CopyLink(String),
    /// Open the share sheet for the page's URL with this fragment.
    Share {
        title: &'static str,
        fragment: String,
    },
    Print,
    /// Print the one-page handout (the print layout that holds the hand-in code and QR).
    PrintHandout,
    /// Draw the QR code of this link with the QR module (loaded on demand); the result comes
    /// back as `Event::QrDrawn`.
    DrawQr(String),
    /// Load the class view's module and show it in the `#/class` screen's element; the
    /// result comes back as `Event::ClassViewOpened`.
    OpenClassView {
        lang: &'static str,
        page_base: String,
    },
    /// Remove the class view (the counselor left `#/class`).
    CloseClassView,
}
