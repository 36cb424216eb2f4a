// Two people, each with their own Trellis, in two windows (two apps, each with its own home,
// D-Bus session and tauri-driver): they connect from Together → With my partner by pasting
// each other's card and seeing the same six words; one fills in an expectations worksheet and
// shares it (shown in full first, then saved as a file into a folder both use, chosen in the
// system's dialog, answered from TRELLIS_CHOOSE_PATH_FOR_TESTS); the other opens it, sees it
// under the sender's name, and fills their side of their own worksheet with it, as told by
// them. Then an agreement goes there and back, each saying they agree, until both ledgers say
// "You both agreed to version 1". Nothing readable is in the folder.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Session } from "./webdriver.mjs";
import { APP, OUT, buttonNamed, createVault, scan, secondWindow, shotSizes, typeIn } from "./helpers.mjs";

const WORK = process.env.WORK || OUT;
const FOLDER = path.join(WORK, "partner-shared");
const CHOOSE = process.env.TRELLIS_CHOOSE_PATH_FOR_TESTS;
const ALEX_WORDS = "zqpartner A message when plans change";
const ROBIN_WORDS = "zqpartner A call, not a text";
const AGREED = "zqpartner Phones stay in the kitchen at dinner";

let alex;
let robin;
let stopRobin;
after(async () => {
  await alex?.quit();
  await robin?.quit();
  stopRobin?.();
});

/** Opens Together → With my partner and returns this Trellis's card. */
async function myCard(s) {
  await s.click(await buttonNamed(s, "Together"));
  await s.click(await s.waitFor("#tab-partner"));
  const card = await s.waitFor("[data-testid=my-card]", { check: async (e) => (await s.value(e)).startsWith("trellis-partner-1 ") });
  return s.value(card);
}

/** Pastes the other's card and returns the six words shown. */
async function pasteCard(s, card) {
  await s.exec("const t = document.getElementById('their-card'); t.value = arguments[0]; t.dispatchEvent(new Event('input', { bubbles: true }));", [card]);
  const words = await s.waitFor("[data-testid=partner-words]", { check: async (e) => /^\w+( \w+){5}$/.test((await s.text(e)).trim()) });
  return (await s.text(words)).trim();
}

async function connect(s, name) {
  await typeIn(s, "#partner-name", name);
  await s.click(await buttonNamed(s, "Yes, they match: connect"));
  await s.waitFor("[data-testid=partner-connected]", { check: async (e) => (await s.text(e)).includes(`Connected with ${name}`) });
}

/** A new worksheet with my expectation about communication. */
async function worksheet(s, title, mine) {
  await s.click(await s.find("#tab-expectations"));
  await typeIn(s, "#new-title", title);
  await s.click(await buttonNamed(s, "New worksheet"));
  await s.waitFor("#sheet-title", { check: async (el) => (await s.text(el)) === title });
  await typeIn(s, "#area-communication-mine", mine);
  await s.waitFor("[data-area=communication] summary .state", { check: async (el) => /Filled in/.test(await s.text(el)) });
}

test("two partners connect, share a worksheet through a folder, and see both sides", { timeout: 600_000 }, async () => {
  assert.ok(CHOOSE, "run through tests/e2e/run.sh, which sets TRELLIS_CHOOSE_PATH_FOR_TESTS");
  const [alexVault, robinVault] = [path.join(WORK, "vault-partner-alex"), path.join(WORK, "vault-partner-robin")];
  for (const d of [alexVault, robinVault, FOLDER]) fs.rmSync(d, { recursive: true, force: true });
  fs.mkdirSync(FOLDER, { recursive: true });
  alex = await Session.startWithArgs(APP, ["--vault", alexVault]);
  await createVault(alex, "alex partner passphrase words");
  const robinChoose = path.join(WORK, "choose-path-robin");
  const second = await secondWindow({ work: WORK, port: Number(process.env.E2E_PORT || 4444) + 20, vault: robinVault, choose: robinChoose, name: "robin" });
  robin = second.session;
  stopRobin = second.stop;
  await createVault(robin, "robin partner passphrase words");

  // Cards, then the same six words on both screens.
  const [cardAlex, cardRobin] = [await myCard(alex), await myCard(robin)];
  assert.notEqual(cardAlex, cardRobin);
  const wordsAlex = await pasteCard(alex, cardRobin);
  const wordsRobin = await pasteCard(robin, cardAlex);
  assert.equal(wordsAlex, wordsRobin, "both screens show the same words");
  await shotSizes(alex, "90-partner-words");
  await connect(alex, "Robin");
  await connect(robin, "Alex");
  await shotSizes(robin, "91-partner-connected");

  // Alex shares a worksheet: shown in full before anything is written.
  await worksheet(alex, "zqpartner Our week", ALEX_WORDS);
  await alex.click(await alex.find("[data-testid=share-worksheet]"));
  await alex.waitFor("[data-testid=shared-item]", { check: async (e) => (await alex.text(e)).includes(ALEX_WORDS) });
  const preview = await alex.text(await alex.find("[data-testid=share-preview]"));
  assert.match(preview, /This is exactly what Robin will see/);
  assert.match(preview, /never owed/);
  await shotSizes(alex, "92-share-preview");
  const file = path.join(FOLDER, "for-robin.trellis-share");
  fs.writeFileSync(CHOOSE, `${file}\n`);
  await alex.click(await buttonNamed(alex, "Save the file…"));
  await alex.waitFor("[data-testid=share-said]", { check: async (e) => /^Saved/.test(await alex.text(e)) });
  assert.ok(fs.existsSync(file));
  await alex.click(await buttonNamed(alex, "Done"));

  // Robin opens it, sees it under Alex's name, and puts it beside their own answers.
  await worksheet(robin, "zqpartner My week", ROBIN_WORDS);
  await robin.click(await buttonNamed(robin, "← All worksheets"));
  await robin.waitFor("#new-title");
  await robin.click(await robin.find("#tab-partner"));
  fs.writeFileSync(robinChoose, `${file}\n`);
  await robin.click(await robin.waitFor("[data-testid=open-share]"));
  const kept = await robin.waitFor("[data-testid=received-share]", { check: async (e) => (await robin.text(e)).includes(ALEX_WORDS) });
  assert.match(await robin.text(kept), /From Alex/);
  await shotSizes(robin, "93-share-received");
  await robin.waitFor("[data-testid=received-share] select");
  await robin.exec("const s = document.querySelector('[data-testid=received-share] select'); s.value = s.options[1].value; s.dispatchEvent(new Event('change', { bubbles: true }));");
  await robin.click(await buttonNamed(robin, "Fill in"));
  await robin.waitFor("[data-testid=partner-said]", { check: async (e) => /as told by them/.test(await robin.text(e)) });
  await robin.click(await robin.find("#tab-expectations"));
  const item = await robin.waitFor("button.item", { check: async (e) => (await robin.text(e)).includes("zqpartner My week") });
  await robin.click(item);
  const theirs = await robin.waitFor("#area-communication-theirs", { check: async (e) => (await robin.value(e)) === ALEX_WORDS });
  assert.equal(await robin.value(await robin.find("#area-communication-mine")), ROBIN_WORDS, "their words beside mine");
  assert.ok(theirs);
  await shotSizes(robin, "94-worksheet-both-sides");

  // An agreement goes there and back until both said yes to the same version.
  await alex.click(await alex.find("#tab-agreements"));
  await typeIn(alex, "#new-agreement", AGREED);
  await alex.click(await buttonNamed(alex, "Add agreement"));
  await alex.click(await alex.waitFor("button.open", { check: async (e) => (await alex.text(e)).includes(AGREED) }));
  await alex.click(await alex.waitFor("[data-testid=share-agreement]"));
  await alex.waitFor("[data-testid=shared-version]", { check: async (e) => (await alex.text(e)) === "Version 1 · you agree to these words" });
  await shotSizes(alex, "95-share-agreement");
  const there = path.join(FOLDER, "agreement-for-robin.trellis-share");
  fs.writeFileSync(CHOOSE, `${there}\n`);
  await alex.click(await buttonNamed(alex, "Save the file…"));
  await alex.waitFor("[data-testid=share-said]", { check: async (e) => /^Saved/.test(await alex.text(e)) });
  await alex.click(await buttonNamed(alex, "Done"));
  await alex.waitFor("[data-testid=agreement-between]", { check: async (e) => /You agreed to version 1 on .*; Robin has not said yet/.test(await alex.text(e)) });

  await robin.click(await robin.find("#tab-partner"));
  fs.writeFileSync(robinChoose, `${there}\n`);
  await robin.click(await robin.waitFor("[data-testid=open-share]"));
  await robin.waitFor("[data-testid=shared-version]", { check: async (e) => /Alex agreed to these words on/.test(await robin.text(e)) });
  await robin.click(await robin.waitFor("[data-testid=keep-agreement]"));
  await robin.waitFor("[data-testid=partner-said]", { check: async (e) => /It is in your agreements now\. Alex agreed to version 1/.test(await robin.text(e)) });
  await robin.click(await robin.find("#tab-agreements"));
  await robin.click(await robin.waitFor("button.open", { check: async (e) => (await robin.text(e)).includes(AGREED) }));
  await robin.click(await robin.waitFor("[data-testid=share-agreement]"));
  await robin.waitFor("[data-testid=shared-version]", { check: async (e) => /you agree to these words/.test(await robin.text(e)) });
  const back = path.join(FOLDER, "agreement-for-alex.trellis-share");
  fs.writeFileSync(robinChoose, `${back}\n`);
  await robin.click(await buttonNamed(robin, "Save the file…"));
  await robin.waitFor("[data-testid=share-said]", { check: async (e) => /^Saved/.test(await robin.text(e)) });
  await robin.click(await buttonNamed(robin, "Done"));
  await robin.waitFor("[data-testid=agreement-between]", { check: async (e) => /You both agreed to version 1 on/.test(await robin.text(e)) });

  await alex.click(await alex.find("#tab-partner"));
  fs.writeFileSync(CHOOSE, `${back}\n`);
  await alex.click(await alex.waitFor("[data-testid=open-share]"));
  await alex.waitFor("[data-testid=shared-agreement-actions]", { check: async (e) => /In your agreements\. You both agreed to version 1 on/.test(await alex.text(e)) });
  await shotSizes(alex, "96-agreed-by-both");

  // Nothing readable in the folder both use.
  assert.deepEqual(scan(FOLDER, [ALEX_WORDS, AGREED, "zqpartner", "Robin", "Alex"]), []);
});
