//! Flags of the Kattis default output validator, such as `float_tolerance 1e-6`.

use crate::ValidatorFlags;

/// What is wrong with a flag string.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FlagError {
    /// What is wrong, naming the flag.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

const KNOWN: &str = "case_sensitive, space_change_sensitive, float_tolerance E, \
                     float_relative_tolerance E, float_absolute_tolerance E";

/// Applies flags, given as strings of whitespace-separated words, on top of `base`, as Kattis
/// passes them to its validator: a later flag overrides what an earlier one set. Returns the
/// resulting flags and every problem found (unknown flags, missing or invalid numbers, a
/// tolerance given twice); the flags in error are skipped.
pub(crate) fn apply(base: &ValidatorFlags, parts: &[String]) -> (ValidatorFlags, Vec<FlagError>) {
    let mut flags = base.clone();
    let mut errors = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut words = parts.iter().flat_map(|p| p.split_whitespace()).peekable();
    while let Some(word) = words.next() {
        match word {
            "case_sensitive" => flags.case_sensitive = true,
            "space_change_sensitive" => flags.space_change_sensitive = true,
            "float_tolerance" | "float_relative_tolerance" | "float_absolute_tolerance" => {
                let clash = seen.iter().any(|s| *s == word || *s == "float_tolerance" || word == "float_tolerance");
                if clash {
                    errors.push(FlagError {
                        message: format!("validator flag `{word}` repeats a tolerance given before it"),
                        help: "give each tolerance once, and `float_tolerance` only without the other two".into(),
                    });
                }
                seen.push(word);
                let number = words.next_if(|w| w.parse::<f64>().is_ok());
                let value = number.and_then(|w| w.parse::<f64>().ok()).filter(|v| v.is_finite() && *v >= 0.0);
                match value {
                    Some(e) if !clash => match word {
                        "float_tolerance" => {
                            flags.float_absolute_tolerance = Some(e);
                            flags.float_relative_tolerance = Some(e);
                        }
                        "float_relative_tolerance" => flags.float_relative_tolerance = Some(e),
                        _ => flags.float_absolute_tolerance = Some(e),
                    },
                    Some(_) => {}
                    None => errors.push(FlagError {
                        message: match number {
                            Some(n) => {
                                format!("validator flag `{word}` needs a finite number of at least 0, not `{n}`")
                            }
                            None => format!("validator flag `{word}` needs a number after it"),
                        },
                        help: format!("write for example `{word} 1e-6`"),
                    }),
                }
            }
            other => errors.push(FlagError {
                message: format!("unknown validator flag `{other}`"),
                help: format!("the known flags are {KNOWN}"),
            }),
        }
    }
    (flags, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> (ValidatorFlags, Vec<FlagError>) {
        apply(&ValidatorFlags::default(), &[s.to_owned()])
    }

    #[test]
    fn float_tolerance_sets_both() {
        let (flags, errors) = run("float_tolerance 1e-6 case_sensitive");
        assert!(errors.is_empty());
        assert_eq!(flags.float_absolute_tolerance, Some(1e-6));
        assert_eq!(flags.float_relative_tolerance, Some(1e-6));
        assert!(flags.case_sensitive);
        assert!(!flags.space_change_sensitive);
    }

    #[test]
    fn separate_tolerances() {
        let (flags, errors) = run("float_relative_tolerance 0.01 float_absolute_tolerance 2 space_change_sensitive");
        assert!(errors.is_empty());
        assert_eq!(flags.float_relative_tolerance, Some(0.01));
        assert_eq!(flags.float_absolute_tolerance, Some(2.0));
        assert!(flags.space_change_sensitive);
    }

    #[test]
    fn errors_name_the_flag() {
        let (_, errors) = run("float_tolerance case_sensitive ignore_case float_absolute_tolerance -1");
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages.len(), 4, "{messages:?}");
        assert!(messages[0].contains("`float_tolerance` needs a number"));
        assert!(messages[1].contains("unknown validator flag `ignore_case`"));
        assert!(messages[2].contains("`float_absolute_tolerance` repeats"));
        assert!(messages[3].contains("not `-1`"));
    }

    #[test]
    fn later_strings_override_earlier_ones() {
        let (base, _) = run("float_tolerance 1e-6");
        let (flags, errors) = apply(&base, &["float_absolute_tolerance 0.5".into(), "case_sensitive".into()]);
        assert!(errors.is_empty());
        assert_eq!(flags.float_absolute_tolerance, Some(0.5));
        assert_eq!(flags.float_relative_tolerance, Some(1e-6));
        assert!(flags.case_sensitive);
    }
}
