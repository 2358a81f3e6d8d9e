//! Filling interface messages in a language: placeholders, plural forms (CLDR rules for
//! English and Spanish), numbers with the language's marks, lists with the language's "and".
//!
//! A message is its text in the syntax the content compiler checks (`content-compiler/src/
//! message.rs`): `{name}`, `{name, number}` and `{name, plural, one {# item} other {# items}}`.
//! Each message with placeholders is a `Message<A>`, where `A` is its generated argument
//! struct (`core::content::args`): filling it takes exactly that struct, so a misspelt or
//! missing placeholder does not compile. The formatter never panics: on text it cannot
//! read (only a damaged language file could hold that, and the loader refuses those first)
//! it writes what it can.

use std::marker::PhantomData;

/// A placeholder's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Text(&'a str),
    /// A count or amount: written with the language's digit grouping; picks plural forms.
    Number(usize),
}

/// The argument struct of a message (generated, one per message: `core::content::args`).
pub trait Args {
    /// Placeholder names, in the struct's field order.
    const NAMES: &'static [&'static str];
    /// Which of them are numbers.
    const NUMBERS: &'static [bool];
    /// The struct with the lifetime of its text values.
    type With<'a>;
    /// Its values in field order, as an array (no allocation: this is on every render).
    type Values<'a>: AsRef<[Value<'a>]>;
    fn values<'a>(args: Self::With<'a>) -> Self::Values<'a>;
}

/// An interface text with placeholders, filled with its own argument struct `A`.
#[repr(transparent)]
pub struct Message<A> {
    pub text: &'static str,
    args: PhantomData<fn() -> A>,
}

impl<A> Message<A> {
    pub const fn new(text: &'static str) -> Self {
        Message { text, args: PhantomData }
    }
}

impl<A> Clone for Message<A> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<A> Copy for Message<A> {}

impl<A> std::fmt::Debug for Message<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.text, f)
    }
}

/// CLDR's plural categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn key(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The plural category of a whole number in a language, by CLDR's cardinal rules (the
/// languages in the content compiler's `PLURAL_FORMS`; `tests/plurals.rs` checks both
/// against ICU4X's CLDR data). An unknown language gets English's rule.
///  en: one if n = 1; other.
///  es: one if n = 1; many if n is a non-zero multiple of 1,000,000 ("1 millón de …"); other.
pub fn plural(lang: &str, n: usize) -> Plural {
    match (lang, n) {
        (_, 1) => Plural::One,
        ("es", n) if n != 0 && n % 1_000_000 == 0 => Plural::Many,
        _ => Plural::Other,
    }
}

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberMarks<'a> {
    pub lang: &'a str,
    /// Digit grouping (`,` in 39,624).
    pub thousands: &'a str,
    /// Decimal mark (`.` in 0.54).
    pub decimal: &'a str,
}

/// A whole number with digit grouping: 39624 -> "39,624".
pub fn grouped(n: usize, marks: &NumberMarks) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(marks.thousands);
        }
        out.push(c);
    }
    out
}

/// Replaces each `{name}` in `template` with its value; unknown placeholders stay as they
/// are. For templates that are not interface messages (the class view's CSV labels, which
/// its caller passes in); interface messages are filled through `Locale::fill`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A number rounded to a whole, as text. Formats through integers on purpose: Rust's float
/// formatting adds tens of kilobytes to the WASM.
pub fn whole(value: f64) -> String {
    (value.round() as i64).to_string()
}

/// A number with two decimals and a sign, such as `+0.54` or `-1.00`.
pub fn signed_hundredths(value: f64, marks: &NumberMarks) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { '-' } else { '+' };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}{}{:02}", abs / 100, marks.decimal, abs % 100)
}

/// Items joined the language's way: "A", "A and B", "A, B and C", with `comma` and `and`
/// from the language's texts. In Spanish "y" becomes "e" before a word that starts with the
/// sound /i/ (i-, hi-, but not hie-, hia-: "Realista e Investigador", "agua y hielo").
pub fn list(lang: &str, items: &[&str], comma: &str, and: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i + 1 == items.len() && i > 0 {
            if lang == "es" && and.trim() == "y" && starts_with_i_sound(item) {
                out.push_str(&and.replace('y', "e"));
            } else {
                out.push_str(and);
            }
        } else if i > 0 {
            out.push_str(comma);
        }
        out.push_str(item);
    }
    out
}

/// Whether a Spanish word starts with the vowel sound /i/: i- or hi- (accents aside), not
/// followed by another vowel (hielo, hiato and Iowa start with a /j/ sound).
fn starts_with_i_sound(word: &str) -> bool {
    let mut chars = word.chars();
    let mut first = chars.next();
    if matches!(first, Some('h' | 'H')) {
        first = chars.next();
    }
    matches!(first, Some('i' | 'I' | 'í' | 'Í'))
        && !matches!(chars.next(), Some('a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'A' | 'E' | 'I' | 'O' | 'U'))
}

/// Fills a message: `names` are its placeholders' names and `values` their values, in the
/// same order (the argument struct's). Unknown placeholders are left out.
pub fn format(text: &str, names: &[&str], values: &[Value], marks: &NumberMarks) -> String {
    let mut out = String::new();
    let mut reader = Reader { s: text.as_bytes(), text, at: 0 };
    reader.render(names, values, marks, None, false, &mut out);
    out
}

/// Whether a message's text is well formed and uses only `names`, with plurals and `number`
/// only on numbers and every plural giving `other`: what a language file's messages must be.
pub fn check(text: &str, names: &[&str], numbers: &[bool]) -> bool {
    let mut reader = Reader { s: text.as_bytes(), text, at: 0 };
    reader.check(names, numbers, false) && reader.at == text.len()
}

/// A message being read; `at` is a byte index on a char boundary (delimiters are ASCII).
struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.at += 1;
        }
    }

    fn word(&mut self) -> &'a str {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            self.at += 1;
        }
        self.text.get(start..self.at).unwrap_or("")
    }

    /// Plain text up to the next `{`, `}` or (in a form) `#`.
    fn plain(&mut self, in_form: bool) -> &'a str {
        let start = self.at;
        while let Some(b) = self.peek() {
            if b == b'{' || b == b'}' || (in_form && b == b'#') {
                break;
            }
            self.at += 1;
        }
        self.text.get(start..self.at).unwrap_or("")
    }

    /// Writes the text up to the end, or up to the `}` closing a form (consumed). `count` is
    /// the number `#` stands for.
    fn render(
        &mut self,
        names: &[&str],
        values: &[Value],
        marks: &NumberMarks,
        count: Option<usize>,
        in_form: bool,
        out: &mut String,
    ) {
        loop {
            out.push_str(self.plain(in_form));
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.at += 1;
                    if in_form {
                        return;
                    }
                }
                Some(b'#') => {
                    self.at += 1;
                    out.push_str(&grouped(count.unwrap_or(0), marks));
                }
                Some(_) => {
                    self.at += 1;
                    self.placeholder(names, values, marks, out);
                }
            }
        }
    }

    /// After a `{`: writes the placeholder's value.
    fn placeholder(&mut self, names: &[&str], values: &[Value], marks: &NumberMarks, out: &mut String) {
        self.spaces();
        let name = self.word();
        let value = names.iter().position(|n| *n == name).and_then(|i| values.get(i)).copied();
        self.spaces();
        if self.peek() == Some(b',') {
            self.at += 1;
            self.spaces();
            let kind = self.word();
            self.spaces();
            if kind == "plural" && self.peek() == Some(b',') {
                self.at += 1;
                let n = match value {
                    Some(Value::Number(n)) => n,
                    _ => 0,
                };
                self.plural(n, names, values, marks, out);
                return;
            }
            // `number` (or anything else): up to the closing brace.
            while self.peek().is_some_and(|b| b != b'}') {
                self.at += 1;
            }
        }
        if self.peek() == Some(b'}') {
            self.at += 1;
        }
        match value {
            Some(Value::Text(t)) => out.push_str(t),
            Some(Value::Number(n)) => out.push_str(&grouped(n, marks)),
            None => {}
        }
    }

    /// The forms of a plural (after `plural,`) up to its closing `}`: writes the form for
    /// `n`'s category, or `other` when that form is not there.
    fn plural(&mut self, n: usize, names: &[&str], values: &[Value], marks: &NumberMarks, out: &mut String) {
        let wanted = plural(marks.lang, n).key();
        let mut chosen: Option<String> = None;
        let mut other: Option<String> = None;
        loop {
            self.spaces();
            match self.peek() {
                Some(b'}') => {
                    self.at += 1;
                    break;
                }
                None => break,
                _ => {}
            }
            let category = self.word().to_string();
            self.spaces();
            if self.peek() != Some(b'{') {
                // Not a form: skip a character so the loop always moves on.
                self.at += 1;
                continue;
            }
            self.at += 1;
            let mut form = String::new();
            self.render(names, values, marks, Some(n), true, &mut form);
            if category == wanted {
                chosen = Some(form);
            } else if category == "other" {
                other = Some(form);
            }
        }
        out.push_str(&chosen.or(other).unwrap_or_default());
    }

    /// Like `render`, checking instead of writing.
    fn check(&mut self, names: &[&str], numbers: &[bool], in_form: bool) -> bool {
        loop {
            self.plain(in_form);
            match self.peek() {
                None => return !in_form,
                Some(b'}') => {
                    self.at += 1;
                    return in_form;
                }
                Some(b'#') => self.at += 1,
                Some(_) => {
                    self.at += 1;
                    self.spaces();
                    let name = self.word();
                    let Some(i) = names.iter().position(|n| *n == name) else { return false };
                    let number = numbers.get(i).copied().unwrap_or(false);
                    self.spaces();
                    match self.peek() {
                        Some(b'}') => self.at += 1,
                        Some(b',') => {
                            self.at += 1;
                            self.spaces();
                            let kind = self.word().to_string();
                            self.spaces();
                            match kind.as_str() {
                                "number" if number && self.peek() == Some(b'}') => self.at += 1,
                                "plural" if number && self.peek() == Some(b',') => {
                                    self.at += 1;
                                    if !self.check_forms(names, numbers) {
                                        return false;
                                    }
                                }
                                _ => return false,
                            }
                        }
                        _ => return false,
                    }
                }
            }
        }
    }

    fn check_forms(&mut self, names: &[&str], numbers: &[bool]) -> bool {
        let mut has_other = false;
        loop {
            self.spaces();
            if self.peek() == Some(b'}') {
                self.at += 1;
                return has_other;
            }
            let category = self.word().to_string();
            if !["zero", "one", "two", "few", "many", "other"].contains(&category.as_str()) {
                return false;
            }
            has_other |= category == "other";
            self.spaces();
            if self.peek() != Some(b'{') {
                return false;
            }
            self.at += 1;
            if !self.check(names, numbers, true) {
                return false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: NumberMarks = NumberMarks { lang: "en", thousands: ",", decimal: "." };
    const ES: NumberMarks = NumberMarks { lang: "es", thousands: ",", decimal: "." };

    #[test]
    fn fills_placeholders() {
        let names = ["n", "total"];
        let values = [Value::Text("3"), Value::Number(1048)];
        assert_eq!(format("Question {n} of {total}", &names, &values, &EN), "Question 3 of 1,048");
        assert_eq!(format("{x} stays out", &names, &values, &EN), " stays out");
        assert_eq!(format("${total, number}", &names, &values, &EN), "$1,048");
    }

    #[test]
    fn picks_plural_forms() {
        let m = "You skipped {n, plural, one {# question} other {# questions}}.";
        let f = |n, marks| format(m, &["n"], &[Value::Number(n)], marks);
        assert_eq!(f(1, &EN), "You skipped 1 question.");
        assert_eq!(f(0, &EN), "You skipped 0 questions.");
        assert_eq!(f(1200, &EN), "You skipped 1,200 questions.");
        let es = "{n, plural, one {# pregunta} many {# de preguntas} other {# preguntas}}";
        let g = |n| format(es, &["n"], &[Value::Number(n)], &ES);
        assert_eq!(g(1), "1 pregunta");
        assert_eq!(g(2), "2 preguntas");
        assert_eq!(g(1_000_000), "1,000,000 de preguntas");
        // A missing form falls back to `other`.
        assert_eq!(format("{n, plural, other {# x}}", &["n"], &[Value::Number(1)], &EN), "1 x");
        // Placeholders inside forms.
        let nested = "{n, plural, one {{who} saw one} other {{who} saw #}}";
        assert_eq!(format(nested, &["n", "who"], &[Value::Number(2), Value::Text("Ana")], &EN), "Ana saw 2");
    }

    #[test]
    fn checks_messages() {
        let (names, numbers) = (["n", "who"], [true, false]);
        assert!(check("{who} saw {n, plural, one {#} other {# things}}", &names, &numbers));
        assert!(check("{n, number} and {who}", &names, &numbers));
        assert!(!check("{who, plural, one {#} other {#}}", &names, &numbers), "a plural needs a number");
        assert!(!check("{who, number}", &names, &numbers));
        assert!(!check("{n, plural, one {#}}", &names, &numbers), "`other` is required");
        assert!(!check("{n, plural, lots {#} other {#}}", &names, &numbers));
        assert!(!check("{whom}", &names, &numbers));
        assert!(!check("{who", &names, &numbers));
        assert!(!check("}", &names, &numbers));
        assert!(!check("{n, plural, other {#}", &names, &numbers));
        assert!(!check("{n, select, a {x}}", &names, &numbers));
    }

    #[test]
    fn never_panics_on_damaged_text() {
        let names = ["n"];
        let values = [Value::Number(5)];
        for t in ["{", "}", "{n", "{n,", "{n, plural", "{n, plural,", "{n, plural, one", "{n, plural, one {", "é{n}é}", "{n, plural, on€ {x} other {y}}", "{{{}}}", "#{#}#"] {
            let _ = format(t, &names, &values, &EN);
            let _ = check(t, &names, &[true]);
        }
    }

    #[test]
    fn formats_numbers_without_float_formatting() {
        assert_eq!(whole(74.5), "75");
        assert_eq!(whole(-0.4), "0");
        assert_eq!(signed_hundredths(0.544, &EN), "+0.54");
        assert_eq!(signed_hundredths(-0.999, &EN), "-1.00");
        assert_eq!(signed_hundredths(-0.05, &EN), "-0.05");
        assert_eq!(signed_hundredths(0.0, &EN), "+0.00");
        let comma = NumberMarks { lang: "es", thousands: ".", decimal: "," };
        assert_eq!(signed_hundredths(0.544, &comma), "+0,54");
        assert_eq!(grouped(39624, &comma), "39.624");
    }

    #[test]
    fn groups_digits() {
        assert_eq!(grouped(39624, &EN), "39,624");
        assert_eq!(grouped(999, &EN), "999");
        assert_eq!(grouped(1_000_000, &EN), "1,000,000");
        assert_eq!(grouped(0, &EN), "0");
    }

    #[test]
    fn joins_lists() {
        assert_eq!(list("en", &[], ", ", " and "), "");
        assert_eq!(list("en", &["A"], ", ", " and "), "A");
        assert_eq!(list("en", &["A", "B"], ", ", " and "), "A and B");
        assert_eq!(list("en", &["A", "B", "C"], ", ", " and "), "A, B and C");
        assert_eq!(list("es", &["Realista", "Investigador"], ", ", " y "), "Realista e Investigador");
        assert_eq!(list("es", &["agua", "hielo"], ", ", " y "), "agua y hielo");
        assert_eq!(list("es", &["cobre", "hierro"], ", ", " y "), "cobre y hierro");
        assert_eq!(list("es", &["padres", "hijos"], ", ", " y "), "padres e hijos");
        assert_eq!(list("es", &["A", "Íntimo"], ", ", " y "), "A e Íntimo");
        assert_eq!(list("es", &["Social", "Artístico", "Investigador"], ", ", " y "), "Social, Artístico e Investigador");
        assert_eq!(list("es", &["Investigador", "Realista"], ", ", " y "), "Investigador y Realista");
        assert_eq!(list("en", &["A", "Ice"], ", ", " and "), "A and Ice", "only Spanish");
    }

    #[test]
    fn plural_rules() {
        assert_eq!(plural("en", 1), Plural::One);
        assert_eq!(plural("en", 0), Plural::Other);
        assert_eq!(plural("en", 1_000_000), Plural::Other);
        assert_eq!(plural("es", 1), Plural::One);
        assert_eq!(plural("es", 0), Plural::Other);
        assert_eq!(plural("es", 2_000_000), Plural::Many);
        assert_eq!(plural("es", 1_000_001), Plural::Other);
    }
}
