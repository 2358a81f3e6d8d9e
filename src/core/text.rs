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
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("Question {n} of {total}", &[("n", "3"), ("total", "48")]), "Question 3 of 48");
        assert_eq!(fill("{x} stays", &[]), "{x} stays");
    }

    #[test]
    fn formats_dollars() {
        assert_eq!(dollars(39624), "$39,624");
        assert_eq!(dollars(999), "$999");
        assert_eq!(dollars(1_000_000), "$1,000,000");
        assert_eq!(dollars(0), "$0");
    }
}
