//! The recovery code on the clipboard: Trellis copies it itself (not through the webview), marked
//! to be left out of clipboard history where the desktop honours that, remembers it, and takes
//! it off again after its minute, on lock, on quick hide and on quit. Anything the person copied
//! since is theirs and stays.
//!
//! A platform piece, below the session (the state keeps what was copied, and every lock takes
//! it back) and the commands.

use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use zeroize::Zeroizing;

use crate::error::{AppError, ErrorCode};
use crate::mutex::lock;

/// What Trellis put on the clipboard and has not taken off yet, with the handle that keeps it
/// there (on X11 the program that copied serves the text for as long as it holds the handle).
#[derive(Clone, Default)]
pub struct Copied(Arc<Mutex<Option<Held>>>);

/// The text copied, and the handle that serves it.
type Held = (Zeroizing<String>, arboard::Clipboard);

pub(crate) fn failed(e: arboard::Error) -> AppError {
    AppError::new(ErrorCode::Clipboard, crate::words::because("error-clipboard", e))
}

/// Empties the system clipboard if it still holds `text`; anything else is left alone. Says
/// whether it emptied it.
pub fn clear_if(text: &str) -> Result<bool, AppError> {
    let mut clipboard = arboard::Clipboard::new().map_err(failed)?;
    match clipboard.get_text() {
        Ok(current) if current == text => {
            clipboard.clear().map_err(failed)?;
            Ok(true)
        }
        Ok(_) | Err(arboard::Error::ContentNotAvailable) => Ok(false),
        Err(e) => Err(failed(e)),
    }
}

impl Copied {
    /// Puts `text` on the clipboard, out of clipboard history where the platform allows, and
    /// remembers it.
    pub fn copy(&self, text: String) -> Result<(), arboard::Error> {
        let text = Zeroizing::new(text);
        let mut clipboard = arboard::Clipboard::new()?;
        set_private(&mut clipboard, &text)?;
        *lock(&self.0) = Some((text, clipboard));
        Ok(())
    }

    /// Takes what Trellis copied off the clipboard if the clipboard still holds it, and forgets
    /// it either way. Says whether it emptied the clipboard.
    pub fn take_back(&self) -> bool {
        let Some((text, mut clipboard)) = lock(&self.0).take() else { return false };
        let still = clipboard.get_text().is_ok_and(|now| Zeroizing::new(now) == text);
        still && clipboard.clear().is_ok()
    }

    /// Like [`Copied::take_back`], on a thread of its own, waiting at most `wait` for it. For
    /// the main thread (a lock from the window, quitting): if the webview took the clipboard
    /// since, reading it needs an answer from the main thread, which must not be the one
    /// waiting. Says whether it emptied the clipboard within `wait`.
    pub fn take_back_soon(&self, wait: Duration) -> bool {
        let copied = self.clone();
        let (done, answer) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("trellis-clipboard".into()).spawn(move || {
            let _ = done.send(copied.take_back());
        });
        spawned.is_ok() && answer.recv_timeout(wait).unwrap_or(false)
    }

    /// Like [`Copied::take_back`], if what Trellis copied is `text`; otherwise does nothing and
    /// returns `None`.
    pub fn take_back_if(&self, text: &str) -> Option<bool> {
        let holds = lock(&self.0).as_ref().is_some_and(|(copied, _)| copied.as_str() == text);
        holds.then(|| self.take_back())
    }
}

#[cfg(target_os = "linux")]
fn set_private(clipboard: &mut arboard::Clipboard, text: &str) -> Result<(), arboard::Error> {
    use arboard::SetExtLinux;
    // Marks it as a password (`x-kde-passwordManagerHint: secret`), which clipboard managers
    // such as KDE's Klipper leave out of their history.
    clipboard.set().exclude_from_history().text(text)
}

#[cfg(windows)]
fn set_private(clipboard: &mut arboard::Clipboard, text: &str) -> Result<(), arboard::Error> {
    use arboard::SetExtWindows;
    clipboard.set().exclude_from_history().exclude_from_cloud().exclude_from_monitoring().text(text)
}

#[cfg(target_os = "macos")]
fn set_private(clipboard: &mut arboard::Clipboard, text: &str) -> Result<(), arboard::Error> {
    use arboard::SetExtApple;
    clipboard.set().exclude_from_history().text(text)
}

#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
fn set_private(clipboard: &mut arboard::Clipboard, text: &str) -> Result<(), arboard::Error> {
    clipboard.set_text(text)
}
