// Reminders in a real window, delivered by a real notification daemon (dunst, started by
// D-Bus on the test's own session bus) and read off the bus with dbus-monitor: the weekly
// check-in offered after the vault is made; a reminder that comes due (the app's clock moved
// forward through its test-only offset file) shows neutral words on the bus, and its own
// words only once allowed; a click on the notification opens its screen; days away fold into
// one notification; starting at login is switched on and off.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, execFileSync } from "node:child_process";
import { Session, sleep } from "./webdriver.mjs";
import { APP, OUT, axe, buttonNamed, createVault, shot, shotSizes, typeIn } from "./helpers.mjs";

const PASS = "copper lantern meadow seventy";
const PRIVATE = "zqr Write about the weekend at the lake";
const CLOCK = process.env.TRELLIS_CLOCK_OFFSET_FILE_FOR_TESTS;

let s;
let monitor;
let bus = "";
after(async () => {
  await s?.quit();
  monitor?.kill();
  if (CLOCK) fs.writeFileSync(CLOCK, "0");
});

const button = (text) => buttonNamed(s, text);

async function awake() {
  await s.exec("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }))");
}

/** Moves the app's reminder clock so that it reads `when` (a Date) now. */
function clockAt(when) {
  fs.writeFileSync(CLOCK, String(Math.round((when.getTime() - Date.now()) / 1000)));
}

/**
 * The Notify calls seen on the bus since `from` (an offset into the monitor's output), whole:
 * dbus-monitor can hand over a call's first line before its arguments, so a call counts once
 * its last argument (the timeout, after the hints array) has come.
 */
function notifies(from) {
  return bus
    .slice(from)
    .split(/(?=method call .*member=Notify)/)
    .filter((c) => /member=Notify/.test(c) && /\]\s*int32 -?\d+/.test(c));
}

async function waitNotify(from, what) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const calls = notifies(from);
    if (calls.length) return calls;
    if (Date.now() > deadline) throw new Error(`no notification on the bus: ${what}`);
    await awake();
    await sleep(250);
  }
}

/** The next 09:00 local time (today's, if it is still to come), and `days` after it. */
function nineAfter(days) {
  const d = new Date();
  d.setHours(9, 0, 0, 0);
  if (d.getTime() <= Date.now()) d.setDate(d.getDate() + 1);
  d.setDate(d.getDate() + days);
  return d;
}

async function setValue(css, value) {
  await s.waitFor(css);
  await s.exec(
    `const el = document.querySelector(arguments[0]); el.value = arguments[1];
     el.dispatchEvent(new Event("input", { bubbles: true })); el.dispatchEvent(new Event("change", { bubbles: true }));`,
    [css, value],
  );
}

test("reminders: offered, fired on the bus neutrally, words when allowed, clicked, folded", { timeout: 300_000 }, async () => {
  assert.ok(CLOCK, "run through tests/e2e/run.sh, which sets the test clock file");
  fs.writeFileSync(CLOCK, "0");
  monitor = spawn("dbus-monitor", ["--session", "interface='org.freedesktop.Notifications'"]);
  monitor.stdout.on("data", (d) => (bus += d));
  await sleep(300);

  const dir = path.join(process.env.WORK || OUT, "vault-reminders");
  s = await Session.startWithArgs(APP, ["--vault", dir]);
  await s.waitFor("#new-passphrase");
  await createVault(s, PASS);

  // The weekly check-in is offered once, right after the vault is made.
  await s.waitFor("[data-testid=offer-checkin]");
  await shotSizes(s, "60-offer-checkin");
  await s.click(await button("Yes, remind me"));
  // The offer gives way to a word that the reminder is set.
  await s.waitFor("[data-testid=checkin-set]", { check: async (el) => /Done: a weekly check-in reminder, every Sunday at 19:00/.test(await s.text(el)) });
  assert.equal(await s.exec("return !!document.querySelector('[data-testid=offer-checkin]')"), false);
  await shot(s, "60b-checkin-set");

  await s.click(await button("Reminders"));
  await s.waitFor("[data-testid=reminder]", { check: async (el) => /Weekly check-in/.test(await s.text(el)) });
  const checkin = await s.text(await s.find("[data-testid=reminder]"));
  assert.match(checkin, /Every Sunday at 19:00/);
  // Paused, so it stays out of the way of the one below.
  await s.click(await button("Pause"));
  await s.waitFor("[data-testid=reminder]", { check: async (el) => /Paused/.test(await s.text(el)) });

  // A journaling reminder with words of its own, every day at 09:00.
  await s.click(await button("Journaling"));
  await s.waitFor("[data-testid=reminder-form]");
  await typeIn(s, "#r-title", PRIVATE);
  await setValue("#r-every", "daily");
  await setValue("#r-at", "09:00");
  await shotSizes(s, "61-reminder-form");
  await axe(s, "reminder-form");
  await s.click(await button("Add reminder"));
  await s.waitFor("[data-testid=reminder-list]", { check: async (el) => (await s.text(el)).includes(PRIVATE) });
  await shotSizes(s, "62-reminders");
  await axe(s, "reminders");

  // The next 09:00 comes: a notification with neutral words, none of the reminder's own.
  let from = bus.length;
  clockAt(new Date(nineAfter(0).getTime() + 5_000));
  let calls = await waitNotify(from, "the reminder at 09:00");
  assert.equal(calls.length, 1, calls.join("\n"));
  assert.match(calls[0], /string "Trellis"/);
  // Sent under the name the person sees (the first argument), not the program file's.
  assert.match(calls[0], /member=Notify\s+string "Trellis"/, calls[0]);
  assert.match(calls[0], /string "A reminder is due\."/);
  assert.ok(!bus.includes("zqr"), "the reminder's words never reach the bus unless allowed");

  // Allowed to show its words: the next morning they are in the notification.
  await awake();
  await s.exec(
    `const li = [...document.querySelectorAll("[data-testid=reminder]")].find((l) => l.innerText.includes(arguments[0]));
     li.querySelector("input[type=checkbox]").click();`,
    [PRIVATE],
  );
  await s.waitFor("[data-testid=reminder]", { check: async (el) => (await s.text(el)).includes(PRIVATE) && (await s.exec("return [...document.querySelectorAll('[data-testid=reminder] input[type=checkbox]')].some((b) => b.checked)")) });
  from = bus.length;
  clockAt(new Date(nineAfter(1).getTime() + 5_000));
  calls = await waitNotify(from, "the reminder with words");
  assert.equal(calls.length, 1, calls.join("\n"));
  assert.ok(calls[0].includes(PRIVATE), calls[0]);

  // A click on the notification opens a new journal entry.
  await sleep(500);
  execFileSync("dunstctl", ["action", "0"]);
  await s.waitFor("nav[aria-label=Main] button.current", { check: async (el) => (await s.text(el)) === "Journal" });
  await s.waitFor("#entry-title");
  await shot(s, "63-after-click");

  // Five days away: one notification for everything missed, not one per day.
  from = bus.length;
  clockAt(new Date(nineAfter(6).getTime() + 3 * 3600_000));
  calls = await waitNotify(from, "the missed ones");
  await sleep(4_000);
  calls = notifies(from);
  assert.equal(calls.length, 1, calls.join("\n"));
  assert.match(calls[0], /A reminder came due while Trellis was closed or the computer was asleep\./);
  fs.writeFileSync(CLOCK, "0");

  // Start at login: the desktop's autostart entry appears and goes.
  await s.click(await button("Reminders"));
  // Under a neutral name: the desktop's list of startup programs is seen by anyone at it.
  const entry = path.join(os.homedir(), ".config/autostart/Notes.desktop");
  const box = await s.waitFor("[data-testid=autostart]");
  await s.click(box);
  for (let i = 0; i < 40 && !fs.existsSync(entry); i++) await sleep(100);
  assert.ok(fs.existsSync(entry), "the login item is written");
  assert.match(fs.readFileSync(entry, "utf8"), /--in-tray/);
  assert.match(fs.readFileSync(entry, "utf8"), /^Name=Notes$/m);
  await s.click(box);
  for (let i = 0; i < 40 && fs.existsSync(entry); i++) await sleep(100);
  assert.ok(!fs.existsSync(entry), "and removed again");

  // Named "Notes": notifications come as "Notes", with a text editor's icon, not Trellis's.
  await s.click(await button("Settings"));
  await s.click(await s.waitFor("[data-testid=name-as-notes]"));
  await s.waitFor("[data-testid=name-as-notes]", { check: async (el) => (await s.exec("return arguments[0].checked", [{ "element-6066-11e4-a52e-4f735466cecf": el }])) === true });
  from = bus.length;
  clockAt(new Date(nineAfter(8).getTime() + 5_000));
  calls = await waitNotify(from, "a reminder under the name Notes");
  assert.match(calls[0], /member=Notify\s+string "Notes"\s+uint32 \d+\s+string "accessories-text-editor"/, calls[0]);
  assert.ok(!calls[0].includes("Trellis"), calls[0]);
  fs.writeFileSync(CLOCK, "0");
});
