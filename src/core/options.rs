//! Options a counselor sets on the embed snippet, read from the widget URL's query string
//! (`?start=quiz&guide=0&accent=%23005a9c&compact=1&lang=en`). Every value is validated; an
//! invalid one is ignored with a warning, so a typo never breaks a host page.

/// Where the widget opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Start {
    #[default]
    Home,
    Guide,
    Quiz,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Options {
    pub start: Start,
    /// When false, the guide is hidden and the widget is only the questionnaire.
    pub hide_guide: bool,
    /// A validated `#rrggbb` colour with enough contrast for white text.
    pub accent: Option<String>,
    /// Tighter layout for narrow sidebars.
    pub compact: bool,
    pub lang: Option<String>,
    /// Origin of the page embedding the widget, for messages to it (set by the loader).
    pub host_origin: Option<String>,
}

/// WCAG AA contrast for normal text.
const MIN_CONTRAST: f64 = 4.5;

impl Options {
    /// Parses a query string (with or without the leading `?`). Returns the options and a
    /// warning for each value that was ignored.
    pub fn parse(query: &str) -> (Options, Vec<String>) {
        let mut options = Options::default();
        let mut warnings = Vec::new();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(raw);
            let mut bad = || warnings.push(format!("MLT Fit: ignoring option {key}=\"{value}\""));
            match key {
                "start" => match value.as_str() {
                    "home" => options.start = Start::Home,
                    "guide" => options.start = Start::Guide,
                    "quiz" => options.start = Start::Quiz,
                    _ => bad(),
                },
                "guide" => match parse_bool(&value) {
                    Some(show) => options.hide_guide = !show,
                    None => bad(),
                },
                "compact" => match parse_bool(&value) {
                    Some(c) => options.compact = c,
                    None => bad(),
                },
                "accent" => match parse_colour(&value) {
                    Some(rgb) if contrast_with_white(rgb) >= MIN_CONTRAST => {
                        options.accent = Some(format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]))
                    }
                    Some(_) => warnings.push(format!(
                        "MLT Fit: ignoring accent \"{value}\": white text on it would be hard to read (contrast below 4.5:1)"
                    )),
                    None => bad(),
                },
                "lang" => {
                    if (2..=8).contains(&value.len()) && value.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
                        options.lang = Some(value.to_ascii_lowercase());
                    } else {
                        bad()
                    }
                }
                "host" => match parse_origin(&value) {
                    Some(origin) => options.host_origin = Some(origin),
                    None => bad(),
                },
                // Other parameters belong to the host or to analytics: not ours to judge.
                _ => {}
            }
        }
        if options.hide_guide && options.start == Start::Guide {
            options.start = Start::Quiz;
            warnings.push("MLT Fit: start=guide ignored because guide=0 hides the guide".to_string());
        }
        (options, warnings)
    }
}

/// A query string with `lang` set to `lang` (added last; every other parameter kept as it
/// was): `?start=quiz&lang=en` -> `?start=quiz&lang=es`.
pub fn with_lang(query: &str, lang: &str) -> String {
    let mut out = String::from("?");
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        if pair.split('=').next() != Some("lang") {
            out.push_str(pair);
            out.push('&');
        }
    }
    out.push_str("lang=");
    out.push_str(lang);
    out
}

fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "true" | "yes" | "on" | "" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// `#rgb` or `#rrggbb` (the `#` optional) to RGB; anything else is refused.
pub fn parse_colour(v: &str) -> Option<[u8; 3]> {
    let hex = v.strip_prefix('#').unwrap_or(v);
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
    match hex.len() {
        3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
        6 => Some([digit(0)? * 16 + digit(1)?, digit(2)? * 16 + digit(3)?, digit(4)? * 16 + digit(5)?]),
        _ => None,
    }
}

/// WCAG contrast ratio of white against this colour.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    1.05 / (l + 0.05)
}

/// `http(s)://host[:port]` with nothing after it; anything else is refused.
fn parse_origin(v: &str) -> Option<String> {
    let rest = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest.len() <= 253
        && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| v.to_ascii_lowercase())
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_option() {
        let (o, w) =
            Options::parse("?start=quiz&guide=0&accent=%23005A9C&compact=1&lang=es&host=https%3A%2F%2Fschool.example");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.start, Start::Quiz);
        assert!(o.hide_guide && o.compact);
        assert_eq!(o.accent.as_deref(), Some("#005a9c"));
        assert_eq!(o.lang.as_deref(), Some("es"));
        assert_eq!(o.host_origin.as_deref(), Some("https://school.example"));
    }

    #[test]
    fn ignores_bad_values_with_a_warning() {
        let (o, w) = Options::parse("start=results&guide=maybe&accent=red;}body{display:none&compact=2&lang=%3Cscript%3E&host=javascript:alert(1)");
        assert_eq!(o, Options::default());
        assert_eq!(w.len(), 6, "{w:?}");
        let (o, w) = Options::parse("accent=%23ffff00");
        assert_eq!(o.accent, None, "yellow fails contrast with white text");
        assert_eq!(w.len(), 1);
        let (o, _) = Options::parse("accent=%23abc%");
        assert_eq!(o.accent, None);
    }

    #[test]
    fn colours() {
        assert_eq!(parse_colour("#0a0"), Some([0, 170, 0]));
        assert_eq!(parse_colour("123456"), Some([0x12, 0x34, 0x56]));
        assert_eq!(parse_colour("#12345"), None);
        assert_eq!(parse_colour("#ggg"), None);
        assert_eq!(parse_colour("#é12"), None);
        assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 1e-6);
        assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn the_language_is_set_in_a_query_keeping_the_rest() {
        assert_eq!(with_lang("", "es"), "?lang=es");
        assert_eq!(with_lang("?lang=en", "es"), "?lang=es");
        assert_eq!(
            with_lang("?start=quiz&lang=en&host=https%3A%2F%2Fa.example", "es"),
            "?start=quiz&host=https%3A%2F%2Fa.example&lang=es"
        );
        assert_eq!(with_lang("?language=x&&lang", "en"), "?language=x&lang=en");
    }

    #[test]
    fn percent_decoding_never_panics() {
        for s in ["%", "%4", "%zz", "a%2", "%e2%82", "%%%", "%C3%A9"] {
            let _ = percent_decode(s);
        }
        assert_eq!(percent_decode("%C3%A9+x"), "é x");
    }
}
