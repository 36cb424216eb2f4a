// Shared pieces of the end-to-end tests: paths, screenshots, accessibility checks, scans.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { sleep } from "./webdriver.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TARGET = process.env.CARGO_TARGET_DIR || path.join(process.env.HOME, ".cache/trellis/target");
export const APP = path.join(TARGET, "debug/trellis-app");
export const OUT = process.env.E2E_OUT || path.join(ROOT, "tests/e2e/output");
fs.mkdirSync(OUT, { recursive: true });

/** The vault folder the app under test uses (set by run.sh before tauri-driver starts). */
export const VAULT = process.env.TRELLIS_VAULT;

/** Saves what the page shows (once it has painted) as `name.png`, and what the X display
 *  shows as `name-x.png`: WebKit's own snapshot leaves out modal dialogs. */
export async function shot(s, name) {
  await s.execAsync("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));");
  const file = path.join(OUT, `${name}.png`);
  fs.writeFileSync(file, await s.screenshot());
  try { execFileSync("import", ["-window", "root", path.join(OUT, `${name}-x.png`)]); } catch {}
  return file;
}

const AXE = fs.readFileSync(path.join(ROOT, "ui/node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page; fails on any serious or critical violation. */
export async function axe(s, screen) {
  await s.exec(`${AXE}\nreturn true;`);
  const violations = await s.execAsync(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ["violations"] })
      .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }))))
      .catch((e) => done([{ id: "axe-error", impact: "critical", help: String(e), nodes: [] }]));
  `);
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  fs.writeFileSync(path.join(OUT, `axe-${screen}.json`), JSON.stringify(violations, null, 2));
  assert.deepEqual(bad, [], `axe on ${screen}: ${JSON.stringify(bad, null, 2)}`);
  return violations;
}

/** Every regular file below `dir` (sockets, links and mounts of other filesystems left out). */
export function filesBelow(dir) {
  const out = [];
  const device = fs.lstatSync(dir).dev;
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (st.isDirectory() && st.dev === device) out.push(...filesBelow(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** Returns `text in file` for each text found in any file below `dir`. */
export function scan(dir, texts) {
  const hits = [];
  for (const f of filesBelow(dir)) {
    const bytes = fs.readFileSync(f);
    for (const t of texts) {
      if (bytes.includes(Buffer.from(t, "utf8")) || bytes.includes(Buffer.from(t, "utf16le"))) hits.push(`${t} in ${f}`);
    }
  }
  return hits;
}

/** Clears the field matching `css` and types `text` into it. */
export async function typeIn(s, css, text) {
  const el = await s.waitFor(css);
  await s.clear(el);
  await s.type(el, text);
  return el;
}

/** Waits for a button whose visible text is `text` (or starts with it, before a line break
 *  or a space) and returns it. */
export async function buttonNamed(s, text, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const el of await s.findAll("button")) {
      const t = (await s.text(el)).trim();
      if (t === text || t.startsWith(text + "\n") || t.startsWith(text + " ")) return el;
    }
    if (Date.now() > deadline) throw new Error(`no button "${text}"`);
    await sleep(150);
  }
}

/** Creates a vault on the first-run screen and steps past the recovery code. */
export async function createVault(s, passphrase) {
  await typeIn(s, "#new-passphrase", passphrase);
  await typeIn(s, "#repeat-passphrase", passphrase);
  await s.click(await buttonNamed(s, "Create my vault"));
  await s.waitFor("[data-testid=recovery-code]");
  await s.click(await s.find("input[type=checkbox]"));
  await s.click(await buttonNamed(s, "Continue"));
  await s.waitFor("nav[aria-label=Main]");
}
