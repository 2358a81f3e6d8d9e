//! The class table as a CSV file, made in the browser (the UI offers it as a download): one
//! row a student, in the order the table shows them.
//!
//! RFC 4180: CRLF line ends; a cell holding the separator, a quote, a line break or
//! surrounding spaces is quoted, with quotes doubled. A UTF-8 byte-order mark goes first by
//! default, so Excel reads accented names correctly; the separator can be `;` for
//! spreadsheets set up for a decimal comma (most Spanish-speaking countries).
//!
//! **Formula injection.** Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and,
//! in some, a tab or carriage return) as a formula, and names come from students. Such a
//! cell gets a leading apostrophe, which spreadsheets show as text (OWASP's advice). The
//! class view's paste reader drops that apostrophe again, so this file can be pasted back.
//!
//! Every word comes from the caller ([`CsvLabels`]); only the band key column is a stable,
//! untranslated key (`strong`, `obstacle`, …), for filtering and for other tools.

use crate::core::class::summary::StudentRow;
use crate::core::text::fill;

/// MIME type for the download.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";

/// The words of the file, in the UI's language.
#[derive(Clone, Copy, Debug)]
pub struct CsvLabels<'a> {
    /// Column headings: name, score, band, band key, top areas, obstacles, quality notes,
    /// older question set, link.
    pub headers: [&'a str; 9],
    /// For a row without a name, with `{n}` for the student's number: "Student {n}".
    pub unnamed: &'a str,
    /// Verdict names, by `Band::index`.
    pub bands: [&'a str; 7],
    /// Interest area names, by `Area::index`.
    pub areas: [&'a str; 6],
    /// Obstacle names, by index into `Model::obstacles`.
    pub obstacles: &'a [&'a str],
    /// Short names of the quality notices, in `QualityFlag::ALL` order.
    pub quality: [&'a str; 5],
    /// The older-set cell, with `{version}`: "Question set {version}". Empty for today's set.
    pub older_set: &'a str,
    /// Between items in one cell (areas, obstacles, notices): "; " suits both separators.
    pub list_separator: &'a str,
}

/// How the file is written.
#[derive(Clone, Copy, Debug)]
pub struct CsvOptions<'a> {
    /// `,` or `;` (anything else is written as `,`).
    pub separator: char,
    /// Start with a UTF-8 byte-order mark (for Excel).
    pub bom: bool,
    /// The page's address before the fragment (`https://host/mlt-fit/`), so each row's link
    /// opens that student's results; empty for the bare fragment (`#/r/…`).
    pub link_base: &'a str,
}

impl Default for CsvOptions<'_> {
    fn default() -> Self {
        CsvOptions { separator: ',', bom: true, link_base: "" }
    }
}

/// The CSV text of `rows`. Never panics; a label missing for an index (an obstacle the
/// labels do not name) gives an empty name rather than an error.
pub fn to_csv(rows: &[StudentRow], labels: &CsvLabels, options: &CsvOptions) -> String {
    let sep = if options.separator == ';' { ';' } else { ',' };
    let mut out = String::with_capacity(200 + rows.len() * 200);
    if options.bom {
        out.push('\u{FEFF}');
    }
    write_row(&mut out, sep, labels.headers.iter().map(|h| h.to_string()));
    let list = |items: Vec<&str>| items.join(labels.list_separator);
    for row in rows {
        let name = row.name_or(labels.unnamed);
        let areas = row.top_areas.map_or_else(String::new, |top| {
            list(top.iter().map(|a| labels.areas.get(a.index()).copied().unwrap_or("")).collect())
        });
        let obstacles = list(row.obstacles.iter().map(|o| labels.obstacles.get(*o).copied().unwrap_or("")).collect());
        let quality = list(row.quality.iter().map(|f| labels.quality.get(f.index()).copied().unwrap_or("")).collect());
        let older = row.older_set.map_or_else(String::new, |v| fill(labels.older_set, &[("version", &v.to_string())]));
        write_row(
            &mut out,
            sep,
            [
                name,
                row.score.map_or_else(String::new, |s| s.to_string()),
                labels.bands.get(row.band.index()).copied().unwrap_or("").to_string(),
                row.band.key().to_string(),
                areas,
                obstacles,
                quality,
                older,
                format!("{}{}", options.link_base, row.fragment()),
            ]
            .into_iter(),
        );
    }
    out
}

fn write_row(out: &mut String, sep: char, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(sep);
        }
        write_cell(out, sep, &cell);
    }
    out.push_str("\r\n");
}

/// One cell: formula-guarded, then quoted when it must be.
pub fn write_cell(out: &mut String, sep: char, cell: &str) {
    let guard = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = cell.contains([sep, '"', '\n', '\r'])
        || cell.starts_with(char::is_whitespace)
        || cell.ends_with(char::is_whitespace);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(s: &str) -> String {
        let mut out = String::new();
        write_cell(&mut out, ',', s);
        out
    }

    #[test]
    fn cells_are_quoted_and_guarded() {
        assert_eq!(cell("Ana"), "Ana");
        assert_eq!(cell("Lopez, Ana"), "\"Lopez, Ana\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+34 600"), "'+34 600");
        assert_eq!(cell("-x"), "'-x");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assert_eq!(cell(" padded "), "\" padded \"");
        assert_eq!(cell(""), "");
        let mut semi = String::new();
        write_cell(&mut semi, ';', "a;b,c");
        assert_eq!(semi, "\"a;b,c\"");
    }
}
