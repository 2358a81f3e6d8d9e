//! Reading what a counselor pastes (or drops as a text file) into the class view: any number
//! of results links or hand-in codes, one a line. Also accepted: a copied spreadsheet column
//! (with or without a heading), and CSV or TSV rows with a name column and a link or code
//! column, in any order, with a header row that names the columns (`Name`, `Student`,
//! `Nombre`, …; comma, semicolon or tab; quoted fields).
//!
//! Every non-blank line gives one outcome, in order: an [`Entry`] (a decoded result), or a
//! [`LineError`] with its line number, the start of its text and the reason (the link
//! codec's own error, or "not a result"). Blank lines are skipped; a header row is reported
//! apart. The same line numbers as the counselor's editor: `\n`, `\r\n` and `\r` all end a
//! line, and a byte-order mark at the start is ignored.
//!
//! Never panics, whatever the input. Work is bounded: a line longer than [`MAX_LINE_LEN`]
//! bytes is refused unread, and after [`MAX_LINES`] non-blank lines the rest is only counted.

use crate::core::career::Career;
use crate::core::class::fields::{detect_separator, row_separator, split_fields};
use crate::core::class::find::{display_name, find_result, Found};
use crate::core::class::sort::fold;
use crate::core::link::{LinkError, SharedAnswers};
use crate::core::model::ItemSet;

/// Longest line read, in bytes. A results link with a long host is a few hundred; a CSV row
/// with a few columns well under this. Longer lines are junk (or a file that is not a list).
pub const MAX_LINE_LEN: usize = 2_000;

/// Most non-blank lines read from one paste (about ten classes' worth of 1,000 students
/// each would already be far beyond a class view); the rest are counted in
/// [`Pasted::not_read`].
pub const MAX_LINES: usize = 20_000;

/// How much of a refused line is kept to show, in characters.
pub const MAX_ERROR_TEXT: usize = 80;

/// UI text key for [`LineReason::NotAResult`], e.g. "No results link or code on this line."
pub const NOT_A_RESULT_KEY: &str = "class_not_a_result";
/// UI text key for [`LineReason::LineTooLong`], e.g. "This line is too long to be a results link."
pub const LINE_TOO_LONG_KEY: &str = "class_line_too_long";
/// UI text key for [`LineReason::NoCapitals`], e.g. "Capital and small letters count."
pub const NO_CAPITALS_KEY: &str = "class_no_capitals";

/// Header words that mark a name column, compared after lower-casing and dropping accents.
/// Strong ones win: with both "Student ID" and "Name" columns, the name is the name.
const NAME_WORDS_STRONG: &[&str] =
    &["name", "names", "nombre", "nombres", "apellido", "apellidos", "initials", "iniciales", "nom"];
const NAME_WORDS_WEAK: &[&str] =
    &["student", "students", "alumno", "alumna", "alumnos", "estudiante", "estudiantes", "pupil"];
/// Most words in one column heading.
const MAX_HEADING_WORDS: usize = 3;
/// Header words of other columns: a first line made only of headings is not an error.
const OTHER_HEADER_WORDS: &[&str] = &[
    "link",
    "links",
    "code",
    "codes",
    "result",
    "results",
    "url",
    "enlace",
    "enlaces",
    "codigo",
    "codigos",
    "resultado",
    "resultados",
    "score",
    "band",
    "puntuacion",
    "banda",
];

/// One result read from the paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// 1-based, as an editor numbers lines.
    pub line_no: usize,
    /// The student's name: from the row's name column, else written before the code on the
    /// line, else the name inside the link (format 2). `None` when there is none.
    pub name: Option<String>,
    /// The canonical payload: the results route is `#/r/<payload>`.
    pub payload: String,
    /// The answers, in today's question set (older sets already mapped), and the link's name.
    pub shared: SharedAnswers,
}

/// Why a line gave no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineReason {
    /// A link or code was there, but the link codec refused it (mistyped, incomplete, …).
    Link(LinkError),
    /// Nothing on the line looks like a results link or a hand-in code.
    NotAResult,
    /// Longer than [`MAX_LINE_LEN`]: not read.
    LineTooLong,
    /// A code the codec refused, typed without a single capital letter: every code has some
    /// (it starts with "AQ"), so its capitals were lost, typed or copied as small letters.
    NoCapitals,
}

impl LineReason {
    /// Stable key (tests, logs): [`LinkError::key`] for a codec error, else
    /// [`NOT_A_RESULT_KEY`] or [`LINE_TOO_LONG_KEY`]. For `Link(e)` the UI can show the words
    /// the results screen already has for a damaged link (`core::view::link_error`).
    pub fn key(self) -> &'static str {
        match self {
            LineReason::Link(e) => e.key(),
            LineReason::NotAResult => NOT_A_RESULT_KEY,
            LineReason::LineTooLong => LINE_TOO_LONG_KEY,
            LineReason::NoCapitals => NO_CAPITALS_KEY,
        }
    }
}

/// A line that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line_no: usize,
    /// The start of the line, at most [`MAX_ERROR_TEXT`] characters (then `…`), with tabs and
    /// other control characters shown as spaces.
    pub text: String,
    pub reason: LineReason,
}

/// The header row, when the first non-blank line was one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub line_no: usize,
    /// The separator its columns use (`\t`, `;` or `,`); `None` for a single heading.
    pub separator: Option<char>,
    /// Columns holding the name (first and last name columns are joined).
    pub name_columns: Vec<usize>,
}

/// Everything read from one paste.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Pasted {
    /// One outcome per non-blank line, in order (the header row excluded).
    pub lines: Vec<Result<Entry, LineError>>,
    pub header: Option<Header>,
    /// Non-blank lines after the first [`MAX_LINES`], not read.
    pub not_read: usize,
}

impl Pasted {
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.lines.iter().filter_map(|l| l.as_ref().ok())
    }

    pub fn errors(&self) -> impl Iterator<Item = &LineError> {
        self.lines.iter().filter_map(|l| l.as_ref().err())
    }

    /// Lines that gave a result (duplicates included: see the class summary).
    pub fn read_count(&self) -> usize {
        self.entries().count()
    }

    pub fn error_count(&self) -> usize {
        self.errors().count()
    }
}

/// Reads pasted text with `career`'s question sets (today's and every older one).
pub fn parse_paste(text: &str, career: &Career) -> Pasted {
    parse_paste_with(text, career.item_sets, &career.current_item_set())
}

/// [`parse_paste`] with explicit question sets (for tests and other careers).
pub fn parse_paste_with(text: &str, known_sets: &[ItemSet], current: &ItemSet) -> Pasted {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Pasted::default();
    let mut seen = 0;
    for (line_no, line) in numbered_lines(text) {
        if line.trim().is_empty() {
            continue;
        }
        seen += 1;
        if seen > MAX_LINES {
            out.not_read += 1;
            continue;
        }
        if line.len() > MAX_LINE_LEN {
            out.lines.push(Err(line_error(line_no, line, LineReason::LineTooLong)));
            continue;
        }
        if seen == 1 {
            if let Some(header) = read_header(line_no, line, known_sets, current) {
                out.header = Some(header);
                continue;
            }
        }
        out.lines.push(read_line(line_no, line, out.header.as_ref(), known_sets, current));
    }
    out
}

/// Lines with 1-based numbers; `\r\n`, `\n` and `\r` each end one line.
fn numbered_lines(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            out.push((out.len() + 1, text.get(start..i).unwrap_or("")));
            i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            start = i;
        } else {
            i += 1;
        }
    }
    out.push((out.len() + 1, text.get(start..).unwrap_or("")));
    out
}

/// A first line that holds no result and names at least one column.
fn read_header(line_no: usize, line: &str, known_sets: &[ItemSet], current: &ItemSet) -> Option<Header> {
    let separator = detect_separator(line);
    let fields = match separator {
        Some(sep) => split_fields(line, sep),
        None => vec![line.to_string()],
    };
    if fields.iter().any(|f| matches!(find_result(f, known_sets, current), Found::Result { .. })) {
        return None;
    }
    let words = |f: &str| -> Vec<String> {
        fold(f).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
    };
    // A heading is a few words ("Nombre del alumno"), not a sentence that happens to say
    // "students".
    let has = |f: &str, list: &[&str]| {
        let words = words(f);
        words.len() <= MAX_HEADING_WORDS && words.iter().any(|w| list.contains(&w.as_str()))
    };
    let columns = |list: &[&str]| -> Vec<usize> {
        fields.iter().enumerate().filter(|(_, f)| has(f, list)).map(|(i, _)| i).collect()
    };
    let mut name_columns = columns(NAME_WORDS_STRONG);
    if name_columns.is_empty() {
        name_columns = columns(NAME_WORDS_WEAK);
    }
    let any_heading = !name_columns.is_empty() || fields.iter().any(|f| has(f, OTHER_HEADER_WORDS));
    // A lone word such as "Name" over a column of codes is a heading; a column of names with
    // no codes at all is not a header but a list of errors, which the counselor should see.
    any_heading.then_some(Header { line_no, separator, name_columns })
}

/// One data line: the fields of a row first (so a name column is seen), then the whole line.
fn read_line(
    line_no: usize,
    line: &str,
    header: Option<&Header>,
    known_sets: &[ItemSet],
    current: &ItemSet,
) -> Result<Entry, LineError> {
    let separator = header.and_then(|h| h.separator).or_else(|| row_separator(line));
    let mut attempt: Option<LinkError> = None;

    if let Some(sep) = separator {
        let fields = split_fields(line, sep);
        if fields.len() > 1 {
            let name_columns: &[usize] = header.map_or(&[], |h| &h.name_columns);
            let column_name = join_names(&fields, name_columns);
            for (i, field) in fields.iter().enumerate() {
                if name_columns.contains(&i) {
                    continue;
                }
                match find_result(field, known_sets, current) {
                    Found::Result { payload, shared, prefix } => {
                        let other = if header.is_none() { sole_other_field(&fields, i) } else { None };
                        let name = column_name.or(other).or(prefix).or_else(|| shared.name.clone());
                        return Ok(Entry { line_no, name, payload, shared });
                    }
                    Found::Attempt(e) => {
                        attempt.get_or_insert(e);
                    }
                    Found::Nothing => {}
                }
            }
        }
    }

    match find_result(line, known_sets, current) {
        Found::Result { payload, shared, prefix } => {
            let name = prefix.or_else(|| shared.name.clone());
            Ok(Entry { line_no, name, payload, shared })
        }
        Found::Attempt(e) => Err(line_error(line_no, line, refused(line, attempt.unwrap_or(e)))),
        Found::Nothing => {
            let reason = attempt.map_or(LineReason::NotAResult, |e| refused(line, e));
            Err(line_error(line_no, line, reason))
        }
    }
}

/// Why a code the codec refused was refused, as the counselor can act on it: a code with no
/// capital letter lost its capitals (the code is what follows a link's `#/r/`, else the
/// longest run of code characters on the line: names around it do not count).
fn refused(line: &str, error: LinkError) -> LineReason {
    let code = match line.rfind("#/r/") {
        Some(at) => &line[at + 4..],
        None => line
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .max_by_key(|run| run.len())
            .unwrap_or_default(),
    };
    let has = |pred: fn(&u8) -> bool| code.as_bytes().iter().any(pred);
    if has(u8::is_ascii_lowercase) && !has(u8::is_ascii_uppercase) {
        LineReason::NoCapitals
    } else {
        LineReason::Link(error)
    }
}

/// The name from the header's name columns, joined with spaces.
fn join_names(fields: &[String], columns: &[usize]) -> Option<String> {
    let parts: Vec<&str> = columns.iter().filter_map(|i| fields.get(*i)).map(String::as_str).collect();
    display_name(&parts.join(" "))
}

/// Without a header, a row of exactly two non-empty cells is a name and a result.
fn sole_other_field(fields: &[String], result: usize) -> Option<String> {
    let mut others = fields.iter().enumerate().filter(|(i, f)| *i != result && !f.trim().is_empty());
    match (others.next(), others.next()) {
        (Some((_, only)), None) => display_name(only),
        _ => None,
    }
}

fn line_error(line_no: usize, line: &str, reason: LineReason) -> LineError {
    let mut text: String =
        line.trim().chars().take(MAX_ERROR_TEXT).map(|c| if c.is_control() { ' ' } else { c }).collect();
    if line.trim().chars().nth(MAX_ERROR_TEXT).is_some() {
        text.push('…');
    }
    LineError { line_no, text, reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(usize, &str)> {
        numbered_lines(text)
    }

    #[test]
    fn line_numbers_follow_any_line_ending() {
        assert_eq!(lines("a\nb"), [(1, "a"), (2, "b")]);
        assert_eq!(lines("a\r\nb\r\n"), [(1, "a"), (2, "b"), (3, "")]);
        assert_eq!(lines("a\rb\n\nc"), [(1, "a"), (2, "b"), (3, ""), (4, "c")]);
        assert_eq!(lines(""), [(1, "")]);
        assert_eq!(lines("\n"), [(1, ""), (2, "")]);
        assert_eq!(lines("é\r\r\n"), [(1, "é"), (2, ""), (3, "")]);
    }

    #[test]
    fn error_text_is_cut_and_cleaned() {
        let e = line_error(3, &format!("a\tb{}", "x".repeat(200)), LineReason::NotAResult);
        assert_eq!(e.text.chars().count(), MAX_ERROR_TEXT + 1);
        assert!(e.text.starts_with("a b") && e.text.ends_with('…'));
        assert_eq!(line_error(1, "  short  ", LineReason::NotAResult).text, "short");
    }
}
