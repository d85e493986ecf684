//! Loads the fixture problems and packs under `tests/fixtures/` and snapshots what comes out.

use pyprep_pack::{FileTree, Loaded, load_pack, load_problem};
use std::path::Path;

/// Reads a directory into a tree, as the command-line tool does; only tests touch the disk.
fn read_tree(dir: &Path) -> FileTree {
    fn walk(root: &Path, dir: &Path, tree: &mut FileTree) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(root, &path, tree);
            } else {
                let relative = path.strip_prefix(root).unwrap();
                let name: Vec<String> =
                    relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
                tree.insert(name.join("/"), std::fs::read(&path).unwrap());
            }
        }
    }
    let mut tree = FileTree::new();
    walk(dir, dir, &mut tree);
    tree
}

fn fixture(relative: &str) -> FileTree {
    read_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(relative))
}

/// Every diagnostic as the command-line tool prints it, one after another.
fn rendered<T>(loaded: &Loaded<T>) -> String {
    if loaded.diagnostics.is_empty() {
        return "(no diagnostics)\n".to_owned();
    }
    loaded.diagnostics.iter().map(|d| format!("{d}\n")).collect()
}

fn problem(dir: &str) -> Loaded<pyprep_pack::Problem> {
    let id = dir.rsplit('/').next().unwrap();
    load_problem(id, &fixture(dir))
}

#[test]
fn legacy_kattis_package() {
    let loaded = problem("good-pack/average");
    insta::assert_snapshot!("average-diagnostics", rendered(&loaded));
    insta::assert_yaml_snapshot!("average", loaded.value.expect("loads"));
}

#[test]
fn draft_2023_07_package() {
    let loaded = problem("good-pack/shout");
    insta::assert_snapshot!("shout-diagnostics", rendered(&loaded));
    insta::assert_yaml_snapshot!("shout", loaded.value.expect("loads"));
}

#[test]
fn function_problem() {
    let loaded = problem("good-pack/min-max");
    insta::assert_snapshot!("min-max-diagnostics", rendered(&loaded));
    insta::assert_yaml_snapshot!("min-max", loaded.value.expect("loads"));
}

#[test]
fn class_problem() {
    let loaded = problem("good-pack/lru-cache");
    insta::assert_snapshot!("lru-cache-diagnostics", rendered(&loaded));
    insta::assert_yaml_snapshot!("lru-cache", loaded.value.expect("loads"));
}

#[test]
fn snippet_problem() {
    let loaded = problem("good-pack/find-the-bug");
    insta::assert_snapshot!("find-the-bug-diagnostics", rendered(&loaded));
    insta::assert_yaml_snapshot!("find-the-bug", loaded.value.expect("loads"));
}

#[test]
fn good_pack() {
    let loaded = load_pack(&fixture("good-pack"));
    insta::assert_snapshot!("good-pack-diagnostics", rendered(&loaded));
    let mut pack = loaded.value.expect("loads");
    // The problems have snapshots of their own; here it is enough that they load, in order.
    let ids: Vec<String> = pack.problems.iter().map(|p| p.id.clone()).collect();
    assert_eq!(ids, ["min-max", "find-the-bug", "lru-cache", "average", "shout"]);
    for problem in &mut pack.problems {
        let expected = problem.clone();
        assert_eq!(Some(expected), problem_in_good_pack(&problem.id));
    }
    pack.problems.clear();
    insta::assert_yaml_snapshot!("good-pack", pack);
}

fn problem_in_good_pack(id: &str) -> Option<pyprep_pack::Problem> {
    problem(&format!("good-pack/{id}")).value
}

#[test]
fn broken_yaml() {
    let loaded = problem("broken/bad-yaml");
    assert!(loaded.value.is_none());
    insta::assert_snapshot!("bad-yaml-diagnostics", rendered(&loaded));
}

#[test]
fn everything_wrong() {
    let loaded = problem("broken/everything-wrong");
    assert!(loaded.value.is_none());
    insta::assert_snapshot!("everything-wrong-diagnostics", rendered(&loaded));
}

#[test]
fn broken_function_tests() {
    let loaded = problem("broken/bad-tests");
    assert!(loaded.value.is_none());
    insta::assert_snapshot!("bad-tests-diagnostics", rendered(&loaded));
}

#[test]
fn broken_class_tests() {
    let loaded = problem("broken/bad-class");
    assert!(loaded.value.is_none());
    insta::assert_snapshot!("bad-class-diagnostics", rendered(&loaded));
}

#[test]
fn broken_pack() {
    let loaded = load_pack(&fixture("broken-pack"));
    assert!(loaded.value.is_none());
    insta::assert_snapshot!("broken-pack-diagnostics", rendered(&loaded));
}
