//! Printable PDFs: the expectations worksheet (blank or filled), boundaries, the agreements
//! ledger, the recovery kit and a session packet for a counsellor.
//!
//! Each document is a typst template (`templates/*.typ`, compiled into the binary) fed one
//! JSON file of data that [`Document`] builds from the core's types. typst runs as a library
//! in a closed world (`world.rs`): the fonts come from `typst-assets`, embedded and subset
//! into each PDF; nothing is read from the system, the network or the clock, and nothing is
//! written anywhere. The same data on the same date gives the same bytes on every machine.
//!
//! The words on the paper come from a Fluent catalogue per language (`locales/<lang>/print.ftl`,
//! see `words.rs`); each document is made in one language and reaches its template as
//! `data.words`, with its dates already written out.
//!
//! Private text goes into the templates as strings, never as markup, so nothing a person
//! wrote can change the layout or run code. An error never quotes what was being printed.

#![forbid(unsafe_code)]

mod documents;
mod gather;
mod packet;
mod request;
mod words;
mod world;

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use trellis_core::say::{say, Message, Said};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

pub use documents::{Document, Kind};
pub use gather::{boundaries_to_print, ledger};
pub use packet::{choose_entries, Packet, PacketChoice};
pub use request::{document, Request};
pub use words::gaps as catalogue_gaps;

/// The paper a document is set on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// The name typst knows the paper by.
    fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        }
    }
}

/// What can go wrong making a PDF. The messages never quote the document's text.
#[derive(thiserror::Error)]
pub enum PrintError {
    /// A template failed to set its data: a bug in Trellis, not in what the person wrote.
    #[error(
        "Trellis could not lay out the {} (a fault in Trellis, not in what you wrote); please report it",
        say("en", what, &[])
    )]
    Layout {
        /// The message naming the document (`print-what-…` of the core's catalogue).
        what: &'static str,
        /// typst's own messages, for tests and developers. They may name a template line,
        /// never shown to the person, and kept out of `Debug` in case they quote data.
        detail: String,
    },
    #[error(transparent)]
    File(#[from] trellis_core::FileError),
    #[error(transparent)]
    Journal(#[from] trellis_core::JournalError),
    #[error(transparent)]
    Tool(#[from] trellis_core::ToolError),
    #[error(transparent)]
    Vault(#[from] trellis_core::VaultError),
}

impl PrintError {
    /// The failure's code, as every front end tells them apart.
    pub fn code(&self) -> trellis_core::Code {
        match self {
            PrintError::Layout { .. } => trellis_core::Code::Internal,
            PrintError::File(e) => e.code(),
            PrintError::Journal(e) => e.code(),
            PrintError::Tool(e) => e.code(),
            PrintError::Vault(e) => e.code(),
        }
    }
}

impl Said for PrintError {
    fn message(&self) -> Message {
        match self {
            PrintError::Layout { what, .. } => Message::new("error-print-layout").with("what", Message::new(what)),
            PrintError::File(e) => e.message(),
            PrintError::Journal(e) => e.message(),
            PrintError::Tool(e) => e.message(),
            PrintError::Vault(e) => e.message(),
        }
    }
}

impl std::fmt::Debug for PrintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrintError::Layout { what, .. } => write!(f, "Layout({what})"),
            PrintError::File(e) => write!(f, "File({e:?})"),
            PrintError::Journal(e) => write!(f, "Journal({e:?})"),
            PrintError::Tool(e) => write!(f, "Tool({e:?})"),
            PrintError::Vault(e) => write!(f, "Vault({e:?})"),
        }
    }
}

impl PrintError {
    /// Returns typst's messages behind a layout fault (for tests; never show it to a person).
    pub fn detail(&self) -> Option<&str> {
        match self {
            PrintError::Layout { detail, .. } => Some(detail),
            _ => None,
        }
    }
}

/// Forgets every layout typst keeps in memory (its memoised pages hold the text of the recovery
/// kit, packets and worksheets laid out last): called when the vault locks or is hidden.
pub fn forget() {
    typst::comemo::evict(0);
}

/// A document laid out in pages, ready to become a PDF or preview images.
pub struct Typeset {
    kind: Kind,
    today: NaiveDate,
    pages: PagedDocument,
}

/// Lays `doc` out on `paper`, dated `today` (the date printed on it and in the PDF).
pub fn typeset(doc: &Document, paper: Paper, today: NaiveDate) -> Result<Typeset, PrintError> {
    let world = world::PrintWorld::new(doc.kind().template(), doc.data_json(paper, today), today);
    let result = typst::compile::<PagedDocument>(&world).output;
    // Keep the memoised layouts of the last few documents (warm renders reuse them) and drop
    // older ones, so a long session does not keep every document it ever printed in memory.
    typst::comemo::evict(8);
    let pages = result.map_err(|errors| PrintError::Layout {
        what: doc.kind().what(),
        detail: errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "),
    })?;
    Ok(Typeset { kind: doc.kind(), today, pages })
}

impl Typeset {
    /// Returns how many pages it has.
    pub fn page_count(&self) -> usize {
        self.pages.pages().len()
    }

    /// Writes it as PDF bytes: fonts embedded and subset, a fixed date and identifier.
    pub fn pdf(&self) -> Result<Vec<u8>, PrintError> {
        let (y, m, d) = (self.today.year(), self.today.month() as u8, self.today.day() as u8);
        let date = Datetime::from_ymd_hms(y, m, d, 0, 0, 0);
        let options = PdfOptions {
            // The identifier is a hash of this; the same document on the same day gets the same.
            ident: Smart::Custom(format!("trellis-{}-{}", self.kind.template_name(), self.today)),
            creator: Smart::Custom(Some("Trellis".into())),
            timestamp: date.map(Timestamp::new_utc),
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&self.pages, &options).map_err(|errors| PrintError::Layout {
            what: self.kind.what(),
            detail: errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "),
        })
    }
}

/// What the app's preview screen shows: each page as a PNG `data:` URL (the app's content
/// policy allows `data:` images and nothing remote), the page count, and whether the PDF
/// holds private text.
#[derive(Clone, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Preview {
    pub pages: Vec<String>,
    /// Pages laid out; the preview shows at most [`PREVIEW_PAGES`] of them.
    pub page_count: u32,
    pub private: bool,
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Preview({} pages, <private>)", self.page_count)
    }
}

/// The most pages a preview draws; a longer document says how many more there are.
pub const PREVIEW_PAGES: usize = 4;

/// Lays out `doc` and draws the first pages for a preview on screen.
pub fn preview(doc: &Document, paper: Paper, today: NaiveDate) -> Result<Preview, PrintError> {
    use base64::Engine;
    let set = typeset(doc, paper, today)?;
    let options = typst_render::RenderOptions { pixel_per_pt: typst::utils::Scalar::new(1.2), render_bleed: false };
    let pages = set
        .pages
        .pages()
        .iter()
        .take(PREVIEW_PAGES)
        .map(|page| {
            let png = typst_render::render(page, &options).encode_png().unwrap_or_default();
            format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(png))
        })
        .collect();
    Ok(Preview { pages, page_count: set.page_count() as u32, private: doc.kind().is_private() })
}

/// Lays out `doc` and returns every page as an SVG `data:` URL, for the webview to print: vector
/// pages that stay sharp on paper, all of them (the preview draws only the first few), held in
/// memory and never written to a file.
pub fn printable(doc: &Document, paper: Paper, today: NaiveDate) -> Result<Vec<String>, PrintError> {
    use base64::Engine;
    let set = typeset(doc, paper, today)?;
    let options = typst_svg::SvgOptions { render_bleed: false, pretty: false };
    Ok(set
        .pages
        .pages()
        .iter()
        .map(|page| {
            let svg = typst_svg::svg(page, &options);
            format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg))
        })
        .collect())
}

/// Lays out `doc` and writes it as a new PDF at `path` (mode 0600, never over a file that is
/// there). Returns how many pages it has.
pub fn save(doc: &Document, paper: Paper, today: NaiveDate, path: &Path) -> Result<usize, PrintError> {
    let set = typeset(doc, paper, today)?;
    let bytes = set.pdf()?;
    trellis_core::files::write_new(path, |out| {
        out.write_all(&bytes).map_err(|source| trellis_core::FileError::Io { path: path.to_owned(), source })
    })?;
    Ok(set.page_count())
}

/// Parses the fonts and the typst library now, so the first document does not wait for it.
pub fn warm_up() {
    world::warm_up();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In English an error says exactly its `Display` text; in Spanish, words of its own, the
    /// document named in Spanish too.
    #[test]
    fn errors_are_said_in_english_as_displayed_and_in_spanish() {
        let kinds = [
            Kind::WorksheetBlank,
            Kind::Worksheet,
            Kind::Boundaries,
            Kind::Agreements,
            Kind::RecoveryKit,
            Kind::Packet,
        ];
        let mut all: Vec<PrintError> =
            kinds.iter().map(|k| PrintError::Layout { what: k.what(), detail: "line 3".into() }).collect();
        all.push(trellis_core::FileError::Exists("/tmp/kit.pdf".into()).into());
        all.push(trellis_core::VaultError::Locked.into());
        for e in &all {
            assert_eq!(e.say_in("en"), e.to_string(), "{e:?}");
            assert_ne!(e.say_in("es"), e.to_string(), "{e:?} is said in Spanish");
            assert!(!e.say_in("es").contains("print-what"), "{e:?}: the document has its words");
        }
        let blank = PrintError::Layout { what: Kind::WorksheetBlank.what(), detail: String::new() };
        assert!(blank.to_string().starts_with("Trellis could not lay out the blank worksheet ("));
        assert!(blank.say_in("es").starts_with("Trellis no pudo maquetar la hoja de expectativas en blanco ("));
    }
}
