//! Feeds arbitrary trees and bytes to the loaders: whatever the input, they must not panic.

use proptest::prelude::*;
use pyprep_pack::{FileTree, is_pack_dir, is_problem_dir, load_pack, load_problem};

/// Pieces of text that look like the YAML, JSON and LaTeX the loaders read.
const PIECES: &[&str] = &[
    "name: ",
    "style: ",
    "function",
    "class",
    "snippet",
    "stdio",
    "entry: ",
    "f",
    "Cache",
    "topics: ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ": ",
    "- ",
    "\n",
    "  ",
    "\t",
    "limits:\n  ",
    "time_limit: ",
    "memory: ",
    "output: ",
    "time_multipliers:\n    ac_to_time_limit: ",
    "1.5",
    "-1",
    "0",
    "1e999",
    ".nan",
    "99999999999999999999999",
    "true",
    "no",
    "null",
    "~",
    "&a ",
    "*a",
    "<<: *a",
    "'",
    "\"",
    "#",
    "---\n",
    "...\n",
    "!!binary ",
    "!tag ",
    "validator_flags: ",
    "float_tolerance",
    "case_sensitive",
    "validation: custom",
    "type: scoring",
    "name:\n  en: ",
    "problems: ",
    "oa_sets: ",
    "id: ",
    "title: ",
    "minutes: ",
    "version: ",
    "authors: ",
    "points: ",
    "output_validator_args: ",
    "$tuple",
    "$set",
    "$raises",
    "\"$raises\"",
    "\\problemname{",
    "\\section*{",
    "\\begin{itemize}",
    "\\item",
    "\\end{",
    "\\frac{",
    "$",
    "%",
    "\\",
    "é",
    "\u{feff}",
    "\u{0}",
];

fn yamlish() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat().into_bytes()),
        prop::collection::vec(any::<u8>(), 0..200),
        ".{0,200}".prop_map(String::into_bytes),
    ]
}

/// Paths that the loaders look at, and random ones.
fn path() -> impl Strategy<Value = String> {
    let known = prop::sample::select(vec![
        "problem.yaml",
        "pack.yaml",
        "starter.py",
        "problem_statement/problem.en.md",
        "problem_statement/problem.en.tex",
        "statement/problem.md",
        "data/sample/1.in",
        "data/sample/1.ans",
        "data/sample/1.hint",
        "data/secret/1.in",
        "data/secret/1.ans",
        "data/secret/g/testdata.yaml",
        "data/secret/g/2.in",
        "data/secret/g/2.ans",
        "data/secret/.in",
        "data/testdata.yaml",
        "data/secret/testdata.yaml",
        "output_validators/v/validate.py",
        "output_validators/v/validate.cpp",
        "output_validator/x.py",
        "submissions/accepted/a.py",
        "submissions/odd/b.py",
        "submissions/a.py",
        "p/problem.yaml",
        "p/data/sample/1.in",
        "p/data/sample/1.ans",
        "data//x.in",
        "/data/secret/1.in",
        "data/secret/",
        "",
    ]);
    prop_oneof![
        3 => known.prop_map(str::to_owned),
        1 => "[a-z/._]{0,20}",
        1 => ".{0,20}",
    ]
}

fn tree() -> impl Strategy<Value = FileTree> {
    prop::collection::vec((path(), yamlish()), 0..12).prop_map(|files| files.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_trees_never_panic(tree in tree(), id in ".{0,12}") {
        let problem = load_problem(&id, &tree);
        prop_assert_eq!(problem.value.is_some(), !problem.has_errors());
        let pack = load_pack(&tree);
        prop_assert_eq!(pack.value.is_some(), !pack.has_errors());
        let _ = (is_problem_dir(&tree), is_pack_dir(&tree));
    }

    #[test]
    fn arbitrary_problem_yaml_never_panics(
        yaml in yamlish(),
        style in prop::sample::select(vec!["function", "class", "snippet", "stdio"]),
    ) {
        let mut tree: FileTree = [
            ("problem_statement/problem.en.tex", "\\problemname{X}\n$\\frac{a}{b}$"),
            ("data/sample/1.in", "[[\"Cache\"], [\"get\", {\"$set\": [[1]]}]]"),
            ("data/sample/1.ans", "[null, {\"$raises\": \"KeyError\"}]"),
        ]
        .into_iter()
        .collect();
        let mut head = format!("name: x\nstyle: {style}\nentry: Cache\n").into_bytes();
        head.extend_from_slice(&yaml);
        tree.insert("problem.yaml", head);
        tree.insert("data/secret/testdata.yaml", yaml.clone());
        tree.insert("data/secret/1.in", yaml.clone());
        tree.insert("data/secret/1.ans", yaml.clone());
        tree.insert("problem_statement/problem.en.tex", yaml.clone());
        let _ = load_problem("x", &tree);
        let pack: FileTree = [("pack.yaml", yaml)].into_iter().collect();
        let _ = load_pack(&pack);
    }
}

#[test]
fn deeply_nested_inputs_are_reported_not_overflowed() {
    let deep = |open: &str, close: &str, n: usize| format!("{}{}", open.repeat(n), close.repeat(n));
    let tree: FileTree = [
        ("problem.yaml", "name: x\nstyle: class\nentry: C\n".to_owned()),
        ("problem_statement/problem.en.tex", deep("\\emph{", "}", 100_000)),
        ("data/sample/1.in", deep("[", "]", 100_000)),
        ("data/sample/1.ans", deep("{\"a\":", "}", 50_000)),
        ("data/secret/testdata.yaml", deep("{a: ", "}", 100_000)),
        ("data/secret/1.in", "[[\"C\"]]".to_owned()),
        ("data/secret/1.ans", "[null]".to_owned()),
    ]
    .into_iter()
    .collect();
    let loaded = load_problem("x", &tree);
    assert!(loaded.has_errors());
    let files: Vec<&str> = loaded.diagnostics.iter().map(|d| d.file.as_str()).collect();
    assert!(files.contains(&"data/sample/1.in"), "{files:?}");
    assert!(files.contains(&"data/sample/1.ans"), "{files:?}");
    assert!(files.contains(&"data/secret/testdata.yaml"), "{files:?}");

    let pack: FileTree =
        [("pack.yaml", format!("id: p\nproblems: {}\n", deep("[", "]", 100_000)))].into_iter().collect();
    let loaded = load_pack(&pack);
    assert!(loaded.diagnostics[0].message.starts_with("invalid YAML"), "{:?}", loaded.diagnostics);
}
