// Safety in a real window: quick hide (Ctrl+Shift+H) with unsaved text saves it, locks, clears
// what Trellis copied and asks the desktop to minimise the window; the locked screen and the
// window title give nothing away; "Show the name as Notes" renames the window, before unlock
// too; the desktop's screen lock (a D-Bus signal on the test's own session bus) locks; and
// the Safety & help panel, checked with axe-core at each window size.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawn } from "node:child_process";
import { Session, Keys, sleep } from "./webdriver.mjs";
import { APP, OUT, ROOT, SIZES, TARGET, axe, buttonNamed, clipboardText, instanceNameOwned, setSize, shot, shotSizes, typeIn, waitForExit } from "./helpers.mjs";

const PASS = "willow harbour lantern ninety";
const SHIFT = "\uE008";
const DIR = path.join(process.env.WORK || OUT, "vault-safety");
const WINDOW_PY = path.join(ROOT, "tests/e2e/window.py");
const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|today|yesterday|ago\b/i;

let s;
after(async () => {
  await s?.quit();
});

/** The titles of the app's windows as the X display (a taskbar, a window switcher) shows them. */
function windowTitles() {
  return execFileSync("/usr/bin/python3", [WINDOW_PY, "titles"], { encoding: "utf8" }).split("\n").filter(Boolean);
}

/** Waits until every window of the app is titled `title`. */
async function waitForWindowTitle(title) {
  const deadline = Date.now() + 5_000;
  let seen = [];
  while (Date.now() < deadline) {
    seen = windowTitles();
    if (seen.length && seen.every((t) => t === title)) return;
    await sleep(100);
  }
  assert.fail(`window titles ${JSON.stringify(seen)}, expected "${title}"`);
}

/** Starts watching for a request to minimise a window; once it listens, returns `{ done }`,
 *  which resolves with the watcher's answer. (Not the promise itself: an async function
 *  returning a promise would wait for it.) */
async function watchMinimise(seconds = 10) {
  const child = spawn("/usr/bin/python3", [WINDOW_PY, "watch", String(seconds)], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const done = new Promise((resolve) => child.on("exit", (code) => resolve({ code, out })));
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (b) => {
      out += b;
      if (out.includes("ready")) resolve();
    });
    child.on("error", reject);
  });
  return { done };
}

async function unlock() {
  await typeIn(s, "#passphrase", PASS);
  await s.click(await buttonNamed(s, "Unlock"));
  await s.waitFor("nav[aria-label=Main]", { timeout: 30_000 });
}

async function vaultUnlocked() {
  return s.execAsync(`
    const done = arguments[0];
    window.__TAURI_INTERNALS__.invoke("vault_status").then((v) => done(v.unlocked), (e) => done(String(e)));`);
}

/** What the locked screen shows: it holds no count, no date and nothing written. */
async function assertLockedScreenGivesNothingAway(why) {
  const text = await s.exec("return document.body.innerText");
  assert.ok(!/\d/.test(text), `${why}: no number on the locked screen: ${JSON.stringify(text)}`);
  assert.ok(!MONTHS.test(text), `${why}: no date on the locked screen: ${JSON.stringify(text)}`);
  for (const t of windowTitles().concat(await s.exec("return document.title"))) {
    assert.ok(t === "Trellis" || t === "Notes", `${why}: the window title is only the name: ${t}`);
  }
}

test("quick hide: saves unsaved text, locks, clears the clipboard, minimises; nothing given away", { timeout: 240_000 }, async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await waitForWindowTitle("Trellis");

  // First run. The recovery code is copied, so Trellis has put something on the clipboard.
  await typeIn(s, "#new-passphrase", PASS);
  await typeIn(s, "#repeat-passphrase", PASS);
  await s.click(await buttonNamed(s, "Create my journal"));
  const code = (await s.value(await s.waitFor("[data-testid=recovery-code]"))).replace(/\s+/g, "");
  await s.click(await buttonNamed(s, "Copy"));
  await s.waitFor(".recovery [role=status]", { check: async (el) => /Copied/.test(await s.text(el)) });
  assert.equal(clipboardText(), code, "the recovery code is on the clipboard");
  await s.click(await s.find("input[type=checkbox]"));
  await s.click(await buttonNamed(s, "Continue"));
  await s.waitFor("nav[aria-label=Main]");

  // The header's Hide control: always there, labelled, keyboard reachable, with its key.
  const hide = await s.exec("const b = document.querySelector('header [data-testid=quick-hide]'); return { keys: b.getAttribute('aria-keyshortcuts'), tab: b.tabIndex, label: b.textContent.trim() }");
  assert.deepEqual(hide, { keys: "Control+Shift+H", tab: 0, label: "Hide Ctrl Shift H" }, "labelled, with its key, reachable with Tab");
  await shotSizes(s, "50-header-hide");

  // Unsaved text: typed, and Ctrl+Shift+H pressed before the autosave's pause is over.
  await s.click(await buttonNamed(s, "New entry"));
  await typeIn(s, "#entry-title", "zqhidden title");
  const body = "zqhidden words typed just before hiding";
  const stateBefore = await s.exec(
    `const el = document.querySelector("#entry-body"); el.value = arguments[0];
     el.dispatchEvent(new Event("input", { bubbles: true }));
     return document.querySelector("[data-testid=save-state]").textContent;`,
    [body],
  );
  const watcher = await watchMinimise();
  const pressed = Date.now();
  await s.keys(Keys.CONTROL + SHIFT + "h");
  await s.waitFor("#passphrase");
  const lockedMs = Date.now() - pressed;
  const minimised = await watcher.done;
  const report = await s.exec("return document.documentElement.dataset.quickHide ?? 'no answer yet'");
  console.log(`# quick hide answered: ${report}`);
  console.log(`# quick hide: save state before "${stateBefore.trim()}", lock screen after ${lockedMs} ms; ${minimised.out.trim().replace(/\n/g, "; ")}`);

  assert.equal(minimised.code, 0, `the window asked to be minimised: ${minimised.out}`);
  assert.match(minimised.out, /minimise Trellis/, "the window minimised is Trellis's, titled only Trellis");
  assert.equal(await vaultUnlocked(), false, "the vault itself is locked, not just the screen");
  assert.equal(clipboardText(), "", "what Trellis copied is off the clipboard");
  assert.equal((await s.findAll("[data-testid=pending-kept]")).length, 0, "the text was saved before the lock, not kept for later");
  assert.ok(lockedMs < 1000, `locked within the second (${lockedMs} ms)`);
  const page = await s.exec("return document.body.innerText");
  assert.ok(!page.includes("zqhidden"), "nothing written shows");
  assert.ok(!/hid/i.test(await s.text(await s.find("[data-testid=locked-reason]"))), "the lock screen does not say the app was hidden");
  await assertLockedScreenGivesNothingAway("after quick hide");
  await waitForWindowTitle("Trellis");
  assert.equal(await s.title(), "Trellis");
  await shotSizes(s, "51-locked-after-hide");

  // Reopened and unlocked: the text is there, saved.
  await unlock();
  await s.waitFor("[data-testid=entry-list] .title", {
    check: async () => (await s.exec("return [...document.querySelectorAll('[data-testid=entry-list] .title')].map((e) => e.textContent)")).includes("zqhidden title"),
  });
  const env = { ...process.env, TRELLIS_PASSPHRASE: PASS };
  delete env.TRELLIS_VAULT;
  const listed = execFileSync(path.join(TARGET, "debug/trellis"), ["--vault", DIR, "journal", "list", "--json"], { env, encoding: "utf8" });
  const id = JSON.parse(listed).find((e) => e.title === "zqhidden title")?.id;
  assert.ok(id, `the entry is in the vault: ${listed.slice(0, 300)}`);
  const shown = execFileSync(path.join(TARGET, "debug/trellis"), ["--vault", DIR, "journal", "show", id], { env, encoding: "utf8" });
  assert.ok(shown.includes(body), "with the words typed just before hiding");

  // Quick hide on the lock screen too: it still takes the window out of sight.
  await s.click(await buttonNamed(s, "Lock"));
  await s.waitFor("#passphrase");
  await typeIn(s, "#passphrase", "half a passphrase");
  const watcher2 = await watchMinimise();
  await s.click(await s.find("[data-testid=quick-hide]"));
  assert.equal((await watcher2.done).code, 0, "Hide on the lock screen minimises too");
  await s.waitFor("#passphrase", { check: async (el) => (await s.value(el)) === "" });
});

test("the Notes name: window title, unlock screen, and at the next start before unlock", { timeout: 180_000 }, async () => {
  await unlock();
  await s.click(await buttonNamed(s, "Settings"));
  const option = await s.waitFor("[data-testid=name-as-notes]");
  for (const [w, h] of SIZES) {
    await setSize(s, w, h);
    await s.exec("document.querySelector('[data-testid=privacy-settings]').scrollIntoView({ block: 'start' })");
    await shot(s, `52-settings-privacy-${w}x${h}`);
  }
  await axe(s, "settings-privacy");
  const keys = await s.exec("return document.querySelector('.settings').innerText");
  assert.match(keys, /Ctrl Shift H/, "Settings shows the quick hide key");
  await s.click(option);
  await waitForWindowTitle("Notes");
  assert.equal(await s.exec("return document.title"), "Notes");
  await s.click(await buttonNamed(s, "Lock"));
  await s.waitFor("#unlock-title", { check: async (el) => (await s.text(el)) === "Unlock Notes" });
  await assertLockedScreenGivesNothingAway("named Notes");
  await waitForWindowTitle("Notes");
  await shot(s, "53-unlock-as-notes");

  // A fresh start: the name is known before anything is unlocked.
  await s.quit();
  await waitForExit();
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await s.waitFor("#unlock-title", { check: async (el) => (await s.text(el)) === "Unlock Notes" });
  await waitForWindowTitle("Notes");
  await assertLockedScreenGivesNothingAway("named Notes, after a restart");

  // And back to Trellis.
  await unlock();
  await s.click(await buttonNamed(s, "Settings"));
  await s.click(await s.waitFor("[data-testid=name-as-notes]"));
  await waitForWindowTitle("Trellis");
});

test("the desktop's screen lock locks Trellis", { timeout: 120_000 }, async () => {
  assert.equal(await vaultUnlocked(), true);
  const send = (active) =>
    execFileSync("dbus-send", ["--session", "--type=signal", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", `boolean:${active}`]);
  // The screen saver going away is not a reason to lock.
  send(false);
  await sleep(1500);
  assert.equal((await s.findAll("#passphrase")).length, 0, "ActiveChanged(false) leaves it open");
  const sent = Date.now();
  send(true);
  await s.waitFor("#passphrase", { timeout: 5_000 });
  console.log(`# screen lock signal: lock screen after ${Date.now() - sent} ms`);
  assert.equal(await vaultUnlocked(), false);
  assert.match(await s.text(await s.find("[data-testid=locked-reason]")), /when the screen locked/);
  await assertLockedScreenGivesNothingAway("after the screen locked");
});

test("Safety & help leads with safety and says what Trellis leaves behind", { timeout: 120_000 }, async () => {
  /** Opens the panel from the visible "Safety & help" button and checks what it says. */
  async function openPanel() {
    await s.exec("[...document.querySelectorAll('[data-testid=safety-help]')].find((b) => b.getClientRects().length && !b.closest('dialog')).click()");
    const panel = await s.waitFor("dialog[open] [data-testid=safety-panel]");
    const text = await s.text(panel);
    assert.match(text.split("\n")[0], /^If you are afraid of your partner, your safety comes before anything in this app/);
    assert.match(text, /Couples counselling is not the first step/);
    assert.match(text, /Leaving can make things more dangerous/);
    assert.match(text, /Ctrl Shift H/);
    for (const thing of ["menu entry", "tray icon", "login item", "Reminders", "calendar file", "Snapshots and backups", "recovery codes", "Exports and PDFs", "Recent files", "journal folder"]) assert.match(text, new RegExp(thing));
    assert.doesNotMatch(text, /for good/, "deleted files can sometimes be recovered");
    assert.match(text, /Show its words in the notification/, "says exactly when a reminder shows words");
    assert.equal(await s.text(await s.find("[data-testid=vault-folder]")), DIR, "the real folder of the vault");
  }
  // Before unlocking (the bar above the unlock screen).
  await s.waitFor("#passphrase");
  await openPanel();
  await shotSizes(s, "54-safety-panel-locked");
  await axe(s, "safety-panel-locked");
  await s.keys(Keys.ESCAPE);
  await s.waitGone("dialog[open]");
  // Unlocked, from the header. (The layout check reads every button under the header as one
  // of the header's own, which the dialog's are not; the screenshots are looked at.)
  await unlock();
  await openPanel();
  await axe(s, "safety-panel");
  for (const [w, h] of SIZES) {
    await setSize(s, w, h);
    await s.exec("document.querySelector('dialog[open] .body-scroll').scrollTo({ top: 0 })");
    await shot(s, `55-safety-panel-${w}x${h}`);
    await s.exec("document.querySelector('dialog[open] .traces').scrollIntoView({ block: 'start' })");
    await shot(s, `55b-safety-panel-what-is-left-${w}x${h}`);
  }
  await s.keys(Keys.ESCAPE);
  await s.waitGone("dialog[open]");
});

test("started while the last one is still quitting, Trellis starts anyway", { timeout: 120_000 }, async () => {
  // A person quits and opens Trellis again at once: the new one finds the old one's name on
  // the bus, hands over to it, and the old one goes without answering. The new one must wait
  // a moment and start, not stop with an error.
  await s.quit();
  s = undefined;
  await waitForExit();
  const closing = spawn("/usr/bin/python3", [path.join(ROOT, "tests/e2e/closing-instance.py"), "60"], { stdio: ["ignore", "pipe", "inherit"] });
  let said = "";
  const gone = new Promise((resolve) => closing.on("exit", (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    closing.stdout.on("data", (b) => {
      said += b;
      if (said.includes("ready")) resolve();
    });
    closing.on("error", reject);
    gone.then(() => reject(new Error(`the stand-in for a quitting Trellis ended early: ${said}`)));
  });
  const started = Date.now();
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await s.waitFor("#passphrase", { timeout: 30_000 });
  console.log(`# started behind a quitting instance: unlock screen after ${Date.now() - started} ms`);
  assert.equal(await gone, 0, "the new Trellis handed over to the quitting one first");
  assert.match(said, /handed over/);
  assert.ok(instanceNameOwned(), "the new Trellis is now the one instance");
  await unlock();
  await shot(s, "56-started-behind-a-quitting-instance");
});
