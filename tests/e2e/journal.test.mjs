// The app as a person uses it, in a real window: create a vault, write an entry with a tag
// and a mood, search, lock, a wrong passphrase, unlock, auto-lock, recovery. A screenshot of
// each screen goes to tests/e2e/output; axe-core checks each screen; afterwards the typed
// texts must appear in no file of the vault folder.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { Session, Keys, sleep } from "./webdriver.mjs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { APP, VAULT, axe, buttonNamed, cancelPrintDialog, clipboardText, emulatePrint, filesBelow, scan, shot, shotSizes, typeIn, waitForExit, waitForPrintDialog } from "./helpers.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

const PASS = "harbor maple quietly seventeen";
const WRONG = "harbor maple quietly sixteen";
const NEW_PASS = "lantern orchard winter river";
const TITLE = "zqtitle walk by the river";
const BODY = "We zqbody talked about the weekend and I felt calmer afterwards.";
const TAG = "zqtag-calm";
const CLOSE_TEXT = "zqclose words typed just before the window closed";

let s;
after(async () => {
  await s?.quit();
});

const input = (css, text) => typeIn(s, css, text);
const button = (text) => buttonNamed(s, text);

const isSaved = { check: async (el) => (await s.text(el)) === "Saved", timeout: 10_000 };

/** Waits until the list of entries shows an entry titled `title` (anywhere in the list). */
async function waitForListed(title) {
  await s.waitFor("[data-testid=entry-list]", {
    check: async () => (await s.exec("return [...document.querySelectorAll('[data-testid=entry-list] .title')].map((e) => e.textContent)")).includes(title),
  });
}

/** Sets a field's text the way typing does (one input event), line breaks included. */
async function setText(css, text) {
  await s.exec(`const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event("input", { bubbles: true }));`, [css, text]);
}

test("create, write, search, lock, unlock, auto-lock, recover", { timeout: 420_000 }, async () => {
  assert.ok(VAULT, "run through tests/e2e/run.sh, which sets TRELLIS_VAULT");
  s = await Session.start(APP);
  assert.equal(await s.title(), "Trellis");

  // First run: the cursor is in the first field. A weak passphrase is refused and the screen
  // says what is missing, in its own words; the bar shows something even for "Very weak".
  await s.waitFor("#new-passphrase");
  assert.equal(await s.exec("return document.activeElement.id"), "new-passphrase", "the cursor starts in the first field");
  await input("#new-passphrase", "password");
  await input("#repeat-passphrase", "password");
  assert.equal(await s.enabled(await button("Create my journal")), false, "a weak passphrase cannot be used");
  await s.waitFor("[data-testid=passphrase-missing]", { check: async (el) => /Add another word or two/.test(await s.text(el)) });
  assert.ok((await s.findAll("[data-testid=strength-bar] span.on")).length >= 1, "very weak still lights the bar");
  assert.doesNotMatch(await s.exec("return document.body.innerText"), /capitali[sz]e/i, "no tip against the few-words advice");
  await s.click(await s.find("#new-passphrase + button"));
  assert.equal(await s.exec("return document.getElementById('new-passphrase').type"), "text", "Show shows the passphrase");
  await shotSizes(s, "01a-create-weak");
  await s.click(await s.find("#new-passphrase + button"));
  assert.equal(await s.exec("return document.getElementById('new-passphrase').type"), "password");
  await input("#new-passphrase", PASS);
  await input("#repeat-passphrase", PASS);
  await shotSizes(s, "01-create-vault");
  await axe(s, "create-vault");
  await s.click(await button("Create my journal"));

  // The recovery code, in groups of four to six characters, without its fixed prefix.
  const codeField = await s.waitFor("[data-testid=recovery-code]");
  const shownCode = (await s.value(codeField)).trim();
  const recoveryCode = shownCode.replace(/\s+/g, "");
  assert.match(recoveryCode, /^[0-9A-Z]{58}$/);
  const groups = shownCode.split(/\s+/);
  assert.ok(groups.length > 5 && groups.every((g) => g.length >= 4 && g.length <= 6), `groups: ${groups.map((g) => g.length)}`);
  // Copy puts the code on the desktop's clipboard (the shell copies it, marked to be left out
  // of clipboard history); the lock further down takes it off again.
  await s.click(await button("Copy"));
  await s.waitFor(".recovery [role=status]", { check: async (el) => (await s.text(el)).length > 0 });
  const copyNote = await s.text(await s.find(".recovery [role=status]"));
  assert.match(copyNote, /Copied/, `Copy worked in the webview: ${copyNote}`);
  assert.equal(clipboardText(), recoveryCode, "the clipboard holds the code, without the spaces");
  await shotSizes(s, "02-recovery-code");
  await axe(s, "recovery-code");
  // On paper: only the card with the code, no "Safety & help" and no buttons.
  const printedCode = await emulatePrint(s, "02b-recovery-code-print");
  assert.ok(printedCode.hidden.includes("safety-help"), `Safety & help is not printed: ${JSON.stringify(printedCode)}`);
  assert.equal(await s.enabled(await button("Continue")), false, "must confirm first");
  await s.click(await s.find("input[type=checkbox]"));
  await s.click(await button("Continue"));

  // Write an entry with a tag and a mood; autosave shows "Saved".
  await s.click(await button("New entry"));
  await input("#entry-title", TITLE);
  await s.click(await s.waitFor('button[aria-label^="Mood 4 of 5"]'));
  await input("#tag-input", TAG + Keys.ENTER);
  await input("#entry-body", BODY);
  await s.waitFor("[data-testid=save-state]", isSaved);
  await waitForListed(TITLE);
  await shotSizes(s, "03-journal-entry");
  await axe(s, "journal");

  // Lines stay lines in the preview; the list shows plain text, not Markdown marks.
  await s.click(await button("New entry"));
  await input("#entry-title", "zqlines");
  await setText("#entry-body", "Woke up **early**.\nCalled her.\nFelt better.");
  await s.waitFor("[data-testid=save-state]", isSaved);
  const listLines = () => s.exec("return [...document.querySelectorAll('[data-testid=entry-list] .first')].map((e) => e.textContent)");
  for (let i = 0; i < 50 && !(await listLines()).includes("Woke up early."); i++) await sleep(200);
  assert.ok((await listLines()).includes("Woke up early."), `the list line is plain text: ${JSON.stringify(await listLines())} ${await s.exec("return document.getElementById('entry-body')?.value")}`);
  await s.click(await button("Preview"));
  await s.waitFor(".preview br");
  assert.equal((await s.findAll(".preview br")).length, 2, "two line breaks kept");
  await shotSizes(s, "03a-preview-line-breaks");

  // Printing one entry: the system's print dialog opens over the window, with only the entry
  // on the page while it is open; Escape closes it and the app is as it was.
  // Clicked from inside the page: a WebDriver click waits for the page to settle, and the
  // dialog it opens holds the window until it closes.
  await s.exec(`document.querySelector("[data-testid=entry-print]").click()`);
  const dialogTitle = waitForPrintDialog();
  const printed = await s.exec(`return { body: document.body.className, text: document.querySelector("[data-testid=print-entry]")?.innerText ?? "" }`);
  assert.match(printed.body, /printing-entry/, `the page is laid out for paper while the dialog "${dialogTitle}" is open`);
  for (const t of ["zqlines", "Woke up early.", "Felt better."]) assert.ok(printed.text.includes(t), `printed page has ${t}: ${printed.text}`);
  const printedEntry = await emulatePrint(s, "03c-print-entry");
  assert.deepEqual(printedEntry.shown, ["print-entry"], `only the entry is printed: ${JSON.stringify(printedEntry)}`);
  cancelPrintDialog();
  await s.waitFor("[data-testid=entry-print]", { check: async () => (await s.exec("return document.body.className")) === "" });
  assert.equal((await s.findAll("[data-testid=entry-printed]")).length, 0, "a cancelled print says nothing");

  // The next new entry opens in Write mode, ready to type, although the last was in Preview.
  await s.click(await button("New entry"));
  await s.waitFor("#entry-body");
  assert.equal(await s.exec("return document.activeElement.id"), "entry-title");
  await shotSizes(s, "03b-new-entry-after-preview");

  // Search as you type finds it, with the hit highlighted. A pressed tag chip shows as paused
  // while the search runs over every entry, and is pressed again once the search is cleared.
  const chip = await s.waitFor(`.chip`, { check: async (el) => (await s.text(el)).startsWith("#" + TAG) });
  await s.click(chip);
  await s.waitFor(".chip[aria-pressed=true]");
  await input("#search", "river");
  const hit = await s.waitFor("[data-testid=search-results] mark");
  assert.equal((await s.text(hit)).toLowerCase(), "river");
  await s.waitFor("[data-testid=tag-paused]");
  assert.equal((await s.findAll(".chip[aria-pressed=true]")).length, 0, "the chip does not look pressed while searching");
  await shotSizes(s, "04-search");
  await axe(s, "search");
  await setText("#search", "");
  await s.waitGone("[data-testid=tag-paused]");
  await s.waitFor(".chip[aria-pressed=true]");
  await s.click(await s.find(".chip[aria-pressed=true]"));
  await s.waitGone(".chip[aria-pressed=true]");

  // Delete: the focus moves to the next entry, and the undo notice goes by itself.
  await s.click(await button("New entry"));
  await input("#entry-title", "zqdelete");
  await s.waitFor("[data-testid=save-state]", isSaved);
  await s.click(await button("Delete…"));
  await s.click(await button("Delete"));
  await s.waitFor("[data-testid=undo-delete]");
  const focused = await s.exec("const a = document.activeElement; return a.matches('[data-testid=entry-list] button.row') ? a.querySelector('.title').textContent : a.tagName + '#' + a.id");
  assert.equal(focused, "zqlines", "the focus is on the entry after the deleted one");
  await shotSizes(s, "04b-deleted-undo");
  await s.waitGone("[data-testid=undo-delete]", 12_000);

  // Lock with Ctrl+L; everything decrypted leaves the page.
  await s.keys(Keys.CONTROL + "l");
  await s.waitFor("#passphrase");
  assert.notEqual(clipboardText(), recoveryCode, "the lock took the recovery code off the clipboard");
  const page = await s.exec("return document.body.innerText");
  assert.ok(!page.includes("zqtitle") && !page.includes("zqbody"), "nothing decrypted stays on screen");
  await axe(s, "unlock");
  await shotSizes(s, "05a-unlock");

  // A wrong passphrase says so calmly and keeps the field.
  await input("#passphrase", WRONG);
  await s.click(await button("Unlock"));
  const err = await s.waitFor("[data-testid=unlock-error]");
  assert.match(await s.text(err), /didn't open your journal/);
  assert.equal(await s.value(await s.find("#passphrase")), WRONG, "the typed passphrase stays for correcting");
  await shotSizes(s, "05-wrong-passphrase");

  // The right one opens the vault, and the entry is there.
  await input("#passphrase", PASS);
  await s.click(await button("Unlock"));
  await waitForListed(TITLE);

  // Mood chart and settings screens.
  await s.click(await button("Mood"));
  await s.waitFor("canvas");
  await sleep(600);
  await shotSizes(s, "06-mood-30");
  await axe(s, "mood");
  for (const days of [90, 365]) {
    await s.click(await button(`${days} days`));
    await sleep(600);
    await shotSizes(s, `06-mood-${days}`);
  }
  await s.click(await button("Settings"));
  await s.waitFor("#auto-lock");
  await shotSizes(s, "07-settings");
  await axe(s, "settings");
  // A time out of range is said plainly, with the range, and nothing is saved.
  for (const bad of ["0", "9999"]) {
    await input("#auto-lock", bad);
    await s.click(await button("Save"));
    await s.waitFor("[data-testid=auto-lock-message][role=alert]", { check: async (el) => /from 1 to 1440/.test(await s.text(el)) });
  }
  assert.equal(await s.exec("return document.getElementById('auto-lock').getAttribute('aria-invalid')"), "true");
  await shot(s, "07b-settings-auto-lock-range");
  await input("#auto-lock", "5");
  await s.waitGone("[data-testid=auto-lock-message]", 3_000);
  await s.click(await button("Journal"));

  // Auto-lock: the test build locks after a short idle time (TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS).
  const idleStart = Date.now();
  await s.waitFor("#passphrase", { timeout: 60_000 });
  const idleSeconds = (Date.now() - idleStart) / 1000;
  assert.ok(idleSeconds > 5, `locked after ${idleSeconds}s of idle, not at once`);
  await shot(s, "08-auto-locked");
  const reason = await s.exec("return document.body.innerText");
  assert.match(reason, /locked itself after a quiet while/);

  // Forgot passphrase: recovery with the code sets a new one and opens the vault.
  await s.click(await button("Forgot passphrase?"));
  await s.waitFor("#recovery-input");
  assert.equal(await s.exec("return document.activeElement.id"), "recovery-input", "the cursor starts in the code field");
  // A wrong code says so; editing the code takes the message away at once.
  await input("#recovery-input", "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ");
  await input("#recover-passphrase", NEW_PASS);
  await input("#recover-repeat", NEW_PASS);
  await s.click(await button("Recover and unlock"));
  await s.waitFor("form [role=alert]");
  await shotSizes(s, "09a-recover-wrong-code");
  await s.type(await s.find("#recovery-input"), "Q");
  await s.waitGone("form [role=alert]", 3_000);
  // The code as shown, in groups and in lower case, is accepted.
  await input("#recovery-input", shownCode.toLowerCase());
  await input("#recover-passphrase", NEW_PASS);
  await input("#recover-repeat", NEW_PASS);
  assert.ok(await s.exec("const t = document.getElementById('recovery-input'); return t.scrollHeight <= t.clientHeight + 1"), "the whole code fits in the field");
  await shotSizes(s, "09-recover");
  await axe(s, "recover");
  await s.click(await button("Recover and unlock"));
  await waitForListed(TITLE);
  await shot(s, "10-recovered");

  // Start from a prompt: the prompt shows above the editor.
  await s.click(await button("Start from a prompt"));
  const firstPrompt = await s.waitFor("dialog .prompt");
  const promptText = await s.text(firstPrompt);
  await shotSizes(s, "11-prompts");
  await axe(s, "prompts");
  await s.click(firstPrompt);
  const shown = await s.waitFor("aside.prompt .ptext");
  assert.equal(await s.text(shown), promptText);


  // Nothing lost if the window closes mid-edit: type, close at once, reopen, find it.
  const body = await s.waitFor("#entry-body");
  await s.type(body, CLOSE_TEXT);
  const closed = execFileSync("/usr/bin/python3", [path.join(HERE, "close-window.py")], { encoding: "utf8" }).trim();
  assert.equal(closed, "1", "one Trellis window asked to close");
  await waitForExit();
  await s.quit();
  s = await Session.start(APP);
  await input("#passphrase", NEW_PASS);
  await s.click(await button("Unlock"));
  await s.waitFor("[data-testid=entry-list] .title");
  await input("#search", "zqclose");
  const mark = await s.waitFor("[data-testid=search-results] mark", { timeout: 10_000 });
  assert.equal((await s.text(mark)).toLowerCase(), "zqclose");

  await s.keys(Keys.CONTROL + "l");
  await s.waitFor("#passphrase");
  await s.quit();
  s = null;

  // Nothing typed reached any file of the vault folder, nor the webview's own folders.
  const canaries = ["zqtitle", "zqbody", "zqclose", TAG, PASS, NEW_PASS, recoveryCode];
  const folders = [VAULT, process.env.XDG_DATA_HOME, process.env.XDG_CACHE_HOME, process.env.XDG_CONFIG_HOME];
  const webview = folders.slice(1).filter(Boolean).flatMap((d) => filesBelow(d));
  assert.ok(webview.length > 0, "the webview's folders are part of the scan");
  const hits = folders.filter(Boolean).flatMap((d) => scan(d, canaries));
  assert.deepEqual(hits, [], "plaintext found on disk");
});
