//! Filling `{name}` placeholders in interface text.

/// Replaces each `{name}` in `template` with its value; unknown placeholders stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Whole dollars with thousands separators: 39624 -> "$39,624".
pub fn dollars(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::from("$");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number rounded to a whole, as text. Formats through integers on purpose: Rust's float
/// formatting adds tens of kilobytes to the WASM.
pub fn whole(value: f64) -> String {
    (value.round() as i64).to_string()
}

/// A number rounded to a half, as text: `67.5`, `70` (a median of whole scores is one).
pub fn halves(value: f64) -> String {
    let halves = (value * 2.0).round() as i64;
    let sign = if halves < 0 { "-" } else { "" };
    let abs = halves.unsigned_abs();
    if abs % 2 == 0 {
        format!("{sign}{}", abs / 2)
    } else {
        format!("{sign}{}.5", abs / 2)
    }
}

/// A number with two decimals and a sign, such as `+0.54` or `-1.00`.
pub fn signed_hundredths(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { '-' } else { '+' };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("Question {n} of {total}", &[("n", "3"), ("total", "48")]),
            "Question 3 of 48"
        );
        assert_eq!(fill("{x} stays", &[]), "{x} stays");
    }

    #[test]
    fn formats_numbers_without_float_formatting() {
        assert_eq!(whole(74.5), "75");
        assert_eq!(whole(-0.4), "0");
        assert_eq!(signed_hundredths(0.544), "+0.54");
        assert_eq!(signed_hundredths(-0.999), "-1.00");
        assert_eq!(signed_hundredths(-0.05), "-0.05");
        assert_eq!(signed_hundredths(0.0), "+0.00");
    }

    #[test]
    fn formats_halves() {
        assert_eq!(halves(67.5), "67.5");
        assert_eq!(halves(70.0), "70");
        assert_eq!(halves(0.0), "0");
        assert_eq!(halves(-2.5), "-2.5");
    }

    #[test]
    fn formats_dollars() {
        assert_eq!(dollars(39624), "$39,624");
        assert_eq!(dollars(999), "$999");
        assert_eq!(dollars(1_000_000), "$1,000,000");
        assert_eq!(dollars(0), "$0");
    }
}
