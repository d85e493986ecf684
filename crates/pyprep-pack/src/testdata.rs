//! Test data: the tests under `data/sample/` and `data/secret/`, their groups, and the
//! settings of each directory's `testdata.yaml`.

use crate::fields::Fields;
use crate::style_checks::{self, TestFiles};
use crate::{Diagnostic, FileTree, Style, TestCase, TestGroup, ValidatorFlags, flags, yaml};
use std::collections::{BTreeMap, BTreeSet};

/// The tests of a problem and their groups.
#[derive(Debug, Default)]
pub(crate) struct Tests {
    pub tests: Vec<TestCase>,
    pub groups: Vec<TestGroup>,
}

/// The extensions of the files that make up a test.
const TEST_EXTENSIONS: &[&str] = &["in", "ans", "hint", "desc"];

/// Keys of `testdata.yaml` in Kattis' formats that pyprep accepts and ignores.
const SETTINGS_IGNORED: &[&str] = &[
    "on_reject",
    "grading",
    "grader_flags",
    "input_validator_flags",
    "reject_score",
    "range",
    "scoring",
    "score_aggregation",
    "max_score",
    "static_validation",
    "static_validation_score",
    "require_pass",
    "args",
    "input_validator_args",
    "static_validator_args",
    "input_visualizer_args",
    "output_visualizer_args",
    "full_feedback",
];

/// A directory below `data/`: the names of its files and sub-directories.
#[derive(Default)]
struct Dir {
    files: BTreeSet<String>,
    dirs: BTreeSet<String>,
}

/// What a `testdata.yaml` sets.
#[derive(Default)]
struct Settings {
    points: Option<f64>,
    flags: Option<Vec<String>>,
}

/// Finds and checks every test.
pub(crate) fn load(
    tree: &FileTree,
    style: &Style,
    problem_flags: &ValidatorFlags,
    diags: &mut Vec<Diagnostic>,
) -> Tests {
    let dirs = directories(tree);
    let mut settings = BTreeMap::new();
    for (dir, entries) in &dirs {
        if entries.files.contains("testdata.yaml") {
            let path = format!("{dir}/testdata.yaml");
            let bytes = tree.get(&path).unwrap_or_default();
            settings.insert(dir.clone(), read_settings(&path, bytes, diags));
        }
    }
    if let Some(data) = dirs.get("data") {
        for file in &data.files {
            if file.ends_with(".in") || file.ends_with(".ans") {
                diags.push(
                    Diagnostic::warning(
                        format!("data/{file}"),
                        "tests must be in data/sample/ or data/secret/; ignored",
                    )
                    .help("move it to data/secret/ (hidden) or data/sample/ (shown to the candidate)"),
                );
            }
        }
    }
    let mut walk = Walk { tree, dirs: &dirs, settings: &settings, style, problem_flags, tests: Vec::new(), diags };
    walk.dir("data/sample", true);
    walk.dir("data/secret", false);
    let tests = walk.tests;

    if tests.is_empty() {
        diags.push(
            Diagnostic::error("data/", "the problem has no tests")
                .help("add tests as pairs of files, such as data/sample/1.in with data/sample/1.ans"),
        );
    } else if !tests.iter().any(|t| t.sample) {
        diags.push(
            Diagnostic::warning("data/sample/", "the problem has no sample tests")
                .help("add at least one sample (data/sample/1.in and 1.ans) to show the candidate the format"),
        );
    }
    let mut groups: Vec<TestGroup> = Vec::new();
    for test in &tests {
        if !groups.iter().any(|g| g.name == test.group) {
            let dir = match test.group.as_str() {
                "sample" => "data/sample".to_owned(),
                "secret" => "data/secret".to_owned(),
                name => format!("data/secret/{name}"),
            };
            let points = settings.get(&dir).and_then(|s| s.points);
            groups.push(TestGroup { name: test.group.clone(), points });
        }
    }
    Tests { tests, groups }
}

/// Every directory below `data/` (and `data` itself), by path.
fn directories(tree: &FileTree) -> BTreeMap<String, Dir> {
    let mut dirs: BTreeMap<String, Dir> = BTreeMap::new();
    for (path, _) in tree.iter() {
        if !path.starts_with("data/") {
            continue;
        }
        let parts: Vec<&str> = path.split('/').collect();
        // A path with an empty component cannot come from a file system; it is skipped.
        if parts.iter().any(|p| p.is_empty()) {
            continue;
        }
        for i in 1..parts.len() {
            let entry = dirs.entry(parts[..i].join("/")).or_default();
            if i == parts.len() - 1 {
                entry.files.insert(parts[i].to_owned());
            } else {
                entry.dirs.insert(parts[i].to_owned());
            }
        }
    }
    dirs
}

fn read_settings(path: &str, bytes: &[u8], diags: &mut Vec<Diagnostic>) -> Settings {
    let mut settings = Settings::default();
    let node = match yaml::parse(bytes) {
        Ok(node) => node,
        Err(e) => {
            diags.push(
                Diagnostic::error(path, format!("invalid YAML: {}", e.message)).at(e.line).help("fix the YAML syntax"),
            );
            return settings;
        }
    };
    let Some(fields) = Fields::new(path, "", &node, diags) else {
        return settings;
    };
    let read = ["points", "accept_score", "output_validator_flags", "output_validator_args"];
    let known: Vec<&str> = read.iter().chain(SETTINGS_IGNORED).copied().collect();
    fields.warn_unknown(&known, diags);
    settings.points = fields
        .number("points", Some(0.0), "25", diags)
        .or_else(|| fields.number("accept_score", Some(0.0), "25", diags));
    for key in ["output_validator_flags", "output_validator_args"] {
        let Some(parts) = fields.strings(key, diags) else {
            continue;
        };
        let (_, errors) = flags::apply(&ValidatorFlags::default(), &parts);
        let line = fields.line(key);
        for e in errors {
            diags.push(Diagnostic::error(path, e.message).at(line).field(key).help(e.help));
        }
        settings.flags.get_or_insert_with(Vec::new).extend(parts);
    }
    settings
}

/// A walk over the test directories, collecting tests.
struct Walk<'a> {
    tree: &'a FileTree,
    dirs: &'a BTreeMap<String, Dir>,
    settings: &'a BTreeMap<String, Settings>,
    style: &'a Style,
    problem_flags: &'a ValidatorFlags,
    tests: Vec<TestCase>,
    diags: &'a mut Vec<Diagnostic>,
}

impl Walk<'_> {
    /// Visits a directory's tests and sub-directories, sorted together by name as Kattis does.
    fn dir(&mut self, dir: &str, sample: bool) {
        let Some(entries) = self.dirs.get(dir) else {
            return;
        };
        let mut names: Vec<(String, bool)> = entries.dirs.iter().map(|d| (d.clone(), true)).collect();
        let stems: BTreeSet<&str> = entries
            .files
            .iter()
            .filter_map(|f| f.rsplit_once('.'))
            .filter(|(_, ext)| TEST_EXTENSIONS.contains(ext))
            .map(|(stem, _)| stem)
            .collect();
        names.extend(stems.into_iter().map(|s| (s.to_owned(), false)));
        names.sort();
        let group = group_name(dir);
        let flags = self.flags_for(dir);
        for (name, is_dir) in names {
            let path = format!("{dir}/{name}");
            if is_dir {
                self.dir(&path, sample);
            } else {
                self.test(&path, entries, &name, &group, sample, &flags);
            }
        }
    }

    /// The flags in force in `dir`: the problem's, then those of the nearest `testdata.yaml`
    /// that gives any.
    fn flags_for(&self, dir: &str) -> ValidatorFlags {
        let mut current = dir;
        loop {
            if let Some(parts) = self.settings.get(current).and_then(|s| s.flags.as_ref()) {
                return flags::apply(self.problem_flags, parts).0;
            }
            match current.rsplit_once('/') {
                Some((parent, _)) => current = parent,
                None => return self.problem_flags.clone(),
            }
        }
    }

    fn test(&mut self, base: &str, entries: &Dir, stem: &str, group: &str, sample: bool, flags: &ValidatorFlags) {
        let has = |ext: &str| entries.files.contains(&format!("{stem}.{ext}"));
        let (in_path, ans_path) = (format!("{base}.in"), format!("{base}.ans"));
        match (has("in"), has("ans")) {
            (true, true) => {}
            (true, false) => {
                self.diags.push(
                    Diagnostic::error(&in_path, format!("there is no matching {ans_path}"))
                        .help("add the .ans file with the expected output, or remove the .in file"),
                );
                return;
            }
            (false, true) => {
                self.diags.push(
                    Diagnostic::error(&ans_path, format!("there is no matching {in_path}"))
                        .help("add the .in file with the test input, or remove the .ans file"),
                );
                return;
            }
            (false, false) => {
                for ext in ["hint", "desc"].into_iter().filter(|e| has(e)) {
                    self.diags.push(
                        Diagnostic::warning(
                            format!("{base}.{ext}"),
                            format!("there is no test {base}.in beside this file; ignored"),
                        )
                        .help("rename it to match its test, or remove it"),
                    );
                }
                return;
            }
        }
        let input = self.text(&in_path);
        let answer = self.text(&ans_path);
        let hint = if has("hint") { self.text(&format!("{base}.hint")) } else { None };
        let desc = if has("desc") { self.text(&format!("{base}.desc")) } else { None };
        let (Some(input), Some(answer)) = (input, answer) else {
            return;
        };
        let files = TestFiles { in_path: &in_path, input: &input, ans_path: &ans_path, answer: &answer };
        style_checks::check(self.style, &files, self.diags);
        self.tests.push(TestCase {
            name: base.strip_prefix("data/").unwrap_or(base).to_owned(),
            group: group.to_owned(),
            sample,
            input,
            answer,
            hint,
            desc,
            flags: flags.clone(),
        });
    }

    /// A test file's text, reporting contents that are not UTF-8.
    fn text(&mut self, path: &str) -> Option<String> {
        let bytes = self.tree.get(path)?;
        match crate::text::utf8(bytes) {
            Ok(text) => Some(text.to_owned()),
            Err(e) => {
                self.diags.push(
                    Diagnostic::error(path, "the file is not valid UTF-8")
                        .at(Some(e.line))
                        .help("save test files as UTF-8 text"),
                );
                None
            }
        }
    }
}

/// The group of the tests in `dir`: `sample`, `secret`, or the path below `data/secret/`.
fn group_name(dir: &str) -> String {
    if dir.starts_with("data/sample") {
        "sample".to_owned()
    } else {
        dir.strip_prefix("data/secret/").unwrap_or("secret").to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_tree(files: &[(&str, &str)], style: &Style) -> (Tests, Vec<String>) {
        let tree: FileTree = files.iter().copied().collect();
        let mut diags = Vec::new();
        let tests = load(&tree, style, &ValidatorFlags::default(), &mut diags);
        (tests, diags.iter().map(|d| format!("{}:{} {}", d.file, d.line.unwrap_or(0), d.message)).collect())
    }

    #[test]
    fn orders_samples_first_then_secret_dirs_and_files_together() {
        let (tests, diags) = load_tree(
            &[
                ("data/secret/b/1.in", ""),
                ("data/secret/b/1.ans", ""),
                ("data/secret/a.in", ""),
                ("data/secret/a.ans", ""),
                ("data/secret/c.in", ""),
                ("data/secret/c.ans", ""),
                ("data/secret/c.hint", "think"),
                ("data/secret/c.desc", "edge"),
                ("data/secret/a/x/1.in", ""),
                ("data/secret/a/x/1.ans", ""),
                ("data/sample/2.in", "2"),
                ("data/sample/2.ans", "4"),
                ("data/sample/10.in", "10"),
                ("data/sample/10.ans", "20"),
                ("data/sample/notes.txt", ""),
            ],
            &Style::Stdio,
        );
        assert!(diags.is_empty(), "{diags:?}");
        let got: Vec<(&str, &str, bool)> =
            tests.tests.iter().map(|t| (t.name.as_str(), t.group.as_str(), t.sample)).collect();
        assert_eq!(
            got,
            [
                ("sample/10", "sample", true),
                ("sample/2", "sample", true),
                ("secret/a", "secret", false),
                ("secret/a/x/1", "a/x", false),
                ("secret/b/1", "b", false),
                ("secret/c", "secret", false),
            ]
        );
        let groups: Vec<&str> = tests.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(groups, ["sample", "secret", "a/x", "b"]);
        assert_eq!(tests.tests[5].hint.as_deref(), Some("think"));
        assert_eq!(tests.tests[5].desc.as_deref(), Some("edge"));
        assert_eq!(tests.tests[1].input, "2");
    }

    #[test]
    fn testdata_yaml_sets_points_and_flags_for_the_directory_and_below() {
        let tree: FileTree = [
            ("data/sample/1.in", ""),
            ("data/sample/1.ans", ""),
            ("data/secret/testdata.yaml", "output_validator_flags: case_sensitive\n"),
            ("data/secret/1.in", ""),
            ("data/secret/1.ans", ""),
            ("data/secret/g/testdata.yaml", "points: 40\noutput_validator_args: [float_absolute_tolerance, '0.5']\n"),
            ("data/secret/g/1.in", ""),
            ("data/secret/g/1.ans", ""),
            ("data/secret/g/h/1.in", ""),
            ("data/secret/g/h/1.ans", ""),
        ]
        .into_iter()
        .collect();
        let (problem_flags, _) = flags::apply(&ValidatorFlags::default(), &["float_tolerance 1e-6".into()]);
        let mut diags = Vec::new();
        let tests = load(&tree, &Style::Stdio, &problem_flags, &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        let t = &tests.tests;
        assert_eq!(t[0].flags, problem_flags);
        assert!(t[1].flags.case_sensitive);
        assert_eq!(t[1].flags.float_absolute_tolerance, Some(1e-6));
        assert!(!t[2].flags.case_sensitive, "the nearest testdata.yaml replaces outer ones");
        assert_eq!(t[2].flags.float_absolute_tolerance, Some(0.5));
        assert_eq!(t[2].flags.float_relative_tolerance, Some(1e-6));
        assert_eq!(t[3].flags, t[2].flags);
        let groups: Vec<(&str, Option<f64>)> = tests.groups.iter().map(|g| (g.name.as_str(), g.points)).collect();
        assert_eq!(groups, [("sample", None), ("secret", None), ("g", Some(40.0)), ("g/h", None)]);
    }

    #[test]
    fn reports_unpaired_and_undecodable_files() {
        let tree: FileTree = [
            ("data/secret/1.in", b"".to_vec()),
            ("data/secret/2.ans", b"".to_vec()),
            ("data/secret/3.hint", b"".to_vec()),
            ("data/secret/4.in", b"a\n\xff".to_vec()),
            ("data/secret/4.ans", b"".to_vec()),
            ("data/secret/testdata.yaml", b"accept_score: -1\noutput_validator_flags: nope\nbogus: 1\n".to_vec()),
        ]
        .into_iter()
        .collect();
        let mut diags = Vec::new();
        let tests = load(&tree, &Style::Stdio, &ValidatorFlags::default(), &mut diags);
        assert!(tests.tests.is_empty());
        let got: Vec<String> =
            diags.iter().map(|d| format!("{}:{} {}", d.file, d.line.unwrap_or(0), d.message)).collect();
        assert_eq!(
            got,
            [
                "data/secret/testdata.yaml:3 unknown field `bogus`, ignored",
                "data/secret/testdata.yaml:1 `accept_score` must be a number of at least 0, not `-1`",
                "data/secret/testdata.yaml:2 unknown validator flag `nope`",
                "data/secret/1.in:0 there is no matching data/secret/1.ans",
                "data/secret/2.ans:0 there is no matching data/secret/2.in",
                "data/secret/3.hint:0 there is no test data/secret/3.in beside this file; ignored",
                "data/secret/4.in:2 the file is not valid UTF-8",
                "data/:0 the problem has no tests",
            ]
        );
    }

    #[test]
    fn checks_test_files_by_style() {
        let style = Style::Function { entry: "f".into(), unordered: false };
        let (tests, diags) = load_tree(&[("data/sample/1.in", "[1]"), ("data/sample/1.ans", "{\"$set\": 1}")], &style);
        assert_eq!(tests.tests.len(), 1);
        assert_eq!(diags, ["data/sample/1.ans:1 `$set` must hold an array, not a number"]);
    }

    #[test]
    fn warns_without_samples_and_about_loose_files() {
        let (_, diags) =
            load_tree(&[("data/1.in", ""), ("data/secret/1.in", ""), ("data/secret/1.ans", "")], &Style::Stdio);
        assert_eq!(
            diags,
            [
                "data/1.in:0 tests must be in data/sample/ or data/secret/; ignored",
                "data/sample/:0 the problem has no sample tests"
            ]
        );
    }
}
