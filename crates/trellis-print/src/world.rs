//! The typst `World` a document is set in: one template (compiled into the binary), the
//! shared `common.typ`, one JSON file of data, the fonts in `fonts/`, and a fixed
//! date. Nothing here reads the file system, the network, the clock or the system fonts, so
//! the same data on the same date gives the same pages on every machine.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The templates, compiled in. `common.typ` is imported by the others.
const COMMON: &str = include_str!("../templates/common.typ");

/// The fonts every document may use, parsed once per process.
struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// The families the templates name (`common.typ`), and no others: typst-assets' own set also
/// holds its math fonts (4 MB), which a template without equations never uses. Copied from
/// typst-assets unchanged; `fonts/NOTICE` has their licences.
const FONT_FILES: [&[u8]; 14] = [
    include_bytes!("../fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("../fonts/LibertinusSerif-BoldItalic.otf"),
    include_bytes!("../fonts/LibertinusSerif-Semibold.otf"),
    include_bytes!("../fonts/LibertinusSerif-SemiboldItalic.otf"),
    include_bytes!("../fonts/NewCM10-Regular.otf"),
    include_bytes!("../fonts/NewCM10-Bold.otf"),
    include_bytes!("../fonts/NewCM10-Italic.otf"),
    include_bytes!("../fonts/NewCM10-BoldItalic.otf"),
    include_bytes!("../fonts/DejaVuSansMono.ttf"),
    include_bytes!("../fonts/DejaVuSansMono-Bold.ttf"),
    include_bytes!("../fonts/DejaVuSansMono-Oblique.ttf"),
    include_bytes!("../fonts/DejaVuSansMono-BoldOblique.ttf"),
];

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.into_iter().flat_map(|data| Font::iter(Bytes::new(data))).collect();
    Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

fn file_id(path: &str) -> FileId {
    // The paths are our own constants, so they are always valid.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("a fixed template path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

static MAIN_ID: LazyLock<FileId> = LazyLock::new(|| file_id("/main.typ"));
static COMMON_ID: LazyLock<FileId> = LazyLock::new(|| file_id("/common.typ"));
static DATA_ID: LazyLock<FileId> = LazyLock::new(|| file_id("/data.json"));

/// One document to set: a template, its data and the date it is printed on.
pub(crate) struct PrintWorld {
    main: Source,
    common: Source,
    data: Bytes,
    today: NaiveDate,
}

impl PrintWorld {
    pub(crate) fn new(template: &'static str, data: Vec<u8>, today: NaiveDate) -> Self {
        PrintWorld {
            main: Source::new(*MAIN_ID, template.to_owned()),
            common: Source::new(*COMMON_ID, COMMON.to_owned()),
            data: Bytes::new(data),
            today,
        }
    }
}

/// Parses the fonts now, so the first document does not pay for it (the app calls this on
/// a background thread at start).
pub(crate) fn warm_up() {
    LazyLock::force(&FONTS);
    LazyLock::force(&LIBRARY);
}

impl World for PrintWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        *MAIN_ID
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN_ID {
            Ok(self.main.clone())
        } else if id == *COMMON_ID {
            Ok(self.common.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA_ID {
            Ok(self.data.clone())
        } else if id == *MAIN_ID || id == *COMMON_ID {
            Ok(Bytes::from_string(self.source(id)?))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The date the caller chose, whatever the offset: the page shows the person's day.
        let (m, d) = (u8::try_from(self.today.month()).ok()?, u8::try_from(self.today.day()).ok()?);
        Datetime::from_ymd(self.today.year(), m, d)
    }
}
