//! The class view as ready-to-render data: the box and its choices, then, once a list is
//! read, the class at a glance (counts, unreadable lines, duplicates, the verdict chart and
//! its table, median, interest profile, common obstacles, notices and reasons) and the
//! sortable table of students. Every word comes from the career's locale and the class
//! texts (`content/<lang>/class.toml`).

use crate::core::career::Career;
use crate::core::class::paste::{LineReason, Pasted};
use crate::core::class::screen::{quality_names, ClassState, Notice, MAX_FILE_BYTES};
use crate::core::class::sort::{Direction, SortKey};
use crate::core::class::summary::{ClassSummary, StudentRow, Tally, BANDS};
use crate::core::class::texts::ClassUi;
use crate::core::content::Locale;
use crate::core::quality::QualityFlag;
use crate::core::text::{fill, halves, whole};
use crate::core::view::link_error::reason;
use crate::core::view::profile_chart::{profile_chart_for, ProfileChartView};

/// Most entries in each "most common" list.
const TOP: usize = 5;
/// Band chart geometry, in SVG units.
const BAR_ROW: f64 = 28.0;
// Wide enough for the longest verdict name in either language ("Esta vez no hay nivel de
// afinidad", about 230 units at 13 px).
const BAR_LABEL: f64 = 240.0;
const BAR_WIDTH: f64 = 200.0;

#[derive(Clone, Debug, PartialEq)]
pub struct ClassView {
    pub heading: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub file_label: &'static str,
    pub drop_hint: &'static str,
    pub show: &'static str,
    pub clear: &'static str,
    pub text: String,
    pub keep_label: &'static str,
    pub keep_note: &'static str,
    pub keep: bool,
    /// "Remove the saved list", while a list is kept.
    pub forget: Option<&'static str>,
    pub notice: Option<NoticeView>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoticeView {
    pub text: String,
    /// An error (the counselor must act) rather than a confirmation.
    pub is_error: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SummaryView {
    pub heading: &'static str,
    /// "Students: 30", "Lines read: 31", …: only the ones that are not zero, students first.
    pub counts: Vec<String>,
    pub median: String,
    pub median_note: Option<String>,
    pub errors: Option<Section<LineView>>,
    pub duplicates: Option<Section<String>>,
    pub bands: BandChartView,
    pub profile_heading: &'static str,
    pub profile: ProfileChartView,
    pub obstacles: Section<String>,
    pub quality: Section<String>,
    pub lowered: Section<String>,
    pub table: TableView,
    pub download: &'static str,
    pub print: &'static str,
}

/// A heading and its entries; `empty` is said when there are none.
#[derive(Clone, Debug, PartialEq)]
pub struct Section<T> {
    pub heading: &'static str,
    pub entries: Vec<T>,
    pub empty: &'static str,
}

/// A line that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct LineView {
    /// "Line 7"
    pub line: String,
    /// The start of the line as pasted.
    pub text: String,
    pub reason: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BandChartView {
    pub heading: &'static str,
    /// The SVG's accessible name; the table holds the numbers.
    pub chart_label: &'static str,
    pub view_box: String,
    pub label_x: String,
    pub bar_x: String,
    pub band_column: &'static str,
    pub students_column: &'static str,
    pub share_column: &'static str,
    pub bars: Vec<BandBar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BandBar {
    pub name: &'static str,
    /// The band's key, for its colour (`strong`, `obstacle`, …).
    pub key: &'static str,
    pub count: String,
    pub percent: String,
    pub y: String,
    pub text_y: String,
    pub width: String,
    pub count_x: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableView {
    pub heading: &'static str,
    pub caption: &'static str,
    pub columns: Vec<ColumnView>,
    pub rows: Vec<RowView>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ColumnView {
    pub label: &'static str,
    /// The key a click sorts by; `None` for a column that does not sort.
    pub sort: Option<SortKey>,
    /// `aria-sort` of the column the table is sorted by.
    pub aria_sort: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowView {
    /// The student's number in the class (`StudentRow::number`): names the row's link.
    pub number: usize,
    /// The student's name, or "Student 3".
    pub name: String,
    /// Opens the student's full results (`#/r/…`).
    pub href: String,
    pub score: String,
    pub band: &'static str,
    pub band_key: &'static str,
    pub top_areas: String,
    pub obstacles: String,
    /// Notices, an older question set, duplicates: one line each.
    pub notes: Vec<String>,
}

pub fn class_view(texts: &ClassUi, state: &ClassState) -> ClassView {
    ClassView {
        heading: texts.heading,
        intro: texts.intro,
        privacy: texts.privacy,
        paste_label: texts.paste_label,
        paste_hint: texts.paste_hint,
        file_label: texts.file_label,
        drop_hint: texts.drop_hint,
        show: texts.read,
        clear: texts.clear,
        text: state.text.clone(),
        keep_label: texts.keep,
        keep_note: texts.keep_note,
        keep: state.keep,
        forget: state.keep.then_some(texts.forget),
        notice: state.notice.map(|n| notice(texts, n)),
    }
}

/// The class at a glance, once "Show the class" has read the box. Apart from the box's view
/// (`class_view`): it changes only when the class or its order does, not with each keystroke
/// in the box, so the view can keep it (and its table of students) as it is meanwhile.
pub fn summary_view(career: &Career, locale: &Locale, texts: &ClassUi, state: &ClassState) -> Option<SummaryView> {
    state.shown.as_ref().map(|s| summary(career, locale, texts, &s.pasted, &s.summary, state))
}

fn notice(texts: &ClassUi, notice: Notice) -> NoticeView {
    let limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string();
    let (text, is_error) = match notice {
        Notice::Empty => (texts.empty.to_string(), true),
        Notice::FileFailed => (texts.file_failed.to_string(), true),
        Notice::FileTooBig => (fill(texts.file_too_big, &[("limit", &limit)]), true),
        Notice::Forgotten => (texts.forgotten.to_string(), false),
        Notice::KeepFailed => (texts.keep_failed.to_string(), true),
    };
    NoticeView { text, is_error }
}

fn summary(
    career: &Career,
    locale: &Locale,
    texts: &ClassUi,
    pasted: &Pasted,
    class: &ClassSummary,
    state: &ClassState,
) -> SummaryView {
    let count = |template: &str, n: usize| fill(template, &[("count", &locale.number(n))]);
    let mut counts = vec![count(texts.count_students, class.students()), count(texts.count_read, class.read)];
    if class.errors > 0 {
        counts.push(count(texts.count_errors, class.errors));
    }
    if class.not_read > 0 {
        let max = locale.number(crate::core::class::paste::MAX_LINES);
        counts.push(fill(texts.count_not_read, &[("max", &max), ("count", &locale.number(class.not_read))]));
    }
    if !class.duplicates.is_empty() {
        counts.push(count(texts.count_duplicates, class.duplicates.len()));
    }
    if class.older_set > 0 {
        counts.push(count(texts.count_older, class.older_set));
    }
    let errors: Vec<LineView> = pasted
        .errors()
        .map(|e| LineView {
            line: fill(texts.error_line, &[("line", &e.line_no.to_string())]),
            text: e.text.clone(),
            reason: match e.reason {
                LineReason::Link(error) => reason(&locale.ui, error),
                LineReason::NotAResult => texts.not_a_result,
                LineReason::LineTooLong => texts.line_too_long,
                LineReason::NoCapitals => texts.no_capitals,
            },
        })
        .collect();
    let duplicates: Vec<String> = class
        .duplicates
        .iter()
        .map(|d| {
            let student =
                class.rows.get(d.student.saturating_sub(1)).map(|r| r.name_or(texts.unnamed)).unwrap_or_default();
            fill(texts.duplicate, &[("student", &student), ("lines", &line_list(texts, &d.lines))])
        })
        .collect();
    let mut profile =
        profile_chart_for(locale, career.model, &class.average_profile, texts.profile_class, texts.profile_caption);
    // An area nobody answered in has no average: say so in its table cell.
    for (row, n) in profile.rows.iter_mut().zip(class.profile_counts) {
        if n == 0 {
            row.you = locale.ui.results_profile_no_answer().to_string();
        }
    }
    SummaryView {
        heading: texts.summary_heading,
        counts,
        median: match class.median {
            Some(m) => fill(texts.median, &[("median", &halves(m, &locale.marks()))]),
            None => texts.median_none.to_string(),
        },
        median_note: (class.scored > 0).then(|| count(texts.median_note, class.scored)),
        errors: (!errors.is_empty()).then_some(Section {
            heading: texts.errors_heading,
            entries: errors,
            empty: texts.none,
        }),
        duplicates: (!duplicates.is_empty()).then_some(Section {
            heading: texts.duplicates_heading,
            entries: duplicates,
            empty: texts.none,
        }),
        bands: band_chart(locale, texts, class),
        profile_heading: texts.profile_heading,
        profile,
        obstacles: tally_section(texts, texts.obstacles_heading, &class.obstacles, |o| {
            locale.obstacles.get(o).map_or("", |t| t.name)
        }),
        quality: tally_section(texts, texts.quality_heading, &class.quality, |f: QualityFlag| {
            quality_names(texts)[f.index()]
        }),
        lowered: tally_section(texts, texts.lowered_heading, &class.lowered, |i| {
            locale.items.get(i).copied().unwrap_or("")
        }),
        table: table(locale, texts, class, state),
        download: texts.download,
        print: texts.print,
    }
}

fn band_chart(locale: &Locale, texts: &ClassUi, class: &ClassSummary) -> BandChartView {
    let most = class.band_counts.iter().copied().max().unwrap_or(0).max(1);
    let bars = class
        .band_chart()
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = 4.0 + i as f64 * BAR_ROW;
            let width = b.count as f64 / most as f64 * BAR_WIDTH;
            BandBar {
                name: locale.bands[b.band.index()].name,
                key: b.band.key(),
                count: b.count.to_string(),
                percent: fill(texts.percent, &[("value", &b.percent.to_string())]),
                y: whole(y),
                text_y: whole(y + 14.0),
                width: whole(width.max(if b.count > 0 { 2.0 } else { 0.0 })),
                count_x: whole(BAR_LABEL + width + 6.0),
            }
        })
        .collect();
    BandChartView {
        heading: texts.bands_heading,
        chart_label: texts.bands_chart_label,
        view_box: format!("0 0 {} {}", whole(BAR_LABEL + BAR_WIDTH + 40.0), whole(BAR_ROW * BANDS.len() as f64 + 4.0)),
        label_x: "0".into(),
        bar_x: whole(BAR_LABEL),
        band_column: texts.band_column,
        students_column: texts.students_column,
        share_column: texts.share_column,
        bars,
    }
}

fn tally_section<T: Copy>(
    texts: &ClassUi,
    heading: &'static str,
    tallies: &[Tally<T>],
    name: impl Fn(T) -> &'static str,
) -> Section<String> {
    let entries = tallies
        .iter()
        .take(TOP)
        .map(|t| fill(texts.tally, &[("what", name(t.what)), ("count", &t.count.to_string())]))
        .collect();
    Section { heading, entries, empty: texts.none }
}

fn table(locale: &Locale, texts: &ClassUi, class: &ClassSummary, state: &ClassState) -> TableView {
    let aria = |key: SortKey| {
        (state.sort == key).then_some(match state.direction {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        })
    };
    let column = |label, sort: Option<SortKey>| ColumnView { label, sort, aria_sort: sort.and_then(aria) };
    let columns = vec![
        column(texts.column_name, Some(SortKey::Name)),
        column(texts.column_score, Some(SortKey::Score)),
        column(texts.column_band, Some(SortKey::Band)),
        column(texts.column_top, None),
        column(texts.column_obstacles, None),
        column(texts.column_notes, None),
    ];
    let rows = state.order.iter().filter_map(|&i| class.rows.get(i)).map(|r| row(locale, texts, r)).collect();
    TableView { heading: texts.table_heading, caption: texts.table_caption, columns, rows }
}

fn row(locale: &Locale, texts: &ClassUi, r: &StudentRow) -> RowView {
    let join = |names: Vec<&str>| names.join(texts.list_separator);
    let mut notes: Vec<String> = r.quality.iter().map(|f| quality_names(texts)[f.index()].to_string()).collect();
    if let Some(version) = r.older_set {
        notes.push(fill(texts.older_set, &[("version", &version.to_string())]));
    }
    if !r.also_on.is_empty() {
        let text = if r.also_on.len() == 1 { texts.also_on_one } else { texts.also_on };
        notes.push(fill(text, &[("lines", &line_list(texts, &r.also_on))]));
    }
    RowView {
        number: r.number,
        name: r.name_or(texts.unnamed),
        href: r.fragment(),
        score: r.score.map_or_else(|| texts.no_score.to_string(), |s| s.to_string()),
        band: locale.bands[r.band.index()].name,
        band_key: r.band.key(),
        top_areas: r
            .top_areas
            .map_or_else(String::new, |top| join(top.iter().map(|a| locale.areas[a.index()].name).collect())),
        obstacles: join(r.obstacles.iter().filter_map(|&o| locale.obstacles.get(o)).map(|o| o.name).collect()),
        notes,
    }
}

fn line_list(texts: &ClassUi, lines: &[usize]) -> String {
    lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(texts.lines_separator)
}
