// Shared pieces of the end-to-end tests: paths, screenshots, accessibility checks, scans.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TARGET = process.env.CARGO_TARGET_DIR || path.join(process.env.HOME, ".cache/trellis/target");
export const APP = path.join(TARGET, "debug/trellis-app");
export const OUT = process.env.E2E_OUT || path.join(ROOT, "tests/e2e/output");
fs.mkdirSync(OUT, { recursive: true });

/** The vault folder the app under test uses (set by run.sh before tauri-driver starts). */
export const VAULT = process.env.TRELLIS_VAULT;

export async function shot(s, name) {
  const file = path.join(OUT, `${name}.png`);
  fs.writeFileSync(file, await s.screenshot());
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
