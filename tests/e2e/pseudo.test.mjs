// The pseudo-language on every screen, at the smallest window (720×520): the app started with
// `--language qps` shows every message of the catalogues bracketed, accented and 40 % longer
// ("[Ŝéttíñgš ~~~~]"). A word on screen outside brackets was never put through the catalogue
// (a string left in the code), and a label that no longer fits shows as a layout problem.
//
// Text that is rightly not a message is left out by name: what the library holds (article
// titles and text, prompts, areas, categories, topics: their own translations are in
// content/<lang>/), dates and times written by `Intl`, keys (<kbd>), commands and paths
// (<code>, a folder's path), and names (the app's, each language's own).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Session, Keys, sleep } from "./webdriver.mjs";
import { APP, OUT, ROOT, layoutProblems, setSize, shot, typeIn } from "./helpers.mjs";

const PASS = "copper meadow lantern thirty";

let s;
after(async () => {
  await s?.quit();
});

const ACCENTED = {
  a: "á", e: "é", i: "í", o: "ó", u: "ú", y: "ý", c: "ç", n: "ñ",
  A: "Á", E: "É", I: "Í", O: "Ó", U: "Ú", Y: "Ý", C: "Ç", N: "Ñ",
};

/** An English message as the pseudo-language shows it (as `pseudo` in ui/src/lib/i18n.svelte.ts). */
function pseudo(text) {
  const body = [...text].map((c) => ACCENTED[c] ?? c).join("");
  return `[${body} ${"~".repeat(Math.ceil(text.length * 0.4)).replace(/(~{8})(?=~)/g, "$1 ")}]`;
}

/** Every string of the English library: each article whole (its front matter and its text,
 *  where the "try it" links' words are), and each quoted value of its TOML files. */
function libraryStrings() {
  const dir = path.join(ROOT, "content/en");
  const out = [];
  const quoted = (text) => {
    for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"/g)) if (m[1].length > 2) out.push(m[1].replace(/\\"/g, '"'));
  };
  for (const f of fs.readdirSync(dir)) if (f.endsWith(".toml")) quoted(fs.readFileSync(path.join(dir, f), "utf8"));
  for (const f of fs.readdirSync(path.join(dir, "articles"))) {
    const text = fs.readFileSync(path.join(dir, "articles", f), "utf8");
    out.push(text);
  }
  return out;
}

const LIBRARY = libraryStrings();
const DATES = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b[AP]M\b/g;
/** Names that are the same in every language: the app's, the other journals an import reads,
 *  and each language's own name in the language menu. */
const NAMES = ["Trellis", "Notes", "jrnl", "Day One", "English", "Español"];

/** What the screen shows outside brackets that is not in the allowed kinds of text above:
 *  text of elements (their own text nodes), and the placeholder, label and title attributes. */
async function unbracketed() {
  const found = await s.exec(`
    const shown = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length) && getComputedStyle(el).visibility !== "hidden";
    const skip = (el) => el.closest("script, style, kbd, code, .path, textarea, [contenteditable], .markdown, article .body, [data-testid=article-body]");
    const own = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const n = walker.currentNode;
      const el = n.parentElement;
      if (!el || skip(el) || (el.tagName !== "OPTION" && !shown(el))) continue;
      own.set(el, (own.get(el) ?? "") + n.textContent);
    }
    const out = [];
    for (const [el, text] of own) out.push([el.tagName.toLowerCase() + "." + [...el.classList].join("."), text]);
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
      if (skip(el) || !shown(el)) continue;
      for (const a of ["placeholder", "aria-label", "title"]) {
        const v = el.getAttribute(a);
        if (v) out.push([el.tagName.toLowerCase() + "@" + a, v]);
      }
    }
    return out;`);
  const problems = [];
  for (const [where, text] of found) {
    // Innermost brackets first: a message may hold another ("[(optional: “[Weekly…]”…)]").
    let outside = text;
    while (/\[[^[\]]*\]/.test(outside)) outside = outside.replace(/\[[^[\]]*\]/g, "\n");
    const rest = outside
      .replace(DATES, " ")
      .split("\n")
      .map((p) => p.trim())
      .filter((p) => /\p{L}{2,}/u.test(p))
      .filter((p) => !NAMES.includes(p) && !LIBRARY.some((l) => l.includes(p)));
    for (const p of rest) problems.push(`${where}: ${p}`);
  }
  return [...new Set(problems)];
}

const problems = [];

/** Checks the screen as it is now under `name`: no unbracketed words, nothing spilling over. */
async function check(name) {
  await sleep(400);
  for (const p of await unbracketed()) problems.push(`${name}: not from the catalogue: ${p}`);
  for (const p of await layoutProblems(s)) problems.push(`${name}: ${p}`);
  await shot(s, `110-pseudo-${name}`);
}

/** Waits for a button that shows the English message `text` in the pseudo-language. */
async function pseudoButton(text, timeout = 15_000) {
  const want = pseudo(text);
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      for (const el of await s.findAll("button")) {
        const t = (await s.text(el)).trim();
        if (t === want || t.startsWith(want)) return el;
      }
    } catch (e) {
      if (e.code !== "stale element reference") throw e;
    }
    if (Date.now() > deadline) throw new Error(`no button ${want}`);
    await sleep(150);
  }
}

test("pseudo-language: every screen at 720×520 shows only messages of the catalogues, and each fits", { timeout: 400_000 }, async () => {
  const dir = path.join(process.env.WORK || OUT, "vault-pseudo");
  s = await Session.startWithArgs(APP, ["--vault", dir, "--language", "qps"]);
  await setSize(s, 720, 520);
  await s.waitFor("#new-passphrase");
  await s.waitFor("h1", { check: async (el) => (await s.text(el)).startsWith("[") });
  await check("first-run");

  await typeIn(s, "#new-passphrase", PASS);
  await typeIn(s, "#repeat-passphrase", PASS);
  await s.click(await pseudoButton("Create my journal"));
  await s.waitFor("[data-testid=recovery-code]");
  await check("recovery-code");
  await s.click(await s.find("input[type=checkbox]"));
  await s.click(await pseudoButton("Continue"));
  await s.waitFor("header nav");

  const views = [
    ["Journal", "journal"],
    ["Mood", "mood"],
    ["Library", "library"],
    ["Together", "together"],
    ["Check-in", "checkin"],
    ["Reminders", "reminders"],
    ["Settings", "settings"],
  ];
  for (const [name, id] of views) {
    await s.click(await pseudoButton(name));
    await check(id);
  }

  // The forms behind the first buttons: a new reminder, a new boundary.
  await s.click(await pseudoButton("Reminders"));
  await s.click(await pseudoButton("Weekly check-in"));
  await check("reminder-form");
  await s.keys(Keys.ESCAPE);
  await s.click(await pseudoButton("Together"));
  await s.click(await s.waitFor("#tab-boundaries"));
  await s.click(await pseudoButton("Add a boundary"));
  await check("boundary-form");
  await s.keys(Keys.ESCAPE);

  // The tabs of Together.
  await s.click(await pseudoButton("Together"));
  for (const tab of ["boundaries", "expectations", "agreements", "partner"]) {
    await s.click(await s.waitFor(`#tab-${tab}`));
    await check(`together-${tab}`);
  }
  await s.click(await pseudoButton("Print…"));
  await s.waitFor("#print-title");
  await check("print");

  // An article, with its "try it" links.
  await s.click(await pseudoButton("Library"));
  await s.waitFor("[data-testid=article-list]");
  await s.click(await s.waitFor("[data-testid=article-list] button, [data-testid=article-list] a"));
  await s.waitFor("#article-title");
  await check("article");

  // A new journal entry, its prompts and the mood.
  await s.click(await pseudoButton("Journal"));
  await s.click(await pseudoButton("Not now"));
  await s.keys([Keys.CONTROL, "n"]);
  await s.waitFor("#entry-title");
  await check("entry");

  // Locked: the unlock screen, and Safety & help over it.
  await s.keys([Keys.CONTROL, "l"]);
  await s.waitFor("#passphrase");
  await check("unlock");
  await s.click(await s.waitFor("[data-testid=safety-help]"));
  await s.waitFor("#article-title");
  await check("safety-help");
  await s.keys(Keys.ESCAPE);

  assert.deepEqual(problems, [], "every screen in the pseudo-language");
});
