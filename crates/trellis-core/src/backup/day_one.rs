//! Reading a Day One export (the zip, the unzipped folder, or one journal's JSON) within a
//! limit. A zip names the sizes of its files, but a crafted one can unpack a megabyte into
//! gigabytes (one of 1.5 MB once took 2 GiB of memory): the JSON read is capped in total, each
//! file's stated size is checked before it is read, what is actually read is limited too (the
//! stated size can lie), and each journal is parsed and let go before the next is read.

use std::io::Read;
use std::path::Path;

use super::foreign::parse_day_one;
use super::BackupError;
use crate::journal::Entry;
use crate::say::Message;

/// The most journal JSON a Day One import reads, unpacked, across all its files: years of
/// daily writing fit many times over.
const MAX_DAY_ONE_JSON_BYTES: u64 = 256 << 20;

/// Reads a Day One export: a zip, a folder, or a journal's JSON file.
pub(super) fn read(path: &Path) -> Result<(Vec<Entry>, u32), BackupError> {
    read_within(path, MAX_DAY_ONE_JSON_BYTES)
}

/// Reads a Day One export, refusing it once its JSON passes `limit` bytes. Each journal is
/// read, parsed and let go before the next, so only one is in memory at a time.
fn read_within(path: &Path, limit: u64) -> Result<(Vec<Entry>, u32), BackupError> {
    let read_err = |source| BackupError::Read { path: path.to_owned(), source };
    let mut budget = Budget { left: limit, limit };
    let (mut entries, mut photos, mut journals) = (Vec::new(), 0u32, 0usize);
    let mut take = |json: &[u8]| -> Result<(), BackupError> {
        let (e, p) = parse_day_one(json)?;
        entries.extend(e);
        photos = photos.saturating_add(p);
        journals += 1;
        Ok(())
    };
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)
            .map_err(read_err)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("json")))
            .collect();
        files.sort();
        for f in files {
            let file = std::fs::File::open(&f).map_err(|source| BackupError::Read { path: f.clone(), source })?;
            let stated = file.metadata().ok().map(|m| m.len());
            take(&budget.read(file, stated, || Message::new("import-file-of-folder"))?)?;
        }
    } else {
        let mut file = std::fs::File::open(path).map_err(read_err)?;
        let mut magic = [0u8; 2];
        let is_zip = file.read_exact(&mut magic).is_ok() && &magic == b"PK";
        std::io::Seek::rewind(&mut file).map_err(read_err)?;
        if is_zip {
            let unreadable = |e: zip::result::ZipError| {
                BackupError::Invalid(Message::new("error-zip-unreadable").with("reason", e.to_string()))
            };
            let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(unreadable)?;
            for i in 0..zip.len() {
                let member = zip.by_index(i).map_err(unreadable)?;
                let name = member.name().to_owned();
                if name.contains('/') || !name.to_ascii_lowercase().ends_with(".json") {
                    continue; // photos/, audio/ and the like
                }
                let stated = member.size();
                take(
                    &budget.read(member, Some(stated), || {
                        Message::new("import-file-in-zip").with("name", name.as_str())
                    })?,
                )?;
            }
        } else {
            let stated = file.metadata().ok().map(|m| m.len());
            take(&budget.read(file, stated, || Message::new("import-the-file"))?)?;
        }
    }
    if journals == 0 {
        return Err(BackupError::Invalid(Message::new("error-no-day-one-journal")));
    }
    Ok((entries, photos))
}

/// What is left of the JSON an import may read.
struct Budget {
    left: u64,
    limit: u64,
}

impl Budget {
    /// Reads one journal file whose size is said to be `stated`, within what is left.
    fn read(
        &mut self,
        reader: impl Read,
        stated: Option<u64>,
        what: impl Fn() -> Message,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, BackupError> {
        if stated.is_some_and(|n| n > self.left) {
            return Err(self.too_much());
        }
        // Room for what it says it holds (within the limit). A file that says less and holds
        // more grows only as far as it is read, chunk by chunk (no doubling past the limit),
        // and stops at the limit all the same.
        let room = usize::try_from(stated.unwrap_or(0).min(self.left)).unwrap_or(0);
        let mut json = zeroize::Zeroizing::new(Vec::with_capacity(room));
        let mut chunk = zeroize::Zeroizing::new(vec![0u8; 64 << 10]);
        let mut reader = reader.take(self.left + 1);
        loop {
            let n = match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    let unread =
                        Message::new("error-import-unreadable").with("what", what()).with("reason", e.to_string());
                    return Err(BackupError::Invalid(unread));
                }
            };
            if (json.len() + n) as u64 > self.left {
                return Err(self.too_much());
            }
            json.reserve_exact(n);
            json.extend_from_slice(&chunk[..n]);
        }
        self.left -= json.len() as u64;
        Ok(json)
    }

    fn too_much(&self) -> BackupError {
        BackupError::Invalid(Message::new("error-day-one-too-much").with("max", self.limit >> 20))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_a_day_one_zip_that_unpacks_past_the_limit_is_refused_before_or_while_reading() {
        let dir = tempfile::tempdir().unwrap();
        let zip_of = |name: &str, json: &[u8], lie: bool| {
            let path = dir.path().join(name);
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            zip.start_file("Journal.json", opts).unwrap();
            std::io::Write::write_all(&mut zip, json).unwrap();
            let mut bytes = zip.finish().unwrap().into_inner();
            if lie {
                // Say 100 bytes, in the local header (offset 22) and the central one (offset 24).
                let size = (json.len() as u32).to_le_bytes();
                let at: Vec<usize> = bytes.windows(4).enumerate().filter(|(_, w)| *w == size).map(|(i, _)| i).collect();
                assert_eq!(at.len(), 2, "the size is stated twice");
                for i in at {
                    bytes[i..i + 4].copy_from_slice(&100u32.to_le_bytes());
                }
            }
            std::fs::write(&path, bytes).unwrap();
            path
        };
        let big = format!(
            r#"{{"entries": [{{"creationDate": "2024-05-31T21:05:00Z", "text": "{}"}}]}}"#,
            " ".repeat(2 << 20)
        );
        let honest = zip_of("honest.zip", big.as_bytes(), false);
        let lying = zip_of("lying.zip", big.as_bytes(), true);
        for path in [&honest, &lying] {
            let e = read_within(path, 1 << 20).unwrap_err().to_string();
            assert!(
                e.contains("unpacks to more than 1 MB of journal text"),
                "the stated size is checked, and what is read is limited all the same: {e}"
            );
            assert!(e.ends_with("nothing was imported"), "{e}");
        }
        assert_eq!(read_within(&honest, 3 << 20).unwrap().0.len(), 1, "within the limit it reads");
    }
}
