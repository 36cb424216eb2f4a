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
import { APP, VAULT, axe, buttonNamed, filesBelow, scan, shot, typeIn } from "./helpers.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Waits until no trellis-app process of this run is left (the close request was honoured).
 *  Another e2e run may have its own app open at the same time: only processes started with
 *  this run's WORK folder count. */
async function waitForExit(timeout = 10_000) {
  const deadline = Date.now() + timeout;
  const mine = (pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`WORK=${process.env.WORK}`);
    } catch {
      return false;
    }
  };
  for (;;) {
    const pids = execFileSync("sh", ["-c", "pgrep -x trellis-app || true"], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
    if (!pids.some(mine)) return;
    if (Date.now() > deadline) throw new Error("the app did not exit after the close request");
    await sleep(100);
  }
}

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

test("create, write, search, lock, unlock, auto-lock, recover", { timeout: 240_000 }, async () => {
  assert.ok(VAULT, "run through tests/e2e/run.sh, which sets TRELLIS_VAULT");
  s = await Session.start(APP);
  assert.equal(await s.title(), "Trellis");

  // First run: a weak passphrase is refused, a strong one creates the vault.
  await input("#new-passphrase", "password");
  await input("#repeat-passphrase", "password");
  assert.equal(await s.enabled(await button("Create my vault")), false, "a weak passphrase cannot be used");
  await input("#new-passphrase", PASS);
  await input("#repeat-passphrase", PASS);
  await shot(s, "01-create-vault");
  await axe(s, "create-vault");
  await s.click(await button("Create my vault"));

  const codeField = await s.waitFor("[data-testid=recovery-code]");
  const recoveryCode = await s.value(codeField);
  assert.match(recoveryCode, /^AGE-SECRET-KEY-1[0-9A-Z]+$/);
  await shot(s, "02-recovery-code");
  await axe(s, "recovery-code");
  assert.equal(await s.enabled(await button("Continue")), false, "must confirm first");
  await s.click(await s.find("input[type=checkbox]"));
  await s.click(await button("Continue"));

  // Write an entry with a tag and a mood; autosave shows "Saved".
  await s.click(await button("New entry"));
  await input("#entry-title", TITLE);
  await s.click(await s.waitFor('button[aria-label^="Mood 4 of 5"]'));
  await input("#tag-input", TAG + Keys.ENTER);
  await input("#entry-body", BODY);
  await s.waitFor("[data-testid=save-state]", { check: async (el) => (await s.text(el)) === "Saved", timeout: 10_000 });
  const listed = await s.waitFor("[data-testid=entry-list] .title", { check: async (el) => (await s.text(el)) === TITLE });
  assert.ok(listed);
  await shot(s, "03-journal-entry");
  await axe(s, "journal");

  // Search as you type finds it, with the hit highlighted.
  await input("#search", "river");
  const hit = await s.waitFor("[data-testid=search-results] mark");
  assert.equal((await s.text(hit)).toLowerCase(), "river");
  await shot(s, "04-search");
  await axe(s, "search");

  // Lock with Ctrl+L; everything decrypted leaves the page.
  await s.keys(Keys.CONTROL + "l");
  await s.waitFor("#passphrase");
  const page = await s.exec("return document.body.innerText");
  assert.ok(!page.includes("zqtitle") && !page.includes("zqbody"), "nothing decrypted stays on screen");
  await axe(s, "unlock");

  // A wrong passphrase says so calmly and keeps the field.
  await input("#passphrase", WRONG);
  await s.click(await button("Unlock"));
  const err = await s.waitFor("[data-testid=unlock-error]");
  assert.match(await s.text(err), /didn't open the vault/);
  assert.equal(await s.value(await s.find("#passphrase")), WRONG, "the typed passphrase stays for correcting");
  await shot(s, "05-wrong-passphrase");

  // The right one opens the vault, and the entry is there.
  await input("#passphrase", PASS);
  await s.click(await button("Unlock"));
  await s.waitFor("[data-testid=entry-list] .title", { check: async (el) => (await s.text(el)) === TITLE });

  // Mood chart and settings screens.
  await s.click(await button("Mood"));
  await s.waitFor("canvas");
  await sleep(600);
  await shot(s, "06-mood");
  await axe(s, "mood");
  await s.click(await button("Settings"));
  await s.waitFor("#auto-lock");
  await shot(s, "07-settings");
  await axe(s, "settings");
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
  await input("#recovery-input", recoveryCode.toLowerCase());
  await input("#recover-passphrase", NEW_PASS);
  await input("#recover-repeat", NEW_PASS);
  await shot(s, "09-recover");
  await axe(s, "recover");
  await s.click(await button("Recover and unlock"));
  await s.waitFor("[data-testid=entry-list] .title", { check: async (el) => (await s.text(el)) === TITLE });
  await shot(s, "10-recovered");

  // Start from a prompt: the prompt shows above the editor.
  await s.click(await button("Start from a prompt"));
  const firstPrompt = await s.waitFor("dialog .prompt");
  const promptText = await s.text(firstPrompt);
  await shot(s, "11-prompts");
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
  const saved = await s.waitFor("[data-testid=search-results] mark", { timeout: 10_000 });
  assert.equal((await s.text(saved)).toLowerCase(), "zqclose");

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
