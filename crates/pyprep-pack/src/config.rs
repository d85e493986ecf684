//! Reading `problem.yaml`: Kattis metadata (legacy and 2023-07 draft) and pyprep's extensions.

use crate::fields::{Fields, shown};
use crate::flags;
use crate::ids::is_python_identifier;
use crate::topics::{is_topic, vocabulary};
use crate::yaml::{self, Value};
use crate::{Diagnostic, Difficulty, Limits, Style, ValidatorFlags};

/// The path of the problem's metadata file.
pub(crate) const FILE: &str = "problem.yaml";

/// What `problem.yaml` says, with defaults filled in.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Config {
    /// The English name, when given.
    pub name: Option<String>,
    /// Whether the problem is of type `scoring`.
    pub scoring: bool,
    /// Whether legacy `validation` asks for a custom output validator.
    pub custom_validation: bool,
    /// The problem-wide validator flags.
    pub flags: ValidatorFlags,
    /// The resource limits.
    pub limits: Limits,
    /// The style, unless it is invalid.
    pub style: Option<Style>,
    pub difficulty: Option<Difficulty>,
    pub topics: Vec<String>,
    pub minutes: Option<u32>,
    pub reveal_hidden: bool,
    /// Whether the file was there and parsed as a mapping, so that its fields were read.
    pub readable: bool,
}

/// Top-level keys of Kattis' formats that pyprep accepts and ignores.
const KATTIS_IGNORED: &[&str] = &[
    "uuid",
    "version",
    "author",
    "credits",
    "source",
    "source_url",
    "license",
    "rights_owner",
    "embargo_until",
    "keywords",
    "languages",
    "allow_file_writing",
    "constants",
    "grading",
    "scoring",
];

/// Top-level keys that pyprep reads.
const READ: &[&str] = &[
    "name",
    "problem_format_version",
    "type",
    "validation",
    "validator_flags",
    "limits",
    "style",
    "entry",
    "unordered",
    "difficulty",
    "topics",
    "minutes",
    "time_limit",
    "reveal_hidden",
];

/// Keys of `limits` that pyprep accepts and ignores.
const LIMITS_IGNORED: &[&str] = &[
    "time_safety_margin",
    "time_resolution",
    "code",
    "compilation_time",
    "compilation_memory",
    "validation_time",
    "validation_memory",
    "validation_output",
    "validation_passes",
];

/// Reads `problem.yaml`, reporting every problem in it.
pub(crate) fn read(bytes: Option<&[u8]>, diags: &mut Vec<Diagnostic>) -> Config {
    let mut config = Config { style: Some(Style::Stdio), ..Config::default() };
    let Some(bytes) = bytes else {
        diags.push(
            Diagnostic::error(FILE, "there is no problem.yaml")
                .help("a problem directory needs a problem.yaml with at least `name: ...`"),
        );
        return config;
    };
    let node = match yaml::parse(bytes) {
        Ok(node) => node,
        Err(e) => {
            diags.push(
                Diagnostic::error(FILE, format!("invalid YAML: {}", e.message))
                    .at(e.line)
                    .help("fix the YAML syntax; https://yaml.org has the rules"),
            );
            config.style = None;
            return config;
        }
    };
    let Some(fields) = Fields::new(FILE, "", &node, diags) else {
        config.style = None;
        return config;
    };
    config.readable = true;
    let known: Vec<&str> = READ.iter().chain(KATTIS_IGNORED).copied().collect();
    fields.warn_unknown(&known, diags);

    config.name = name(&fields, diags);
    format_version(&fields, diags);
    config.scoring = problem_type(&fields, diags);
    config.custom_validation = validation(&fields, diags);
    if let Some(parts) = fields.strings("validator_flags", diags) {
        let (flags, errors) = flags::apply(&ValidatorFlags::default(), &parts);
        let node = fields.get("validator_flags");
        for e in errors {
            diags.push(
                Diagnostic::error(FILE, e.message).at(node.and_then(|n| n.line)).field("validator_flags").help(e.help),
            );
        }
        config.flags = flags;
    }
    config.limits = limits(&fields, diags);
    config.style = style(&fields, diags);
    config.difficulty = difficulty(&fields, diags);
    config.topics = topics(&fields, diags);
    config.minutes = fields.positive_int("minutes", "30", diags);
    config.reveal_hidden = fields.bool("reveal_hidden", diags).unwrap_or(false);
    config
}

fn name(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let node = fields.get("name")?;
    let help = "write `name: Two Sum`, or `name: {en: Two Sum}`";
    let text = match &node.value {
        Value::Map(entries) => {
            let english = entries.iter().find(|(k, _)| k.as_text() == Some("en"));
            match english.or(entries.first()) {
                Some((_, v)) => v.as_text().map(|s| (s.to_owned(), v.line)),
                None => None,
            }
        }
        _ => node.as_text().map(|s| (s.to_owned(), node.line)),
    };
    match text {
        Some((text, _)) if !text.trim().is_empty() => Some(text.trim().to_owned()),
        Some((_, line)) => {
            diags.push(Diagnostic::error(FILE, "the name is empty").at(line).field("name").help(help));
            None
        }
        None => {
            diags.push(
                fields.error("name", node, "`name` must be a string or a map of language codes to strings").help(help),
            );
            None
        }
    }
}

fn format_version(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) {
    let Some(version) = fields.string("problem_format_version", diags) else {
        return;
    };
    let dated = |v: &str| {
        let b = v.as_bytes();
        b.len() == 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[5..].iter().all(u8::is_ascii_digit)
    };
    let known = matches!(version.as_str(), "legacy" | "legacy-icpc" | "draft")
        || dated(&version)
        || version.strip_suffix("-draft").is_some_and(dated);
    if !known && let Some(node) = fields.get("problem_format_version") {
        diags.push(
            fields
                .warning("problem_format_version", node, format!("unknown problem format version `{version}`"))
                .help("use `legacy` or `2023-07-draft`"),
        );
    }
}

/// Reads `type`, returning whether the problem is scored.
fn problem_type(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) -> bool {
    let Some(node) = fields.get("type") else {
        return false;
    };
    let Some(types) = fields.strings("type", diags) else {
        return false;
    };
    let mut scoring = false;
    let mut pass_fail = false;
    for t in types.iter().flat_map(|t| t.split_whitespace()) {
        match t {
            "pass-fail" => pass_fail = true,
            "scoring" => scoring = true,
            "interactive" | "multi-pass" | "submit-answer" => diags.push(
                fields
                    .error("type", node, format!("`{t}` problems are not supported"))
                    .help("pyprep judges `pass-fail` and `scoring` problems"),
            ),
            other => diags.push(
                fields
                    .error("type", node, format!("unknown problem type `{other}`"))
                    .help("use `pass-fail` or `scoring`"),
            ),
        }
    }
    if scoring && pass_fail {
        diags.push(
            fields.error("type", node, "a problem cannot be both `pass-fail` and `scoring`").help("keep one of them"),
        );
    }
    scoring
}

/// Reads legacy `validation`, returning whether it asks for a custom output validator.
fn validation(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) -> bool {
    let Some(node) = fields.get("validation") else {
        return false;
    };
    let help = "write `validation: default`, or `validation: custom` with a Python validator in output_validators/";
    let Some(text) = node.as_text() else {
        diags.push(fields.error("validation", node, "`validation` must be `default` or `custom`").help(help));
        return false;
    };
    let mut words = text.split_whitespace();
    let custom = match words.next() {
        Some("default") => false,
        Some("custom") => true,
        _ => {
            diags.push(fields.error("validation", node, format!("unknown validation `{text}`")).help(help));
            return false;
        }
    };
    for word in words {
        match word {
            "score" if custom => {}
            "interactive" | "multipass" | "multi-pass" => diags.push(
                fields
                    .error("validation", node, format!("`{word}` validation is not supported"))
                    .help("pyprep judges problems whose output is checked after the run"),
            ),
            other => {
                diags.push(fields.error("validation", node, format!("unknown validation option `{other}`")).help(help))
            }
        }
    }
    custom
}

fn limits(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) -> Limits {
    let mut limits = Limits::default();
    let top_time_limit = fields.number("time_limit", None, "2", diags);
    if let Some(l) = fields.nested("limits", diags) {
        let known: Vec<&str> = ["time_multiplier", "time_multipliers", "time_limit", "memory", "output"]
            .iter()
            .chain(LIMITS_IGNORED)
            .copied()
            .collect();
        l.warn_unknown(&known, diags);
        if let Some(m) = l.number("time_multiplier", Some(1.0), "5", diags) {
            limits.time_multiplier = m;
        }
        if let Some(m) = l.nested("time_multipliers", diags) {
            m.warn_unknown(&["ac_to_time_limit", "time_limit_to_tle", "ac_to_timelimit", "timelimit_to_tle"], diags);
            let ac = m
                .number("ac_to_time_limit", Some(1.0), "2", diags)
                .or_else(|| m.number("ac_to_timelimit", Some(1.0), "2", diags));
            if let Some(ac) = ac {
                limits.time_multiplier = ac;
            }
            m.number("time_limit_to_tle", Some(1.0), "1.5", diags);
            m.number("timelimit_to_tle", Some(1.0), "1.5", diags);
        }
        limits.time_limit = l.number("time_limit", None, "2", diags);
        if let Some(memory) = l.positive_int("memory", "512", diags) {
            limits.memory_mib = memory;
        }
        if let Some(output) = l.positive_int("output", "8", diags) {
            match output.checked_mul(1024) {
                Some(kib) => limits.output_kib = kib,
                None => {
                    if let Some(node) = l.get("output") {
                        diags.push(
                            l.error("output", node, "the output limit is too large")
                                .help("give it in MiB, for example `output: 8`"),
                        );
                    }
                }
            }
        }
        if let (Some(top), Some(inner), Some(node)) = (top_time_limit, limits.time_limit, fields.get("time_limit"))
            && top != inner
        {
            diags.push(
                fields
                    .error(
                        "time_limit",
                        node,
                        format!("`time_limit: {top}` disagrees with `limits.time_limit: {inner}`"),
                    )
                    .help("give the time limit once"),
            );
        }
    }
    limits.time_limit = limits.time_limit.or(top_time_limit);
    limits
}

fn style(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) -> Option<Style> {
    let style = match fields.get("style") {
        None => "stdio".to_owned(),
        Some(node) => match node.as_text() {
            Some(s @ ("stdio" | "function" | "class" | "snippet")) => s.to_owned(),
            _ => {
                diags.push(
                    fields
                        .error("style", node, format!("unknown style `{}`", shown(node)))
                        .help("use one of stdio, function, class, snippet"),
                );
                return None;
            }
        },
    };
    let entry = fields.string("entry", diags);
    let unordered = fields.bool("unordered", diags);
    let needs_entry = style == "function" || style == "class";
    if let (Some(node), false) = (fields.get("entry"), needs_entry) {
        diags.push(
            fields
                .warning(
                    "entry",
                    node,
                    format!("`entry` is only used by function and class problems; ignored for `{style}`"),
                )
                .help("remove it"),
        );
    }
    if let (Some(node), true) = (fields.get("unordered"), style != "function") {
        diags.push(
            fields
                .warning(
                    "unordered",
                    node,
                    format!("`unordered` is only used by function problems; ignored for `{style}`"),
                )
                .help("remove it"),
        );
    }
    let entry = if needs_entry {
        let what = if style == "class" { "class" } else { "function" };
        match (entry, fields.get("entry")) {
            (Some(e), _) if is_python_identifier(&e) => Some(e),
            (Some(e), Some(node)) => {
                diags.push(
                    fields
                        .error("entry", node, format!("`{e}` is not a Python identifier"))
                        .help(format!("name the {what} with letters, digits and underscores, for example `two_sum`")),
                );
                None
            }
            _ => {
                diags.push(
                    Diagnostic::error(FILE, format!("a {style} problem needs an `entry`"))
                        .at(fields.line("style"))
                        .field("entry")
                        .help(format!("add `entry: name_of_the_{what}` that the candidate writes")),
                );
                None
            }
        }
    } else {
        None
    };
    match style.as_str() {
        "function" => Some(Style::Function { entry: entry?, unordered: unordered.unwrap_or(false) }),
        "class" => Some(Style::Class { entry: entry? }),
        "snippet" => Some(Style::Snippet),
        _ => Some(Style::Stdio),
    }
}

fn difficulty(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) -> Option<Difficulty> {
    let node = fields.get("difficulty")?;
    match node.as_text() {
        Some("easy") => Some(Difficulty::Easy),
        Some("medium") => Some(Difficulty::Medium),
        Some("hard") => Some(Difficulty::Hard),
        _ => {
            diags.push(
                fields
                    .error("difficulty", node, format!("unknown difficulty `{}`", shown(node)))
                    .help("use easy, medium or hard"),
            );
            None
        }
    }
}

fn topics(fields: &Fields<'_>, diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let Some(node) = fields.get("topics") else {
        return Vec::new();
    };
    let Value::Seq(items) = &node.value else {
        diags.push(
            fields
                .error("topics", node, format!("`topics` must be a list, not {}", node.value.describe()))
                .help("write `topics: [strings, sorting]`"),
        );
        return Vec::new();
    };
    let mut topics = Vec::new();
    for item in items {
        match item.as_text() {
            Some(t) if is_topic(t) => {
                if topics.iter().any(|seen| seen == t) {
                    diags.push(
                        fields.warning("topics", item, format!("topic `{t}` is listed twice")).help("list it once"),
                    );
                } else {
                    topics.push(t.to_owned());
                }
            }
            _ => diags.push(
                fields
                    .error("topics", item, format!("unknown topic `{}`", shown(item)))
                    .help(format!("use topics from the vocabulary: {}", vocabulary())),
            ),
        }
    }
    topics
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str) -> (Config, Vec<String>) {
        let mut diags = Vec::new();
        let config = read(Some(src.as_bytes()), &mut diags);
        let shown = diags
            .iter()
            .map(|d| {
                let severity = if d.severity == crate::Severity::Error { "error" } else { "warning" };
                format!("{}:{} {severity}: {}", d.line.unwrap_or(0), d.field.as_deref().unwrap_or("-"), d.message)
            })
            .collect();
        (config, shown)
    }

    #[test]
    fn legacy_kattis_metadata() {
        let (config, diags) = run("name: Hello\nauthor: Someone\nsource: NCPC\nlicense: cc by-sa\nrights_owner: x\n\
             validation: custom\nvalidator_flags: float_tolerance 1e-6 case_sensitive\n\
             limits:\n  time_multiplier: 3\n  time_safety_margin: 2\n  memory: 1024\n  output: 8\n  code: 128\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.name.as_deref(), Some("Hello"));
        assert!(config.custom_validation);
        assert!(!config.scoring);
        assert_eq!(config.flags.float_absolute_tolerance, Some(1e-6));
        assert!(config.flags.case_sensitive);
        assert_eq!(
            config.limits,
            Limits { time_limit: None, time_multiplier: 3.0, memory_mib: 1024, output_kib: 8192 }
        );
        assert_eq!(config.style, Some(Style::Stdio));
    }

    #[test]
    fn draft_2023_07_metadata() {
        let (config, diags) =
            run("problem_format_version: 2023-07-draft\nname:\n  sv: Hej\n  en: Hello\ntype: scoring\nuuid: abc\n\
             credits:\n  authors: [A]\nkeywords: [x]\n\
             limits:\n  time_limit: 2.5\n  time_multipliers:\n    ac_to_time_limit: 2.0\n    time_limit_to_tle: 1.5\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.name.as_deref(), Some("Hello"));
        assert!(config.scoring);
        assert_eq!(config.limits.time_limit, Some(2.5));
        assert_eq!(config.limits.time_multiplier, 2.0);
    }

    #[test]
    fn name_map_without_english_uses_the_first() {
        let (config, _) = run("name: {sv: Hej, de: Hallo}\n");
        assert_eq!(config.name.as_deref(), Some("Hej"));
    }

    #[test]
    fn pyprep_extensions() {
        let (config, diags) =
            run("name: Two Sum\nstyle: function\nentry: two_sum\nunordered: true\ndifficulty: easy\n\
             topics: [lists, dicts]\nminutes: 15\ntime_limit: 1\nreveal_hidden: true\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.style, Some(Style::Function { entry: "two_sum".into(), unordered: true }));
        assert_eq!(config.difficulty, Some(Difficulty::Easy));
        assert_eq!(config.topics, ["lists", "dicts"]);
        assert_eq!(config.minutes, Some(15));
        assert_eq!(config.limits.time_limit, Some(1.0));
        assert!(config.reveal_hidden);
    }

    #[test]
    fn reports_every_problem_at_once() {
        let (config, diags) =
            run("style: class\nentry: 2fast\nunordered: yes\ndifficulty: trivial\ntopics: [lists, arrays]\n\
             minutes: 0\ntime_limit: -1\nlimits:\n  memory: lots\n  tme_limit: 1\ntype: interactive\n\
             validator_flags: float_tolerance\nfoo: bar\n");
        assert_eq!(config.style, None);
        assert_eq!(
            diags,
            [
                "13:foo warning: unknown field `foo`, ignored",
                "11:type error: `interactive` problems are not supported",
                "12:validator_flags error: validator flag `float_tolerance` needs a number after it",
                "7:time_limit error: `time_limit` must be a number greater than 0, not `-1`",
                "10:limits.tme_limit warning: unknown field `limits.tme_limit`, ignored",
                "9:limits.memory error: `memory` must be a whole number greater than 0, not `lots`",
                "3:unordered error: `unordered` must be true or false, not `yes`",
                "3:unordered warning: `unordered` is only used by function problems; ignored for `class`",
                "2:entry error: `2fast` is not a Python identifier",
                "4:difficulty error: unknown difficulty `trivial`",
                "5:topics error: unknown topic `arrays`",
                "6:minutes error: `minutes` must be a whole number greater than 0, not `0`",
            ]
        );
    }

    #[test]
    fn entry_is_required_for_functions_and_warned_for_stdio() {
        let (config, diags) = run("name: x\nstyle: function\n");
        assert_eq!(config.style, None);
        assert_eq!(diags, ["2:entry error: a function problem needs an `entry`"]);
        let (config, diags) = run("name: x\nentry: main\n");
        assert_eq!(config.style, Some(Style::Stdio));
        assert_eq!(
            diags,
            ["2:entry warning: `entry` is only used by function and class problems; ignored for `stdio`"]
        );
    }

    #[test]
    fn conflicting_time_limits() {
        let (_, diags) = run("name: x\ntime_limit: 1\nlimits:\n  time_limit: 2\n");
        assert_eq!(diags, ["2:time_limit error: `time_limit: 1` disagrees with `limits.time_limit: 2`"]);
    }

    #[test]
    fn broken_files() {
        let (_, diags) = run("name: [unclosed\n");
        assert_eq!(diags.len(), 1);
        assert!(diags[0].starts_with("1:- error: invalid YAML"), "{diags:?}");
        let (_, diags) = run("- a list\n");
        assert_eq!(diags, ["1:- error: the file must be a mapping of fields, not a list"]);
        let mut diags = Vec::new();
        read(None, &mut diags);
        assert_eq!(diags[0].message, "there is no problem.yaml");
        let (config, diags) = run("");
        assert!(diags.is_empty());
        assert_eq!(config.name, None);
    }
}
