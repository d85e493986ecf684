//! Decoding file contents as UTF-8 text, with the line of the first bad byte.

/// Where a file stops being valid UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NotUtf8 {
    /// The 1-based line holding the first invalid byte.
    pub line: u32,
}

/// The bytes as text, or the line of the first byte that is not UTF-8.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, NotUtf8> {
    std::str::from_utf8(bytes).map_err(|e| NotUtf8 { line: line_at(bytes, e.valid_up_to()) })
}

/// The 1-based line of byte `offset`.
pub(crate) fn line_at(bytes: &[u8], offset: usize) -> u32 {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let newlines = before.iter().filter(|&&b| b == b'\n').count();
    u32::try_from(newlines).map_or(u32::MAX, |n| n.saturating_add(1))
}

/// The offsets of a text's line breaks, to find the line of many offsets quickly.
pub(crate) struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line breaks of `text`.
    pub(crate) fn new(text: &str) -> Self {
        Self { newlines: text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i).collect() }
    }

    /// The 1-based line of byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> u32 {
        let before = self.newlines.partition_point(|&n| n < offset);
        u32::try_from(before).map_or(u32::MAX, |n| n.saturating_add(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_line_of_the_bad_byte() {
        assert_eq!(utf8(b"ok\nok"), Ok("ok\nok"));
        assert_eq!(utf8(b"ok\nok\n\xc3("), Err(NotUtf8 { line: 3 }));
        assert_eq!(line_at(b"a\nb", 99), 2);
    }

    #[test]
    fn line_index_agrees_with_line_at() {
        let text = "a\nbc\n\nd";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 1 {
            assert_eq!(index.line(offset), line_at(text.as_bytes(), offset), "offset {offset}");
        }
    }
}
