// Locking must never lose writing, and an unlock must never be undone by the idle clock.
// The vault here is made by the `trellis` command with the default scrypt work factor (18),
// so an unlock takes about a second, as it does for people: a tick of the idle clock used to
// land inside it and lock the vault again the moment it opened.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { Session, sleep } from "./webdriver.mjs";
import { APP, OUT, TARGET, buttonNamed, shot, typeIn } from "./helpers.mjs";

const PASS = "orchard lantern quiet seventeen";
const AUTO_LOCK_S = Number(process.env.TRELLIS_AUTO_LOCK_SECONDS_FOR_TESTS || 20);

let s;
after(async () => {
  await s?.quit();
});

/** Runs the `trellis` command; private words go on standard input (`input`), never in `args`. */
function trellis(dir, args, input = "") {
  const env = { ...process.env, TRELLIS_PASSPHRASE: PASS };
  delete env.TRELLIS_VAULT;
  return execFileSync(path.join(TARGET, "debug/trellis"), ["--vault", dir, ...args], { env, encoding: "utf8", input });
}

async function unlock() {
  await typeIn(s, "#passphrase", PASS);
  await s.click(await buttonNamed(s, "Unlock"));
  await s.waitFor("nav[aria-label=Main]", { timeout: 30_000 });
}

/** Fails if the lock screen comes back within `ms`. */
async function staysUnlocked(ms, why) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    assert.equal((await s.findAll("#passphrase")).length, 0, why);
    await sleep(200);
  }
}

async function writeEntry(title, body) {
  await s.click(await buttonNamed(s, "New entry"));
  await typeIn(s, "#entry-title", title);
  await typeIn(s, "#entry-body", body);
}

async function waitSaved() {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    // Right after an unlock the editor comes back only once the kept text is restored.
    const [shown] = await s.findAll("[data-testid=save-state]");
    const state = shown ? await s.text(shown).catch(() => "") : "";
    if (/^Saved/.test(state)) return;
    await sleep(150);
  }
  throw new Error("the entry was not saved");
}

test("unlock after an idle lock, with the real KDF, several times; then write", { timeout: 300_000 }, async () => {
  const dir = path.join(process.env.WORK || OUT, "vault-default-kdf");
  fs.rmSync(dir, { recursive: true, force: true });
  trellis(dir, ["init"]);
  trellis(dir, ["journal", "add"], "Title: zqfirst from the terminal\n\nwritten before the app opened");

  s = await Session.startWithArgs(APP, ["--vault", dir]);
  await s.waitFor("#passphrase");
  for (let cycle = 1; cycle <= 2; cycle++) {
    // Locked and untouched for longer than the auto-lock time: every tick meanwhile is idle.
    await sleep((AUTO_LOCK_S + 3) * 1000);
    const t = Date.now();
    await unlock();
    const unlockMs = Date.now() - t;
    await s.waitFor("[data-testid=entry-list] li");
    await staysUnlocked(4_000, `cycle ${cycle}: the idle clock locked a vault that had just been unlocked`);
    const title = `zqcycle ${cycle} written after unlocking`;
    await writeEntry(title, `cycle ${cycle} body`);
    await waitSaved();
    if (cycle === 1) await shot(s, "40-written-after-idle-unlock");
    console.log(`cycle ${cycle}: unlock took ${unlockMs} ms (default KDF), stayed unlocked, saved`);
    // Lock and reopen: the entry is there.
    await s.click(await buttonNamed(s, "Lock"));
    await s.waitFor("#passphrase");
    await unlock();
    await s.waitFor("[data-testid=entry-list] li");
    const listed = await s.text(await s.find("[data-testid=entry-list]"));
    assert.match(listed, new RegExp(title), `cycle ${cycle}: the entry written after unlocking is kept`);
    await s.click(await buttonNamed(s, "Lock"));
    await s.waitFor("#passphrase");
  }
});

test("a lock while text is unsaved keeps it, and saves it right after the next unlock", { timeout: 120_000 }, async () => {
  await unlock();
  const text = "zqunsaved words typed just before the vault locked";
  await writeEntry("zqunsaved title", text);
  // Lock the vault underneath the page at once (as sleep or the idle clock would), before the
  // editor's autosave has run: the screen gets the Locked event with the text unsaved.
  await s.execAsync(`
    const done = arguments[0];
    window.__TAURI_INTERNALS__.invoke("lock").then(() => done(true), (e) => done(String(e)));
  `);
  await s.waitFor("#passphrase");
  const page = await s.exec("return document.body.innerText");
  assert.ok(!page.includes(text), "nothing of the text shows on the lock screen");
  await s.waitFor("[data-testid=pending-kept]");
  await shot(s, "41-locked-with-unsaved-text");
  await unlock();
  // Saved right after the unlock, and open in the editor again.
  await waitSaved();
  assert.equal(await s.value(await s.find("#entry-body")), text);
  const listed = await s.text(await s.find("[data-testid=entry-list]"));
  assert.match(listed, /zqunsaved title/);
  await shot(s, "42-unsaved-text-saved-after-unlock");
});
