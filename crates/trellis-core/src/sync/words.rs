//! Six words two people compare, one at each computer, before one lets the other in: they come
//! from a hash of the folder's vault id and the new computer's public key, so a key swapped in
//! the folder by someone else shows different words.

use sha2::{Digest, Sha256};

/// 256 short, plain words that are hard to mistake for one another, one per byte.
const WORDS: [&str; 256] = [
    "acorn", "anchor", "apple", "arrow", "autumn", "badge", "bakery", "bamboo", "banjo", "barley", "basket", "beach",
    "beacon", "berry", "bicycle", "birch", "blanket", "blossom", "bottle", "branch", "bread", "breeze", "brick",
    "bridge", "brook", "bucket", "butter", "button", "cabin", "cactus", "camera", "candle", "canoe", "canyon",
    "carpet", "carrot", "castle", "cedar", "cello", "cherry", "chimney", "cider", "circle", "citrus", "cliff", "clock",
    "cloud", "clover", "coast", "cobalt", "coffee", "comet", "copper", "coral", "cotton", "cradle", "crane", "crystal",
    "cupboard", "daisy", "desert", "diamond", "dolphin", "donkey", "dragon", "drum", "eagle", "easel", "echo", "elbow",
    "ember", "engine", "falcon", "feather", "fern", "fiddle", "field", "flame", "flannel", "flute", "forest", "fossil",
    "fountain", "fox", "garden", "garlic", "ginger", "glacier", "globe", "goose", "granite", "grape", "gravel",
    "guitar", "hammer", "harbor", "harvest", "hazel", "helmet", "heron", "hill", "honey", "horizon", "iceberg",
    "island", "ivory", "jacket", "jasmine", "jigsaw", "journey", "kettle", "kite", "koala", "ladder", "lagoon",
    "lantern", "lemon", "lettuce", "library", "lily", "linen", "lobster", "locket", "maple", "marble", "meadow",
    "melon", "mirror", "mitten", "monkey", "morning", "mosaic", "mountain", "muffin", "napkin", "nest", "noodle",
    "nutmeg", "oak", "oasis", "ocean", "olive", "onion", "orange", "orchard", "otter", "owl", "paddle", "palace",
    "panda", "paper", "parrot", "pasta", "peach", "pebble", "pencil", "pepper", "piano", "pillow", "pine", "planet",
    "plum", "pocket", "pond", "poppy", "potato", "pretzel", "puzzle", "quilt", "rabbit", "radio", "rain", "raisin",
    "raven", "ribbon", "river", "robin", "rocket", "rose", "saddle", "saffron", "sail", "salmon", "sandal", "satin",
    "scarf", "shell", "shovel", "silver", "sketch", "sled", "snail", "snow", "sofa", "sparrow", "spider", "spoon",
    "spring", "squash", "stable", "star", "stone", "storm", "straw", "stream", "sugar", "summer", "sunset", "swan",
    "table", "tiger", "timber", "toast", "tomato", "tower", "trail", "train", "tulip", "tunnel", "turtle", "umbrella",
    "valley", "velvet", "violin", "wagon", "walnut", "water", "whale", "wheat", "whistle", "willow", "window",
    "winter", "wizard", "wool", "yarn", "yogurt", "zebra", "zigzag", "basil", "canal", "chalk", "cocoa", "dune", "fig",
    "hedge", "kayak", "lava", "moss", "orbit", "pearl", "reef", "sage", "vine", "wren", "mango",
];

/// The six words for a computer asking to join the vault `vault_id` with public key `public`.
pub(crate) fn six_words(vault_id: &[u8; 16], public: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(b"trellis join words v1");
    hash.update(vault_id);
    hash.update(public.trim().as_bytes());
    words_of(&hash.finalize())
}

/// Six words for the first six bytes of a digest.
pub(crate) fn words_of(digest: &[u8]) -> String {
    digest[..6].iter().map(|b| WORDS[*b as usize]).collect::<Vec<_>>().join(" ")
}

/// Tells whether what a person typed are `words` (any case, any spacing).
pub(crate) fn same_words(typed: &str, words: &str) -> bool {
    let typed: Vec<String> = typed.split_whitespace().map(|w| w.to_lowercase()).collect();
    let words: Vec<&str> = words.split_whitespace().collect();
    typed.len() == words.len() && typed.iter().zip(words).all(|(a, b)| a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_are_distinct_and_plain() {
        let mut sorted = WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 256, "every word once");
        assert!(WORDS.iter().all(|w| w.len() <= 8 && w.chars().all(|c| c.is_ascii_lowercase())));
    }

    #[test]
    fn another_key_gives_other_words() {
        let a = six_words(&[1; 16], "age1aaa");
        assert_eq!(a.split(' ').count(), 6);
        assert_eq!(a, six_words(&[1; 16], "age1aaa\n"));
        assert_ne!(a, six_words(&[1; 16], "age1aab"));
        assert_ne!(a, six_words(&[2; 16], "age1aaa"));
        assert!(same_words(&format!("  {}  ", a.to_uppercase()), &a));
        assert!(!same_words("one two", &a));
    }
}
