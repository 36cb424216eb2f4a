//! Writing files a person asked for (exports, backups, PDFs) so that nothing half-written or
//! readable by others is ever left under the name they chose, and nothing is overwritten.
//!
//! The content goes to a hidden temporary file in the same folder, created new with mode
//! 0600, is fsynced, and is then linked under the final name, which fails if that name exists
//! (no silent overwrite, and no race between checking and writing). The folder is fsynced so
//! the new name survives a power cut. On any error the temporary file is removed, so a failed
//! export leaves nothing readable behind.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// What can go wrong writing a file.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{0} already exists; choose another name (Trellis never overwrites a file)")]
    Exists(PathBuf),
    #[error("could not write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// Writes a new file at `path` with what `fill` writes, all or nothing. Returns `fill`'s value.
pub fn write_new<T, E>(path: &Path, fill: impl FnOnce(&mut dyn Write) -> Result<T, E>) -> Result<T, E>
where
    E: From<FileError>,
{
    let io = |source: std::io::Error| FileError::Io { path: path.to_owned(), source };
    if path.exists() {
        return Err(FileError::Exists(path.to_owned()).into());
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (tmp_path, file) = create_temp(&dir, &name).map_err(io)?;
    let cleanup = |e| {
        let _ = std::fs::remove_file(&tmp_path);
        e
    };
    let mut writer = BufWriter::new(file);
    let value = fill(&mut writer).map_err(cleanup)?;
    let finish = (|| {
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        place(&tmp_path, path)
    })();
    match finish {
        Ok(()) => {
            sync_dir(&dir);
            Ok(value)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(cleanup(FileError::Exists(path.to_owned()).into()))
        }
        Err(e) => Err(cleanup(io(e).into())),
    }
}

/// Gives `tmp` (a finished file in the same folder, written by someone else, e.g. SQLite's
/// `VACUUM INTO`) the final name `path`: makes it private (0600), fsyncs it, links it under
/// `path` without replacing anything, and fsyncs the folder. On any error `tmp` is removed.
pub(crate) fn finish_new(tmp: &Path, path: &Path) -> Result<(), FileError> {
    let result = (|| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(tmp, std::fs::Permissions::from_mode(0o600))?;
        }
        // Opened for writing: Windows flushes a file only through a handle that may write to
        // it (`FlushFileBuffers` on a read-only one is "Access denied"). Closed before `place`,
        // as Windows will not link or rename a file that is still open.
        OpenOptions::new().write(true).open(tmp)?.sync_all()?;
        place(tmp, path)
    })();
    match result {
        Ok(()) => {
            sync_dir(path.parent().unwrap_or(Path::new(".")));
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_file(tmp);
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Err(FileError::Exists(path.to_owned()))
            } else {
                Err(FileError::Io { path: path.to_owned(), source: e })
            }
        }
    }
}

/// Writes a new folder of files at `path` (which must not exist, or be an empty folder), all
/// or nothing: the files go into a hidden folder beside it, which is renamed to `path` when
/// `fill` succeeds and removed when it fails. Files are 0600, folders 0700. Thousands of small
/// files are not fsynced one by one (that took over a minute for 10,000 entries); the folders
/// are, after the rename.
pub(crate) fn write_folder<T, E>(path: &Path, fill: impl FnOnce(&Folder) -> Result<T, E>) -> Result<T, E>
where
    E: From<FileError>,
{
    let io = |source: std::io::Error| FileError::Io { path: path.to_owned(), source };
    let empty_dir = path.is_dir() && std::fs::read_dir(path).map_err(io)?.next().is_none();
    if path.exists() && !empty_dir {
        return Err(FileError::Exists(path.to_owned()).into());
    }
    let parent = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = parent.join(format!(".{name}.{:016x}.partial", rand::random::<u64>()));
    private_dir(&tmp)?;
    let folder = Folder { root: tmp.clone(), dirs: std::cell::RefCell::new(vec![tmp.clone()]) };
    let value = match fill(&folder) {
        Ok(v) => v,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    for dir in folder.dirs.borrow().iter() {
        sync_dir(dir);
    }
    if empty_dir {
        let _ = std::fs::remove_dir(path);
    }
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(FileError::Io { path: path.to_owned(), source: e }.into());
    }
    sync_dir(&parent);
    Ok(value)
}

/// A folder being written by [`write_folder`].
pub(crate) struct Folder {
    root: PathBuf,
    dirs: std::cell::RefCell<Vec<PathBuf>>,
}

impl Folder {
    /// Makes a subfolder (0700).
    pub(crate) fn dir(&self, rel: &str) -> Result<(), FileError> {
        let dir = self.root.join(rel);
        private_dir(&dir)?;
        self.dirs.borrow_mut().push(dir);
        Ok(())
    }

    /// Tells whether `rel` is taken already.
    pub(crate) fn exists(&self, rel: &str) -> bool {
        self.root.join(rel).exists()
    }

    /// Writes a new file (0600) at `rel`.
    pub(crate) fn file(&self, rel: &str, bytes: &[u8]) -> Result<(), FileError> {
        let path = self.root.join(rel);
        let io = |source| FileError::Io { path: path.clone(), source };
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut f = options.open(&path).map_err(io)?;
        f.write_all(bytes).map_err(io)
    }
}

/// Makes a folder (and its parents) only its owner can open, if it is not there yet.
pub(crate) fn private_dir(dir: &Path) -> Result<(), FileError> {
    let io = |source| FileError::Io { path: dir.to_owned(), source };
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(io)
}

fn create_temp(dir: &Path, name: &str) -> std::io::Result<(PathBuf, File)> {
    for _ in 0..16 {
        let tag: u64 = rand::random();
        let tmp = dir.join(format!(".{name}.{tag:016x}.partial"));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, "no free temporary name"))
}

/// Gives the finished file its final name without replacing anything there.
fn place(tmp: &Path, path: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(tmp, path) {
        Ok(()) => std::fs::remove_file(tmp),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        // Some file systems (FAT on a USB stick) have no hard links: check, then rename.
        Err(_) if !path.exists() => std::fs::rename(tmp, path),
        Err(_) => Err(std::io::ErrorKind::AlreadyExists.into()),
    }
}

fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    // Windows cannot open a folder to sync it; NTFS journals the rename itself.
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    enum E {
        File(FileError),
        Fill,
    }
    impl From<FileError> for E {
        fn from(e: FileError) -> Self {
            E::File(e)
        }
    }

    #[test]
    fn writes_private_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_new::<_, E>(&path, |w| w.write_all(b"first").map_err(|_| E::Fill)).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let again = write_new::<_, E>(&path, |w| w.write_all(b"second").map_err(|_| E::Fill));
        assert!(matches!(again, Err(E::File(FileError::Exists(_)))));
        assert_eq!(std::fs::read(&path).unwrap(), b"first", "the first file is untouched");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    }

    /// Windows flushes a file only through a handle that may write to it: `finish_new` once
    /// opened the copy read-only to sync it, and every snapshot failed there ("Access denied").
    #[test]
    fn finish_new_names_a_finished_file_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().join(".copy.partial");
        let path = dir.path().join("copy.snapshot");
        std::fs::write(&tmp, b"first").unwrap();
        finish_new(&tmp, &path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        assert!(!tmp.exists(), "the temporary name is gone");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        std::fs::write(&tmp, b"second").unwrap();
        assert!(matches!(finish_new(&tmp, &path), Err(FileError::Exists(_))));
        assert_eq!(std::fs::read(&path).unwrap(), b"first", "the first file is untouched");
        assert!(!tmp.exists(), "a refused copy is removed");
    }

    #[test]
    fn fail_a_failed_fill_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        let r = write_new::<(), E>(&path, |w| {
            w.write_all(b"private words half written").unwrap();
            Err(E::Fill)
        });
        assert!(matches!(r, Err(E::Fill)));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no partial readable file");
    }

    #[test]
    fn a_folder_appears_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export");
        let r = write_folder::<(), E>(&path, |f| {
            f.dir("entries").map_err(E::File)?;
            f.file("entries/a.md", b"private words").map_err(E::File)?;
            Err(E::Fill)
        });
        assert!(matches!(r, Err(E::Fill)));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing left behind");
        write_folder::<(), E>(&path, |f| f.file("a.md", b"words").map_err(E::File)).unwrap();
        assert_eq!(std::fs::read(path.join("a.md")).unwrap(), b"words");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o700);
            assert_eq!(std::fs::metadata(path.join("a.md")).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let again = write_folder::<(), E>(&path, |_| Ok(()));
        assert!(matches!(again, Err(E::File(FileError::Exists(_)))), "never into a folder with files");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
