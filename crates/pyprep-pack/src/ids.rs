//! The spelling rules for identifiers: problem and pack ids, Python names.

/// Python's reserved words, which cannot name a function, class or method.
const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Whether `s` is an ASCII Python identifier that is not a reserved word.
pub(crate) fn is_python_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !PYTHON_KEYWORDS.contains(&s)
}

/// Whether `s` names an exception class: identifiers joined by dots, such as
/// `json.JSONDecodeError`.
pub(crate) fn is_exception_name(s: &str) -> bool {
    s.split('.').all(is_python_identifier)
}

/// Whether `s` is a valid problem id (directory name): lowercase letters, digits, `-` and `_`.
pub(crate) fn is_problem_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Whether `s` is a valid pack or OA-set id: lowercase letters, digits and `-`.
pub(crate) fn is_pack_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_identifiers() {
        assert!(is_python_identifier("two_sum"));
        assert!(is_python_identifier("_Cache2"));
        assert!(!is_python_identifier("2sum"));
        assert!(!is_python_identifier("two-sum"));
        assert!(!is_python_identifier(""));
        assert!(!is_python_identifier("class"));
        assert!(!is_python_identifier("naïve"));
    }

    #[test]
    fn exception_names() {
        assert!(is_exception_name("ValueError"));
        assert!(is_exception_name("json.JSONDecodeError"));
        assert!(!is_exception_name("json."));
        assert!(!is_exception_name("Value Error"));
    }

    #[test]
    fn problem_and_pack_ids() {
        assert!(is_problem_id("two-sum_2"));
        assert!(!is_problem_id("Two-Sum"));
        assert!(!is_problem_id(""));
        assert!(is_pack_id("python-basics-1"));
        assert!(!is_pack_id("python_basics"));
        assert!(!is_pack_id("a b"));
    }
}
