//! The Kattis default output validator: token-by-token comparison of program output.

use pyprep_pack::ValidatorFlags;

/// Why an output was rejected, for the candidate.
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    /// The 1-based line of the candidate's output where the first difference is.
    pub line: usize,
    /// What differs, in a sentence.
    pub message: String,
}

/// Compares `output` with the expected `answer` under the Kattis default validator's flags.
pub fn compare_output(answer: &str, output: &str, flags: &ValidatorFlags) -> Result<(), Mismatch> {
    if flags.space_change_sensitive {
        compare_exact_spacing(answer, output, flags)
    } else {
        compare_tokens(answer, output, flags)
    }
}

fn tokens_with_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().flat_map(|(i, line)| line.split_whitespace().map(move |t| (i + 1, t)))
}

fn compare_tokens(answer: &str, output: &str, flags: &ValidatorFlags) -> Result<(), Mismatch> {
    let mut expected = tokens_with_lines(answer);
    let mut actual = tokens_with_lines(output);
    let mut index = 0;
    loop {
        index += 1;
        match (expected.next(), actual.next()) {
            (None, None) => return Ok(()),
            (Some((_, e)), None) => {
                let line = output.lines().count().max(1);
                return Err(Mismatch {
                    line,
                    message: format!("output ended early: expected {} at token {index}", quoted(e)),
                });
            }
            (None, Some((line, a))) => {
                return Err(Mismatch {
                    line,
                    message: format!("extra output after the expected answer: {}", quoted(a)),
                });
            }
            (Some((_, e)), Some((line, a))) => {
                if !token_matches(e, a, flags) {
                    return Err(Mismatch {
                        line,
                        message: format!("token {index}: expected {}, got {}", quoted(e), quoted(a)),
                    });
                }
            }
        }
    }
}

/// With `space_change_sensitive`, white space must match exactly, token by token.
fn compare_exact_spacing(answer: &str, output: &str, flags: &ValidatorFlags) -> Result<(), Mismatch> {
    let split = |s: &str| -> Vec<(bool, String)> {
        let mut parts: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let space = c.is_whitespace();
            match parts.last_mut() {
                Some((is_space, text)) if *is_space == space => text.push(c),
                _ => parts.push((space, c.to_string())),
            }
        }
        parts
    };
    let (expected, actual) = (split(answer), split(output));
    let mut line = 1;
    for i in 0..expected.len().max(actual.len()) {
        match (expected.get(i), actual.get(i)) {
            (Some((true, e)), Some((true, a))) if e == a => {}
            (Some((false, e)), Some((false, a))) if token_matches(e, a, flags) => {}
            (e, a) => {
                let show = |p: Option<&(bool, String)>| p.map_or("end of output".to_string(), |(_, t)| quoted(t));
                return Err(Mismatch {
                    line,
                    message: format!("white space or token differs: expected {}, got {}", show(e), show(a)),
                });
            }
        }
        if let Some((_, a)) = actual.get(i) {
            line += a.matches('\n').count();
        }
    }
    Ok(())
}

/// Compares one token, as Kattis does: numbers with tolerance when one is set, else text.
pub(crate) fn token_matches(expected: &str, actual: &str, flags: &ValidatorFlags) -> bool {
    if (flags.float_absolute_tolerance.is_some() || flags.float_relative_tolerance.is_some())
        && let Ok(e) = expected.parse::<f64>()
    {
        return match actual.parse::<f64>() {
            Ok(a) => floats_match(e, a, flags.float_absolute_tolerance, flags.float_relative_tolerance),
            Err(_) => false,
        };
    }
    if flags.case_sensitive { expected == actual } else { expected.to_lowercase() == actual.to_lowercase() }
}

/// Kattis float comparison: within the absolute or within the relative tolerance.
pub(crate) fn floats_match(expected: f64, actual: f64, abs: Option<f64>, rel: Option<f64>) -> bool {
    if expected.is_nan() {
        return actual.is_nan();
    }
    if expected.is_infinite() {
        return expected == actual;
    }
    let diff = (expected - actual).abs();
    abs.is_some_and(|t| diff <= t) || rel.is_some_and(|t| diff <= t * expected.abs())
}

fn quoted(token: &str) -> String {
    const MAX: usize = 40;
    if token.chars().count() > MAX {
        format!("\"{}…\"", token.chars().take(MAX).collect::<String>())
    } else {
        format!("\"{token}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(f: impl FnOnce(&mut ValidatorFlags)) -> ValidatorFlags {
        let mut v = ValidatorFlags::default();
        f(&mut v);
        v
    }

    #[test]
    fn ignores_white_space_and_case_by_default() {
        let d = ValidatorFlags::default();
        assert!(compare_output("1 2\n3\n", "1   2 3", &d).is_ok());
        assert!(compare_output("YES\n", "yes\n", &d).is_ok());
        assert!(compare_output("", "\n\n", &d).is_ok());
    }

    #[test]
    fn reports_the_first_differing_token_and_its_line() {
        let err = compare_output("1\n2\n3\n", "1\n2\n4\n", &ValidatorFlags::default()).unwrap_err();
        assert_eq!(err.line, 3);
        assert_eq!(err.message, "token 3: expected \"3\", got \"4\"");
        let short = compare_output("1 2", "1", &ValidatorFlags::default()).unwrap_err();
        assert!(short.message.starts_with("output ended early"), "{short:?}");
        let long = compare_output("1", "1 2", &ValidatorFlags::default()).unwrap_err();
        assert!(long.message.starts_with("extra output"), "{long:?}");
    }

    #[test]
    fn case_sensitive_flag_compares_exactly() {
        let f = flags(|f| f.case_sensitive = true);
        assert!(compare_output("Yes", "yes", &f).is_err());
        assert!(compare_output("Yes", "Yes", &f).is_ok());
    }

    #[test]
    fn float_tolerances_follow_kattis() {
        let abs = flags(|f| f.float_absolute_tolerance = Some(1e-6));
        assert!(compare_output("0.333333", "0.3333334", &abs).is_ok());
        assert!(compare_output("0.333333", "0.3334", &abs).is_err());
        assert!(compare_output("1.0", "abc", &abs).is_err());
        let rel = flags(|f| f.float_relative_tolerance = Some(1e-3));
        assert!(compare_output("1000", "1000.9", &rel).is_ok());
        assert!(compare_output("1000", "1002", &rel).is_err());
        assert!(compare_output("1000", "1000.9", &ValidatorFlags::default()).is_err());
    }

    #[test]
    fn space_change_sensitive_requires_identical_spacing() {
        let f = flags(|f| f.space_change_sensitive = true);
        assert!(compare_output("1 2\n", "1 2\n", &f).is_ok());
        assert!(compare_output("1 2\n", "1  2\n", &f).is_err());
        assert!(compare_output("1 2\n", "1 2", &f).is_err());
    }
}
