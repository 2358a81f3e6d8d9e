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

/// A number rounded to a half, as text: `67.5`, `70` (a median of whole scores is one), with
/// the language's decimal mark.
pub fn halves(value: f64, marks: &NumberMarks) -> String {
    let halves = (value * 2.0).round() as i64;
    let sign = if halves < 0 { "-" } else { "" };
    let abs = halves.unsigned_abs();
    if abs % 2 == 0 {
        format!("{sign}{}", abs / 2)
    } else {
        format!("{sign}{}{}5", abs / 2, marks.decimal)
    }
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
        && !matches!(
            chars.next(),
            Some('a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'A' | 'E' | 'I' | 'O' | 'U')
        )
}

/// Marks in a stored message (the content compiler's `Message::compile`): a placeholder (then
/// its argument's index, one digit), variants (a message with plurals), the end of a key.
const ARG: char = '\u{1}';
const VARIANTS: char = '\u{2}';
const KEY_END: char = '\u{3}';

/// A plural category as the letter compiled messages key their variants with.
fn letter(p: Plural) -> char {
    match p {
        Plural::Zero => 'z',
        Plural::One => 'o',
        Plural::Two => 't',
        Plural::Few => 'f',
        Plural::Many => 'm',
        Plural::Other => 'x',
    }
}

/// The number a value holds (0 for a text).
fn number(v: Option<&Value>) -> usize {
    match v {
        Some(Value::Number(n)) => *n,
        _ => 0,
    }
}

/// Fills a stored message with its values (in its argument struct's order). The compiler
/// did the reading: a message with plurals lists its plural arguments and a variant for
/// every combination of their forms, so filling is picking the variant whose key is the
/// numbers' categories and putting each value in place. Text it cannot read gives what it
/// can, never a panic.
pub fn format(text: &str, values: &[Value], marks: &NumberMarks) -> String {
    let mut body = text;
    if let Some(rest) = text.strip_prefix(VARIANTS) {
        let mut variants = rest.split(VARIANTS);
        let args = variants.next().unwrap_or("");
        let key: String = args
            .bytes()
            .map(|b| letter(plural(marks.lang, number(values.get(usize::from(b.wrapping_sub(b'0')))))))
            .collect();
        body = variants.find_map(|v| v.split_once(KEY_END).filter(|(k, _)| *k == key).map(|(_, t)| t)).unwrap_or("");
    }
    let mut parts = body.split(ARG);
    let mut out = String::from(parts.next().unwrap_or(""));
    for part in parts {
        let mut chars = part.chars();
        let index = chars.next().and_then(|c| c.to_digit(10)).map_or(usize::MAX, |d| d as usize);
        match values.get(index) {
            Some(Value::Text(t)) => out.push_str(t),
            Some(Value::Number(n)) => out.push_str(&grouped(*n, marks)),
            None => {}
        }
        out.push_str(chars.as_str());
    }
    out
}

/// Whether a stored message is well formed for an argument struct whose fields are numbers
/// where `numbers` says: every placeholder names a field, plurals are on numbers, and every
/// variant has a key of one letter a plural argument. (For tests: the app trusts a language
/// file whose hash it knows.)
pub fn check(text: &str, numbers: &[bool]) -> bool {
    let arg_ok =
        |part: &str| part.chars().next().and_then(|c| c.to_digit(10)).is_some_and(|d| (d as usize) < numbers.len());
    let body_ok =
        |body: &str| body.split(ARG).skip(1).all(arg_ok) && !body.contains(VARIANTS) && !body.contains(KEY_END);
    match text.strip_prefix(VARIANTS) {
        None => body_ok(text),
        Some(rest) => {
            let mut variants = rest.split(VARIANTS);
            let args = variants.next().unwrap_or("");
            let args_ok = !args.is_empty()
                && args.chars().all(|c| c.to_digit(10).is_some_and(|d| numbers.get(d as usize) == Some(&true)));
            let mut any = false;
            let all = variants.all(|v| {
                any = true;
                v.split_once(KEY_END).is_some_and(|(k, body)| {
                    k.chars().count() == args.len() && k.chars().all(|c| "zotfmx".contains(c)) && body_ok(body)
                })
            });
            args_ok && any && all
        }
    }
}

// Natively only: the tests compile messages with the content compiler, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const EN: NumberMarks = NumberMarks { lang: "en", thousands: ",", decimal: "." };
    const ES: NumberMarks = NumberMarks { lang: "es", thousands: ",", decimal: "." };

    /// A message as the content compiler stores it for a language.
    fn compiled(source: &str, names: &[&str], lang: &str) -> String {
        let forms: &[&str] = if lang == "es" { &["one", "many", "other"] } else { &["one", "other"] };
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        content_compiler::message::Message::parse(source).unwrap().compile(&names, forms)
    }

    #[test]
    fn fills_placeholders() {
        let names = ["n", "total"];
        let values = [Value::Text("3"), Value::Number(1048)];
        assert_eq!(format(&compiled("Question {n} of {total}", &names, "en"), &values, &EN), "Question 3 of 1,048");
        assert_eq!(format(&compiled("${total, number}", &names, "en"), &values, &EN), "$1,048");
        assert_eq!(format("no placeholders", &values, &EN), "no placeholders");
    }

    #[test]
    fn formats_halves() {
        assert_eq!(halves(67.5, &EN), "67.5");
        assert_eq!(halves(70.0, &EN), "70");
        assert_eq!(halves(0.0, &ES), "0");
        assert_eq!(halves(-2.5, &EN), "-2.5");
        assert_eq!(halves(2.5, &NumberMarks { lang: "x", thousands: ".", decimal: "," }), "2,5");
    }

    #[test]
    fn picks_plural_forms() {
        let m = compiled("You skipped {n, plural, one {# question} other {# questions}}.", &["n"], "en");
        let f = |n, marks| format(&m, &[Value::Number(n)], marks);
        assert_eq!(f(1, &EN), "You skipped 1 question.");
        assert_eq!(f(0, &EN), "You skipped 0 questions.");
        assert_eq!(f(1200, &EN), "You skipped 1,200 questions.");
        let es = compiled("{n, plural, one {# pregunta} many {# de preguntas} other {# preguntas}}", &["n"], "es");
        let g = |n| format(&es, &[Value::Number(n)], &ES);
        assert_eq!(g(1), "1 pregunta");
        assert_eq!(g(2), "2 preguntas");
        assert_eq!(g(1_000_000), "1,000,000 de preguntas");
        // Placeholders inside forms, and two plurals in one message.
        let nested = compiled("{n, plural, one {{who} saw one} other {{who} saw #}}", &["n", "who"], "en");
        assert_eq!(format(&nested, &[Value::Number(2), Value::Text("Ana")], &EN), "Ana saw 2");
        let two = compiled(
            "{a, plural, one {# cat} other {# cats}} and {b, plural, one {# dog} other {# dogs}}",
            &["a", "b"],
            "en",
        );
        assert_eq!(format(&two, &[Value::Number(1), Value::Number(3)], &EN), "1 cat and 3 dogs");
        assert_eq!(format(&two, &[Value::Number(2), Value::Number(1)], &EN), "2 cats and 1 dog");
    }

    #[test]
    fn checks_stored_messages() {
        let numbers = [true, false];
        assert!(check(&compiled("{who} saw {n, plural, one {#} other {# things}}", &["n", "who"], "en"), &numbers));
        assert!(check(&compiled("{n, number} and {who}", &["n", "who"], "en"), &numbers));
        assert!(check("plain", &numbers));
        assert!(!check("\u{1}7", &numbers), "no argument 7");
        assert!(!check("\u{2}1\u{2}o\u{3}x", &numbers), "a plural on a text");
        assert!(!check("\u{2}0\u{2}oo\u{3}x", &numbers), "a key too long");
        assert!(!check("\u{2}0", &numbers), "no variants");
        assert!(!check("\u{2}0\u{2}q\u{3}x", &numbers), "no such category");
    }

    #[test]
    fn never_panics_on_damaged_text() {
        let values = [Value::Number(5)];
        for t in [
            "\u{1}",
            "\u{1}9",
            "\u{2}",
            "\u{2}\u{2}",
            "\u{2}9\u{2}x\u{3}#",
            "\u{3}\u{1}é",
            "\u{1}é",
            "\u{2}é\u{2}\u{3}",
        ] {
            let _ = format(t, &values, &EN);
            let _ = check(t, &[true]);
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
        assert_eq!(
            list("es", &["Social", "Artístico", "Investigador"], ", ", " y "),
            "Social, Artístico e Investigador"
        );
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
