//! Every document checked with real PDF tools (poppler: pdftotext, pdffonts, pdfinfo,
//! pdftoppm): the expected words are there, every font is embedded, the paper is the one
//! asked for, each page renders, and the same input gives the same bytes.
//!
//! `TRELLIS_PRINT_LOOK=DIR` also leaves each document's pages as PNG files in DIR, to look at.

mod documents;
mod packet;
mod spanish;
mod support;
