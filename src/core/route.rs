//! Screens as URL fragments. Everything after `#` stays in the browser: it is never sent to
//! a server, which is why results links live there too.

/// A screen of the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Guide section by index.
    Guide(usize),
    /// Question by index.
    Quiz(usize),
    /// Results for the answers packed in this payload (see `core::link`).
    Results(String),
    /// The counselors' class view (`#/class`): its code loads on demand.
    Class,
}

impl Route {
    /// Reads a fragment such as `#/quiz/3`. Guide sections are named by id, so guide links
    /// survive reordering; `section_index` maps an id to its index. Unknown fragments are Home.
    pub fn parse(fragment: &str, section_index: impl Fn(&str) -> Option<usize>, questions: usize) -> Route {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let (head, rest) = path.split_once('/').unwrap_or((path, ""));
        match head {
            "guide" => Route::Guide(section_index(rest).unwrap_or(0)),
            "quiz" => {
                let n: usize = rest.parse::<usize>().unwrap_or(1).max(1);
                Route::Quiz((n - 1).min(questions.saturating_sub(1)))
            }
            // The payload is validated later by the link codec; any text is kept as it is.
            "r" => Route::Results(rest.to_string()),
            "class" => Route::Class,
            _ => Route::Home,
        }
    }

    /// The fragment for this route; questions count from 1 in the URL, as people do.
    pub fn fragment(&self, section_id: impl Fn(usize) -> Option<&'static str>) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Guide(i) => format!("#/guide/{}", section_id(*i).unwrap_or("")),
            Route::Quiz(i) => format!("#/quiz/{}", i + 1),
            Route::Results(payload) => format!("#/r/{payload}"),
            Route::Class => "#/class".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(id: &str) -> Option<usize> {
        ["what", "duties"].iter().position(|s| *s == id)
    }

    fn id(i: usize) -> Option<&'static str> {
        ["what", "duties"].get(i).copied()
    }

    #[test]
    fn round_trips() {
        for route in [
            Route::Home,
            Route::Guide(1),
            Route::Quiz(0),
            Route::Quiz(47),
            Route::Results("AbC-_9".into()),
            Route::Class,
        ] {
            assert_eq!(Route::parse(&route.fragment(id), index, 48), route);
        }
    }

    #[test]
    fn odd_fragments_fall_back_safely() {
        assert_eq!(Route::parse("", index, 48), Route::Home);
        assert_eq!(Route::parse("#/nowhere", index, 48), Route::Home);
        assert_eq!(Route::parse("#/guide/unknown", index, 48), Route::Guide(0));
        assert_eq!(Route::parse("#/quiz/0", index, 48), Route::Quiz(0));
        assert_eq!(Route::parse("#/quiz/9999", index, 48), Route::Quiz(47));
        assert_eq!(Route::parse("#/quiz/-3", index, 48), Route::Quiz(0));
        assert_eq!(Route::parse("#/quiz/1", index, 0), Route::Quiz(0));
        assert_eq!(Route::parse("#/r/", index, 48), Route::Results(String::new()));
    }
}
