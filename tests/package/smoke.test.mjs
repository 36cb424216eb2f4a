// The installed app, not the build tree: /usr/bin/trellis-app (from the .deb) starts under
// Xvfb to its first-run screen; after the installed `trellis` command makes a vault in the
// default place, it starts to its unlock screen and opens the vault. Each start is timed from
// the WebDriver session request (tauri-driver starting WebKitWebDriver, which starts the app)
// to the screen being there: a cold start with the page cache dropped first when this runs as
// root, then warm ones. The figures go to $PACKAGE_OUT/start.json.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { Session } from "../e2e/webdriver.mjs";
import { shot, typeIn, buttonNamed, waitForExit } from "../e2e/helpers.mjs";

const APP = "/usr/bin/trellis-app";
const OUT = process.env.E2E_OUT;
const PASS = "copper meadow lantern seventeen";
const VAULT = path.join(process.env.XDG_DATA_HOME, "trellis");
const figures = {};

let s;
after(async () => {
  await s?.quit();
  fs.writeFileSync(path.join(OUT, "start.json"), JSON.stringify(figures, null, 2));
});

/** Empties the page cache (root only), so the next start reads the app from disk. */
function dropCaches() {
  try {
    execFileSync("sh", ["-c", "sync && echo 3 > /proc/sys/vm/drop_caches"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Ends the app and waits until its process is gone: a second instance started while the
 *  first is still exiting would hand itself over to it and stop. */
async function quit() {
  await s.quit();
  s = undefined;
  await waitForExit();
}

/** Starts the installed app and returns the milliseconds until `css` is on screen. The screen
 *  is looked for every 10 ms: the e2e tests' 150 ms would add ~75 ms to each figure. */
async function timedStart(css) {
  const t0 = performance.now();
  s = await Session.start(APP);
  await s.waitFor(css, { timeout: 60_000, every: 10 });
  return Math.round(performance.now() - t0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test("the installed app starts to its first-run screen", { timeout: 180_000 }, async () => {
  assert.ok(!fs.existsSync(VAULT), "no vault yet");
  figures.cache_dropped = dropCaches();
  figures.first_run_cold_ms = await timedStart("#new-passphrase");
  await s.waitFor("#repeat-passphrase");
  await buttonNamed(s, "Create my journal");
  await shot(s, "installed-first-run");
  await quit();
  assert.ok(!fs.existsSync(VAULT), "showing the first-run screen writes no vault");
});

test("with a vault made by the installed trellis command, it starts to unlock and opens it", { timeout: 300_000 }, async () => {
  execFileSync("trellis", ["init"], { env: { ...process.env, TRELLIS_PASSPHRASE: PASS }, stdio: ["ignore", "pipe", "pipe"] });
  assert.ok(fs.readdirSync(VAULT).length > 0, `trellis init made ${VAULT}`);
  execFileSync("trellis", ["journal", "add"], {
    input: "Title: Installed\n\nWritten with the installed command.",
    env: { ...process.env, TRELLIS_PASSPHRASE: PASS },
  });

  figures.cache_dropped = dropCaches() && figures.cache_dropped;
  figures.unlock_screen_cold_ms = await timedStart("#passphrase");
  await quit();
  const warm = [];
  for (let i = 0; i < 5; i++) {
    warm.push(await timedStart("#passphrase"));
    if (i < 4) await quit();
  }
  figures.unlock_screen_warm_ms = warm;
  figures.unlock_screen_warm_median_ms = median(warm);

  await typeIn(s, "#passphrase", PASS);
  await s.click(await buttonNamed(s, "Unlock"));
  await s.waitFor("nav[aria-label=Main]", { timeout: 60_000 });
  const list = await s.waitFor("[data-testid=entry-list]");
  assert.match(await s.text(list), /Installed/, "the entry the command wrote is in the app");
  await shot(s, "installed-unlocked");
});
