//! Interface messages (`[ui]` texts): plain text with `{name}` placeholders, and plural
//! forms in the ICU MessageFormat style that translators and their tools know:
//!
//! ```text
//! You skipped {skipped, plural, one {# question} other {# questions}}.
//! Saltaste {skipped, plural, one {# pregunta} many {# de preguntas} other {# preguntas}}.
//! {amount, number}
//! ```
//!
//! - `{name}`: a value the app fills in.
//! - `{name, plural, one {…} other {…}}`: the form for the number `name`, by the language's
//!   CLDR plural rules (`vocabulary::PLURAL_FORMS`); `#` inside a form is the number. A
//!   plural must give exactly the forms its language has.
//! - `{name, number}`: the number `name`, written the language's way (digit grouping).
//!
//! A placeholder that some language uses as a number (plural or `number`) is a number in the
//! app (`usize`); every other placeholder is text. Every language must use the same
//! placeholders as English. `'` has no special meaning (unlike ICU, nothing is quoted), and
//! `{`, `}` are never literal text.

use std::collections::BTreeSet;

/// One piece of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    /// `{name}` or `{name, number}` (`number` true).
    Arg {
        name: String,
        number: bool,
    },
    /// `{name, plural, cat {…} …}`
    Plural {
        name: String,
        forms: Vec<(String, Vec<Piece>)>,
    },
    /// `#` inside a plural form: the number.
    Count,
}

/// A message, parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub pieces: Vec<Piece>,
}

/// The plural categories CLDR defines, in CLDR's order.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

impl Message {
    /// Parses a message; the error is a plain sentence (the caller adds file and key).
    pub fn parse(text: &str) -> Result<Message, String> {
        let mut parser = Parser { chars: text.char_indices().peekable(), text };
        let pieces = parser.pieces(false)?;
        Ok(Message { pieces })
    }

    /// Every placeholder name, with whether this message uses it as a number.
    pub fn placeholders(&self) -> Vec<(String, bool)> {
        let mut out: Vec<(String, bool)> = Vec::new();
        fn walk(pieces: &[Piece], out: &mut Vec<(String, bool)>) {
            for p in pieces {
                let (name, number) = match p {
                    Piece::Arg { name, number } => (name, *number),
                    Piece::Plural { name, forms } => {
                        for (_, f) in forms {
                            walk(f, out);
                        }
                        (name, true)
                    }
                    _ => continue,
                };
                match out.iter_mut().find(|(n, _)| n == name) {
                    Some(entry) => entry.1 |= number,
                    None => out.push((name.clone(), number)),
                }
            }
        }
        walk(&self.pieces, &mut out);
        out
    }

    /// The names of the placeholders, sorted.
    pub fn names(&self) -> BTreeSet<String> {
        self.placeholders().into_iter().map(|(n, _)| n).collect()
    }

    /// Every plural in the message (nested ones too): (name, its form categories).
    pub fn plurals(&self) -> Vec<(String, Vec<String>)> {
        fn walk(pieces: &[Piece], out: &mut Vec<(String, Vec<String>)>) {
            for p in pieces {
                if let Piece::Plural { name, forms } = p {
                    out.push((name.clone(), forms.iter().map(|(c, _)| c.clone()).collect()));
                    for (_, f) in forms {
                        walk(f, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.pieces, &mut out);
        out
    }

    /// The message with every text piece passed through `f` (for the pseudo-locale).
    pub fn map_text(&self, f: &dyn Fn(&str) -> String) -> Message {
        fn walk(pieces: &[Piece], f: &dyn Fn(&str) -> String) -> Vec<Piece> {
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Text(t) => Piece::Text(f(t)),
                    Piece::Plural { name, forms } => Piece::Plural {
                        name: name.clone(),
                        forms: forms.iter().map(|(c, ps)| (c.clone(), walk(ps, f))).collect(),
                    },
                    other => other.clone(),
                })
                .collect()
        }
        Message { pieces: walk(&self.pieces, f) }
    }

    /// Written back in message syntax (what the app reads).
    pub fn source(&self) -> String {
        fn write(pieces: &[Piece], out: &mut String) {
            for p in pieces {
                match p {
                    Piece::Text(t) => out.push_str(t),
                    Piece::Arg { name, number: false } => out.push_str(&format!("{{{name}}}")),
                    Piece::Arg { name, number: true } => out.push_str(&format!("{{{name}, number}}")),
                    Piece::Count => out.push('#'),
                    Piece::Plural { name, forms } => {
                        out.push_str(&format!("{{{name}, plural,"));
                        for (c, f) in forms {
                            out.push_str(&format!(" {c} {{"));
                            write(f, out);
                            out.push('}');
                        }
                        out.push('}');
                    }
                }
            }
        }
        let mut out = String::new();
        write(&self.pieces, &mut out);
        out
    }
}

/// Marks in a compiled message (`Message::compile`), never in any text (texts have no
/// control characters): a placeholder (followed by its index digit), the start of the
/// variants, and the end of a variant's key.
pub const ARG: char = '\u{1}';
pub const VARIANTS: char = '\u{2}';
pub const KEY_END: char = '\u{3}';

/// A plural category as one letter in a variant's key.
pub fn category_letter(category: &str) -> char {
    match category {
        "zero" => 'z',
        "one" => 'o',
        "two" => 't',
        "few" => 'f',
        "many" => 'm',
        _ => 'x',
    }
}

impl Message {
    /// The message as the app stores it, so that filling it takes next to no code: every
    /// placeholder (and `#`) is `\u{1}` and the index of its argument in `names` (one digit),
    /// and a message with plurals is spelt out once for every combination of its plural
    /// arguments' forms in this language (`forms`):
    /// `\u{2}<indices of the plural arguments>` then, for each combination,
    /// `\u{2}<one category letter an argument>\u{3}<text>`. The app picks the variant whose
    /// key is the numbers' categories.
    pub fn compile(&self, names: &[String], forms: &[&str]) -> String {
        let index = |name: &str| names.iter().position(|n| n == name).unwrap_or(0);
        let mut plural_args: Vec<String> = Vec::new();
        for (name, _) in self.plurals() {
            if !plural_args.contains(&name) {
                plural_args.push(name);
            }
        }
        fn write(
            pieces: &[Piece],
            choice: &[(String, &str)],
            index: &dyn Fn(&str) -> usize,
            count: Option<usize>,
            out: &mut String,
        ) {
            for p in pieces {
                match p {
                    Piece::Text(t) => out.push_str(t),
                    Piece::Arg { name, .. } => {
                        out.push(ARG);
                        out.push_str(&index(name).to_string());
                    }
                    Piece::Count => {
                        out.push(ARG);
                        out.push_str(&count.unwrap_or(0).to_string());
                    }
                    Piece::Plural { name, forms } => {
                        let wanted = choice.iter().find(|(n, _)| n == name).map_or("other", |(_, c)| *c);
                        let form = forms
                            .iter()
                            .find(|(c, _)| c == wanted)
                            .or_else(|| forms.iter().find(|(c, _)| c == "other"));
                        if let Some((_, inner)) = form {
                            write(inner, choice, index, Some(index(name)), out);
                        }
                    }
                }
            }
        }
        if plural_args.is_empty() {
            let mut out = String::new();
            write(&self.pieces, &[], &index, None, &mut out);
            return out;
        }
        let mut out = String::from(VARIANTS);
        for name in &plural_args {
            out.push_str(&index(name).to_string());
        }
        // Every combination of forms, the first argument's form changing slowest.
        let mut combo = vec![0usize; plural_args.len()];
        loop {
            let choice: Vec<(String, &str)> = plural_args
                .iter()
                .zip(&combo)
                .map(|(n, &c)| (n.clone(), forms.get(c).copied().unwrap_or("other")))
                .collect();
            out.push(VARIANTS);
            out.extend(choice.iter().map(|(_, c)| category_letter(c)));
            out.push(KEY_END);
            write(&self.pieces, &choice, &index, None, &mut out);
            let mut i = combo.len();
            loop {
                if i == 0 {
                    return out;
                }
                i -= 1;
                combo[i] += 1;
                if combo[i] < forms.len().max(1) {
                    break;
                }
                combo[i] = 0;
            }
        }
    }
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    text: &'a str,
}

impl Parser<'_> {
    /// Pieces up to the end (or, inside a plural form, up to its closing `}`).
    fn pieces(&mut self, in_form: bool) -> Result<Vec<Piece>, String> {
        let mut out = Vec::new();
        let mut text = String::new();
        loop {
            let Some(&(_, c)) = self.chars.peek() else {
                if in_form {
                    return Err("a plural form is not closed with `}`".into());
                }
                break;
            };
            match c {
                '{' => {
                    self.chars.next();
                    if !text.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    out.push(self.placeholder()?);
                }
                '}' if in_form => {
                    self.chars.next();
                    break;
                }
                '}' => return Err("a `}` has no `{` before it".into()),
                '#' if in_form => {
                    self.chars.next();
                    if !text.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    out.push(Piece::Count);
                }
                c => {
                    self.chars.next();
                    text.push(c);
                }
            }
        }
        if !text.is_empty() {
            out.push(Piece::Text(text));
        }
        Ok(out)
    }

    fn skip_spaces(&mut self) {
        while self.chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
            self.chars.next();
        }
    }

    /// A word of letters, digits and `_`.
    fn word(&mut self) -> String {
        let mut w = String::new();
        while let Some(&(_, c)) = self.chars.peek() {
            if c.is_ascii_alphanumeric() || c == '_' {
                w.push(c);
                self.chars.next();
            } else {
                break;
            }
        }
        w
    }

    /// After a `{`: `name}`, `name, number}` or `name, plural, forms}`.
    fn placeholder(&mut self) -> Result<Piece, String> {
        self.skip_spaces();
        let name = self.word();
        if !crate::vocabulary::is_field_name(&name) {
            let rest: String = self.text[self.chars.peek().map_or(self.text.len(), |(i, _)| *i)..]
                .chars()
                .take_while(|c| *c != '}')
                .collect();
            return Err(format!(
                "`{{{name}{rest}}}` is not a placeholder: write {{name}} with lowercase letters, digits and _"
            ));
        }
        self.skip_spaces();
        match self.chars.next() {
            Some((_, '}')) => return Ok(Piece::Arg { name, number: false }),
            Some((_, ',')) => {}
            _ => return Err(format!("{{{name} is not closed with `}}`")),
        }
        self.skip_spaces();
        let kind = self.word();
        self.skip_spaces();
        match kind.as_str() {
            "number" => match self.chars.next() {
                Some((_, '}')) => Ok(Piece::Arg { name, number: true }),
                _ => Err(format!("{{{name}, number is not closed with `}}`")),
            },
            "plural" => {
                if !matches!(self.chars.next(), Some((_, ','))) {
                    return Err(format!("{{{name}, plural needs a `,` and then its forms"));
                }
                let mut forms: Vec<(String, Vec<Piece>)> = Vec::new();
                loop {
                    self.skip_spaces();
                    match self.chars.peek() {
                        Some((_, '}')) => {
                            self.chars.next();
                            break;
                        }
                        None => return Err(format!("{{{name}, plural, …}} is not closed with `}}`")),
                        _ => {}
                    }
                    let category = self.word();
                    if !CATEGORIES.contains(&category.as_str()) {
                        return Err(format!(
                            "{{{name}, plural}}: `{category}` is no plural form (CLDR's are {})",
                            CATEGORIES.join(", ")
                        ));
                    }
                    self.skip_spaces();
                    if !matches!(self.chars.next(), Some((_, '{'))) {
                        return Err(format!("{{{name}, plural}}: the form `{category}` needs its text in {{…}}"));
                    }
                    if forms.iter().any(|(c, _)| *c == category) {
                        return Err(format!("{{{name}, plural}} gives the form `{category}` twice"));
                    }
                    let pieces = self.pieces(true)?;
                    forms.push((category, pieces));
                }
                if forms.is_empty() {
                    return Err(format!("{{{name}, plural}} has no forms"));
                }
                Ok(Piece::Plural { name, forms })
            }
            other => Err(format!("{{{name}, {other}…}}: only `plural` and `number` can follow a placeholder's name")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Piece {
        Piece::Text(t.into())
    }

    #[test]
    fn plain_text_and_placeholders() {
        let m = Message::parse("Question {n} of {total}").unwrap();
        assert_eq!(
            m.pieces,
            [
                text("Question "),
                Piece::Arg { name: "n".into(), number: false },
                text(" of "),
                Piece::Arg { name: "total".into(), number: false }
            ]
        );
        assert_eq!(m.placeholders(), [("n".to_string(), false), ("total".to_string(), false)]);
        assert_eq!(Message::parse("# and ' are text").unwrap().pieces, [text("# and ' are text")]);
    }

    #[test]
    fn plural_forms_and_the_number() {
        let m = Message::parse("You skipped {skipped, plural, one {# question} other {# questions}}.").unwrap();
        assert_eq!(
            m.pieces[1],
            Piece::Plural {
                name: "skipped".into(),
                forms: vec![
                    ("one".into(), vec![Piece::Count, text(" question")]),
                    ("other".into(), vec![Piece::Count, text(" questions")]),
                ],
            }
        );
        assert_eq!(m.placeholders(), [("skipped".to_string(), true)]);
        assert_eq!(m.plurals(), [("skipped".to_string(), vec!["one".to_string(), "other".to_string()])]);
        assert_eq!(m.source(), "You skipped {skipped, plural, one {# question} other {# questions}}.");
        let n = Message::parse("{amount , number }").unwrap();
        assert_eq!(n.placeholders(), [("amount".to_string(), true)]);
        assert_eq!(n.source(), "{amount, number}");
    }

    #[test]
    fn a_placeholder_inside_a_form_counts() {
        let m = Message::parse("{n, plural, one {{who} saw one} other {{who} saw #}}").unwrap();
        assert_eq!(m.names().into_iter().collect::<Vec<_>>(), ["n", "who"]);
        let wrapped = m.map_text(&|t| format!("[{t}]"));
        assert_eq!(wrapped.source(), "{n, plural, one {{who}[ saw one]} other {{who}[ saw ]#}}");
    }

    #[test]
    fn compiled_messages_spell_out_every_combination_of_forms() {
        let names = ["version".to_string(), "dropped".to_string(), "missing".to_string()];
        let m = Message::parse("v{version}: {dropped, plural, one {# answer} other {# answers}}, {missing, plural, one {# gap} other {# gaps}}.").unwrap();
        assert_eq!(
            m.compile(&names, &["one", "other"]),
            "\u{2}12\u{2}oo\u{3}v\u{1}0: \u{1}1 answer, \u{1}2 gap.\u{2}ox\u{3}v\u{1}0: \u{1}1 answer, \u{1}2 gaps.\
             \u{2}xo\u{3}v\u{1}0: \u{1}1 answers, \u{1}2 gap.\u{2}xx\u{3}v\u{1}0: \u{1}1 answers, \u{1}2 gaps."
        );
        let plain = Message::parse("Question {n} of {total}").unwrap();
        assert_eq!(plain.compile(&["n".into(), "total".into()], &["one", "other"]), "Question \u{1}0 of \u{1}1");
        let amount = Message::parse("${amount, number}").unwrap();
        assert_eq!(amount.compile(&["amount".into()], &["one", "other"]), "$\u{1}0");
        let es = Message::parse("{n, plural, one {# pregunta} many {# de preguntas} other {# preguntas}}").unwrap();
        assert_eq!(
            es.compile(&["n".into()], &["one", "many", "other"]),
            "\u{2}0\u{2}o\u{3}\u{1}0 pregunta\u{2}m\u{3}\u{1}0 de preguntas\u{2}x\u{3}\u{1}0 preguntas"
        );
    }

    #[test]
    fn broken_syntax_is_explained() {
        let err = |t: &str| Message::parse(t).unwrap_err();
        assert_eq!(err("Hi {name"), "{name is not closed with `}`");
        assert_eq!(err("Hi }"), "a `}` has no `{` before it");
        assert_eq!(err("{Name}"), "`{Name}` is not a placeholder: write {name} with lowercase letters, digits and _");
        assert_eq!(
            err("{n, plural, one {x} lots {y}}"),
            "{n, plural}: `lots` is no plural form (CLDR's are zero, one, two, few, many, other)"
        );
        assert_eq!(err("{n, plural, one {x} other {y}"), "{n, plural, …} is not closed with `}`");
        assert_eq!(err("{n, plural, one {x}"), "{n, plural, …} is not closed with `}`");
        assert_eq!(err("{n, plural, one {x"), "a plural form is not closed with `}`");
        assert_eq!(err("{n, plural, one x}"), "{n, plural}: the form `one` needs its text in {…}");
        assert_eq!(err("{n, plural, one {a} one {b}}"), "{n, plural} gives the form `one` twice");
        assert_eq!(
            err("{n, select, a {x}}"),
            "{n, select…}: only `plural` and `number` can follow a placeholder's name"
        );
        assert_eq!(err("{n, plural}"), "{n, plural needs a `,` and then its forms");
    }
}
