// The thought record ("When the worry spikes") in a real window: opened from its article's
// "Try it in Trellis" button; the twenty-minute wait started (a quiet timer shows) and
// stopped; the steps walked through with the worry rated before and after; the evidence marked
// real leads to the article on doubt with a basis, and the answers are still there on the way
// back (from the journal's own button) and through a lock; saved, then found in the journal by
// search and in its list, tagged. Screenshots of each step and axe-core on the screen; no word
// of it in any file of the vault.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Session, sleep } from "./webdriver.mjs";
import { APP, OUT, awake as wake, axe, buttonNamed, createVault, scan, shot, shotSizes, typeIn, unlockWith, waitForExit } from "./helpers.mjs";

const PASS = "meadow copper lantern seven";
const HAPPENED = "zqwh The phone lit up at midnight";
const STORY = "zqws Someone else is texting";
const AGAINST = "zqwa It was the bank's alert";
const ASK = "zqwq Who texts so late at night?";
const WHEN = "zqww Tomorrow at breakfast";
const DIR = path.join(process.env.WORK || OUT, "vault-worry");

let s;
after(async () => {
  await s?.quit();
});

const button = (text) => buttonNamed(s, text);

const awake = () => wake(s);

async function input(css, text) {
  await awake();
  return await typeIn(s, css, text);
}

async function onStep(step) {
  await awake();
  await s.waitFor(`[data-testid=worry-step][data-step=${step}]`);
}

/** Clicks "Next", tried again if it races the step's re-render. */
async function next(step) {
  for (let i = 0; ; i++) {
    try {
      await awake();
      await s.click(await s.waitFor("[data-testid=worry-next]"));
      await onStep(step);
      return;
    } catch (e) {
      if (i >= 3) throw e;
      await sleep(300);
    }
  }
}

/** Picks `n` on the worry scale named `name`. */
async function rate(name, n) {
  await awake();
  await s.click(await s.waitFor(`[data-testid=scale-${name}] input[value="${n}"]`));
}

const unlock = () => unlockWith(s, PASS);

test("the thought record: from its article, walked through, saved and found in the journal", { timeout: 300_000 }, async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  s = await Session.startWithArgs(APP, ["--vault", DIR]);
  await s.waitFor("#new-passphrase");
  await createVault(s, PASS);

  // The article's "Try it in Trellis" button opens the thought record on its first step.
  await s.click(await button("Library"));
  await s.waitFor("[data-testid=article-list] .row");
  for (const el of await s.findAll("[data-testid=article-list] .row")) {
    if ((await s.text(el)).includes("When the worry spikes")) {
      await s.click(el);
      break;
    }
  }
  await s.waitFor("#article-title", { check: async (el) => (await s.text(el)) === "When the worry spikes" });
  let followed = false;
  for (const el of await s.findAll(".try button")) {
    if ((await s.text(el)).includes("Walk through a worry spike")) {
      await s.click(el);
      followed = true;
      break;
    }
  }
  assert.ok(followed, "the article links to the thought record");
  await onStep("now");
  await shot(s, "80-worry-first-step");

  // The wait: a quiet timer in the window, which can be stopped.
  await s.click(await s.waitFor("[data-testid=worry-start-wait]"));
  const wait = await s.waitFor("[data-testid=worry-wait]");
  assert.match(await s.text(wait), /20 minutes left/);
  assert.match(await s.text(wait), /do not check anything/);
  await rate("worry_before", 8);
  await shotSizes(s, "81-worry-waiting");
  await axe(s, "worry-now");
  await s.click(await s.waitFor("[data-testid=worry-stop-wait]"));
  await s.waitGone("[data-testid=worry-wait]");

  await next("happened");
  await input("#wr-happened", HAPPENED);
  await next("story");
  await input("#wr-story", STORY);
  await next("evidence");
  await input("#wr-against", AGAINST);

  // Marked real, the evidence leads to the article for doubt with a basis.
  await awake();
  await s.click(await s.waitFor("[data-testid=worry-evidence-real]"));
  await s.waitFor("[data-testid=worry-real-note]");
  await shot(s, "82-worry-evidence-real");
  await axe(s, "worry-evidence");
  await s.click(await button("If your partner struggles to trust you"));
  await s.waitFor("#article-title", { check: async (el) => (await s.text(el)) === "If your partner struggles to trust you" });

  // Back through the journal's own button: the answers are where they were left.
  await s.click(await button("Journal"));
  await s.click(await s.waitFor("[data-testid=open-worry]"));
  await onStep("evidence");
  assert.equal(await s.value(await s.find("#wr-against")), AGAINST);
  await s.click(await s.find("[data-testid=worry-evidence-real]"));
  await s.waitGone("[data-testid=worry-real-note]");

  // A lock keeps them too (in memory), until the next unlock.
  await s.click(await button("Lock"));
  await s.waitFor("#passphrase");
  await unlock();
  await s.click(await button("Journal"));
  await s.click(await s.waitFor("[data-testid=open-worry]"));
  await onStep("evidence");
  assert.equal(await s.value(await s.find("#wr-against")), AGAINST, "kept through the lock");

  await next("after");
  await rate("worry_after", 3);
  await next("ask");
  await input("#wr-ask", ASK);
  await input("#wr-when", WHEN);
  await shotSizes(s, "83-worry-ask");
  await awake();
  await s.click(await s.waitFor("[data-testid=worry-save]"));
  const saved = await s.waitFor("[data-testid=worry-saved]");
  assert.match(await s.text(saved), /Saved in your journal/);
  await shot(s, "84-worry-saved");

  // In the journal: opened from the saved screen, in the list, found by search, tagged.
  await s.click(await s.waitFor("[data-testid=worry-open-entry]"));
  await s.waitFor("#entry-title", { check: async (el) => /^When the worry spiked, /.test(await s.value(el)) });
  const body = await s.value(await s.find("#entry-body"));
  for (const part of [HAPPENED, STORY, AGAINST, "Before: 8 out of 10", "After: 3 out of 10", ASK, `When: ${WHEN}`]) {
    assert.ok(body.includes(part), `the entry holds ${part}: ${body}`);
  }
  const titles = await s.exec("return [...document.querySelectorAll('[data-testid=entry-list] .title')].map((e) => e.textContent)");
  assert.ok(titles.some((t) => t.startsWith("When the worry spiked")), `in the journal's list: ${titles}`);
  const tags = await s.exec("return [...document.querySelectorAll('[data-testid=entry-list] .rowtags')].map((e) => e.textContent)");
  assert.ok(tags.some((t) => t.includes("#thought record")), `tagged: ${tags}`);
  await input("#search", "zqws");
  const hit = await s.waitFor("[data-testid=search-results] mark", { timeout: 10_000 });
  assert.match(await s.text(hit), /zqws/i);
  await shotSizes(s, "85-worry-found-in-journal");

  await s.quit();
  s = null;
  await waitForExit();
  assert.deepEqual(scan(DIR, [HAPPENED, STORY, AGAINST, ASK, WHEN, "zqwh", "zqws"]), [], "nothing readable in the vault");
});
