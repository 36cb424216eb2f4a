// Settings → Backup & export in a real window: take a snapshot and see it listed, check it
// with the passphrase (a wrong one first), restore it into a new folder, make a .age backup
// file with a passphrase of its own, export Markdown files and JSON, import a jrnl file and see
// its entries in the journal, import it again ("already here"), import a broken one (the error
// names the entry and the field; nothing added), and import the .age backup with its
// passphrase. The system's file dialog cannot be driven over WebDriver: the debug app takes
// the paths it would have asked for from the file in TRELLIS_CHOOSE_PATH_FOR_TESTS (run.sh).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Session } from "./webdriver.mjs";
import { APP, OUT, ROOT, SIZES, axe, buttonNamed, createVault, filesBelow, layoutProblems, scan, setSize, shot, typeIn } from "./helpers.mjs";

const PASS = "birch lantern quietly eighty";
const BACKUP_PASS = "otter canvas meadow forty";
const WORK = process.env.WORK || OUT;
const DIR = path.join(WORK, "vault-backup");
const FILES = path.join(WORK, "backup-files");
const CHOOSE = process.env.TRELLIS_CHOOSE_PATH_FOR_TESTS;
const FIXTURES = path.join(ROOT, "crates/trellis-core/tests/fixtures/import");
const ENTRIES = [
  ["zqbackup first title", "zqbackup first body, written before the snapshot."],
  ["zqbackup second title", "zqbackup second body, about a calm talk."],
];
const JRNL_TITLES = ["Evening walk", "A hard day", "Quiet morning"];

let s;
after(async () => {
  await s?.quit();
});

const button = (text) => buttonNamed(s, text);

/** Answers the next file dialog with `p` (as if the person had chosen it there). */
function choose(p) {
  fs.writeFileSync(CHOOSE, `${p}\n`);
}

/** Waits for the element `css` to show text matching `re`, and returns the text. */
async function waitForText(css, re, timeout = 30_000) {
  const el = await s.waitFor(css, { timeout, check: async (e) => re.test(await s.text(e)) });
  return s.text(el);
}

/** Waits until the keyboard is on the element with this id (each step moves it to what it shows). */
async function waitForFocus(id) {
  await s.waitFor(`#${id}`, { timeout: 5_000, check: async () => (await s.exec("return document.activeElement?.id")) === id });
}

async function listedTitles() {
  return s.exec("return [...document.querySelectorAll('[data-testid=entry-list] .title')].map((e) => e.textContent.trim())");
}

async function waitForListed(titles) {
  await s.waitFor("[data-testid=entry-list]", {
    check: async () => {
      const shown = await listedTitles();
      return titles.every((t) => shown.includes(t));
    },
  });
}

async function settings() {
  await s.click(await button("Settings"));
  await s.waitFor("[data-testid=backup-settings] [data-testid=snapshot-folder]");
}

/** Screenshots the part of the section `css` names at each window size, after scrolling it
 *  to the top, and checks the layout there. */
async function shotPart(css, name) {
  const problems = [];
  for (const [w, h] of SIZES) {
    await setSize(s, w, h);
    await s.exec("document.querySelector(arguments[0]).scrollIntoView({ block: 'start' })", [css]);
    await shot(s, `${name}-${w}x${h}`);
    for (const p of await layoutProblems(s)) problems.push(`${w}x${h}: ${p}`);
  }
  assert.deepEqual(problems, [], `layout of ${name}`);
}

/** Chooses `file` to import: with "Choose a file to import…", or "Choose another file…" when a
 *  file that did not import is still chosen. */
async function importFile(file) {
  choose(file);
  const another = await s.findAll("[data-testid=import] form button.quiet");
  await s.click(another.length ? another[0] : await button("Choose a file to import…"));
  await waitForText("[data-testid=import] form p", new RegExp(`File: ${path.basename(file).replaceAll(".", "\\.")}$`));
}

test("snapshots, a backup file, a readable copy and import, from Settings", { timeout: 300_000 }, async () => {
  assert.ok(CHOOSE, "run through tests/e2e/run.sh, which sets TRELLIS_CHOOSE_PATH_FOR_TESTS");
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.rmSync(FILES, { recursive: true, force: true });
  fs.mkdirSync(FILES, { recursive: true });
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await createVault(s, PASS);

  for (const [title, body] of ENTRIES) {
    await s.click(await button("New entry"));
    await typeIn(s, "#entry-title", title);
    await typeIn(s, "#entry-body", body);
    await s.waitFor("[data-testid=save-state]", { check: async (el) => (await s.text(el)) === "Saved", timeout: 10_000 });
  }
  await waitForListed(ENTRIES.map(([t]) => t));

  // Snapshots: the folder, and a snapshot taken now joins the list.
  await settings();
  const folder = await s.text(await s.find("[data-testid=snapshot-folder]"));
  assert.ok(folder.startsWith(DIR), `the usual folder is next to the vault: ${folder}`);
  await s.click(await s.find("[data-testid=snapshot-now]"));
  await waitForText("[data-testid=snapshots] > [role=status]", /^Snapshot taken: .+, \d/);
  assert.doesNotMatch(await s.text(await s.find("[data-testid=last-snapshot]")), /None yet/);
  const listed = (await s.findAll("[data-testid=snapshot-list] > li")).length;
  assert.ok(listed >= 1, "the snapshot is listed");
  assert.ok(fs.readdirSync(folder).length >= listed, "and it is in the folder");
  await shotPart("[data-testid=backup-settings]", "60-backup-snapshots");

  // Check: a wrong passphrase is said calmly; the right one reads every record.
  await s.click(await button("Check"));
  await waitForFocus("check-pass-0");
  await typeIn(s, "#check-pass-0", "not the passphrase at all");
  await s.click(await button("Check it"));
  await waitForText("[data-testid=check-result]", /does not open this snapshot/);
  await typeIn(s, "#check-pass-0", PASS);
  await s.click(await button("Check it"));
  const checked = await waitForText("[data-testid=check-result]", /^All \d+ records read/);
  assert.ok(Number(checked.match(/\d+/)[0]) >= ENTRIES.length, checked);
  await shotPart("[data-testid=snapshot-list]", "61-backup-check");

  // Restore: into a new folder, never over the vault; then a folder in use is refused.
  const restored = path.join(FILES, "restored");
  await s.click(await button("Restore…"));
  await s.waitFor("[data-testid=restore-panel]");
  choose(restored);
  await s.click(await button("Choose a new folder and restore"));
  const restoreText = await waitForText("[data-testid=restore-result]", /restored into/);
  assert.match(restoreText, /--vault/, "says how to open the copy");
  assert.ok(fs.readdirSync(restored).length > 0, "the copy is in the new folder");
  choose(FILES);
  await s.click(await button("Choose a new folder and restore"));
  await waitForText("[data-testid=restore-result]", /not empty/);

  // A backup file with a passphrase of its own: a standard age file.
  const age = path.join(FILES, "trellis-backup.age");
  choose(age);
  await s.click(await button("Make a backup file…"));
  await waitForFocus("backup-pass");
  await typeIn(s, "#backup-pass", BACKUP_PASS);
  await typeIn(s, "#backup-pass-repeat", BACKUP_PASS);
  await shotPart("[data-testid=backup-file]", "62-backup-file-form");
  await s.click(await button("Make the backup file"));
  const made = await waitForText("[data-testid=backup-result]", /backup file is saved/);
  assert.match(made, /2 entries/);
  assert.equal(fs.readFileSync(age, "utf8").slice(0, 21), "age-encryption.org/v1", "an age file");

  // The readable copy: Markdown files in a new folder, and one JSON file.
  const md = path.join(FILES, "markdown");
  choose(md);
  await s.click(await button("Export as Markdown files…"));
  await waitForText("[data-testid=export-result]", /as Markdown files into/);
  const mdFiles = filesBelow(md).filter((f) => f.endsWith(".md"));
  assert.ok(mdFiles.length >= ENTRIES.length, `Markdown files: ${mdFiles}`);
  assert.ok(mdFiles.some((f) => fs.readFileSync(f, "utf8").includes(ENTRIES[0][1])), "the entry's words are in a file");
  const json = path.join(FILES, "export.json");
  choose(json);
  await s.click(await button("Export as JSON…"));
  await waitForText("[data-testid=export-result]", /as JSON to/);
  assert.ok(fs.readFileSync(json, "utf8").includes(ENTRIES[1][1]), "the JSON holds the entries");
  // The same file again is refused: Trellis never writes over a file.
  choose(json);
  await s.click(await button("Export as JSON…"));
  await waitForText("[data-testid=export-result]", /never writes over/);

  // Import from jrnl: the entries show in the journal.
  await importFile(path.join(FIXTURES, "jrnl.json"));
  await s.click(await button("Import"));
  assert.equal(await waitForText("[data-testid=import-result]", /^Imported/), "Imported 3 entries.");
  await s.click(await button("Journal"));
  await waitForListed(JRNL_TITLES);
  const count = (await listedTitles()).length;
  await settings();

  // Again: nothing twice.
  await importFile(path.join(FIXTURES, "jrnl.json"));
  await s.click(await button("Import"));
  await waitForText("[data-testid=import-result]", /All 3 entries were already here/);

  // A broken file: the message names the entry and the field, and nothing was imported.
  await importFile(path.join(FIXTURES, "fail_jrnl_bad_date.json"));
  await s.click(await button("Import"));
  const bad = await waitForText("[data-testid=import-result]", /nothing was imported/i);
  assert.match(bad, /entry 2\b/i);
  assert.match(bad, /date/);
  await shotPart("[data-testid=import]", "63-backup-import-error");

  // The .age backup asks for its passphrase, and is a Trellis backup.
  await importFile(age);
  await waitForFocus("import-pass");
  assert.equal(await s.exec("return document.querySelector('input[name=import-source]:checked').value"), "trellis");
  assert.equal(await s.enabled(await button("Import")), false, "needs the backup's passphrase");
  await typeIn(s, "#import-pass", BACKUP_PASS);
  await s.click(await button("Import"));
  await waitForText("[data-testid=import-result]", /Nothing new to import/);
  await shotPart("[data-testid=export]", "64-backup-export-import");
  await axe(s, "settings-backup");

  await s.click(await button("Journal"));
  await waitForListed(JRNL_TITLES);
  assert.equal((await listedTitles()).length, count, "the failed and repeated imports added nothing");

  // Snapshots are sealed like the vault: nothing written is readable in the vault folder.
  assert.deepEqual(scan(DIR, ENTRIES.flat().concat(JRNL_TITLES)), [], "no plaintext in the vault folder or its snapshots");
});
