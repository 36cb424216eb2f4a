// The private "Is this safe?" check in a real window: opened from Safety & help; signs of
// serious danger ticked and saved, answered with a calm line to a helpline or emergency
// services and no number anywhere; Quick hide (Ctrl+Shift+H) over it locks and hides; after
// unlocking, the check opens with the same signs still ticked; cleared on request; and no
// sign's name in any file of the vault. Before unlocking, the panel offers it only after
// unlocking. Screenshots and axe-core on the screen.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Session, Keys, sleep } from "./webdriver.mjs";
import { APP, OUT, awake as wake, axe, buttonNamed, createVault, scan, shot, shotSizes, unlockWith, waitForExit } from "./helpers.mjs";

const PASS = "harbour violet sparrow eleven";
const SHIFT = "\uE008";
const DIR = path.join(process.env.WORK || OUT, "vault-safety-check");
const TICKED = ["afraid", "choked", "controls"];

let s;
after(async () => {
  await s?.quit();
});

const button = (text) => buttonNamed(s, text);

const awake = () => wake(s);

const unlock = () => unlockWith(s, PASS);

/** Opens Safety & help from its visible button, then the check from the panel. */
async function openCheck() {
  await awake();
  await s.exec("[...document.querySelectorAll('[data-testid=safety-help]')].find((b) => b.getClientRects().length && !b.closest('dialog')).click()");
  await s.waitFor("dialog[open] [data-testid=safety-panel]");
  await s.click(await s.waitFor("dialog[open] [data-testid=open-safety-check]"));
  await s.waitGone("dialog[open]");
  await s.waitFor("[data-testid=safety-signs] input[data-sign=afraid]");
}

/** The signs ticked on the screen, in its order. */
async function ticked() {
  return s.exec("return [...document.querySelectorAll('[data-testid=safety-signs] input[data-sign]')].filter((i) => i.checked).map((i) => i.dataset.sign)");
}

test("the safety check: ticked, answered, hidden over, still ticked after unlocking", { timeout: 240_000 }, async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await s.waitFor("#new-passphrase");
  await createVault(s, PASS);

  await openCheck();
  assert.deepEqual(await ticked(), [], "nothing ticked before the first check");
  const signs = await s.text(await s.find("[data-testid=safety-signs]"));
  for (const words of ["choked or strangled", "threatened to kill", "weapon", "plan to leave", "getting worse", "forced or pressured me into sex", "children or my pets", "control my money"]) {
    assert.ok(signs.includes(words), `the check asks about: ${words}`);
  }
  await shotSizes(s, "90-safety-check");
  await axe(s, "safety-check");

  for (const sign of TICKED) {
    await awake();
    await s.click(await s.find(`[data-testid=safety-signs] input[data-sign=${sign}]`));
  }
  await s.click(await s.waitFor("[data-testid=safety-check-save]"));
  const answer = await s.waitFor("[data-testid=safety-answer]");
  const said = await s.text(answer);
  assert.equal(await s.exec("return document.querySelector('[data-testid=safety-answer]').dataset.steps"), "danger");
  assert.match(said, /domestic-abuse helpline or the emergency services/);
  assert.match(said, /cannot see or check/);
  assert.doesNotMatch(said, /\d/, "no score, no count");
  await shot(s, "91-safety-check-answer");
  await axe(s, "safety-check-answer");

  // Quick hide works over it: locked at once, nothing of the check on the screen.
  await awake();
  await s.keys(Keys.CONTROL + SHIFT + "h");
  await s.waitFor("#passphrase");
  const page = await s.exec("return document.body.innerText");
  assert.ok(!/strangled|helpline|weapon/i.test(page), "nothing of the check shows once hidden");

  // Unlocked again: the same signs, still ticked.
  await unlock();
  await openCheck();
  await s.waitFor("[data-testid=safety-check-when]");
  assert.deepEqual(await ticked(), TICKED, "the ticks were kept, sealed, through the lock");
  await shot(s, "92-safety-check-after-unlock");

  // A lock and a fresh start: still there.
  await s.quit();
  await waitForExit();
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await s.waitFor("#passphrase");
  await unlock();
  await openCheck();
  await s.waitFor("[data-testid=safety-check-when]");
  assert.deepEqual(await ticked(), TICKED, "the ticks were kept through a restart");
  await s.quit();
  s = null;
  await waitForExit();
  assert.deepEqual(scan(DIR, ["choked", "threatened_to_kill", "controls", "afraid", "helpline"]), [], "no sign's name in any file");

  // Cleared on request.
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await s.waitFor("#passphrase");
  await unlock();
  await openCheck();
  await s.waitFor("[data-testid=safety-check-when]");
  await s.click(await button("Clear my answers…"));
  await s.click(await s.waitFor("[data-testid=safety-check-clear]"));
  await s.waitFor("[data-testid=safety-signs]", { check: async () => (await ticked()).length === 0 });
  await sleep(200);
  assert.equal((await s.findAll("[data-testid=safety-check-when]")).length, 0, "nothing saved any more");

  // Locked, the panel offers the check only after unlocking.
  await s.click(await button("Lock"));
  await s.waitFor("#passphrase");
  await s.exec("[...document.querySelectorAll('[data-testid=safety-help]')].find((b) => b.getClientRects().length && !b.closest('dialog')).click()");
  await s.click(await s.waitFor("dialog[open] [data-testid=open-safety-check]"));
  await s.waitFor("dialog[open] .message", { check: async (el) => /Unlock/.test(await s.text(el)) });
  await s.keys(Keys.ESCAPE);
  await s.waitGone("dialog[open]");
});
