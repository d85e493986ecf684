//! Problem statements: Markdown rendered to HTML and sanitised, so that raw HTML or script in
//! a pack never runs.

use pulldown_cmark::{Options, Parser, html};

/// Renders a statement's Markdown to HTML that is safe to insert into the page: scripts, event
/// handler attributes, `javascript:` links and styles are removed by ammonia's allow-list.
pub fn render(markdown: &str) -> String {
    // The page shows the title above the statement; a leading `# Title` would repeat it.
    let markdown = match markdown.trim_start().strip_prefix("# ") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, body)| body),
        None => markdown,
    };
    render_page(markdown)
}

/// Renders a whole page's Markdown, title included, to sanitised HTML as [`render`] does.
pub fn render_page(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "data"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

/// Renders plain text (a statement converted from LaTeX) as preformatted-free paragraphs.
pub fn render_plain(text: &str) -> String {
    text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| format!("<p>{}</p>", escape(p.trim()))).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_python_notes_render_with_their_title_and_sections() {
        let html = render_page(include_str!("python_notes.md"));
        assert!(html.starts_with("<h1>Python in pyprep</h1>"), "{html}");
        let sections: Vec<&str> =
            html.split("<h2>").skip(1).map(|s| s.split("</h2>").next().unwrap_or_default()).collect();
        assert_eq!(sections, ["Before you submit", "What is there", "Verdicts"]);
        assert!(html.contains("<code>sorted(s)</code>"), "{html}");
    }

    #[test]
    fn script_and_handlers_never_survive() {
        let html = render(
            "# Sum\n\n<script>window.x = 1</script>\n\n<img src=x onerror=\"alert(1)\">\n\n\
             [link](javascript:alert(1)) <a href=\"javascript:alert(2)\">a</a>\n\n\
             <iframe src=\"https://example.com\"></iframe><style>body{}</style>",
        );
        for bad in ["<script", "onerror", "javascript:", "<iframe", "<style", "alert"] {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
        assert!(!html.contains("<h1>"), "the leading title is shown above the statement: {html}");
    }

    #[test]
    fn only_a_leading_title_is_dropped() {
        assert_eq!(render("Intro\n\n# Part"), "<p>Intro</p>\n<h1>Part</h1>\n");
    }

    #[test]
    fn markdown_features_render() {
        let html = render("Read `n`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n- **bold**");
        assert!(html.contains("<code>n</code>"), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<pre><code>code\n</code></pre>"), "{html}");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
    }

    #[test]
    fn plain_text_is_escaped() {
        assert_eq!(render_plain("a < b\n\n<script>"), "<p>a &lt; b</p><p>&lt;script&gt;</p>");
    }
}
