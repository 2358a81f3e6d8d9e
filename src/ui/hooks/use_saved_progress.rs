use yew::prelude::*;

use crate::core::progress::STORAGE_KEY;
use crate::ui::browser;
use crate::ui::state::{AppContext, StorageStatus};

/// Saves answers and position whenever they change, if storage works. An empty answer
/// set clears the stored progress, so "Start over" leaves nothing behind.
#[hook]
pub fn use_saved_progress(state: &AppContext) {
    let progress = state.progress();
    let works = state.storage != StorageStatus::Unavailable;
    use_effect_with(progress, move |progress| {
        if works {
            if progress.answers.answered() == 0 && progress.position == 0 {
                browser::remove(STORAGE_KEY);
            } else {
                browser::save(STORAGE_KEY, &progress.to_storage());
            }
        }
    });
}
