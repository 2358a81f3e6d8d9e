//! Splitting one pasted row into fields: CSV (comma or semicolon, as spreadsheets in many
//! languages export it) or TSV (what a copied spreadsheet range puts on the clipboard), with
//! RFC 4180 quoting. One line at a time: the class view reads pasted text line by line, and
//! its cells (names, links, codes) never hold line breaks.

/// Field separators the class view recognises.
pub const SEPARATORS: [char; 3] = ['\t', ';', ','];

/// The separator a header row uses: the one that splits it into the most fields (tab first,
/// then semicolon, then comma on a tie); `None` when it has none of them.
pub fn detect_separator(line: &str) -> Option<char> {
    let mut best: Option<(char, usize)> = None;
    for sep in SEPARATORS {
        let n = split_fields(line, sep).len();
        if n > 1 && best.is_none_or(|(_, m)| n > m) {
            best = Some((sep, n));
        }
    }
    best.map(|(sep, _)| sep)
}

/// The separator of a data row when there is no header: tab if it has one, else semicolon,
/// else comma (a semicolon row often holds decimal commas; a tab row holds both).
pub fn row_separator(line: &str) -> Option<char> {
    SEPARATORS.into_iter().find(|sep| line.contains(*sep))
}

/// Fields of `line` split at `sep`, with RFC 4180 quotes: a field that starts with `"`
/// (spaces before it are dropped) runs
/// to the closing `"`, and `""` inside it is one quote. An unclosed quote runs to the end of
/// the line. Text after a closing quote, up to the next separator, is kept. Fields are not
/// trimmed.
pub fn split_fields(line: &str, sep: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == sep {
            fields.push(std::mem::take(&mut field));
        } else if c == '"' && field.trim().is_empty() {
            field.clear();
            quoted = true;
        } else {
            field.push(c);
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_quotes() {
        assert_eq!(split_fields("a,b,c", ','), ["a", "b", "c"]);
        assert_eq!(split_fields("\"Lopez, Ana\",x", ','), ["Lopez, Ana", "x"]);
        assert_eq!(split_fields("\"say \"\"hi\"\"\",x", ','), ["say \"hi\"", "x"]);
        assert_eq!(split_fields("a,,", ','), ["a", "", ""]);
        assert_eq!(split_fields("\"open, quote", ','), ["open, quote"]);
        assert_eq!(split_fields(" \"q\" ,x", ','), ["q ", "x"]);
        assert_eq!(split_fields("", ','), [""]);
        assert_eq!(split_fields("a\tb;c", '\t'), ["a", "b;c"]);
    }

    #[test]
    fn detects_the_separator() {
        assert_eq!(detect_separator("Name\tLink"), Some('\t'));
        assert_eq!(detect_separator("Name;Link;Score"), Some(';'));
        assert_eq!(detect_separator("Name,Link"), Some(','));
        assert_eq!(detect_separator("\"Name, first\";Link"), Some(';'));
        assert_eq!(detect_separator("Results link"), None);
        assert_eq!(row_separator("Ana\tx,y"), Some('\t'));
        assert_eq!(row_separator("plain"), None);
    }
}
