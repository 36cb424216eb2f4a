//! The system's print dialog for what the window shows (an entry, the recovery code, a
//! document's pages). WebKitGTK's `window.print()` opens nothing, so on Linux the shell runs
//! WebKit's own print operation on the webview: GTK's dialog, and the page printed from memory
//! (no file is written unless the person picks "Print to File" there). macOS and Windows
//! webviews print with `window.print()`, so there the UI is told to call it.
//!
//! The operation's dialog runs on the main thread and the pages are sent after it closes; the
//! command waits for the end on a worker thread, so the page stays laid out for paper until the
//! printer has it, and the app comes back to its normal state when the dialog is cancelled.

use serde::Serialize;
use specta::Type;
use tauri::{Runtime, Webview};
use trellis_print::Paper;

use crate::error::{AppError, ErrorCode};

/// How a print ended, as the UI says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum PrintOutcome {
    /// The printer (or the file the person chose in the dialog) has the pages.
    Sent,
    /// The person closed the dialog without printing.
    Cancelled,
    /// Printing is not possible here (no printer answered, the job failed).
    Failed,
    /// This webview prints with `window.print()`; the UI calls it.
    ByTheWebview,
}

/// What the print operation reports, in the order it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The dialog closed with "Print": the pages are being sent.
    Printing,
    /// The dialog closed without printing.
    Cancelled,
    /// The pages could not be printed.
    Failed,
    /// The operation is over (after `Printing`, or after `Failed`).
    Finished,
}

/// Decides how a print ended from what the operation reported. A failure at any point wins;
/// steps that stop coming before the end (the operation went away) count as a failure.
pub fn outcome(steps: impl IntoIterator<Item = Step>) -> PrintOutcome {
    let (mut printing, mut finished) = (false, false);
    for step in steps {
        match step {
            Step::Cancelled => return PrintOutcome::Cancelled,
            Step::Failed => return PrintOutcome::Failed,
            Step::Printing => printing = true,
            // A finish can come before the dialog's answer is read: the answer still decides.
            Step::Finished => finished = true,
        }
        if printing && finished {
            return PrintOutcome::Sent;
        }
    }
    PrintOutcome::Failed
}

/// Opens the print dialog for what `webview` shows and waits until the pages are printed or the
/// dialog is closed. `paper`, when given, is the page size to start from, with no margins: the
/// pages shown are whole typeset pages that carry their own margins.
pub async fn print<R: Runtime>(webview: &Webview<R>, paper: Option<Paper>) -> Result<PrintOutcome, AppError> {
    imp::print(webview, paper).await
}

#[cfg(target_os = "linux")]
mod imp {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::mpsc;

    use gtk::prelude::*;
    use webkit2gtk::{PrintOperation, PrintOperationExt, PrintOperationResponse};

    use super::*;

    pub async fn print<R: Runtime>(webview: &Webview<R>, paper: Option<Paper>) -> Result<PrintOutcome, AppError> {
        let (tx, rx) = mpsc::channel();
        webview
            .with_webview(move |w| run_dialog(&w.inner(), paper, tx))
            .map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-print-dialog", e)))?;
        tauri::async_runtime::spawn_blocking(move || outcome(rx))
            .await
            .map_err(|e| AppError::new(ErrorCode::Internal, crate::words::because("error-printing-stopped", e)))
    }

    /// Runs on the main thread: the dialog is modal and returns when it closes; the pages go to
    /// the printer after that, and the operation keeps itself until it says it is finished.
    fn run_dialog(webview: &webkit2gtk::WebView, paper: Option<Paper>, tx: mpsc::Sender<Step>) {
        let op = PrintOperation::new(webview);
        if let Some(paper) = paper {
            op.set_page_setup(&page_setup(paper));
        }
        // Held until the end, then let go (a handler that kept the operation itself would keep
        // it forever).
        let held: Rc<RefCell<Option<PrintOperation>>> = Rc::default();
        let (failed_tx, failed_held) = (tx.clone(), held.clone());
        op.connect_failed(move |_, _| {
            // GTK's message may name a printer or a file; the UI has its own words.
            let _ = failed_tx.send(Step::Failed);
            failed_held.borrow_mut().take();
        });
        let (finished_tx, finished_held) = (tx.clone(), held.clone());
        op.connect_finished(move |_| {
            let _ = finished_tx.send(Step::Finished);
            finished_held.borrow_mut().take();
        });
        let parent = webview.toplevel().and_then(|w| w.downcast::<gtk::Window>().ok());
        match op.run_dialog(parent.as_ref()) {
            PrintOperationResponse::Print => {
                *held.borrow_mut() = Some(op);
                let _ = tx.send(Step::Printing);
            }
            _ => {
                let _ = tx.send(Step::Cancelled);
            }
        }
    }

    fn page_setup(paper: Paper) -> gtk::PageSetup {
        let setup = gtk::PageSetup::new();
        let name = match paper {
            Paper::A4 => "iso_a4",
            Paper::Letter => "na_letter",
        };
        setup.set_paper_size(&gtk::PaperSize::new(Some(name)));
        setup.set_top_margin(0.0, gtk::Unit::Points);
        setup.set_bottom_margin(0.0, gtk::Unit::Points);
        setup.set_left_margin(0.0, gtk::Unit::Points);
        setup.set_right_margin(0.0, gtk::Unit::Points);
        setup
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use super::*;

    pub async fn print<R: Runtime>(_webview: &Webview<R>, _paper: Option<Paper>) -> Result<PrintOutcome, AppError> {
        Ok(PrintOutcome::ByTheWebview)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_print_ends_as_the_operation_says() {
        use Step::*;
        assert_eq!(outcome([Cancelled]), PrintOutcome::Cancelled, "the dialog closed: nothing printed");
        assert_eq!(outcome([Printing, Finished]), PrintOutcome::Sent);
        // WebKit says "failed", then "finished": the failure is what the person must hear.
        assert_eq!(outcome([Printing, Failed, Finished]), PrintOutcome::Failed);
        // A finish can arrive before the dialog's answer is read; the answer still decides.
        assert_eq!(outcome([Finished, Printing]), PrintOutcome::Sent);
        // The operation went away without an end (its handlers dropped): not silently "sent".
        assert_eq!(outcome([Printing]), PrintOutcome::Failed);
        assert_eq!(outcome([]), PrintOutcome::Failed);
    }
}
