//! The class view's paste reader (`core::class::paste`): links, bare payloads, hand-in
//! codes with spaces or dashes, CSV/TSV rows with a name column, blank lines and junk, each
//! line one outcome with its editor line number; and never a panic on any input.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::class::paste::{
    parse_paste, LineReason, Pasted, MAX_ERROR_TEXT, MAX_LINES, MAX_LINE_LEN, NOT_A_RESULT_KEY,
};
use mlt_fit::core::hand_in::{format, Separator};
use mlt_fit::core::link::{encode, encode_named, LinkError};
use proptest::prelude::*;

fn answers(seed: usize) -> Answers {
    Answers::from_values(
        (0..MLT.questions())
            .map(|i| if (i + seed).is_multiple_of(13) { None } else { Some(((i * 7 + seed * 3) % 5) as u8) })
            .collect(),
    )
    .unwrap()
}

/// A distinct payload of today's question set per seed.
fn payload(seed: usize) -> String {
    encode(&answers(seed), &MLT.current_item_set())
}

fn link(seed: usize) -> String {
    format!("https://school.example.org/mlt-fit/#/r/{}", payload(seed))
}

fn paste(text: &str) -> Pasted {
    parse_paste(text, &MLT)
}

/// (line number, name, payload) of each entry.
fn entries(p: &Pasted) -> Vec<(usize, Option<String>, String)> {
    p.entries().map(|e| (e.line_no, e.name.clone(), e.payload.clone())).collect()
}

/// (line number, reason) of each error.
fn errors(p: &Pasted) -> Vec<(usize, LineReason)> {
    p.errors().map(|e| (e.line_no, e.reason)).collect()
}

#[test]
fn links_bare_payloads_and_codes_one_a_line() {
    let text = [
        link(1),
        String::new(),
        format!("  {}  ", payload(2)),
        format(&payload(3), Separator::Space),
        format(&payload(4), Separator::Dash),
        format!("http://localhost:8080/?lang=es#/r/{}", payload(5)),
        format!("<{}>.", link(6)),
        format!("#/r/{}", payload(7)),
        "   ".to_string(),
        format!("{}.", format(&payload(8), Separator::Space)),
    ]
    .join("\n");
    let p = paste(&text);
    assert!(p.header.is_none());
    assert_eq!(p.error_count(), 0, "{:?}", errors(&p));
    let got = entries(&p);
    let expected: Vec<(usize, Option<String>, String)> =
        [(1, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6), (8, 7), (10, 8)]
            .map(|(line, seed)| (line, None, payload(seed)))
            .to_vec();
    assert_eq!(got, expected);
    for e in p.entries() {
        assert_eq!(e.shared.answers.len(), MLT.questions());
    }
}

#[test]
fn names_written_before_a_code_or_link() {
    let text = format!(
        "Ana: {}\nBen Li {}\nCarla  -  {}\nDiego {}",
        format(&payload(1), Separator::Space),
        format(&payload(2), Separator::Space),
        payload(3),
        link(4)
    );
    let p = paste(&text);
    let names: Vec<Option<String>> = p.entries().map(|e| e.name.clone()).collect();
    assert_eq!(names, [Some("Ana".into()), Some("Ben Li".into()), Some("Carla".into()), Some("Diego".into())]);
    assert_eq!(p.error_count(), 0);
}

#[test]
fn csv_with_a_name_column() {
    let text = format!(
        "Name,Results link\n\"Lopez, Ana\",{}\nBen,{}\n,{}\n\"Chris \"\"CJ\"\" Jones\",\"{}\"\n",
        link(1),
        format(&payload(2), Separator::Space),
        link(3),
        link(4)
    );
    let p = paste(&text);
    let header = p.header.as_ref().expect("a header row");
    assert_eq!((header.line_no, header.separator, header.name_columns.clone()), (1, Some(','), vec![0]));
    assert_eq!(
        entries(&p),
        [
            (2, Some("Lopez, Ana".into()), payload(1)),
            (3, Some("Ben".into()), payload(2)),
            (4, None, payload(3)),
            (5, Some("Chris \"CJ\" Jones".into()), payload(4)),
        ]
    );
}

#[test]
fn csv_semicolon_tab_and_other_column_orders() {
    // Spanish spreadsheet export: semicolons, accents in the header, the code first.
    let text = format!("Código;Nombre del alumno\n{};María José\n", format(&payload(1), Separator::Dash));
    let p = paste(&text);
    assert_eq!(entries(&p), [(2, Some("María José".into()), payload(1))]);
    assert_eq!(p.header.as_ref().map(|h| h.separator), Some(Some(';')));

    // A copied spreadsheet range: tabs, first and last name columns, a score column.
    let text = format!("First name\tLast name\tScore\tLink\nAna\tLopez\t72\t{}\nBen\t\t\t{}\r\n", link(1), link(2));
    let p = paste(&text);
    assert_eq!(entries(&p), [(2, Some("Ana Lopez".into()), payload(1)), (3, Some("Ben".into()), payload(2))]);

    // A "Student" column when there is no "name" column; a Student ID column loses to Name.
    let p = paste(&format!("Student,Link\nAna,{}\n", link(1)));
    assert_eq!(entries(&p), [(2, Some("Ana".into()), payload(1))]);
    let p = paste(&format!("Student ID,Name,Link\n1234,Ana,{}\n", link(1)));
    assert_eq!(entries(&p), [(2, Some("Ana".into()), payload(1))]);
}

#[test]
fn rows_without_a_header() {
    // Two cells: one result, one name; more cells: no guessing.
    let text = format!("Ana,{}\n{}\tBen\n2024-05-01,Carla,{}\n", link(1), payload(2), link(3));
    let p = paste(&text);
    assert!(p.header.is_none());
    assert_eq!(
        entries(&p),
        [(1, Some("Ana".into()), payload(1)), (2, Some("Ben".into()), payload(2)), (3, None, payload(3))]
    );
}

#[test]
fn a_copied_spreadsheet_column_with_a_heading() {
    let text = format!("Results link\n{}\n{}\n", link(1), link(2));
    let p = paste(&text);
    assert_eq!(p.header.as_ref().map(|h| (h.line_no, h.separator)), Some((1, None)));
    assert_eq!(p.read_count(), 2);
    assert_eq!(p.error_count(), 0);
}

#[test]
fn a_name_inside_the_link_and_the_name_column_wins() {
    let named = encode_named(&answers(1), &MLT.current_item_set(), "AB").unwrap();
    let p = paste(&format!("https://x/#/r/{named}\n"));
    assert_eq!(entries(&p), [(1, Some("AB".into()), named.clone())]);
    assert_eq!(p.entries().next().unwrap().shared.name.as_deref(), Some("AB"));
    let p = paste(&format!("Name,Link\nAna Bell,https://x/#/r/{named}\n"));
    assert_eq!(entries(&p), [(2, Some("Ana Bell".into()), named)]);
}

#[test]
fn older_question_set_links_are_read() {
    let old_set = MLT.item_sets[0];
    let old = encode(&Answers::from_values(vec![Some(3); old_set.item_ids.len()]).unwrap(), &old_set);
    let p = paste(&format!("https://x/#/r/{old}\n"));
    let e = p.entries().next().expect("read");
    assert_eq!(e.shared.from_version, old_set.version);
    assert_eq!(e.shared.answers.len(), MLT.questions());
}

#[test]
fn each_bad_line_has_its_reason_and_line_number() {
    let good = payload(1);
    let mut typo: Vec<char> = good.chars().collect();
    typo[12] = if typo[12] == 'Q' { 'R' } else { 'Q' };
    let typo: String = typo.into_iter().collect();
    let long = "x".repeat(MAX_LINE_LEN + 1);
    let text = [
        "Hello, these are my students:",           // 1 junk (a first line, but no heading)
        &format!("https://x/#/r/{}", &good[..20]), // 2 incomplete link
        "",                                        // 3 blank
        &format(&typo, Separator::Space),          // 4 mistyped code
        "Ana Lopez",                               // 5 a name without a code
        "https://x/#/r/",                          // 6 a link with nothing after it
        &format!("https://x/#/r/{good}%"),         // 7 fine: the link ends at `%`
        &long,                                     // 8 too long
        "AQAC O5BB BB*I",                          // 9 not base64url
        "12345",                                   // 10 junk
        &format!("Ana,{}", format(&typo, Separator::Dash)), // 11 CSV row, mistyped code
    ]
    .join("\n");
    let p = paste(&text);
    assert_eq!(
        errors(&p),
        [
            (1, LineReason::NotAResult),
            (2, LineReason::Link(LinkError::Checksum)),
            (4, LineReason::Link(LinkError::Checksum)),
            (5, LineReason::NotAResult),
            (6, LineReason::Link(LinkError::Empty)),
            (8, LineReason::LineTooLong),
            (9, LineReason::Link(LinkError::BadChars)),
            (10, LineReason::NotAResult),
            (11, LineReason::Link(LinkError::Checksum)),
        ]
    );
    assert_eq!(entries(&p), [(7, None, good)]);
    let long_error = p.errors().find(|e| e.line_no == 8).unwrap();
    assert_eq!(long_error.text.chars().count(), MAX_ERROR_TEXT + 1);
    assert_eq!(LineReason::NotAResult.key(), NOT_A_RESULT_KEY);
    assert_eq!(LineReason::Link(LinkError::Checksum).key(), "checksum");
}

#[test]
fn line_endings_and_a_byte_order_mark() {
    let text = format!("\u{FEFF}{}\r\n\r\n{}\r{}", link(1), link(2), link(3));
    let p = paste(&text);
    assert_eq!(p.entries().map(|e| e.line_no).collect::<Vec<_>>(), [1, 3, 4]);
    // A first line of only the mark and white space is blank (found by the property test
    // below, whose count of lines did not drop the mark).
    let p = paste(&format!("\u{FEFF}\u{B}\n{}", link(1)));
    assert_eq!(p.lines.len(), 1);
    assert_eq!(p.entries().map(|e| e.line_no).collect::<Vec<_>>(), [2]);
}

#[test]
fn very_long_pastes_stop_at_the_limit() {
    let line = format!("{}\n", link(1));
    let p = paste(&line.repeat(MAX_LINES + 25));
    assert_eq!(p.lines.len(), MAX_LINES);
    assert_eq!(p.not_read, 25);
}

#[test]
fn ten_thousand_generated_lines_in_one_paste() {
    // Every fourth line junk, the rest links, codes and CSV rows: counted exactly.
    let mut text = String::new();
    for i in 0..10_000 {
        match i % 4 {
            0 => text.push_str(&link(i)),
            1 => text.push_str(&format(&payload(i), Separator::Space)),
            2 => text.push_str(&format!("Student {i},{}", link(i))),
            _ => text.push_str("not a result at all"),
        }
        text.push('\n');
    }
    let p = paste(&text);
    assert_eq!(p.read_count(), 7_500);
    assert_eq!(p.error_count(), 2_500);
    assert!(p.errors().all(|e| e.reason == LineReason::NotAResult));
}

/// Lines of every kind the paste reader meets, plus noise.
fn any_line() -> impl Strategy<Value = String> {
    prop_oneof![
        (0usize..50).prop_map(link),
        (0usize..50).prop_map(payload),
        (0usize..50).prop_map(|s| format(&payload(s), Separator::Space)),
        (0usize..50).prop_map(|s| format(&payload(s), Separator::Dash)),
        ("[a-zA-Z ]{0,12}", 0usize..50).prop_map(|(n, s)| format!("{n},{}", link(s))),
        ("[a-zA-Z ]{0,12}", 0usize..50)
            .prop_map(|(n, s)| format!("\"{n}\"\t{}", format(&payload(s), Separator::Space))),
        "[A-Za-z0-9_ ,;\t\"#/:.-]{0,80}",
        "\\PC{0,60}",
        ".{0,200}",
        (0usize..50, 0usize..40, "[^\n\r]").prop_map(|(s, at, c)| {
            let mut p: Vec<char> = payload(s).chars().collect();
            let at = at % p.len();
            p[at] = c.chars().next().unwrap_or('x');
            format!("#/r/{}", p.into_iter().collect::<String>())
        }),
        Just(String::new()),
        Just("Name,Link".to_string()),
        (0usize..3000).prop_map(|n| "A".repeat(n)),
    ]
}

proptest! {
    // 100 pastes of 100 lines: 10,000 random lines.
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn random_lines_never_panic_and_each_gives_one_outcome(lines in proptest::collection::vec(any_line(), 100)) {
        let text = lines.join("\n");
        let p = paste(&text);
        // A byte-order mark that opens the text is a file's, not a line's: the reader drops it
        // (a first line of a mark and white space is blank).
        let body = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
        let non_blank = body.split(['\n', '\r']).filter(|l| !l.trim().is_empty()).count();
        let header = usize::from(p.header.is_some());
        prop_assert_eq!(p.lines.len() + header, non_blank);
        let numbers: Vec<usize> = p.lines.iter().map(|l| match l { Ok(e) => e.line_no, Err(e) => e.line_no }).collect();
        prop_assert!(numbers.windows(2).all(|w| w[0] < w[1]));
        for e in p.entries() {
            prop_assert_eq!(e.shared.answers.len(), MLT.questions());
            prop_assert!(e.name.as_ref().is_none_or(|n| !n.is_empty() && n.chars().count() <= 60 && !n.chars().any(char::is_control)));
        }
        for e in p.errors() {
            prop_assert!(e.text.chars().count() <= MAX_ERROR_TEXT + 1);
        }
    }
}

#[test]
fn a_code_typed_without_capitals_is_said_so() {
    // Every code starts "AQ": one with no capital letter lost its capitals on the way.
    let lower = payload(1).to_lowercase();
    let text = [
        lower.clone(),
        format!("Ana Lopez, {}", format(&lower, Separator::Dash)),
        format!("https://x/#/r/{lower}"),
        "https://x/#/r/".to_string(),
    ]
    .join("\n");
    let p = paste(&text);
    assert_eq!(
        errors(&p),
        [
            (1, LineReason::NoCapitals),
            (2, LineReason::NoCapitals),
            (3, LineReason::NoCapitals),
            (4, LineReason::Link(LinkError::Empty)),
        ]
    );
    assert_eq!(LineReason::NoCapitals.key(), "class_no_capitals");
}
