// Shared pieces of the end-to-end tests: paths, screenshots, accessibility checks, scans.
import fs from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { Session, sleep } from "./webdriver.mjs";

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

/** Types day `day` ("YYYY-MM-DD") into the date field (DateField.svelte) that `css`, one of
 *  its parts, belongs to, as a person would: the month chosen from its menu, then the day and
 *  the year typed from the keyboard. Returns what the field shows afterwards. */
export async function typeDay(s, css, day) {
  const [year, month, date] = day.split("-");
  await s.waitFor(css);
  const ids = await s.exec(
    `const f = document.querySelector(arguments[0]).closest(".date-field");
     return ["input.day", "select.month", "input.year"].map((c) => "#" + f.querySelector(c).id);`,
    [css],
  );
  await s.exec(
    `const m = document.querySelector(arguments[0]); m.value = arguments[1];
     m.dispatchEvent(new Event("change", { bubbles: true }));`,
    [ids[1], String(Number(month))],
  );
  await typeIn(s, ids[0], String(Number(date)));
  await typeIn(s, ids[2], year);
  return s.exec(
    `const f = document.querySelector(arguments[0]).closest(".date-field");
     return [...f.children].map((e) => e.tagName === "SELECT" ? e.selectedOptions[0].textContent : e.value ?? e.textContent).join(" ").trim();`,
    [css],
  );
}

/** Waits for a button whose visible text is `text` (or starts with it, before a line break
 *  or a space), or whose accessible name (`aria-label`) is `text`, and returns it. A button
 *  that says less in a narrow window ("Safety" for "Safety & help") keeps its whole name. */
export async function buttonNamed(s, text, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      for (const el of await s.findAll("button")) {
        const t = (await s.text(el)).trim();
        if (t === text || t.startsWith(text + "\n") || t.startsWith(text + " ")) return el;
      }
      const named = await s.findAll(`button[aria-label="${text.replace(/"/g, '\\"')}"]`);
      for (const el of named) if ((await s.text(el)).trim()) return el;
    } catch (e) {
      // The screen changed while its buttons were read (one went away): read them again.
      if (e.code !== "stale element reference") throw e;
    }
    if (Date.now() > deadline) throw new Error(`no button "${text}"`);
    await sleep(150);
  }
}

/** Creates a vault on the first-run screen and steps past the recovery code. */
export async function createVault(s, passphrase) {
  await typeIn(s, "#new-passphrase", passphrase);
  await typeIn(s, "#repeat-passphrase", passphrase);
  await s.click(await buttonNamed(s, "Create my journal"));
  await s.waitFor("[data-testid=recovery-code]");
  await s.click(await s.find("input[type=checkbox]"));
  await s.click(await buttonNamed(s, "Continue"));
  await s.waitFor("nav[aria-label=Main]");
}

/** The window sizes every screen is checked at: the smallest the app allows
 *  (tauri.conf.json minWidth × minHeight), the size it opens at (width × height there), and a
 *  common laptop screen. */
export const SIZES = [
  [720, 520],
  [1120, 760],
  [1366, 900],
];

export async function setSize(s, width, height) {
  await s.cmd("POST", "/window/rect", { width, height });
  // Wait until the page has the new size (the window manager-less Xvfb applies it at once,
  // the webview a frame later).
  for (let i = 0; i < 40; i++) {
    const w = await s.exec("return window.innerWidth");
    if (Math.abs(w - width) <= 2) break;
    await sleep(50);
  }
}

/** Returns what is wrong with the layout as it is now: sideways scrolling, the header's
 *  buttons clipped or wrapped, "Safety & help" on more than one line or over anything. */
export async function layoutProblems(s) {
  return s.exec(`
    const out = [];
    const W = window.innerWidth;
    if (document.documentElement.scrollWidth > W + 1) out.push("the page scrolls sideways: " + document.documentElement.scrollWidth + " > " + W);
    for (const el of document.querySelectorAll(".picklist, .editor, .pane, .scroll, main, .content")) {
      const st = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && st.overflowX !== "visible" && st.overflowX !== "hidden")
        out.push((el.className || el.tagName) + " scrolls sideways: " + el.scrollWidth + " > " + el.clientWidth);
    }
    for (const el of document.querySelectorAll("header button, header .safety, [data-testid=safety-help]")) {
      const r = el.getBoundingClientRect();
      if (!r.width) continue;
      if (r.right > W + 0.5 || r.left < -0.5) out.push("clipped: " + el.textContent.trim());
      const line = parseFloat(getComputedStyle(el).lineHeight) || 26;
      if (r.height > line * 1.6 + 24) out.push("wraps: " + el.textContent.trim() + " (" + Math.round(r.height) + "px)");
    }
    const header = document.querySelector("header");
    if (header) {
      const items = [...header.querySelectorAll("nav button, .brand, .safety, [data-testid=quick-hide], .lock")]
        .filter((e) => e.getBoundingClientRect().width);
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++) {
          const [a, b] = [items[i].getBoundingClientRect(), items[j].getBoundingClientRect()];
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom && b.top < a.bottom)
            out.push("header items overlap: " + items[i].textContent.trim() + " / " + items[j].textContent.trim());
        }
    }
    for (const k of document.querySelectorAll("kbd")) {
      const r = k.getBoundingClientRect();
      if (r.width && k.getClientRects().length > 1) out.push("kbd breaks: " + k.textContent);
    }
    const help = [...document.querySelectorAll("[data-testid=safety-help]")].find((e) => e.getBoundingClientRect().width && !e.closest("dialog"));
    // Under an open modal dialog the page is meant to be covered; the check is for the page.
    // Inside the header (unlocked) it is in the header's own row; text scrolled under the
    // header is clipped by its pane, so only the bar before unlocking is checked.
    if (help && !help.closest("header") && !document.querySelector("dialog[open]")) {
      const h = help.getBoundingClientRect();
      // What of an element shows: its box cut by every scrolling or clipping ancestor (text
      // scrolled out of sight under the header is not covered by anything).
      const shown = (el) => {
        const b = el.getBoundingClientRect();
        let [left, top, right, bottom] = [b.left, b.top, b.right, b.bottom];
        for (let a = el.parentElement; a; a = a.parentElement) {
          const st = getComputedStyle(a);
          if (/auto|scroll|hidden|clip/.test(st.overflowX + " " + st.overflowY)) {
            const q = a.getBoundingClientRect();
            left = Math.max(left, q.left); top = Math.max(top, q.top);
            right = Math.min(right, q.right); bottom = Math.min(bottom, q.bottom);
          }
        }
        return { left, top, right, bottom, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
      };
      for (const el of document.querySelectorAll("button, input, textarea, select, label, p, h1, h2, li")) {
        if (el === help || el.contains(help) || help.contains(el) || el.closest("dialog:not([open])")) continue;
        const r = shown(el);
        if (!r.width || !r.height) continue;
        if (r.left < h.right && h.left < r.right && r.top < h.bottom && h.top < r.bottom)
          out.push("Safety & help overlaps " + el.tagName.toLowerCase() + ": " + (el.textContent || el.id).trim().slice(0, 40));
      }
    }
    return out;`);
}

/** Screenshots the screen at each of SIZES (name-720x520.png, …), checking the layout at
 *  each, and leaves the window at the largest. */
export async function shotSizes(s, name) {
  const problems = [];
  for (const [w, h] of SIZES) {
    await setSize(s, w, h);
    await shot(s, `${name}-${w}x${h}`);
    for (const p of await layoutProblems(s)) problems.push(`${w}x${h}: ${p}`);
  }
  assert.deepEqual(problems, [], `layout of ${name}`);
}

/** What the X11 clipboard holds, read as another program on the desktop would. */
export function clipboardText() {
  return execFileSync("/usr/bin/python3", [path.join(ROOT, "tests/e2e/clipboard.py")], { encoding: "utf8" });
}

/** Shows the page as the print stylesheet lays it out, screenshots it as `name.png`, and puts
 *  the screen back. WebDriver cannot print or switch the media type, so the rules inside the
 *  app's `@media print` blocks are copied into an `@media screen` block for the moment: an
 *  emulation of the printed page, not a print. Returns the body's children that stay visible
 *  and the data-testids that are hidden. */
export async function emulatePrint(s, name) {
  const result = await s.exec(`
    const rules = [];
    for (const sheet of document.styleSheets)
      for (const r of sheet.cssRules)
        if (r.media && [...r.media].includes("print")) for (const inner of r.cssRules) rules.push(inner.cssText);
    const sheet = [...document.styleSheets].at(-1);
    window.__e2ePrint = { sheet, at: sheet.insertRule("@media screen { " + rules.join("\\n") + " }", sheet.cssRules.length) };
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const shown = [...document.body.children].filter(visible).map((el) => el.dataset.testid || el.id || el.className);
    const hidden = [...document.querySelectorAll("[data-testid]")].filter((el) => !visible(el)).map((el) => el.dataset.testid);
    return { rules: rules.length, shown, hidden };`);
  await shot(s, name);
  await s.exec("window.__e2ePrint.sheet.deleteRule(window.__e2ePrint.at)");
  return result;
}

/** Waits until the system's print dialog (a GTK dialog window over the app) is on screen;
 *  returns its title. The print dialog is not part of the page: WebDriver cannot see it, the X
 *  display can (tests/e2e/window.py). */
export function waitForPrintDialog(seconds = 60) {
  const said = execFileSync("/usr/bin/python3", [path.join(ROOT, "tests/e2e/window.py"), "dialog", "wait", String(seconds)], { encoding: "utf8" });
  return said.replace(/^shown ?/, "").trim();
}

/** Closes the print dialog as a person pressing Escape would; returns once it is gone. */
export function cancelPrintDialog(seconds = 20) {
  const said = execFileSync("/usr/bin/python3", [path.join(ROOT, "tests/e2e/window.py"), "dialog", "close", String(seconds)], { encoding: "utf8" });
  if (!said.includes("closed")) throw new Error(`the print dialog did not close: ${said}`);
}

/** Tells whether some Trellis holds the app's single-instance name on this run's session bus. */
export function instanceNameOwned() {
  const reply = execFileSync(
    "dbus-send",
    ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:app.trellis.journal.SingleInstance"],
    { encoding: "utf8" },
  );
  return /boolean true/.test(reply);
}

/** Waits until the app that was asked to close is gone: no trellis-app process of this run is
 *  left, and nothing holds its single-instance name on the session bus (a process can linger
 *  unnamed while it exits, so both are asked). Another e2e run may have its own app open at
 *  the same time: only processes started with this run's WORK folder count. */
export async function waitForExit(timeout = 15_000) {
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
    if (!pids.some(mine) && !instanceNameOwned()) return;
    if (Date.now() > deadline) throw new Error("the app did not exit after the close request");
    await sleep(100);
  }
}

/** Counts as activity for the auto-lock (20 s in the tests), before a step that may take a while. */
export async function awake(s) {
  await s.exec("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }))");
}

/** Unlocks with `passphrase` on the unlock screen and waits for the unlocked window. */
export async function unlockWith(s, passphrase) {
  await typeIn(s, "#passphrase", passphrase);
  await s.click(await buttonNamed(s, "Unlock"));
  await s.waitFor("nav[aria-label=Main]", { timeout: 30_000 });
}

/** Starts a second app through a tauri-driver of its own on `port`, in a D-Bus session of its
 *  own (so the single-instance check does not hand it over to the first window) and with its
 *  own XDG folders (under `work/<name>-home`) and path-choosing file. Returns its session and a
 *  way to stop its driver. */
export async function secondWindow({ work, port, vault, choose, name = "second" }) {
  const home = path.join(work, `${name}-home`);
  const env = { ...process.env, TRELLIS_CHOOSE_PATH_FOR_TESTS: choose, TRELLIS_VAULT: vault };
  for (const [key, dir] of [["XDG_DATA_HOME", "data"], ["XDG_CACHE_HOME", "cache"], ["XDG_CONFIG_HOME", "config"], ["XDG_RUNTIME_DIR", "run"]]) {
    env[key] = path.join(home, dir);
    fs.mkdirSync(env[key], { recursive: true, mode: 0o700 });
  }
  delete env.DBUS_SESSION_BUS_ADDRESS;
  const log = fs.openSync(path.join(work, `tauri-driver-${name}.log`), "w");
  const driver = spawn("dbus-run-session", ["--", "tauri-driver", "--port", String(port), "--native-port", String(port + 1)], {
    env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, "SIGTERM");
    } catch {
      // Gone already.
    }
  };
  try {
    return { session: await Session.startWithArgs(APP, ["--vault", vault], 90_000, port), stop };
  } catch (e) {
    stop();
    throw e;
  }
}
