//! What the library needs to know of each language it is written in: the heading of an
//! article's closing section, how its search splits and folds words, the words a search
//! leaves out, and the word forms it treats as one. A language of `content/` without an entry
//! here is refused at load, so a new language is added here and in `content/<lang>/` together.

/// One language of the library.
pub(super) struct Speech {
    /// Its code, the name of its folder in `content/`.
    pub lang: &'static str,
    /// Its name in itself, as a language menu shows it.
    pub name: &'static str,
    /// The heading of the closing section that links an article to the app's tools.
    pub try_it: &'static str,
    /// The FTS5 tokenizer of its article index. Only English has a stemmer (Porter), so
    /// `prefix_every_word` lets the others find "límites" from "límite".
    pub tokenize: &'static str,
    pub prefix_every_word: bool,
    /// Words that say nothing about what a person looks for ("he lied to me" is about lying).
    pub stop_words: &'static [&'static str],
    /// Words people type whose forms the stemmer does not join, or that the articles say
    /// another way; each finds the articles that use any of its group.
    pub same_as: &'static [&'static [&'static str]],
}

pub(super) const ENGLISH: Speech = Speech {
    lang: "en",
    name: "English",
    try_it: "## Try it in Trellis",
    tokenize: "porter unicode61 remove_diacritics 2",
    prefix_every_word: false,
    stop_words: &[
        "a", "about", "am", "an", "and", "are", "as", "at", "be", "but", "by", "can", "can't", "cannot", "could",
        "did", "do", "does", "don't", "for", "from", "had", "has", "have", "he", "her", "him", "his", "how", "i",
        "i'm", "if", "in", "is", "it", "it's", "me", "my", "of", "on", "or", "our", "she", "so", "that", "the",
        "their", "them", "they", "this", "to", "us", "was", "we", "what", "when", "where", "who", "why", "will",
        "with", "would", "you", "your",
    ],
    same_as: &[
        &["lie", "lied", "lies", "lying", "liar", "dishonest"],
        &["cheat", "cheated", "cheating", "cheats", "affair", "unfaithful", "infidelity"],
        &["jealous", "jealousy"],
        &["forgive", "forgave", "forgiven", "forgiving", "forgiveness"],
        &["betrayed", "betrayal", "betray"],
        &["afraid", "scared", "fear", "frightened", "unsafe"],
        &["hit", "hits", "hitting", "violent", "violence", "abuse", "abusive", "threatens", "threats"],
    ],
};

pub(super) const SPANISH: Speech = Speech {
    lang: "es",
    name: "Español",
    try_it: "## Pruébalo en Trellis",
    tokenize: "unicode61 remove_diacritics 2",
    prefix_every_word: true,
    stop_words: &[
        "a", "al", "algo", "como", "cómo", "con", "cuando", "cuándo", "de", "del", "donde", "dónde", "el", "él",
        "ella", "ellas", "ellos", "en", "era", "es", "esta", "está", "estoy", "este", "esto", "fue", "ha", "hay", "he",
        "la", "las", "le", "les", "lo", "los", "me", "mi", "mí", "mis", "muy", "nos", "o", "para", "pero", "por",
        "porque", "puede", "puedo", "que", "qué", "se", "si", "sí", "sin", "son", "soy", "su", "sus", "te", "tu", "tú",
        "un", "una", "uno", "y", "ya", "yo",
    ],
    same_as: &[
        &[
            "mentir",
            "mentí",
            "mentiste",
            "mintió",
            "mintieron",
            "miento",
            "miente",
            "mienten",
            "mentido",
            "mentira",
            "mentiras",
            "mentiroso",
            "mentirosa",
            "deshonesto",
            "deshonesta",
        ],
        &["infiel", "infidelidad", "engaño", "engañó", "engaña", "engañado", "engañada", "aventura", "cuernos"],
        &["celos", "celoso", "celosa"],
        &["perdonar", "perdón", "perdono", "perdoné", "perdonado", "perdonada", "perdonarle"],
        &["traición", "traicionar", "traicionó", "traicionado", "traicionada"],
        &["miedo", "asustado", "asustada", "asusta", "temor", "peligro"],
        &["pega", "pegó", "golpea", "golpeó", "golpes", "violencia", "violento", "violenta", "maltrato", "abuso"],
    ],
};

/// Every language the library knows how to read, English first.
pub(super) const SPEECH: [&Speech; 2] = [&ENGLISH, &SPANISH];

/// Returns the language called `lang`.
pub(super) fn of(lang: &str) -> Option<&'static Speech> {
    SPEECH.iter().copied().find(|s| s.lang == lang)
}
