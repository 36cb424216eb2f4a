// "Together at this computer": the weekly check-in starts in it by default; while it is on, only
// what is for both shows (the Together tools with shared boundaries only, the check-in, the
// library), checked on each screen by what is in the page, and the journal's keys do nothing.
// Ending it asks for the passphrase: a wrong one is refused, the right one brings everything
// back. The vault is made with the `trellis` command first (a private entry, a boundary of
// one's own, a shared one), then opened in the window.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Keys, Session, sleep } from "./webdriver.mjs";
import { APP, OUT, TARGET, buttonNamed, shotSizes, typeIn, unlockWith } from "./helpers.mjs";

const WORK = process.env.WORK || OUT;
const DIR = path.join(WORK, "vault-together");
const PASS_FILE = path.join(WORK, "together-pass");
const PASS = "together test passphrase words";
const CLI = path.join(TARGET, "debug/trellis");
const PRIVATE = ["zqtogether private title", "zqtogether private body", "zqtogether my own boundary"];
const SHARED = "zqtogether our boundary";

let s;
after(async () => {
  await s?.quit();
});

function trellis(args, input = "") {
  return execFileSync(CLI, ["--vault", DIR, "--passphrase-file", PASS_FILE, ...args], { input, encoding: "utf8" });
}

const pageText = () => s.exec("return document.body.innerText");

/** The views in the header, by name. */
const views = () => s.exec("return [...document.querySelectorAll('nav[aria-label=Main] button')].map((b) => b.textContent.trim())");

async function nothingPrivate(where) {
  const text = await pageText();
  for (const words of PRIVATE) assert.ok(!text.includes(words), `${words} shows on ${where}`);
}

test("together at this computer: only what is for both shows, and the passphrase ends it", { timeout: 240_000 }, async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.writeFileSync(PASS_FILE, `${PASS}\n`, { mode: 0o600 });
  trellis(["init", "--kdf-work-factor", "4"]);
  trellis(["journal", "add"], `Title: ${PRIVATE[0]}\n\n${PRIVATE[1]}`);
  trellis(["boundary", "add"], `Text: ${PRIVATE[2]}`);
  trellis(["boundary", "add", "--whose", "ours"], `Text: ${SHARED}`);
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await unlockWith(s, PASS);
  await s.waitFor("[data-testid=entry-list]", { check: async (e) => (await s.text(e)).includes(PRIVATE[0]) });

  // The check-in asks first, with "together at this computer" ticked.
  await s.click(await buttonNamed(s, "Check-in"));
  const box = await s.waitFor("[data-testid=checkin-together]");
  assert.equal(await s.exec("return document.querySelector('[data-testid=checkin-together]').checked"), true, "ticked by default");
  assert.ok(box);
  await s.click(await s.waitFor("[data-testid=checkin-safe]"));
  await s.waitFor("[data-testid=together-on]");
  assert.deepEqual(await views(), ["Library", "Together", "Check-in"]);
  await nothingPrivate("the check-in");
  await shotSizes(s, "95-together-checkin");

  // Every screen in reach, by what is in the page.
  await s.click(await buttonNamed(s, "Together"));
  await s.waitFor("[data-testid=only-ours]");
  await s.waitFor("[data-testid=boundary-list]", { check: async (e) => (await s.text(e)).includes(SHARED) });
  await nothingPrivate("the boundaries");
  assert.equal((await s.findAll("#tab-partner")).length, 0, "the partner connection is out of sight");
  assert.equal((await s.findAll("[data-testid=start-together]")).length, 0);
  await shotSizes(s, "96-together-boundaries");
  for (const tab of ["#tab-expectations", "#tab-agreements"]) {
    await s.click(await s.find(tab));
    await sleep(300);
    await nothingPrivate(tab);
  }
  await s.click(await buttonNamed(s, "Library"));
  await s.waitFor("#library-search");
  await nothingPrivate("the library");
  // The journal's keys do nothing.
  for (const key of ["n", "f"]) {
    await s.keys(Keys.CONTROL + key);
    await sleep(400);
    await nothingPrivate(`Ctrl+${key.toUpperCase()}`);
    assert.equal((await s.findAll("#entry-title, [data-testid=entry-list]")).length, 0, `Ctrl+${key.toUpperCase()} opened the journal`);
  }

  // Ending it asks for the passphrase.
  await s.click(await s.find("[data-testid=end-together]"));
  await typeIn(s, "#end-together-pass", "not the passphrase");
  await s.click(await buttonNamed(s, "End"));
  await s.waitFor("[data-testid=end-together-error]");
  assert.ok((await views()).every((v) => ["Library", "Together", "Check-in"].includes(v)), "still together");
  await nothingPrivate("a wrong passphrase");
  await shotSizes(s, "97-together-end-refused");
  await typeIn(s, "#end-together-pass", PASS);
  await s.click(await buttonNamed(s, "End"));
  await s.waitFor("nav[aria-label=Main]", { check: async () => (await views()).includes("Journal") });
  assert.equal((await s.findAll("[data-testid=together-on]")).length, 0);
  await s.click(await buttonNamed(s, "Journal"));
  await s.waitFor("[data-testid=entry-list]", { check: async (e) => (await s.text(e)).includes(PRIVATE[0]) });
});
