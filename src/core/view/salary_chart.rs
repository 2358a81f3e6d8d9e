//! The guide's pay graphic: the range as a bar with the median marked and the BLS median
//! beside it, laid out here so the component only draws.

use crate::core::content::args;
use crate::core::content::Locale;
use crate::core::model::SalaryFacts;
use crate::core::text::whole;

/// Chart width in SVG units; the SVG scales to its box.
pub const WIDTH: f64 = 320.0;
const PAD: f64 = 16.0;

#[derive(Clone, Debug, PartialEq)]
pub struct LegendRow {
    pub label: String,
    /// `Some("median")` / `Some("bls")`: the row has a key swatch of that kind.
    pub key: Option<&'static str>,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SalaryChartView {
    pub title: &'static str,
    pub view_box: String,
    /// x positions (SVG units, as text) of low, median, high and the BLS median.
    pub low_x: String,
    pub median_x: String,
    pub high_x: String,
    pub bls_x: String,
    pub range_width: String,
    pub low: String,
    pub median: String,
    pub high: String,
    pub legend: Vec<LegendRow>,
    /// The figures as a sentence: what screen readers get.
    pub text: String,
}

/// The axis runs from a round figure below the low end to a little past the larger of the
/// high end and the BLS median, so any career's figures fit.
pub fn axis(s: &SalaryFacts) -> (f64, f64) {
    let min = (f64::from(s.low) * 0.8 / 5_000.0).floor() * 5_000.0;
    let max = f64::from(s.high.max(s.bls_median)) * 1.1;
    (min, max)
}

pub fn salary_chart(locale: &Locale, s: &SalaryFacts) -> SalaryChartView {
    let ui = &locale.ui;
    let (min, max) = axis(s);
    let x = |v: u32| PAD + (f64::from(v) - min) / (max - min) * (WIDTH - 2.0 * PAD);
    let year = s.bls_year.to_string();
    let dollars = |amount: u32| locale.money(amount);
    SalaryChartView {
        title: ui.salary_chart_title(),
        view_box: format!("0 0 {} 64", whole(WIDTH)),
        low_x: whole(x(s.low)),
        median_x: whole(x(s.median)),
        high_x: whole(x(s.high)),
        bls_x: whole(x(s.bls_median)),
        range_width: whole(x(s.high) - x(s.low)),
        low: dollars(s.low),
        median: dollars(s.median),
        high: dollars(s.high),
        legend: vec![
            LegendRow { label: ui.salary_chart_low().to_string(), key: None, value: dollars(s.low) },
            LegendRow { label: ui.salary_chart_median().to_string(), key: Some("median"), value: dollars(s.median) },
            LegendRow { label: ui.salary_chart_high().to_string(), key: None, value: dollars(s.high) },
            LegendRow {
                label: locale.fill(&ui.salary_chart_bls(), args::SalaryChartBls { year: &year }),
                key: Some("bls"),
                value: dollars(s.bls_median),
            },
        ],
        text: locale.fill(
            &ui.salary_chart_text(),
            args::SalaryChartText {
                low: &dollars(s.low),
                high: &dollars(s.high),
                median: &dollars(s.median),
                bls: &dollars(s.bls_median),
                year: &year,
            },
        ),
    }
}
