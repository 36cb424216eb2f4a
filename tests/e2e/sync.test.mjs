// Settings → Your computers in a real window, with a second computer played by the `trellis`
// command on a vault of its own: the window starts syncing through a folder (chosen in the
// system's dialog, answered from TRELLIS_CHOOSE_PATH_FOR_TESTS), the second computer asks to
// join and shows six words, the window shows the same six words and lets it in with "Yes, they
// match", the second computer brings in what the window wrote, and what it writes then shows in
// the window's journal by itself (the clock's pass, every few seconds while unlocked). Nothing
// readable is in the shared folder. Then a second window (a second app, with a home, a D-Bus
// session and a tauri-driver of its own) joins the same folder from its own Settings by the six
// words, and what each window writes shows in the other. Last, the second window stops syncing
// and joins again with the recovery code of the second computer, as if that one were lost.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Session, sleep } from "./webdriver.mjs";
import { APP, OUT, TARGET, buttonNamed, createVault, layoutProblems, scan, secondWindow, setSize, shot, SIZES, typeIn } from "./helpers.mjs";

const PASS = "harbor willow quietly ninety";
const WORK = process.env.WORK || OUT;
const DIR = path.join(WORK, "vault-sync");
const DESK = path.join(WORK, "vault-sync-desk");
const FOLDER = path.join(WORK, "sync-shared");
const DESK_PASS = path.join(WORK, "sync-desk-pass");
const CHOOSE = process.env.TRELLIS_CHOOSE_PATH_FOR_TESTS;
const CLI = path.join(TARGET, "debug/trellis");
const LAPTOP_ENTRY = ["zqsync laptop title", "zqsync written in the window"];
const DESK_ENTRY = ["zqsync desk title", "zqsync written on the second computer"];

let s;
let s2;
/** The second computer's recovery code, as `trellis init` printed it. */
let deskCode;
let stopSecond;
after(async () => {
  await s?.quit();
  await s2?.quit();
  stopSecond?.();
});

const button = (text) => buttonNamed(s, text);

/** Runs the second computer's `trellis`, with `input` on standard input. */
function desk(args, input = "") {
  return execFileSync(CLI, ["--vault", DESK, "--passphrase-file", DESK_PASS, ...args], { input, encoding: "utf8" });
}

async function waitForText(css, re, timeout = 30_000) {
  const el = await s.waitFor(css, { timeout, check: async (e) => re.test(await s.text(e)) });
  return s.text(el);
}

async function shotSync(name) {
  const problems = [];
  for (const [w, h] of SIZES) {
    await setSize(s, w, h);
    await s.exec("document.querySelector('[data-testid=sync-settings]').scrollIntoView({ block: 'start' })");
    await shot(s, `${name}-${w}x${h}`);
    for (const p of await layoutProblems(s)) problems.push(`${w}x${h}: ${p}`);
  }
  assert.deepEqual(problems, [], `layout of ${name}`);
}

test("two computers in step through a folder, from Settings", { timeout: 300_000 }, async () => {
  assert.ok(CHOOSE, "run through tests/e2e/run.sh, which sets TRELLIS_CHOOSE_PATH_FOR_TESTS");
  for (const d of [DIR, DESK, FOLDER]) fs.rmSync(d, { recursive: true, force: true });
  fs.writeFileSync(DESK_PASS, "the desk's own passphrase\n", { mode: 0o600 });
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await createVault(s, PASS);
  await s.click(await button("New entry"));
  await typeIn(s, "#entry-title", LAPTOP_ENTRY[0]);
  await typeIn(s, "#entry-body", LAPTOP_ENTRY[1]);
  await s.waitFor("[data-testid=save-state]", { check: async (el) => (await s.text(el)) === "Saved", timeout: 10_000 });

  // Settings → Your computers: a name is asked for first, then the folder.
  await s.click(await button("Settings"));
  await s.waitFor("[data-testid=sync-start]");
  await s.click(await s.find("[data-testid=sync-start]"));
  await waitForText("#sync-name-error", /Give this computer a name/);
  await shotSync("70-sync-start");
  await typeIn(s, "#sync-name", "Laptop");
  fs.writeFileSync(CHOOSE, `${FOLDER}\n`);
  await s.click(await s.find("[data-testid=sync-start]"));
  await waitForText("[data-testid=sync-folder]", new RegExp(FOLDER.replaceAll("/", "\\/")));
  assert.ok(fs.existsSync(path.join(FOLDER, "folder-id")), "the folder is set up");

  // The second computer asks to join; the window shows the same six words by itself.
  deskCode = desk(["init", "--kdf-work-factor", "4"]).trim().split("\n").pop();
  const words = desk(["sync", "join", FOLDER, "--name", "Desk"]).trim();
  assert.equal(words.split(" ").length, 6, words);
  const shown = await waitForText("[data-testid=sync-asking] .words", /\w/);
  assert.equal(shown.trim(), words, "both screens show the same words");
  await shotSync("71-sync-asks-to-join");
  await s.click(await s.find("[data-testid=sync-approve]"));
  await waitForText("[data-testid=sync-said]", /can join now/);

  // The desk brings in the window's entry, then writes one of its own.
  const joined = desk(["sync", "now"]);
  assert.match(joined, /read [1-9]/, joined);
  assert.match(desk(["journal", "search"], "laptop"), /zqsync laptop title/);
  desk(["journal", "add"], `Title: ${DESK_ENTRY[0]}\n\n${DESK_ENTRY[1]}`);
  desk(["sync", "now"]);

  // The window's own pass brings it in, and the journal shows it without a click.
  // (The text of the list as the DOM holds it: WebDriver's rendered text leaves out a
  // line-clamped name.)
  await s.waitFor("[data-testid=sync-computers]", {
    check: async () => /Desk\s*In step/.test(await s.exec("return document.querySelector('[data-testid=sync-computers]').textContent")),
  });
  await shotSync("72-sync-in-step");
  await s.click(await button("Journal"));
  await s.waitFor("[data-testid=entry-list]", {
    timeout: 30_000,
    check: async () => {
      const titles = await s.exec("return [...document.querySelectorAll('[data-testid=entry-list] .title')].map((e) => e.textContent.trim())");
      return titles.includes(DESK_ENTRY[0]);
    },
  });

  // Nothing readable is in the shared folder.
  assert.deepEqual(scan(FOLDER, [...LAPTOP_ENTRY, ...DESK_ENTRY, "zqsync", "Laptop", "Desk"]), []);
});

test("a second window joins by the six words, and each shows what the other writes", { timeout: 300_000 }, async () => {
  assert.ok(s, "runs after the first test, whose window is in step");
  const vault2 = path.join(WORK, "vault-sync-second");
  const choose2 = path.join(WORK, "choose-path-second");
  const port = Number(process.env.E2E_PORT || 4444) + 10;
  const second = await secondWindow({ work: WORK, port, vault: vault2, choose: choose2 });
  s2 = second.session;
  stopSecond = second.stop;
  const b2 = (text) => buttonNamed(s2, text);
  await createVault(s2, "second window passphrase here");
  await s2.click(await b2("Settings"));
  await typeIn(s2, "#sync-name", "Kitchen");
  fs.writeFileSync(choose2, `${FOLDER}\n`);
  await s2.click(await s2.waitFor("[data-testid=sync-join]"));

  // The second window shows six words; the first shows the same ones for it.
  const words2 = (await s2.text(await s2.waitFor("[data-testid=sync-words]", { check: async (e) => /\w+( \w+){5}/.test(await s2.text(e)) }))).trim();
  await s.click(await button("Settings"));
  await s.waitFor("[data-testid=sync-asking] .words", { timeout: 30_000, check: async (e) => (await s.text(e)).trim() === words2 });
  await shot(s2, "73-second-window-waits");
  await s.click(await s.find("[data-testid=sync-approve]"));

  // The second window is let in at its next pass, and brings in what the first one wrote.
  await s2.click(await b2("Journal"));
  const titles = (w) => w.exec("return [...document.querySelectorAll('[data-testid=entry-list] .title')].map((e) => e.textContent.trim())");
  await s2.waitFor("[data-testid=entry-list]", { timeout: 60_000, check: async () => (await titles(s2)).includes(LAPTOP_ENTRY[0]) });

  // Written in the second window, it shows in the first by itself.
  const kitchen = ["zqsync kitchen title", "zqsync written in the second window"];
  await s2.click(await b2("New entry"));
  await typeIn(s2, "#entry-title", kitchen[0]);
  await typeIn(s2, "#entry-body", kitchen[1]);
  await s2.waitFor("[data-testid=save-state]", { check: async (el) => (await s2.text(el)) === "Saved", timeout: 10_000 });
  await s.click(await button("Journal"));
  await s.waitFor("[data-testid=entry-list]", { timeout: 60_000, check: async () => (await titles(s)).includes(kitchen[0]) });
  await shot(s, "74-first-window-shows-second");
  await sleep(100);
  assert.deepEqual(scan(FOLDER, [...kitchen, "zqsync", "Kitchen"]), []);
});

test("with a lost computer's recovery code, a window joins in its place", { timeout: 300_000 }, async () => {
  assert.ok(s2 && deskCode, "runs after the second window joined, with the desk's code");
  const choose2 = path.join(WORK, "choose-path-second");
  const b2 = (text) => buttonNamed(s2, text);
  const said = (re) => s2.waitFor("[data-testid=sync-said]", { timeout: 30_000, check: async (e) => re.test(await s2.text(e)) });
  await s2.click(await b2("Settings"));
  await s2.click(await b2("Stop syncing on this computer…"));
  await s2.click(await b2("Stop syncing here"));
  await s2.waitFor("[data-testid=sync-join]");

  await s2.click(await s2.find("[data-testid=sync-lost] summary"));
  await typeIn(s2, "#sync-name", "Kitchen again");
  // A code with a typing mistake is refused with a sentence that says so, and nothing changes.
  await typeIn(s2, "[data-testid=sync-recovery-code]", "ABCDE FGHJK LMNPQ");
  fs.writeFileSync(choose2, `${FOLDER}\n${FOLDER}\n`);
  await s2.click(await s2.find("[data-testid=sync-join-recovery]"));
  await said(/recovery code/);
  await s2.exec("document.querySelector('[data-testid=sync-said]').scrollIntoView({ block: 'center' })");
  await shot(s2, "75-join-with-recovery-code-wrong");
  assert.ok(await s2.find("[data-testid=sync-join]"), "it does not sync");

  await typeIn(s2, "[data-testid=sync-recovery-code]", deskCode);
  await s2.click(await s2.find("[data-testid=sync-join-recovery]"));
  await said(/in step now/);
  await s2.waitFor("[data-testid=sync-recovery-ready]", { timeout: 30_000 });
  assert.equal(await s2.exec("return document.querySelector('[data-testid=sync-recovery-code]')"), null, "the code is gone from the screen");
  await shot(s2, "76-joined-with-recovery-code");
  // What this window held already (it was in step before) came back as the same records:
  // nothing doubled, nothing listed as changed on two computers.
  assert.equal(await s2.exec("return document.querySelector('[data-testid=sync-two-computers]')"), null);

  // What the desk writes now reaches the window, which joined without the desk's approval.
  const later = ["zqsync after the loss", "zqsync written after the recovery join"];
  desk(["journal", "add"], `Title: ${later[0]}\n\n${later[1]}`);
  desk(["sync", "now"]);
  await s2.click(await b2("Journal"));
  const titles = () => s2.exec("return [...document.querySelectorAll('[data-testid=entry-list] .title')].map((e) => e.textContent.trim())");
  await s2.waitFor("[data-testid=entry-list]", { timeout: 60_000, check: async () => (await titles()).includes(later[0]) });
  assert.deepEqual(scan(FOLDER, [...later, "zqsync", deskCode.split(" ")[0]]), []);
});
