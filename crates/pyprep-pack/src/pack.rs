//! Loading a pack: `pack.yaml` and the problems it lists.

use crate::fields::{Fields, shown};
use crate::ids::is_pack_id;
use crate::yaml::{self, Node, Value};
use crate::{Diagnostic, FileTree, Loaded, OaSet, Pack, load_problem};
use std::collections::BTreeSet;

/// The path of the pack's metadata file.
const FILE: &str = "pack.yaml";

/// Whether `tree` looks like a pack directory: it has a `pack.yaml`.
pub fn is_pack_dir(tree: &FileTree) -> bool {
    tree.get(FILE).is_some()
}

/// Loads and validates the pack in `tree` and every problem it lists.
///
/// Diagnostics about a problem have paths prefixed with its directory, such as
/// `two-sum/problem.yaml`. The pack is returned only when nothing, in `pack.yaml` or in any
/// listed problem, is an error.
pub fn load_pack(tree: &FileTree) -> Loaded<Pack> {
    let mut diags = Vec::new();
    let Some(bytes) = tree.get(FILE) else {
        diags.push(
            Diagnostic::error(FILE, "there is no pack.yaml")
                .help("a pack directory needs a pack.yaml with id, title and problems"),
        );
        return Loaded::new(None, diags);
    };
    let node = match yaml::parse(bytes) {
        Ok(node) => node,
        Err(e) => {
            diags.push(
                Diagnostic::error(FILE, format!("invalid YAML: {}", e.message)).at(e.line).help("fix the YAML syntax"),
            );
            return Loaded::new(None, diags);
        }
    };
    let Some(fields) = Fields::new(FILE, "", &node, &mut diags) else {
        return Loaded::new(None, diags);
    };
    fields.warn_unknown(
        &["id", "title", "description", "version", "authors", "license", "problems", "oa_sets"],
        &mut diags,
    );

    let id = fields.string("id", &mut diags);
    match (&id, fields.get("id")) {
        (Some(id), Some(node)) if !is_pack_id(id) => diags.push(
            fields
                .error("id", node, format!("`{id}` is not a valid pack id"))
                .help("use lowercase letters, digits and `-`, for example `python-basics`"),
        ),
        (None, None) => diags.push(required("id", "add `id: my-pack`")),
        _ => {}
    }
    let title = fields.string("title", &mut diags);
    if title.is_none() && fields.get("title").is_none() {
        diags.push(required("title", "add `title: My pack`"));
    }
    let description = fields.string("description", &mut diags).unwrap_or_default();
    let version = fields.string("version", &mut diags).unwrap_or_default();
    let authors = fields.strings("authors", &mut diags).unwrap_or_default();
    let license = fields.string("license", &mut diags);

    let listed = problem_list(&fields, tree, &mut diags);
    let mut problems = Vec::new();
    let mut all_loaded = true;
    for name in &listed {
        let loaded = load_problem(name, &tree.subtree(name));
        diags.extend(loaded.diagnostics.into_iter().map(|mut d| {
            d.file = format!("{name}/{}", d.file);
            d
        }));
        match loaded.value {
            Some(problem) => problems.push(problem),
            None => all_loaded = false,
        }
    }
    let oa_sets = oa_sets(&fields, &listed, &mut diags);

    let pack = match (id, title, fields.get("problems").is_some() && all_loaded) {
        (Some(id), Some(title), true) => {
            Some(Pack { id, title, description, version, authors, license, problems, oa_sets })
        }
        _ => None,
    };
    Loaded::new(pack, diags)
}

fn required(key: &str, help: &str) -> Diagnostic {
    Diagnostic::error(FILE, format!("`{key}` is required")).field(key).help(help)
}

/// The problem directories of the pack, in the order of `problems`, reporting names that are
/// not problem directories and problem directories that are not listed.
fn problem_list(fields: &Fields<'_>, tree: &FileTree, diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let problem_dirs: BTreeSet<&str> = tree
        .iter()
        .filter_map(|(p, _)| p.strip_suffix("/problem.yaml"))
        .filter(|dir| !dir.is_empty() && !dir.contains('/'))
        .collect();
    let help = "list the problem directories in order: `problems: [two-sum, lru-cache]`";
    let Some(node) = fields.get("problems") else {
        diags.push(required("problems", help));
        return Vec::new();
    };
    let Value::Seq(items) = &node.value else {
        diags.push(
            fields
                .error("problems", node, format!("`problems` must be a list, not {}", node.value.describe()))
                .help(help),
        );
        return Vec::new();
    };
    if items.is_empty() {
        diags.push(fields.error("problems", node, "a pack needs at least one problem").help(help));
    }
    let mut listed: Vec<String> = Vec::new();
    for item in items {
        let Some(name) = item.as_text() else {
            diags.push(fields.error("problems", item, "each problem must be a directory name").help(help));
            continue;
        };
        if listed.iter().any(|l| l == name) {
            diags
                .push(fields.error("problems", item, format!("problem `{name}` is listed twice")).help("list it once"));
        } else if !problem_dirs.contains(name) {
            let why = if name.contains('/') || name.is_empty() {
                format!("`{name}` is not a directory name")
            } else if tree.iter().any(|(p, _)| p.starts_with(&format!("{name}/"))) {
                format!("directory `{name}` has no problem.yaml")
            } else {
                format!("there is no problem directory `{name}`")
            };
            diags.push(fields.error("problems", item, why).help("create the problem directory, or fix the name"));
        } else {
            listed.push(name.to_owned());
        }
    }
    for dir in problem_dirs {
        if !items.iter().any(|i| i.as_text() == Some(dir)) {
            diags.push(
                fields
                    .warning(
                        "problems",
                        node,
                        format!("problem directory `{dir}` is not listed in `problems`; ignored"),
                    )
                    .help(format!("add `{dir}` to `problems` to include it in the pack")),
            );
        }
    }
    listed
}

fn oa_sets(fields: &Fields<'_>, problems: &[String], diags: &mut Vec<Diagnostic>) -> Vec<OaSet> {
    let Some(node) = fields.get("oa_sets") else {
        return Vec::new();
    };
    let Value::Seq(items) = &node.value else {
        diags.push(
            fields
                .error("oa_sets", node, format!("`oa_sets` must be a list, not {}", node.value.describe()))
                .help("write a list of `{id, title, minutes, problems}` entries"),
        );
        return Vec::new();
    };
    let mut sets: Vec<OaSet> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let prefix = format!("oa_sets[{i}].");
        let Some(set) = Fields::new(fields.file(), &prefix, item, diags) else {
            continue;
        };
        set.warn_unknown(&["id", "title", "minutes", "problems"], diags);
        let id = set.string("id", diags);
        if let (Some(id), Some(id_node)) = (&id, set.get("id")) {
            if !is_pack_id(id) {
                diags.push(
                    set.error("id", id_node, format!("`{id}` is not a valid OA set id"))
                        .help("use lowercase letters, digits and `-`"),
                );
            } else if ids.contains(id) {
                diags.push(
                    set.error("id", id_node, format!("OA set id `{id}` is used twice"))
                        .help("give each OA set its own id"),
                );
            }
            ids.push(id.clone());
        }
        let title = set.string("title", diags);
        let minutes = set.positive_int("minutes", "70", diags);
        for (key, value, help) in [
            ("id", id.is_some(), "add `id: oa-1`"),
            ("title", title.is_some(), "add `title: Practice OA 1`"),
            ("minutes", minutes.is_some(), "add `minutes: 70`"),
        ] {
            if !value && set.get(key).is_none() {
                diags.push(
                    Diagnostic::error(fields.file(), format!("`{key}` is required"))
                        .at(item.line)
                        .field(set.name(key))
                        .help(help),
                );
            }
        }
        let chosen = set_problems(&set, item, problems, diags);
        if let (Some(id), Some(title), Some(minutes), Some(problems)) = (id, title, minutes, chosen) {
            sets.push(OaSet { id, title, minutes, problems });
        }
    }
    sets
}

fn set_problems(
    set: &Fields<'_>,
    item: &Node,
    problems: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<String>> {
    let help = "list 2 to 4 problems of this pack: `problems: [two-sum, lru-cache]`";
    let Some(node) = set.get("problems") else {
        diags.push(
            Diagnostic::error(set.file(), "`problems` is required")
                .at(item.line)
                .field(set.name("problems"))
                .help(help),
        );
        return None;
    };
    let Value::Seq(entries) = &node.value else {
        diags.push(set.error("problems", node, "`problems` must be a list").help(help));
        return None;
    };
    let mut chosen: Vec<String> = Vec::new();
    let mut ok = true;
    for entry in entries {
        let name = entry.as_text().unwrap_or_default();
        let problem = if !problems.iter().any(|p| p == name) {
            Some(format!("`{}` is not a problem of this pack", shown(entry)))
        } else if chosen.iter().any(|c| c == name) {
            Some(format!("problem `{name}` is in this OA set twice"))
        } else {
            None
        };
        match problem {
            Some(message) => {
                diags.push(set.error("problems", entry, message).help(help));
                ok = false;
            }
            None => chosen.push(name.to_owned()),
        }
    }
    if !(2..=4).contains(&entries.len()) {
        diags.push(
            set.error("problems", node, format!("an OA set has 2 to 4 problems, not {}", entries.len())).help(help),
        );
        ok = false;
    }
    ok.then_some(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(tree: &mut FileTree, id: &str) {
        tree.insert(format!("{id}/problem.yaml"), format!("name: {id}\n"));
        tree.insert(format!("{id}/problem_statement/problem.en.md"), "Do it.\n");
        tree.insert(format!("{id}/data/sample/1.in"), "");
        tree.insert(format!("{id}/data/sample/1.ans"), "");
        tree.insert(format!("{id}/submissions/accepted/a.py"), "");
    }

    fn pack(yaml: &str, problems: &[&str]) -> Loaded<Pack> {
        let mut tree = FileTree::new();
        tree.insert("pack.yaml", yaml);
        for p in problems {
            problem(&mut tree, p);
        }
        load_pack(&tree)
    }

    fn messages(loaded: &Loaded<Pack>) -> Vec<String> {
        loaded
            .diagnostics
            .iter()
            .map(|d| format!("{}:{} {}: {}", d.file, d.line.unwrap_or(0), d.field.as_deref().unwrap_or("-"), d.message))
            .collect()
    }

    #[test]
    fn loads_a_pack() {
        let loaded = pack(
            "id: basics\ntitle: Basics\nversion: 1.0\nauthors: Ada\nproblems: [b, a, c]\n\
             oa_sets:\n  - {id: oa-1, title: OA 1, minutes: 60, problems: [a, b]}\n",
            &["a", "b", "c"],
        );
        assert!(loaded.diagnostics.is_empty(), "{:?}", messages(&loaded));
        let pack = loaded.value.unwrap();
        assert_eq!(pack.version, "1.0");
        assert_eq!(pack.authors, ["Ada"]);
        let ids: Vec<&str> = pack.problems.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["b", "a", "c"]);
        assert_eq!(
            pack.oa_sets[0],
            OaSet { id: "oa-1".into(), title: "OA 1".into(), minutes: 60, problems: vec!["a".into(), "b".into()] }
        );
        let mut tree = FileTree::new();
        tree.insert("pack.yaml", "");
        assert!(is_pack_dir(&tree));
    }

    #[test]
    fn reports_pack_problems() {
        let loaded = pack(
            "id: Basics\nproblems:\n  - a\n  - missing\n  - a\noa_sets:\n  - id: oa\n    title: x\n    minutes: 0\n    problems: [a, zz, a, a, a]\n  - id: oa\n    problems: [a]\n  - 5\n",
            &["a", "unlisted"],
        );
        assert!(loaded.value.is_none());
        assert_eq!(
            messages(&loaded),
            [
                "pack.yaml:0 title: `title` is required",
                "pack.yaml:1 id: `Basics` is not a valid pack id",
                "pack.yaml:3 problems: problem directory `unlisted` is not listed in `problems`; ignored",
                "pack.yaml:4 problems: there is no problem directory `missing`",
                "pack.yaml:5 problems: problem `a` is listed twice",
                "pack.yaml:9 oa_sets[0].minutes: `minutes` must be a whole number greater than 0, not `0`",
                "pack.yaml:10 oa_sets[0].problems: `zz` is not a problem of this pack",
                "pack.yaml:10 oa_sets[0].problems: problem `a` is in this OA set twice",
                "pack.yaml:10 oa_sets[0].problems: problem `a` is in this OA set twice",
                "pack.yaml:10 oa_sets[0].problems: problem `a` is in this OA set twice",
                "pack.yaml:10 oa_sets[0].problems: an OA set has 2 to 4 problems, not 5",
                "pack.yaml:11 oa_sets[1].id: OA set id `oa` is used twice",
                "pack.yaml:11 oa_sets[1].title: `title` is required",
                "pack.yaml:11 oa_sets[1].minutes: `minutes` is required",
                "pack.yaml:12 oa_sets[1].problems: an OA set has 2 to 4 problems, not 1",
                "pack.yaml:13 oa_sets[2]: `oa_sets[2]` must be a mapping of fields, not a number",
            ]
        );
    }

    #[test]
    fn a_pack_needs_problems() {
        let loaded = pack("id: p\ntitle: P\nproblems: []\n", &[]);
        assert_eq!(messages(&loaded), ["pack.yaml:3 problems: a pack needs at least one problem"]);
        let loaded = pack("id: p\ntitle: P\n", &[]);
        assert_eq!(messages(&loaded), ["pack.yaml:0 problems: `problems` is required"]);
        assert!(loaded.value.is_none());
    }

    #[test]
    fn problem_diagnostics_are_prefixed() {
        let mut tree = FileTree::new();
        tree.insert("pack.yaml", "id: p\ntitle: P\nproblems: [a]\n");
        problem(&mut tree, "a");
        tree.insert("a/problem.yaml", "name: A\nstyle: nope\n");
        let loaded = load_pack(&tree);
        assert!(loaded.value.is_none());
        assert_eq!(messages(&loaded), ["a/problem.yaml:2 style: unknown style `nope`"]);
    }
}
