//! Small rules about the text people type, shared by every feature.

/// Trims the ends of a text field (inner line breaks stay).
pub(crate) fn tidy(text: String) -> String {
    let t = text.trim();
    if t.len() == text.len() {
        text
    } else {
        t.to_owned()
    }
}
