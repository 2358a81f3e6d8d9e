//! The interest profile chart: paired bars (visitor, target career) per RIASEC area, and the
//! same numbers as a table.

use crate::core::content::Locale;
use crate::core::model::{Area, Model};
use crate::core::text::whole;

const ROW: f64 = 34.0;
const LABEL: f64 = 110.0;
const BAR: f64 = 200.0;

#[derive(Clone, Debug, PartialEq)]
pub struct ProfileRow {
    pub name: &'static str,
    pub short: &'static str,
    /// SVG positions and widths, as text.
    pub label_y: String,
    pub you_y: String,
    pub career_y: String,
    pub you_width: String,
    pub career_width: String,
    /// Table cells.
    pub you: String,
    pub career: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProfileChartView {
    pub you_label: &'static str,
    pub career_label: &'static str,
    pub area_label: &'static str,
    pub caption: &'static str,
    pub view_box: String,
    pub bar_x: String,
    pub rows: Vec<ProfileRow>,
}

/// The target career's profile on the visitor's 0-100 scale: O*NET's 1-7 mapped linearly.
pub fn career_percent(model: &Model, area: Area) -> f64 {
    (model.career_profile[area.index()] - 1.0) / 6.0 * 100.0
}

pub fn profile_chart(locale: &Locale, model: &Model, profile: &[Option<f64>; 6]) -> ProfileChartView {
    let ui = &locale.ui;
    profile_chart_for(locale, model, profile, ui.results_profile_you(), ui.results_profile_intro())
}

/// The chart for a profile that is not the visitor's own (the class view's average), with
/// its own series name and caption.
pub fn profile_chart_for(
    locale: &Locale,
    model: &Model,
    profile: &[Option<f64>; 6],
    you_label: &'static str,
    caption: &'static str,
) -> ProfileChartView {
    let ui = &locale.ui;
    let rows = Area::ALL
        .iter()
        .enumerate()
        .map(|(row, area)| {
            let y = 4.0 + row as f64 * ROW;
            let you = profile[area.index()];
            let career = career_percent(model, *area);
            let text = &locale.areas[area.index()];
            ProfileRow {
                name: text.name,
                short: text.short,
                label_y: whole(y + 17.0),
                you_y: whole(y),
                career_y: whole(y + 14.0),
                you_width: whole((you.unwrap_or(0.0) / 100.0 * BAR).max(1.0)),
                career_width: whole((career / 100.0 * BAR).max(1.0)),
                you: you.map(whole).unwrap_or_else(|| ui.results_profile_no_answer().to_string()),
                career: whole(career),
            }
        })
        .collect();
    ProfileChartView {
        you_label,
        career_label: ui.results_profile_career(),
        area_label: ui.results_profile_area(),
        caption,
        view_box: format!("0 0 {} {}", whole(LABEL + BAR + 4.0), whole(ROW * 6.0 + 8.0)),
        bar_x: whole(LABEL),
        rows,
    }
}
