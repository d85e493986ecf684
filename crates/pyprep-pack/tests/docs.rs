//! Keeps `docs/pack-format.md` in step with the code it documents.

use pyprep_pack::TOPICS;

#[test]
fn the_format_document_lists_the_topic_vocabulary() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/pack-format.md");
    let doc = std::fs::read_to_string(path).expect("docs/pack-format.md exists");
    let section = doc.split("## Topics").nth(1).expect("a Topics section");
    let rows: Vec<(String, String)> = section
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim().trim_matches('|').split('|').map(str::trim).collect();
            let id = cells.first()?.strip_prefix('`')?.strip_suffix('`')?;
            Some((id.to_owned(), cells.get(1)?.to_string()))
        })
        .collect();
    let expected: Vec<(String, String)> =
        TOPICS.iter().map(|(id, label)| (id.to_string(), label.to_string())).collect();
    assert_eq!(rows, expected);
}
