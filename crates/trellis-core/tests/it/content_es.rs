//! Checks of the Spanish library that need its own words: the same care as the English (safety
//! first, boundaries that say what I will do, prompts that never tell anyone to just ask),
//! readability by the Fernández-Huerta measure, and a search that folds accents. The checks of
//! structure (every article, links, the closing section, no phone numbers) run for every
//! language in `content.rs`.

use std::collections::HashSet;

use trellis_core::library::render_text;
use trellis_core::Library;

fn spanish() -> Library {
    let lib = Library::load_in("es").expect("the Spanish library loads");
    assert_eq!(lib.language(), "es");
    lib
}

/// Every line of text the app shows from content, with where it comes from.
fn all_lines(lib: &Library) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    for a in lib.articles() {
        lines.extend(render_text(&a.markdown).lines().map(|l| (a.file.clone(), l.to_owned())));
    }
    for p in lib.prompts() {
        lines.push((p.id.clone(), format!("{} {}", p.text, p.hint)));
    }
    for t in lib.areas().iter().chain(lib.boundary_categories()) {
        lines.extend(t.examples.iter().chain([&t.explanation]).map(|e| (t.id.clone(), e.clone())));
    }
    lines
}

#[test]
fn every_page_is_in_spanish() {
    let lib = spanish();
    for a in lib.articles() {
        assert_eq!(a.language, "es", "{}", a.file);
        let page = lib.read(&a.meta.slug).unwrap();
        assert_eq!(page.language, "es");
        assert!(!page.html.contains("Pruébalo en Trellis"), "{}: the section is shown as buttons", a.file);
        let english = Library::load().unwrap();
        let en = english.article(&a.meta.slug).unwrap();
        assert_ne!(a.meta.title, en.meta.title, "{}: the title is translated", a.file);
        assert_eq!(
            a.try_it.iter().map(|t| &t.link).collect::<Vec<_>>(),
            en.try_it.iter().map(|t| &t.link).collect::<Vec<_>>(),
            "{}: the same tools at the end as in English",
            a.file
        );
    }
}

const SAFETY_FIRST: &str = "(trellis:article/safety-first)";

/// Passages a frightened reader might act on; each comes after a link to "La seguridad primero".
const NEEDS_SAFETY_FIRST: [&str; 6] = [
    "terapia de pareja",
    "miedo a hablar",
    "miedo a tu pareja",
    "miedo de tu pareja",
    "le tienes miedo",
    "miedo de cómo",
];

#[test]
fn safety_first_comes_first() {
    let lib = spanish();
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
        assert!(opening.contains(SAFETY_FIRST), "{}: the opening lines point to La seguridad primero", a.file);
    }
    for a in lib.articles().iter().filter(|a| a.meta.slug != "safety-first") {
        let mut linked = false;
        for paragraph in a.body().to_lowercase().split("\n\n") {
            linked |= paragraph.contains(SAFETY_FIRST);
            if let Some(phrase) = NEEDS_SAFETY_FIRST.iter().find(|p| paragraph.contains(*p)) {
                assert!(linked, "{}: `{phrase}` comes before any link to La seguridad primero", a.file);
            }
        }
    }
}

#[test]
fn safety_first_leads_with_hide_and_says_where_help_is() {
    let lib = spanish();
    let text = render_text(lib.article("safety-first").unwrap().body());
    let hide = text.find("Ctrl+Shift+H").expect("the page names Hide's shortcut");
    let lock = text.find("Ctrl+L").unwrap_or(usize::MAX);
    assert!(hide < lock, "Ocultar comes before the plain lock");
    assert!(text.contains("«Notas»"), "the page names the neutral name as the Spanish window shows it");
    let lower = text.to_lowercase();
    for sign in ["estrangul", "matar", "arma", "dejar"] {
        assert!(lower.contains(sign), "a sign of serious danger: `{sign}`");
    }
    for help in [
        "línea de ayuda",
        "chat",
        "mensajes de texto",
        "refugio",
        "médic",
        "no urgen",
        "órdenes de protección",
        "lgbtq+",
        "hombres",
    ] {
        assert!(lower.contains(help), "a kind of help: `{help}`");
    }
    assert!(lower.contains("dispositivo más seguro"), "technology safety: use a safer device");
}

#[test]
fn no_advice_to_just_ask_and_nobody_cut_off() {
    let lib = spanish();
    const CUTTING_OFF: [&str; 5] = [
        "no hables con tu familia",
        "no hables con tus amigos",
        "no veas a tus amigos",
        "no puedes ver a tus amigos",
        "no le cuentes a tu familia",
    ];
    for (source, line) in all_lines(&lib) {
        let lower = line.to_lowercase();
        for phrase in ["simplemente pregunta", "solo pregunta", "sólo pregunta", "basta con preguntar"] {
            assert!(!lower.contains(phrase), "{source}: `{phrase}` is not safe advice for everyone: {line}");
        }
        if let Some(phrase) = CUTTING_OFF.iter().find(|p| lower.contains(*p)) {
            assert!(lower.contains("eso es control"), "{source}: `{phrase}` cuts someone off from support: {line}");
        }
    }
}

#[test]
fn boundaries_say_what_i_will_do() {
    let lib = spanish();
    for c in lib.boundary_categories() {
        for e in &c.examples {
            assert!(!e.starts_with("Necesito que"), "{}: a request on its own is not a boundary: {e}", c.id);
            if e.starts_with("Por favor") {
                assert!(e.contains("; si "), "{}: pair a request with what the speaker will do: {e}", c.id);
            }
        }
    }
    let family = |themes: &[trellis_core::library::Theme]| {
        themes.iter().find(|t| t.id == "family-friends").unwrap().explanation.clone()
    };
    for text in [family(lib.boundary_categories()), family(lib.areas())] {
        assert!(text.contains("apoyo"), "family and friends says each person keeps the right to support: {text}");
    }
    let article = lib.article("setting-boundaries").unwrap();
    let definition = article.body().split("\n\n").next().unwrap();
    assert!(
        definition.contains("lo que tú harás") && definition.contains("lo que yo haré"),
        "the definition of a boundary is about what I will do: {definition}"
    );
}

/// Words: runs of letters and digits, any script.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

#[test]
fn prompts_with_care_in_the_words() {
    let lib = spanish();
    let communicate = lib.prompt_groups().iter().find(|g| g.id == "communicate").unwrap();
    assert!(communicate.summary.contains("comparte solo lo que te resulte seguro"), "{}", communicate.summary);
    let texts: Vec<String> = lib.prompts().iter().map(|p| p.text.to_lowercase()).collect();
    assert!(
        texts.iter().any(|t| t.contains("callas") && t.contains("reaccion")),
        "a prompt about what you hold back because of how your partner might react"
    );
    let doubted = texts.iter().filter(|t| t.contains("le cuesta confiar en ti") || t.contains("duda de ti")).count();
    assert!(doubted >= 3, "prompts for the partner who is doubted, found {doubted}");
    let content = |t: &str| -> HashSet<String> {
        words(&t.to_lowercase()).into_iter().filter(|w| w.chars().count() > 3).collect()
    };
    for (i, a) in lib.prompts().iter().enumerate() {
        assert!(!a.hint.trim().is_empty() && !a.hint.contains('\n'), "{}: a one-line hint", a.id);
        for b in &lib.prompts()[i + 1..] {
            let (wa, wb) = (content(&a.text), content(&b.text));
            let overlap = wa.intersection(&wb).count() as f64 / wa.union(&wb).count().max(1) as f64;
            assert!(overlap < 0.6, "{} and {} are near-duplicates ({overlap:.2})", a.id, b.id);
            assert_ne!(a.hint, b.hint, "{} and {} share a hint", a.id, b.id);
        }
    }
}

/// Syllables of a Spanish word: each run of vowels is one, except that two strong vowels
/// (a, e, o, or an accented í or ú) side by side are two (a hiatus: "le-er", "dí-a").
fn syllables(word: &str) -> usize {
    let strong = |c: char| "aeoáéóíú".contains(c);
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let mut count = 0;
    let mut previous: Option<char> = None;
    for c in word.to_lowercase().chars() {
        if vowel(c) {
            match previous {
                Some(p) if vowel(p) && !(strong(p) && strong(c)) => {}
                _ => count += 1,
            }
        }
        previous = Some(c);
    }
    count.max(1)
}

/// Fernández-Huerta's reading ease, in the form that mirrors Flesch's: 206.84 − 0.60 ×
/// syllables per 100 words − 1.02 × words per sentence. 70–80 reads as "fairly easy" (the articles score 79–90 when written), 80–90
/// as "easy". Each line of the plain text ends a sentence, and so does `.`, `!`, `?` or `…`
/// before a space. Returns (words, sentences, ease).
fn fernandez_huerta(markdown: &str) -> (usize, usize, f64) {
    let (mut n_words, mut n_sentences, mut n_syllables) = (0, 0, 0);
    for line in render_text(markdown).lines() {
        let ws = words(line);
        if ws.is_empty() {
            continue;
        }
        let ends = line.split_inclusive(['.', '!', '?', '…']).filter(|part| part.chars().any(char::is_alphanumeric));
        n_sentences += ends.count().max(1);
        n_words += ws.len();
        n_syllables += ws.iter().map(|w| syllables(w)).sum::<usize>();
    }
    let per_100 = 100.0 * n_syllables as f64 / n_words.max(1) as f64;
    let ease = 206.84 - 0.60 * per_100 - 1.02 * n_words as f64 / n_sentences.max(1) as f64;
    (n_words, n_sentences, ease)
}

#[test]
fn readability_ease_and_length() {
    assert_eq!(syllables("confianza"), 3);
    assert_eq!(syllables("día"), 2);
    assert_eq!(syllables("leer"), 2);
    assert_eq!(syllables("cuidado"), 3);
    assert!(fernandez_huerta("Mi casa es tu casa. Ven hoy.").2 > 90.0);
    assert!(
        fernandez_huerta(
            "La responsabilidad institucional necesita consideraciones organizativas extraordinariamente complejas."
        )
        .2 < 40.0
    );
    for a in spanish().articles() {
        let (w, s, ease) = fernandez_huerta(&a.markdown);
        println!("{}: {w} words, {s} sentences, ease {ease:.1}", a.file);
        assert!(ease >= 75.0, "{}: Fernández-Huerta ease {ease:.1} is below 75", a.file);
        assert!((400..=1000).contains(&w), "{}: {w} words, outside 400-1000", a.file);
    }
}

/// What a Spanish-speaking reader types, and an article each should lead with (in the first
/// three). Accents fold both ways, and stop words change nothing.
#[test]
fn the_library_answers_what_people_type() {
    let lib = spanish();
    let top = |q: &str| -> Vec<String> { lib.search(q, 3).unwrap().into_iter().map(|h| h.slug).collect() };
    for (query, expected) in [
        ("limites", "setting-boundaries"),
        ("límites", "setting-boundaries"),
        ("limite", "setting-boundaries"),
        ("me mintió", "if-you-broke-the-trust"),
        ("mintio", "if-you-broke-the-trust"),
        ("celos", "signs-of-trust-issues"),
        ("infidelidad", "the-first-weeks"),
        ("como perdonar", "if-you-were-hurt"),
        ("me pega", "safety-first"),
        ("terapia", "professional-help"),
    ] {
        let got = top(query);
        assert!(got.iter().any(|s| s == expected), "`{query}` should lead with {expected}, led with {got:?}");
    }
    assert_eq!(top("me mintió"), top("mintió"), "the stop words change nothing");
    assert!(!lib.search("corazon", 5).unwrap().is_empty(), "`corazon` finds `corazón`");
    let hits = lib.search("perdon", 5).unwrap();
    assert!(hits.iter().all(|h| h.snippet.iter().any(|p| p.hit)), "each hit marks its words");
}

/// The check-in agenda reads the same wherever an article lists it.
#[test]
fn one_check_in_agenda_everywhere() {
    let lib = spanish();
    let agenda = |slug: &str| -> Vec<String> {
        let text = render_text(lib.article(slug).unwrap().body());
        let at = text.find("- Algo que fue bien").unwrap_or_else(|| panic!("{slug}: the agenda's second step"));
        text[at..].lines().take(6).map(str::to_owned).collect()
    };
    let first = agenda("emotional-intimacy");
    assert!(first.iter().all(|l| l.starts_with("- ")), "six steps: {first:?}");
    assert_eq!(first, agenda("keeping-trust-long-term"));
    let repair = render_text(lib.article("repair-toolkit").unwrap().body()).to_lowercase();
    assert!(repair.contains("al menos veinte minutos"), "the repair toolkit says how long a break lasts");
}

/// The language a person chooses is kept in the vault's plaintext settings, so the unlock
/// screen can be in it; an unknown one is refused in words, and none follows the system.
#[test]
fn the_chosen_language_is_kept_and_readable_while_locked() {
    let (_tmp, dir, mut vault, _code) = crate::support::new_vault();
    assert_eq!(vault.settings().unwrap().language, None, "a new vault follows the system");
    vault.set_language(Some("es")).unwrap();
    vault.set_name_as_notes(true).unwrap();
    vault.lock();
    let locked = trellis_core::Vault::open(&dir).unwrap();
    let settings = locked.settings().unwrap();
    assert_eq!(settings.language.as_deref(), Some("es"));
    assert_eq!(settings.display_name_in("es"), "Notas");
    assert_eq!(settings.display_name_in("en"), "Notes");
    let err = locked.set_language(Some("xx")).unwrap_err().to_string();
    assert!(err.contains("es (Español)"), "{err}");
    locked.set_language(None).unwrap();
    assert_eq!(locked.settings().unwrap().language, None);
}
