//! The fixed vocabulary of problem topics.

/// Every topic a problem may list in `topics`, as (id, human label), in display order.
pub const TOPICS: &[(&str, &str)] = &[
    ("strings", "Strings"),
    ("lists", "Lists"),
    ("comprehensions", "Comprehensions"),
    ("dicts", "Dictionaries"),
    ("sets", "Sets"),
    ("counting", "Counting"),
    ("recursion", "Recursion"),
    ("sorting", "Sorting"),
    ("binary-search", "Binary search"),
    ("two-pointers", "Two pointers"),
    ("sliding-window", "Sliding window"),
    ("stacks", "Stacks"),
    ("queues", "Queues"),
    ("graphs", "Graphs"),
    ("grids", "Grids"),
    ("oop", "Object-oriented programming"),
    ("dunder-methods", "Dunder methods"),
    ("inheritance", "Inheritance"),
    ("functions", "Functions"),
    ("closures", "Closures"),
    ("decorators", "Decorators"),
    ("lambdas", "Lambdas"),
    ("generators", "Generators"),
    ("iterators", "Iterators"),
    ("exceptions", "Exceptions"),
    ("copying", "Copying"),
    ("mutability", "Mutability"),
    ("math", "Math"),
    ("dynamic-programming", "Dynamic programming"),
    ("greedy", "Greedy"),
    ("simulation", "Simulation"),
    ("parsing", "Parsing"),
    ("heaps", "Heaps"),
    ("matrices", "Matrices"),
    ("find-the-bug", "Find the bug"),
];

/// Whether `id` is in [`TOPICS`].
pub(crate) fn is_topic(id: &str) -> bool {
    TOPICS.iter().any(|(t, _)| *t == id)
}

/// The topic ids, comma-separated, for help texts.
pub(crate) fn vocabulary() -> String {
    TOPICS.iter().map(|(t, _)| *t).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut ids: Vec<&str> = TOPICS.iter().map(|(t, _)| *t).collect();
        assert_eq!(ids.len(), 35);
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 35);
        assert!(ids.iter().all(|t| crate::ids::is_pack_id(t)));
    }

    #[test]
    fn membership() {
        assert!(is_topic("find-the-bug"));
        assert!(!is_topic("Strings"));
        assert!(vocabulary().starts_with("strings, lists, "));
    }
}
