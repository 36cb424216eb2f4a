//! Checks of the library content: complete front matter, links that resolve, a tool in every
//! article, readable text (Flesch-Kincaid grade ≤ 8), and a sanitizer that lets no script
//! through from a corpus of known XSS payloads.

use std::collections::HashSet;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use trellis_core::library::{render_html, render_text};
use trellis_core::{Library, TrellisLink};

fn library() -> Library {
    Library::load().expect("the compiled-in content loads")
}

/// The library in every language it is written in, each complete: nothing falls back to
/// English (the list of what does is the message when something is missing).
fn libraries() -> Vec<Library> {
    trellis_core::library::languages()
        .into_iter()
        .map(|l| {
            let lib = Library::load_in(&l.code).unwrap_or_else(|e| panic!("{}: {e}", l.code));
            assert!(lib.missing().is_empty(), "{}: not translated yet: {:?}", l.code, lib.missing());
            lib
        })
        .collect()
}

fn links(markdown: &str) -> Vec<String> {
    Parser::new(markdown)
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect()
}

const SLUGS: [&str; 26] = [
    "what-trust-is",
    "signs-of-trust-issues",
    "where-trust-issues-come-from",
    "how-trust-issues-affect-you",
    "five-steps",
    "self-reflection-and-journaling",
    "talking-about-it",
    "setting-boundaries",
    "realistic-expectations",
    "if-you-broke-the-trust",
    "if-you-were-hurt",
    "if-your-partner-struggles-to-trust-you",
    "rebuilding-through-actions",
    "emotional-intimacy",
    "trusting-yourself",
    "keeping-trust-long-term",
    "trust-beyond-romance",
    "professional-help",
    "safety-first",
    "questions-people-ask",
    "the-first-weeks",
    "when-the-worry-spikes",
    "repair-toolkit",
    "if-i-am-the-one-who-controls",
    "trust-in-a-new-relationship",
    "trust-issues-from-childhood",
];

#[test]
fn every_article_of_the_brief_with_complete_front_matter() {
    for lib in libraries() {
        let slugs: Vec<&str> = lib.articles().iter().map(|a| a.meta.slug.as_str()).collect();
        for slug in SLUGS {
            assert!(slugs.contains(&slug), "missing article `{slug}`");
        }
        let unique: HashSet<_> = slugs.iter().collect();
        assert_eq!(unique.len(), slugs.len(), "slugs are unique");
        let orders: HashSet<_> = lib.articles().iter().map(|a| a.meta.order).collect();
        assert_eq!(orders.len(), slugs.len(), "orders are unique");
        for a in lib.articles() {
            assert!(!a.meta.tags.is_empty(), "{}: tags", a.file);
            assert!(!a.meta.related_tools.is_empty(), "{}: related tools", a.file);
            assert!(a.file.ends_with(&format!("{}.md", a.meta.slug)), "{}: file name matches slug", a.file);
        }
    }
}

#[test]
fn every_link_resolves_and_every_article_ends_with_a_tool() {
    for lib in libraries() {
        for a in lib.articles() {
            for url in links(&a.markdown) {
                if url.starts_with("https://") || url.starts_with("mailto:") {
                    continue;
                }
                let link = TrellisLink::parse(&url)
                    .unwrap_or_else(|| panic!("{}: `{url}` is not a link the app knows", a.file));
                assert!(lib.resolves(&link), "{}: `{url}` points at nothing", a.file);
            }
            let tools = a.try_it.iter().filter(|t| t.link.is_tool()).count();
            assert!((1..=3).contains(&tools), "{}: one or two tool links at the end, found {tools}", a.file);
            for t in &a.try_it {
                assert!(lib.resolves(&t.link), "{}: `{}` points at nothing", a.file, t.label);
                assert!(!t.label.is_empty(), "{}: a `Try it in Trellis` link has no words", a.file);
            }
        }
    }
}

#[test]
fn every_article_reads_as_a_page_with_its_neighbours() {
    for lib in libraries() {
        let n = lib.articles().len();
        for (i, a) in lib.articles().iter().enumerate() {
            let page = lib.read(&a.meta.slug).unwrap();
            assert!(!page.html.contains("Try it in Trellis"), "{}: the section is shown as buttons, not text", a.file);
            assert!(page.html.contains("<p>"), "{}: body rendered", a.file);
            assert_eq!(page.try_it, a.try_it);
            assert_eq!(page.previous.is_some(), i > 0);
            assert_eq!(page.next.is_some(), i + 1 < n);
        }
        assert!(lib.read("no-such-article").is_err());
    }
}

/// A link that stands alone on a list line (a "read next" list) says the article's own title,
/// so a reader finds under that name what the link promised.
#[test]
fn a_link_standing_alone_says_the_articles_title() {
    for lib in libraries() {
        for a in lib.articles() {
            for line in a.markdown.lines() {
                let Some(link) = line.trim().strip_prefix("- [") else { continue };
                let Some((text, rest)) = link.split_once("](trellis:article/") else { continue };
                let Some(slug) = rest.strip_suffix(')') else { continue };
                let title = &lib.article(slug).unwrap().meta.title;
                assert_eq!(text, title, "{}: the link to {slug} should say its title", a.file);
            }
        }
    }
}

#[test]
fn every_topic_has_articles_and_every_tag_is_a_topic() {
    for lib in libraries() {
        for t in lib.topics() {
            let count = lib.articles().iter().filter(|a| a.meta.tags.contains(&t.id)).count();
            assert!(count > 0, "topic `{}` has no articles", t.id);
        }
        // Library::load refuses a tag that is not a topic, so loading at all proves the other half.
    }
}

/// Where the library links to "Safety first".
const SAFETY_FIRST: &str = "(trellis:article/safety-first)";

/// Passages a frightened reader might act on: fear of speaking, fear of the partner, couples
/// counselling. Each must come after (or in the same paragraph as) a link to "Safety first".
const NEEDS_SAFETY_FIRST: [&str; 6] = [
    "couples counsel",
    "couples therapy",
    "afraid to speak",
    "afraid of how",
    "afraid of your partner",
    "scared of them",
];

#[test]
fn safety_first_comes_first() {
    let lib = library();
    // The articles a reader in a hard moment may open first, and the two about a betrayal:
    // telling the truth, or hearing it, can put a person in danger.
    for slug in [
        "what-trust-is",
        "five-steps",
        "if-you-broke-the-trust",
        "if-you-were-hurt",
        "if-your-partner-struggles-to-trust-you",
        "the-first-weeks",
    ] {
        let a = lib.article(slug).unwrap();
        let opening = a.body().split("\n## ").next().unwrap();
        assert!(opening.contains(SAFETY_FIRST), "{}: the opening lines point to Safety first", a.file);
    }
    for a in lib.articles().iter().filter(|a| a.meta.slug != "safety-first") {
        let mut linked = false;
        for paragraph in a.body().to_lowercase().split("\n\n") {
            linked |= paragraph.contains(SAFETY_FIRST);
            if let Some(phrase) = NEEDS_SAFETY_FIRST.iter().find(|p| paragraph.contains(*p)) {
                assert!(linked, "{}: `{phrase}` comes before any link to Safety first", a.file);
            }
        }
    }
}

#[test]
fn articles_hold_no_raw_html() {
    for lib in libraries() {
        for a in lib.articles() {
            let raw = Parser::new(&a.markdown).any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
            assert!(!raw, "{}: raw HTML in content", a.file);
        }
    }
}

#[test]
fn prompts_areas_and_categories() {
    let lib = library();
    let groups: Vec<&str> = lib.prompt_groups().iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        groups,
        [
            "acknowledge",
            "understand",
            "communicate",
            "empathy",
            "expectations",
            "daily",
            "new-relationship",
            "childhood"
        ]
    );
    assert!(lib.prompts().len() >= 40, "at least 40 prompts");
    for g in &groups {
        assert!(lib.prompts().iter().filter(|p| p.group == *g).count() >= 5, "group {g} has prompts");
    }
    for p in lib.prompts() {
        assert!(!p.hint.trim().is_empty() && !p.hint.contains('\n'), "{}: a one-line hint", p.id);
    }
    // Every area of the brief, in its order: household and money are two areas.
    let areas: Vec<&str> = lib.areas().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        areas,
        [
            "communication",
            "personal-space",
            "emotional-support",
            "time-together",
            "transparency-privacy",
            "conflict",
            "household",
            "money",
            "intimacy-affection",
            "family-friends",
            "other-people-social-media",
            "future-plans",
            "personal-growth",
        ]
    );
    for a in lib.areas() {
        assert_eq!(a.examples.len(), 2, "{}: two example expectations", a.id);
    }
    let cats: Vec<&str> = lib.boundary_categories().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        cats,
        [
            "emotional",
            "communication",
            "privacy-digital",
            "time-space",
            "physical",
            "financial",
            "family-friends",
            "work",
            "other"
        ]
    );
}

#[test]
fn safety_first_leads_with_hide_and_says_where_help_is() {
    let lib = library();
    let text = render_text(lib.article("safety-first").unwrap().body());
    let hide = text.find("Ctrl+Shift+H").expect("Safety first names Hide's shortcut");
    let lock = text.find("Ctrl+L").unwrap_or(usize::MAX);
    assert!(hide < lock, "Hide (which also takes the window out of sight) comes before the plain lock");
    assert!(text.contains("\"Notes\""), "Safety first names the neutral name");
    let lower = text.to_lowercase();
    // The signs of serious danger, as danger assessments list them.
    for sign in ["strangled", "kill", "weapon", "leave"] {
        assert!(lower.contains(sign), "a sign of serious danger: `{sign}`");
    }
    // The kinds of help, so the panel's promise that this page says where to find one holds.
    for help in
        ["helpline", "chat", "text line", "shelters", "doctor", "non-emergency", "protection orders", "lgbtq+", "men"]
    {
        assert!(lower.contains(help), "a kind of help: `{help}`");
    }
    assert!(lower.contains("safer device"), "technology safety: use a safer device");
}

#[test]
fn no_phone_numbers_in_content() {
    for lib in libraries() {
        // Numbers change and differ by country; content names kinds of help, never a number.
        for (source, line) in all_lines(&lib) {
            let digits = line.chars().fold((0, 0), |(run, max), c| {
                let run = if c.is_ascii_digit() { run + 1 } else { 0 };
                (run, usize::max(max, run))
            });
            assert!(digits.1 < 3, "{source}: three or more digits in a row look like a phone number: {line}");
        }
    }
}

/// The words of a prompt that carry its meaning: lower case, longer than three letters.
fn content_words(text: &str) -> HashSet<String> {
    const COMMON: [&str; 12] =
        ["what", "your", "that", "this", "with", "about", "have", "from", "when", "which", "would", "could"];
    words(&text.to_lowercase()).into_iter().filter(|w| w.len() > 3 && !COMMON.contains(&w.as_str())).collect()
}

#[test]
fn prompts_with_care_in_the_words() {
    let lib = library();
    assert!(lib.prompt("acknowledge-5").is_some(), "the end-to-end test starts an entry from acknowledge-5");
    let communicate = lib.prompt_groups().iter().find(|g| g.id == "communicate").unwrap();
    assert!(communicate.summary.to_lowercase().contains("share only what feels safe"), "{}", communicate.summary);
    for (source, line) in all_lines(&lib) {
        let lower = line.to_lowercase();
        for phrase in ["simply ask", "just ask"] {
            assert!(!lower.contains(phrase), "{source}: `{phrase}` is not safe advice for everyone: {line}");
        }
    }
    let texts: Vec<String> = lib.prompts().iter().map(|p| p.text.to_lowercase()).collect();
    assert!(
        texts.iter().any(|t| t.contains("hold back") && t.contains("react")),
        "a prompt about what you hold back because of how your partner might react"
    );
    let doubted = texts.iter().filter(|t| t.contains("struggles to trust you") || t.contains("doubts you")).count();
    assert!(doubted >= 3, "prompts for the partner who is doubted, found {doubted}");
    for (i, a) in lib.prompts().iter().enumerate() {
        for b in &lib.prompts()[i + 1..] {
            let (wa, wb) = (content_words(&a.text), content_words(&b.text));
            let overlap = wa.intersection(&wb).count() as f64 / wa.union(&wb).count().max(1) as f64;
            assert!(overlap < 0.6, "{} and {} are near-duplicates ({overlap:.2})", a.id, b.id);
            assert_ne!(a.hint, b.hint, "{} and {} share a hint", a.id, b.id);
        }
    }
}

#[test]
fn boundaries_say_what_i_will_do_and_never_cut_anyone_off() {
    let lib = library();
    for c in lib.boundary_categories() {
        for e in &c.examples {
            assert!(!e.starts_with("I need you to"), "{}: a request on its own is not a boundary: {e}", c.id);
            if e.starts_with("Please") {
                assert!(
                    e.contains("; if ") && e.contains(", I will "),
                    "{}: pair a request with what the speaker will do (\"Please …; if it happens, I will …\"): {e}",
                    c.id
                );
            }
        }
    }
    // A person always keeps the right to seek support from friends and family.
    const CUTTING_OFF: [&str; 6] = [
        "not tell your family",
        "not talk to your family",
        "not talk to your friends",
        "not see your friends",
        "don't tell your family",
        "don't talk to your",
    ];
    for (source, line) in all_lines(&lib) {
        let lower = line.to_lowercase().replace('’', "'");
        if let Some(phrase) = CUTTING_OFF.iter().find(|p| lower.contains(*p)) {
            // The boundaries article quotes one such line to show what control looks like.
            assert!(lower.contains("that is control"), "{source}: `{phrase}` cuts someone off from support: {line}");
        }
    }
    for (file, text) in [
        (
            "boundary-categories.toml",
            &lib.boundary_categories().iter().find(|c| c.id == "family-friends").unwrap().explanation,
        ),
        ("areas.toml", &lib.areas().iter().find(|a| a.id == "family-friends").unwrap().explanation),
    ] {
        assert!(text.contains("support"), "{file}: family and friends says each person keeps the right to support");
    }
    let article = lib.article("setting-boundaries").unwrap();
    let definition = article.body().split("\n\n").next().unwrap();
    assert!(
        definition.contains("what you will do") && definition.contains("what I will do"),
        "the definition of a boundary is about what I will do: {definition}"
    );
}

/// Counts syllables the way the authors' checker does (a common English heuristic).
fn syllables(word: &str) -> usize {
    let mut w: Vec<u8> = word.bytes().filter(u8::is_ascii_alphabetic).map(|b| b.to_ascii_lowercase()).collect();
    if w.len() <= 3 {
        return 1;
    }
    let soft = |b: u8| b"laeiouy".contains(&b);
    let n = w.len();
    if w.ends_with(b"es") && !soft(w[n - 3]) {
        w.truncate(n - 3);
    } else if w.ends_with(b"ed") || (w.ends_with(b"e") && !soft(w[n - 2])) {
        w.truncate(n - 2);
    }
    if w.first() == Some(&b'y') {
        w.remove(0);
    }
    let vowel = |b: &u8| b"aeiouy".contains(b);
    let mut count = 0;
    let mut run: usize = 0;
    for b in w.iter().chain(std::iter::once(&b' ')) {
        if vowel(b) {
            run += 1;
        } else if run > 0 {
            count += run.div_ceil(2);
            run = 0;
        }
    }
    count.max(1)
}

/// Words: ASCII letters and digits, with inner apostrophes.
fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_alphanumeric() {
            let start = i;
            while i < chars.len() {
                let apostrophe =
                    (chars[i] == '\'' || chars[i] == '’') && chars.get(i + 1).is_some_and(char::is_ascii_alphabetic);
                if !(chars[i].is_ascii_alphanumeric() || apostrophe) {
                    break;
                }
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            i += 1;
        }
    }
    out
}

/// Returns (words, sentences, grade). Each line of the plain text (a paragraph, heading or
/// list item) ends a sentence; inside it, `.`, `!` or `?` before a space ends one too.
fn flesch_kincaid(markdown: &str) -> (usize, usize, f64) {
    let (mut n_words, mut n_sentences, mut n_syllables) = (0, 0, 0);
    for line in render_text(markdown).lines() {
        let ws = words(line);
        if ws.is_empty() {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut parts = 0;
        let mut has_word = false;
        let mut i = 0;
        while i < chars.len() {
            if ".!?".contains(chars[i]) {
                let mut j = i;
                while j < chars.len() && ".!?".contains(chars[j]) {
                    j += 1;
                }
                if j == chars.len() || chars[j].is_whitespace() {
                    parts += usize::from(has_word);
                    has_word = false;
                }
                i = j;
                continue;
            }
            has_word |= chars[i].is_ascii_alphanumeric();
            i += 1;
        }
        parts += usize::from(has_word);
        n_sentences += parts.max(1);
        n_words += ws.len();
        n_syllables += ws.iter().map(|w| syllables(w)).sum::<usize>();
    }
    let grade =
        0.39 * n_words as f64 / n_sentences.max(1) as f64 + 11.8 * n_syllables as f64 / n_words.max(1) as f64 - 15.59;
    (n_words, n_sentences, grade)
}

#[test]
fn readability_grade_and_length() {
    // The measure itself: a simple text scores low, a dense one high.
    assert!(flesch_kincaid("The cat sat on the mat. We had tea.").2 < 2.0);
    assert!(
        flesch_kincaid(
            "Institutional accountability necessitates comprehensive organizational transparency considerations."
        )
        .2 > 12.0
    );
    assert_eq!(syllables("relationship"), 4);
    for a in library().articles() {
        let (w, s, grade) = flesch_kincaid(&a.markdown);
        println!("{}: {w} words, {s} sentences, grade {grade:.2}", a.file);
        assert!(grade <= 8.0, "{}: Flesch-Kincaid grade {grade:.2} is above 8", a.file);
        assert!((400..=900).contains(&w), "{}: {w} words, outside 400-900", a.file);
    }
}

#[test]
fn library_search_finds_articles_with_snippets() {
    let lib = library();
    let hits = lib.search("boundaries", 5).unwrap();
    assert_eq!(hits[0].slug, "setting-boundaries", "the title match ranks first");
    assert!(hits[0].snippet.iter().any(|p| p.hit));
    assert!(!lib.search("forgive", 5).unwrap().is_empty(), "stemming: forgive finds forgiveness");
    assert!(lib.search("", 5).unwrap().is_empty());
    assert_eq!(lib.search("apology", 5).unwrap()[0].slug, "if-you-broke-the-trust");
}

/// What people type into the library's search box, and an article each should lead with (in
/// the first three). Stop words do not count, "lied" finds lying (not "limit", which the
/// stemmer's "li*" would), and a frightened reader's words reach Safety first.
#[test]
fn the_library_answers_what_people_type() {
    let lib = library();
    let top = |q: &str| -> Vec<String> { lib.search(q, 3).unwrap().into_iter().map(|h| h.slug).collect() };
    for (query, expected) in [
        ("lied", "if-you-broke-the-trust"),
        ("he lied to me", "if-you-broke-the-trust"),
        ("cheated", "the-first-weeks"),
        ("she cheated on me", "the-first-weeks"),
        ("jealous", "signs-of-trust-issues"),
        ("can't trust", "what-trust-is"),
        ("boundaries with family", "trust-beyond-romance"),
        ("boundaries with family", "setting-boundaries"),
        ("how do I forgive", "if-you-were-hurt"),
        ("he hits me", "safety-first"),
        ("bound", "setting-boundaries"),
    ] {
        let got = top(query);
        assert!(got.iter().any(|s| s == expected), "`{query}` should lead with {expected}, led with {got:?}");
    }
    assert_eq!(top("he lied to me"), top("lied"), "the stop words change nothing");
    for hit in lib.search("lied", 30).unwrap() {
        let marked: Vec<String> = hit.snippet.iter().filter(|p| p.hit).map(|p| p.text.to_lowercase()).collect();
        assert!(!marked.iter().any(|w| w.starts_with("limit")), "{}: `lied` marked {marked:?}", hit.slug);
    }
}

#[test]
fn searching_for_an_affair_finds_the_articles_on_betrayal() {
    let lib = library();
    let betrayal = ["if-you-broke-the-trust", "if-you-were-hurt", "where-trust-issues-come-from"];
    for word in ["affair", "cheating", "infidelity"] {
        let hits = lib.search(word, 10).unwrap();
        assert!(!hits.is_empty(), "searching for `{word}` finds an article");
        assert!(
            hits.iter().any(|h| betrayal.contains(&h.slug.as_str())),
            "searching for `{word}` finds an article on betrayal, found {:?}",
            hits.iter().map(|h| &h.slug).collect::<Vec<_>>()
        );
    }
    let affair: Vec<String> = lib.search("affair", 10).unwrap().into_iter().map(|h| h.slug).collect();
    for slug in ["if-you-broke-the-trust", "if-you-were-hurt"] {
        assert!(affair.contains(&slug.to_owned()), "`affair` finds {slug}, found {affair:?}");
    }
}

/// The one check-in agenda, the same wherever an article describes a check-in.
const CHECK_IN_AGENDA: [&str; 6] = [
    "One thing that went well, for each of you.",
    "Boundaries honoured or crossed since last time.",
    "Agreements due for a revisit: keep, change or retire each one.",
    "One thing on your mind, if you have one, in turns: \"I feel … about … and I need …\".",
    "One appreciation each.",
    "One thing to try next week.",
];

#[test]
fn one_check_in_agenda_everywhere() {
    let lib = library();
    let mut described = Vec::new();
    for a in lib.articles() {
        let text = render_text(a.body());
        if !(text.contains("check-in") && text.contains("agenda")) {
            continue;
        }
        let mut from = 0;
        for item in CHECK_IN_AGENDA {
            let at = text[from..].find(&format!("- {item}\n")).map(|i| from + i);
            assert!(at.is_some(), "{}: the check-in agenda lists, in order, `{item}`", a.file);
            from = at.unwrap() + item.len();
        }
        assert!(text.contains("About twenty minutes"), "{}: a check-in takes about twenty minutes", a.file);
        described.push(a.meta.slug.as_str());
    }
    for slug in ["emotional-intimacy", "keeping-trust-long-term"] {
        assert!(described.contains(&slug), "{slug}: describes the check-in with the one agenda");
    }
}

/// Minutes in a stated length ("twenty minutes", "30 minutes"); 0 for a vague one ("a few").
fn minutes(word: &str) -> u32 {
    const NUMBERS: [(&str, u32); 10] = [
        ("five", 5),
        ("ten", 10),
        ("fifteen", 15),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("ninety", 90),
        ("half", 30),
    ];
    word.parse().ok().or_else(|| NUMBERS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n)).unwrap_or(0)
}

/// Every line of text the app shows from content: article lines, prompts, areas, categories.
fn all_lines(lib: &Library) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    for a in lib.articles() {
        lines.extend(render_text(&a.markdown).lines().map(|l| (a.file.clone(), l.to_owned())));
    }
    for p in lib.prompts() {
        lines.push((p.id.clone(), format!("{} {}", p.text, p.hint)));
    }
    for a in lib.areas() {
        lines.extend(a.examples.iter().chain([&a.explanation]).map(|e| (a.id.clone(), e.clone())));
    }
    for c in lib.boundary_categories() {
        lines.extend(c.examples.iter().chain([&c.explanation]).map(|e| (c.id.clone(), e.clone())));
    }
    lines
}

/// Where the library explains the break once: how long, and what to do during it.
const THE_BREAK: &str = "(trellis:article/repair-toolkit)";

#[test]
fn a_break_during_an_argument_lasts_at_least_twenty_minutes() {
    const BREAK: [&str; 6] = ["break", "breaks", "pause", "pauses", "timeout", "timeouts"];
    const CONFLICT: [&str; 6] = ["talk", "fight", "argu", "heated", "shout", "conflict"];
    assert_eq!(minutes("twenty"), 20);
    assert_eq!(minutes("few"), 0);
    let lib = library();
    // A paragraph may point to the one explanation instead of repeating the length.
    let linked: HashSet<String> = lib
        .articles()
        .iter()
        .flat_map(|a| a.markdown.lines().filter(|p| p.contains(THE_BREAK)))
        .flat_map(|p| render_text(p).lines().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let repair = render_text(lib.article("repair-toolkit").unwrap().body()).to_lowercase();
    assert!(repair.contains("at least twenty minutes"), "the repair toolkit says how long a break lasts");
    assert!(repair.contains("replay"), "the repair toolkit says what to do during a break");
    for (source, line) in all_lines(&lib) {
        let lower = line.to_lowercase();
        let ws = words(&lower);
        if !ws.iter().any(|w| BREAK.contains(&w.as_str())) {
            continue;
        }
        for pair in ws.windows(2).filter(|p| p[1].starts_with("minute")) {
            assert!(minutes(&pair[0]) >= 20, "{source}: a break of at least twenty minutes, not `{}`: {line}", pair[0]);
        }
        if CONFLICT.iter().any(|c| lower.contains(c)) && !linked.contains(&line) {
            let timed = ws.iter().any(|w| w.starts_with("minute") || w.starts_with("hour"));
            assert!(timed, "{source}: say how long a break during an argument lasts (at least twenty minutes): {line}");
        }
    }
}

/// The text of every block quote in `markdown`, one quote a line.
fn block_quotes(markdown: &str) -> String {
    let mut depth = 0;
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::BlockQuote(_)) => depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => {
                depth -= 1;
                out.push('\n');
            }
            Event::Text(t) if depth > 0 => out.push_str(&t),
            Event::SoftBreak | Event::End(TagEnd::Paragraph) if depth > 0 => out.push(' '),
            _ => {}
        }
    }
    out
}

#[test]
fn the_apology_article_shows_a_whole_apology() {
    let lib = library();
    let article = lib.article("if-you-broke-the-trust").unwrap();
    let apology = block_quotes(article.body()).to_lowercase();
    assert!(!apology.trim().is_empty(), "a model apology, as a block quote");
    assert!(
        apology.contains("i imagine you felt") && apology.contains("tell me if i've got that wrong"),
        "the feelings line is a guess the partner can correct: {apology}"
    );
    assert!(apology.contains("from now on, i will"), "what will change is part of the apology: {apology}");
    assert!(apology.contains("what do you need from me"), "it ends by asking: {apology}");
    assert!(!apology.contains(" but "), "no `but` in the model apology: {apology}");
    let text = render_text(article.body()).to_lowercase();
    assert!(text.contains("amends") && text.contains("for example"), "examples of amends");
    for (source, line) in all_lines(&lib) {
        let lower = line.to_lowercase();
        assert!(!lower.contains("accept whatever"), "{source}: openness is agreed together, not demanded: {line}");
    }
}

/// Every tag and attribute in sanitized output, read the way a browser would.
fn tags_and_attributes(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        i += 1;
        if b.get(i) == Some(&b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
            i += 1;
        }
        let name = html[start..i].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i += 1;
                break;
            }
            let a = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' {
                i += 1;
            }
            let attr = html[a..i].to_ascii_lowercase();
            let mut value = String::new();
            if b.get(i) == Some(&b'=') {
                i += 1;
                let quote = b[i];
                i += 1;
                let v = i;
                while i < b.len() && b[i] != quote {
                    i += 1;
                }
                value = html[v..i].to_string();
                i += 1;
            }
            attrs.push((attr, value));
        }
        out.push((name, attrs));
    }
    out
}

#[test]
fn fail_xss_payloads_never_survive() {
    let corpus = include_str!("../fixtures/fail_xss.md");
    let payloads: Vec<&str> = corpus.split("\n%%%\n").collect();
    assert!(payloads.len() >= 50, "at least 50 payloads, found {}", payloads.len());
    let tags: HashSet<&str> = [
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
    ]
    .into();
    for payload in payloads {
        let html = render_html(payload);
        for (tag, attrs) in tags_and_attributes(&html) {
            assert!(tags.contains(tag.as_str()), "tag <{tag}> survived from {payload:?}: {html}");
            for (attr, value) in attrs {
                let allowed = match tag.as_str() {
                    "a" => ["href", "title", "rel"].contains(&attr.as_str()),
                    "ol" => attr == "start",
                    "input" => ["type", "checked", "disabled"].contains(&attr.as_str()),
                    _ => false,
                };
                assert!(allowed, "attribute {attr} on <{tag}> survived from {payload:?}: {html}");
                if attr == "href" {
                    let v = value.trim().to_ascii_lowercase();
                    assert!(
                        ["http:", "https:", "mailto:", "trellis:"].iter().any(|s| v.starts_with(s)),
                        "href {value:?} survived from {payload:?}"
                    );
                }
                if tag == "input" && attr == "type" {
                    assert_eq!(value, "checkbox");
                }
            }
        }
        assert!(!html.to_ascii_lowercase().contains("<script"), "{payload:?}: {html}");
    }
}
