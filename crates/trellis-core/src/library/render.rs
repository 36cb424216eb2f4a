//! Markdown to safe HTML, and Markdown to plain text.
//!
//! HTML is made in two steps, each enough on its own for ordinary content and together a
//! defence in depth: pulldown-cmark renders Markdown with raw HTML turned into visible text,
//! then ammonia keeps only an allowlist of tags, attributes and URL schemes (http, https,
//! mailto, trellis). Task-list checkboxes survive, disabled; script, style, event handlers,
//! frames, images and `javascript:`/`data:` URLs do not.
//!
//! A single line break is kept as a break (`<br>`): people write journal entries line by
//! line, not in paragraphs, and expect their lines to stay lines. The library's articles are
//! written one line per paragraph, so they render the same either way (a test below holds
//! them to that).

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::empty();
        b.tags(HashSet::from([
            "a",
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "blockquote",
            "em",
            "strong",
            "del",
            "code",
            "pre",
            "hr",
            "br",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "input",
        ]))
        .clean_content_tags(HashSet::from(["script", "style"]))
        .add_tag_attributes("a", ["href", "title"])
        .add_tag_attributes("ol", ["start"])
        .add_tag_attributes("input", ["checked"])
        .add_tag_attribute_values("input", "type", ["checkbox"])
        .set_tag_attribute_value("input", "disabled", "")
        .url_schemes(HashSet::from(["http", "https", "mailto", "trellis"]))
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true);
        b
    })
}

/// Renders Markdown to sanitized HTML. Raw HTML in the Markdown is shown as text, and a
/// single line break stays a line break.
pub fn render_html(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::SoftBreak => Event::HardBreak,
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    sanitizer().clean(&html).to_string()
}

/// Renders Markdown to plain text for a terminal or a search index: paragraphs separated by
/// blank lines, list items with a dash, link targets dropped.
pub fn render_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut in_item = false;
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::TaskListMarker(done) => out.push_str(if done { "[x] " } else { "[ ] " }),
            Event::Start(Tag::Item) => {
                out.push_str("- ");
                in_item = true;
            }
            Event::End(TagEnd::Item) => {
                out.push('\n');
                in_item = false;
            }
            Event::End(TagEnd::Paragraph) if in_item => {}
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::List(_) | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            ) => {
                out.push_str("\n\n");
            }
            Event::Rule => out.push_str("---\n\n"),
            _ => {}
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ordinary_markdown_and_task_lists() {
        let html = render_html(
            "# Hi\n\n- [x] done\n- [ ] not yet\n\n[tool](trellis:boundaries) and [web](https://example.org)",
        );
        assert!(html.contains("<h1>Hi</h1>"), "{html}");
        assert!(
            html.contains(r#"<input type="checkbox" checked="" disabled="">"#) || html.contains("checked"),
            "{html}"
        );
        assert!(html.contains(r#"href="trellis:boundaries""#), "{html}");
        assert!(html.contains(r#"rel="noopener noreferrer""#), "{html}");
    }

    #[test]
    fn raw_html_is_shown_not_run() {
        let html = render_html("Hello <b onclick=\"x()\">there</b>");
        assert!(html.contains("&lt;b onclick"), "{html}");
        assert!(!html.contains("<b"), "{html}");
    }

    #[test]
    fn single_line_breaks_stay_breaks() {
        let html = render_html("Woke up early.\nCalled her.\nFelt better.\n\nNew paragraph.");
        assert!(html.starts_with("<p>Woke up early.<br>"), "{html}");
        assert_eq!(html.matches("<br>").count(), 2, "one break per single line break: {html}");
        assert!(html.contains("<p>New paragraph.</p>"), "a blank line still starts a paragraph: {html}");
        let item = render_html("- first line\n  still the first item\n- second");
        assert!(item.contains("first line<br>"), "{item}");
    }

    #[test]
    fn articles_have_no_single_line_breaks_so_they_render_as_paragraphs() {
        // Line breaks become <br> for journal entries; the articles share this renderer and
        // must not be written with hard-wrapped paragraphs, which would then break mid-sentence.
        let library = crate::library::Library::load().expect("library");
        for article in library.articles() {
            let soft = Parser::new_ext(article.body(), options()).filter(|e| matches!(e, Event::SoftBreak)).count();
            assert_eq!(soft, 0, "{} has hard-wrapped lines; join each paragraph into one line", article.meta.slug);
        }
    }

    #[test]
    fn text_drops_markup() {
        let text = render_text("## Head\n\nA [link](trellis:mood) and *words*.\n\n- one\n- two\n");
        assert_eq!(text, "Head\n\nA link and words.\n\n- one\n- two\n");
    }
}
