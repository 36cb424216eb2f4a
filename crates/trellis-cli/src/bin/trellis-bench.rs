//! `trellis-bench`: prints the figures the performance promises are checked against.
//!
//! Generates N entries of about 600 bytes in a fresh vault (and, by default, 1,000 boundaries
//! with 10 earlier versions each and 100 expectations worksheets), then prints one line per figure,
//! `NAME VALUE UNIT`, each a median over repeated runs. The disk's own floor (a 4 KiB write
//! plus fsync) is measured in the same run, so an add can be compared with it on a noisy
//! machine. Last, the vault starts syncing through a folder and a second vault joins it
//! (`sync_*` figures). Nothing here asserts: it reports.

#![forbid(unsafe_code)]

use std::io::Write;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::{DateTime, Duration as Days, Utc};
use clap::Parser;
use trellis_core::{
    library, AreaAnswer, BoundaryDraft, BoundaryFilter, BoundaryId, BoundaryStatus, EntryDraft, KdfWorkFactor, Moment,
    MomentKind, Mood, Passphrase, UnlockMode, Vault, Whose, WorksheetId,
};

#[derive(Parser)]
#[command(about = "Measure Trellis's core with N generated entries.")]
struct Args {
    /// How many entries to generate
    #[arg(long, default_value_t = 10_000)]
    entries: usize,
    /// How many boundaries to generate (each edited 10 times, so 10 earlier versions)
    #[arg(long, default_value_t = 1_000)]
    boundaries: usize,
    /// How many expectations worksheets to generate (each with 8 areas filled in)
    #[arg(long, default_value_t = 100)]
    worksheets: usize,
    /// How many times to repeat the slow figures (unlock, KDF, export)
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Folder to put the temporary vault in (default: the system temp folder)
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
    /// Keep the generated vault here afterwards (passphrase: "bench passphrase")
    #[arg(long, value_name = "DIR")]
    keep: Option<std::path::PathBuf>,
    /// Measure a copy of a vault kept by `--keep` instead of generating one
    #[arg(long, value_name = "DIR")]
    from: Option<std::path::PathBuf>,
    /// Print the unlock figures only (the index build, while working on it)
    #[arg(long)]
    unlock_only: bool,
}

const WORDS: &[&str] = &[
    "trust", "talk", "evening", "worry", "promise", "kept", "phone", "message", "walk", "dinner", "calm", "afraid",
    "listen", "honest", "late", "work", "friend", "weekend", "sorry", "space", "boundary", "quiet", "morning", "laugh",
    "tired", "hope", "doubt", "cooked", "together", "alone", "plan", "reassure", "remember", "jealous", "garden",
    "movie", "argument", "repair", "gentle", "slow",
];

/// A small deterministic generator, so every run writes the same text.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn word(&mut self) -> &'static str {
        WORDS[self.next() as usize % WORDS.len()]
    }
}

fn draft(rng: &mut Lcg, n: usize) -> EntryDraft {
    let mut body = String::with_capacity(640);
    while body.len() < 580 {
        body.push_str(rng.word());
        body.push(if rng.next().is_multiple_of(9) { '.' } else { ' ' });
    }
    // A rare word per 100 entries, so the search figure is for a selective query.
    body.push_str(&format!(" marker{}", n % 100));
    EntryDraft {
        title: format!("{} {} {}", rng.word(), rng.word(), n),
        body,
        mood: Mood::new((rng.next() % 5 + 1) as u8),
        tags: vec![rng.word().to_string()],
        prompt_id: None,
        about: Vec::new(),
    }
}

/// Unlocks `args.runs` times, split into the KDF and the rest (decrypting every record and
/// building the search index).
fn unlock_figures(vault: &mut Vault, args: &Args) -> Result<()> {
    let (mut kdf, mut load) = (Vec::new(), Vec::new());
    for _ in 0..args.runs {
        vault.lock();
        let report = vault.unlock(&Passphrase::new("bench passphrase".into()), UnlockMode::Full)?;
        kdf.push(ms(report.kdf));
        load.push(ms(report.load));
    }
    print("unlock_excl_kdf_ms", percentile(&mut load, 0.5), "ms");
    print("kdf_ms", percentile(&mut kdf, 0.5), "ms");
    if args.unlock_only || args.from.is_some() {
        // An unlock's own peak: the KDF's memory on top of what the open vault holds. Then
        // what an unlocked vault holds once the KDF's memory is given back.
        print("peak_rss_mb", peak_rss_mb().context("reading /proc/self/status")?, "MB");
        print("rss_unlocked_mb", status_mb("VmRSS:").context("reading /proc/self/status")?, "MB");
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(|a, b| a.total_cmp(b));
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn print(name: &str, value: f64, unit: &str) {
    println!("{name} {value:.3} {unit}");
    std::io::stdout().flush().ok();
}

fn main() -> Result<()> {
    let args = Args::parse();
    let tmp = match &args.dir {
        Some(d) => tempfile::tempdir_in(d)?,
        None => tempfile::tempdir()?,
    };
    let dir = tmp.path().join("vault");
    let pass = || Passphrase::new("bench passphrase".into());
    let now: DateTime<Utc> = Utc::now();

    let mut rng = Lcg(42);
    if let Some(from) = &args.from {
        std::fs::create_dir_all(&dir)?;
        std::fs::copy(from.join(trellis_core::DB_FILE), dir.join(trellis_core::DB_FILE))?;
        let mut vault = Vault::open(&dir)?;
        return unlock_figures(&mut vault, &args);
    }
    let (mut vault, _code) = Vault::create(&dir, &pass(), KdfWorkFactor::DEFAULT, now)?;
    let mut plaintext_bytes = 0usize;
    {
        let mut journal = vault.journal()?;
        let batch = 5_000;
        let mut made = 0;
        while made < args.entries {
            let take = batch.min(args.entries - made);
            let items: Vec<_> = (made..made + take)
                .map(|i| {
                    let d = draft(&mut rng, i);
                    plaintext_bytes += d.title.len() + d.body.len() + d.tags.iter().map(String::len).sum::<usize>();
                    // Spread entries over the past years, one every ~3 hours.
                    (d, now - Days::minutes(((args.entries - i) * 173) as i64))
                })
                .collect();
            journal.add_many(items)?;
            made += take;
        }
    }
    let (boundary_ids, worksheet_ids) = tools(&mut vault, &mut rng, &args, now)?;
    if args.unlock_only {
        vault.lock();
        if let Some(keep) = &args.keep {
            std::fs::create_dir_all(keep)?;
            std::fs::copy(dir.join(trellis_core::DB_FILE), keep.join(trellis_core::DB_FILE))?;
        }
        return unlock_figures(&mut vault, &args);
    }
    pdf_figures(&mut vault, &worksheet_ids, now)?;
    unlock_figures(&mut vault, &args)?;

    // The app: unlock with the index built behind the list, until the first page is read.
    let mut to_list = Vec::new();
    for _ in 0..args.runs {
        vault.lock();
        let report = vault.unlock(&pass(), UnlockMode::Background)?;
        let t = Instant::now();
        std::hint::black_box(vault.journal()?.list(0, 50)?);
        to_list.push(ms(report.load) + ms(t.elapsed()));
        vault.wait_for_index()?;
    }
    print("unlock_to_list_ms", percentile(&mut to_list, 0.5), "ms");

    // A one-shot `trellis journal search`: unlock without the index, then scan.
    let mut cli_search = Vec::new();
    for i in 0..args.runs {
        vault.lock();
        let report = vault.unlock(&pass(), UnlockMode::Lazy)?;
        let t = Instant::now();
        let q = format!("{} marker{}", WORDS[i % WORDS.len()], i % 100);
        std::hint::black_box(vault.journal()?.search(&q, 20)?);
        cli_search.push(ms(report.load) + ms(t.elapsed()));
    }
    print("cli_search_ms", percentile(&mut cli_search, 0.5), "ms");
    // The same for one common word alone, which thousands of entries match: every match is
    // ranked before the best 20 are taken.
    let mut cli_common = Vec::new();
    for i in 0..args.runs {
        vault.lock();
        let report = vault.unlock(&pass(), UnlockMode::Lazy)?;
        let t = Instant::now();
        std::hint::black_box(vault.journal()?.search(WORDS[i % WORDS.len()], 20)?);
        cli_common.push(ms(report.load) + ms(t.elapsed()));
    }
    print("cli_search_common_ms", percentile(&mut cli_common, 0.5), "ms");
    vault.lock();
    vault.unlock(&pass(), UnlockMode::Full)?;

    // The disk's floor: a 4 KiB write and fsync, next to the database.
    let mut fsync = Vec::new();
    {
        let path = dir.join("fsync-probe");
        let mut f = std::fs::File::create(&path)?;
        let block = vec![0x5au8; 4096];
        for _ in 0..100 {
            let t = Instant::now();
            f.write_all(&block)?;
            f.sync_all()?;
            fsync.push(ms(t.elapsed()));
        }
        drop(f);
        std::fs::remove_file(path)?;
    }
    print("fsync_p50_ms", percentile(&mut fsync, 0.5), "ms");

    if boundary_ids.is_empty() || worksheet_ids.is_empty() {
        return journal_figures(vault, rng, &args, &tmp, &dir, plaintext_bytes);
    }
    // The first list of boundaries after an unlock decodes them all; later ones are kept decoded.
    let mut first_list = Vec::new();
    for _ in 0..args.runs {
        vault.lock();
        vault.unlock(&pass(), UnlockMode::Background)?;
        vault.wait_for_index()?;
        let t = Instant::now();
        std::hint::black_box(vault.boundaries()?.list(&BoundaryFilter::default(), now.date_naive())?);
        first_list.push(ms(t.elapsed()));
    }
    print("boundaries_first_list_ms", percentile(&mut first_list, 0.5), "ms");

    // The tools: list boundaries, one boundary's history, compare two worksheets, search every kind.
    let today = now.date_naive();
    let figure = |name: &str, f: &mut dyn FnMut(usize) -> Result<()>| -> Result<()> {
        let mut samples = Vec::new();
        for i in 0..30 {
            let t = Instant::now();
            f(i)?;
            samples.push(ms(t.elapsed()));
        }
        print(name, percentile(&mut samples, 0.5), "ms");
        Ok(())
    };
    figure("boundaries_list_ms", &mut |_| {
        std::hint::black_box(vault.boundaries()?.list(&BoundaryFilter::default(), today)?);
        Ok(())
    })?;
    figure("boundary_history_ms", &mut |i| {
        std::hint::black_box(vault.boundaries()?.history(boundary_ids[i * 31 % boundary_ids.len()])?);
        Ok(())
    })?;
    figure("worksheet_compare_ms", &mut |i| {
        let (a, b) = (worksheet_ids[i % worksheet_ids.len()], worksheet_ids[(i + 1) % worksheet_ids.len()]);
        std::hint::black_box(vault.worksheets()?.compare(a, b)?);
        Ok(())
    })?;
    // The weekly check-in: its agenda (the previous one found among every entry, the
    // boundaries' moments, the agreements due), then saving one that talks about a boundary.
    figure("checkin_save_ms", &mut |i| {
        let draft = trellis_core::CheckInDraft {
            well_me: format!("we cooked {i}"),
            boundaries: vec![trellis_core::BoundaryTalk { boundary: boundary_ids[i], note: "talked".into() }],
            try_next: format!("a walk {i}"),
            ..Default::default()
        };
        std::hint::black_box(vault.checkins()?.save(draft, today, Utc::now())?);
        Ok(())
    })?;
    figure("checkin_agenda_ms", &mut |_| {
        std::hint::black_box(vault.checkins()?.agenda(today)?);
        Ok(())
    })?;
    figure("checkin_list_ms", &mut |_| {
        std::hint::black_box(vault.checkins()?.list()?);
        Ok(())
    })?;
    // The app's reminder check (every 30 s, holding the vault): it first brings every
    // boundary's review reminder in step with its date, then fires what is due.
    figure("reminder_check_ms", &mut |_| {
        std::hint::black_box(vault.reminder_notices_in(Utc::now(), "en")?);
        Ok(())
    })?;
    figure("search_all_kinds_ms", &mut |i| {
        let q = format!("{} marker{}", WORDS[i % WORDS.len()], i % 100);
        std::hint::black_box(vault.search_all(&q, 50)?);
        Ok(())
    })?;

    journal_figures(vault, rng, &args, &tmp, &dir, plaintext_bytes)
}

/// Adds, searches, lists and exports entries, and prints the sizes.
fn journal_figures(
    mut vault: Vault,
    mut rng: Lcg,
    args: &Args,
    tmp: &tempfile::TempDir,
    dir: &std::path::Path,
    mut plaintext_bytes: usize,
) -> Result<()> {
    let mut journal = vault.journal()?;
    let mut add = Vec::new();
    for i in 0..200 {
        let d = draft(&mut rng, args.entries + i);
        plaintext_bytes += d.title.len() + d.body.len() + d.tags.iter().map(String::len).sum::<usize>();
        let t = Instant::now();
        journal.add(d, Utc::now())?;
        add.push(ms(t.elapsed()));
    }
    print("add_p50_ms", percentile(&mut add, 0.5), "ms");
    print("add_p95_ms", percentile(&mut add, 0.95), "ms");

    let mut search = Vec::new();
    for i in 0..50 {
        let q = format!("{} marker{}", WORDS[i % WORDS.len()], i % 100);
        let t = Instant::now();
        let hits = journal.search(&q, 50)?;
        search.push(ms(t.elapsed()));
        std::hint::black_box(hits);
    }
    print("search_p50_ms", percentile(&mut search, 0.5), "ms");

    let mut list = Vec::new();
    for i in 0..50 {
        let t = Instant::now();
        let rows = journal.list((i % 10) * 50, 50)?;
        list.push(ms(t.elapsed()));
        std::hint::black_box(rows);
    }
    print("list50_p50_ms", percentile(&mut list, 0.5), "ms");

    let mut export = Vec::new();
    for _ in 0..args.runs.min(3) {
        let mut sink = std::io::BufWriter::new(std::fs::File::create(tmp.path().join("export.json"))?);
        let t = Instant::now();
        journal.export_json(&mut sink)?;
        sink.flush()?;
        export.push(ms(t.elapsed()));
    }
    std::fs::remove_file(tmp.path().join("export.json"))?;
    print("export_json_ms", percentile(&mut export, 0.5), "ms");
    backup_figures(&mut vault, args, tmp.path())?;

    drop(vault);
    let db_bytes: u64 = ["", "-wal", "-shm"]
        .iter()
        .filter_map(|s| std::fs::metadata(dir.join(format!("{}{s}", trellis_core::DB_FILE))).ok())
        .map(|m| m.len())
        .sum();
    print("db_bytes", db_bytes as f64, "bytes");
    print("plaintext_bytes", plaintext_bytes as f64, "bytes");
    print("peak_rss_mb", peak_rss_mb().context("reading /proc/self/status")?, "MB");
    if let Some(keep) = &args.keep {
        std::fs::create_dir_all(keep)?;
        std::fs::copy(dir.join(trellis_core::DB_FILE), keep.join(trellis_core::DB_FILE))?;
        eprintln!("kept the vault in {} (passphrase: bench passphrase)", keep.display());
    }
    let mut vault = Vault::open(dir)?;
    vault.unlock(&Passphrase::new("bench passphrase".into()), UnlockMode::Full)?;
    sync_figures(&mut vault, &mut rng, args, tmp.path())
}

/// Sync through a folder: what the change log adds to an add, the first pass that writes every
/// record, one change's pass, the folder's size, a second computer's first join, and 10,000
/// changes made on that computer applied here.
fn sync_figures(vault: &mut Vault, rng: &mut Lcg, args: &Args, tmp: &std::path::Path) -> Result<()> {
    let folder = tmp.join("sync-folder");
    let adds = |vault: &mut Vault, rng: &mut Lcg| -> Result<f64> {
        let mut journal = vault.journal()?;
        let mut samples = Vec::new();
        for i in 0..100 {
            let d = draft(rng, i);
            let t = Instant::now();
            journal.add(d, Utc::now())?;
            samples.push(ms(t.elapsed()));
        }
        Ok(percentile(&mut samples, 0.5))
    };
    let before = adds(vault, rng)?;
    vault.sync_start(&folder, "Bench laptop")?;
    let after = adds(vault, rng)?;
    print("add_sync_off_p50_ms", before, "ms");
    print("add_sync_on_p50_ms", after, "ms");

    let t = Instant::now();
    let first = vault.sync_now(Utc::now(), &mut |_| {})?;
    print("sync_first_pass_ms", ms(t.elapsed()), "ms");
    print("sync_first_pass_changes", first.sent as f64, "changes");
    let (bytes, files) = folder_size(&folder)?;
    print("sync_folder_kib_per_1k_entries", bytes as f64 / 1024.0 / (args.entries.max(1) as f64 / 1000.0), "KiB");
    print("sync_folder_files", files as f64, "files");

    // After each change the app writes it at its next pass: one change, one file.
    let mut one = Vec::new();
    for i in 0..30 {
        vault.journal()?.add(draft(rng, i), Utc::now())?;
        let t = Instant::now();
        vault.sync_now(Utc::now(), &mut |_| {})?;
        one.push(ms(t.elapsed()));
    }
    print("sync_pass_one_change_p50_ms", percentile(&mut one, 0.5), "ms");

    // A second computer joins: its first pass reads and applies every change.
    let weak = KdfWorkFactor::insecure_for_tests(4).expect("4 is a work factor");
    let (mut desk, _) = Vault::create(&tmp.join("desk"), &Passphrase::new("desk".into()), weak, Utc::now())?;
    let words = desk.sync_join(&folder, "Bench desk")?;
    let status = vault.sync_status()?.context("the laptop syncs")?;
    let asking = status
        .computers
        .iter()
        .find(|c| c.state == trellis_core::ComputerState::AsksToJoin)
        .context("the desk asks to join")?;
    vault.sync_approve(&asking.id, &words)?;
    let t = Instant::now();
    let joined = desk.sync_now(Utc::now(), &mut |_| {})?;
    print("sync_first_join_ms", ms(t.elapsed()), "ms");
    print("sync_first_join_changes", joined.received as f64, "changes");

    // 10,000 entries written on the desk, applied here.
    let items: Vec<_> = (0..10_000).map(|i| (draft(rng, i), Utc::now())).collect();
    desk.journal()?.add_many(items)?;
    desk.sync_now(Utc::now(), &mut |_| {})?;
    let t = Instant::now();
    let applied = vault.sync_now(Utc::now(), &mut |_| {})?;
    print("sync_apply_10k_ms", ms(t.elapsed()), "ms");
    print("sync_apply_10k_changes", applied.received as f64, "changes");
    Ok(())
}

/// The bytes and the number of files under `dir`.
fn folder_size(dir: &std::path::Path) -> Result<(u64, u64)> {
    let (mut bytes, mut files) = (0, 0);
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            let (b, f) = folder_size(&entry.path())?;
            bytes += b;
            files += f;
        } else {
            bytes += entry.metadata()?.len();
            files += 1;
        }
    }
    Ok((bytes, files))
}

/// Snapshots, the portable backup, the Markdown export and a jrnl import of every entry.
fn backup_figures(vault: &mut Vault, args: &Args, tmp: &std::path::Path) -> Result<()> {
    let runs = args.runs.min(3);
    let timed = |name: &str, f: &mut dyn FnMut(usize) -> Result<()>| -> Result<()> {
        let mut samples = Vec::new();
        for i in 0..runs {
            let t = Instant::now();
            f(i)?;
            samples.push(ms(t.elapsed()));
        }
        print(name, percentile(&mut samples, 0.5), "ms");
        Ok(())
    };
    let now = Utc::now();
    timed("snapshot_ms", &mut |i| {
        vault.snapshot(&tmp.join("snapshots"), 10, now + Days::seconds(i as i64))?;
        Ok(())
    })?;
    // At the default work factor, as a person makes one: the KDF is about a second of it.
    timed("backup_age_ms", &mut |i| {
        let pass = Passphrase::new("bench backup passphrase".into());
        vault.write_backup(&tmp.join(format!("backup-{i}.age")), &pass, KdfWorkFactor::DEFAULT, now)?;
        Ok(())
    })?;
    timed("export_md_ms", &mut |i| {
        vault.export_markdown(&tmp.join(format!("md-{i}")), now, "en", &mut |_, _| {})?;
        Ok(())
    })?;
    // A jrnl export of every entry, imported into an empty vault (made with a weak KDF, ~1 ms).
    let doc = vault.document(now)?;
    let entries: Vec<serde_json::Value> = doc
        .entries
        .iter()
        .map(|v| {
            let e = &v.current;
            serde_json::json!({
                "title": e.title, "body": e.body, "date": e.created_at.format("%Y-%m-%d").to_string(),
                "time": e.created_at.format("%H:%M").to_string(),
                "tags": e.tags.iter().map(|t| format!("@{t}")).collect::<Vec<_>>(), "starred": false,
            })
        })
        .collect();
    let jrnl = tmp.join("jrnl.json");
    std::fs::write(&jrnl, serde_json::to_vec(&serde_json::json!({ "tags": {}, "entries": entries }))?)?;
    let weak = KdfWorkFactor::insecure_for_tests(4).expect("4 is a work factor");
    timed("import_jrnl_ms", &mut |i| {
        let dir = tmp.join(format!("import-{i}"));
        let (mut fresh, _) = Vault::create(&dir, &Passphrase::new("import".into()), weak, now)?;
        std::hint::black_box(fresh.import(trellis_core::backup::Source::Jrnl, &jrnl, None, &Utc)?);
        Ok(())
    })?;
    Ok(())
}

/// Generates the boundaries (each edited ten times, with a moment logged) and the worksheets
/// (eight areas filled in each); returns their ids.
fn tools(
    vault: &mut Vault,
    rng: &mut Lcg,
    args: &Args,
    now: DateTime<Utc>,
) -> Result<(Vec<BoundaryId>, Vec<WorksheetId>)> {
    let categories: Vec<&str> = library::boundary_categories().iter().map(|c| c.id.as_str()).collect();
    let sentence = |rng: &mut Lcg, n: usize| (0..n).map(|_| rng.word()).collect::<Vec<_>>().join(" ");
    let mut boundary_ids = Vec::with_capacity(args.boundaries);
    let mut bs = vault.boundaries()?;
    for i in 0..args.boundaries {
        let mut draft = BoundaryDraft {
            text: sentence(rng, 12),
            whose: [Whose::Mine, Whose::Partners, Whose::Ours][i % 3],
            category: categories[i % categories.len()].to_owned(),
            why: sentence(rng, 30),
            if_crossed: sentence(rng, 20),
            status: BoundaryStatus::Draft,
            review_on: Some(now.date_naive() + Days::days((i % 60) as i64 - 30)),
        };
        let b = bs.add(draft.clone(), sentence(rng, 8), now)?;
        for v in 0..10 {
            draft.text = format!("{} {v}", sentence(rng, 12));
            draft.status = [BoundaryStatus::Discussed, BoundaryStatus::Agreed][v % 2];
            bs.edit(b.id, draft.clone(), sentence(rng, 8), None, now)?;
        }
        let on = now.date_naive() - Days::days((i % 80) as i64);
        bs.log(b.id, Moment { on, kind: MomentKind::Crossed, note: sentence(rng, 6) }, now)?;
        boundary_ids.push(b.id);
    }
    let areas: Vec<&str> = library::worksheet_areas().iter().map(|a| a.id.as_str()).collect();
    let mut worksheet_ids = Vec::with_capacity(args.worksheets);
    let mut ws = vault.worksheets()?;
    for i in 0..args.worksheets {
        let w = ws.new_sheet(format!("Worksheet {i}"), now.date_naive(), now)?;
        for area in areas.iter().skip(i % 3).take(8) {
            let answer = AreaAnswer {
                area: (*area).to_owned(),
                mine: sentence(rng, 25),
                theirs: sentence(rng, 25),
                middle: sentence(rng, 20),
                ..AreaAnswer::default()
            };
            ws.fill(w.id, answer, None, now)?;
        }
        worksheet_ids.push(w.id);
    }
    Ok((boundary_ids, worksheet_ids))
}

/// Times the PDFs: the first document of the process (fonts parsed, nothing memoised yet),
/// then warm medians of the blank and a filled worksheet and a packet of 50 entries.
fn pdf_figures(vault: &mut Vault, worksheet_ids: &[WorksheetId], now: DateTime<Utc>) -> Result<()> {
    use trellis_print::{choose_entries, typeset, Document, PacketChoice, Paper};
    let today = now.date_naive();
    let pdf = |doc: &Document| -> Result<usize> { Ok(typeset(doc, Paper::A4, today)?.pdf()?.len()) };
    let t = Instant::now();
    std::hint::black_box(pdf(&Document::worksheet_blank("en"))?);
    print("pdf_first_render_ms", ms(t.elapsed()), "ms");
    let warm = |name: &str, doc: &Document| -> Result<()> {
        let mut samples = Vec::new();
        for _ in 0..9 {
            let t = Instant::now();
            std::hint::black_box(pdf(doc)?);
            samples.push(ms(t.elapsed()));
        }
        print(name, percentile(&mut samples, 0.5), "ms");
        Ok(())
    };
    warm("pdf_worksheet_blank_ms", &Document::worksheet_blank("en"))?;
    if let Some(id) = worksheet_ids.first() {
        warm("pdf_worksheet_filled_ms", &Document::worksheet(&vault.worksheets()?.get(*id)?, "en"))?;
    }
    let entries: Vec<_> = vault
        .journal()?
        .list(0, 50)?
        .into_iter()
        .filter_map(|row| match row {
            trellis_core::Listed::Entry(e) => Some(e.id),
            trellis_core::Listed::Damaged { .. } => None,
        })
        .collect();
    if entries.len() == 50 {
        let choice = PacketChoice { entries, ..PacketChoice::default() };
        let zone = chrono::FixedOffset::east_opt(0).context("UTC")?;
        let packet = choose_entries(vault, &choice, zone, today)?;
        warm("pdf_packet_50_entries_ms", &Document::packet(&packet, today, "en"))?;
    }
    Ok(())
}

/// Reads the peak resident set size (VmHWM) of this process.
fn peak_rss_mb() -> Option<f64> {
    status_mb("VmHWM:")
}

/// Reads one of the sizes in kB in /proc/self/status, in MiB.
fn status_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
