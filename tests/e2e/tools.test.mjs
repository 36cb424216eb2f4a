// The tools a couple uses together, in a real window: a boundary added, edited twice with
// notes and read back as a timeline, a crossed moment logged and counted; an expectations
// worksheet filled in, started again from itself, changed and compared; a middle ground
// marked agreed and found in the agreements ledger; journal search finding the tools; the
// library's "Try it in Trellis" buttons opening them. axe-core and screenshots on each screen.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { Keys, Session, sleep } from "./webdriver.mjs";
import { APP, OUT, axe, buttonNamed, createVault, shot, shotSizes, typeDay, typeIn } from "./helpers.mjs";

const PASS = "willow granite evening ninety";
const BOUNDARY = "zqb I take a twenty minute break when we start shouting";
const BOUNDARY_2 = "zqb I take a thirty minute break when we start shouting";
const MIDDLE = "zqm We text if plans change by more than an hour";

let s;
after(async () => {
  await s?.quit();
});

const button = (text) => buttonNamed(s, text);

/** Types into a field, naming the field if it cannot be typed into. */
async function input(css, text) {
  try {
    await awake();
    return await typeIn(s, css, text);
  } catch (e) {
    await shot(s, "fail-tools");
    throw new Error(`typing into ${css}: ${e.message}`);
  }
}

/** Counts as activity for the auto-lock (20 s in tests): screenshots and axe take a while and
 *  a value set from a script is no keystroke. */
async function awake() {
  await s.exec("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }))");
}

/** Screenshots a screen at each size and runs axe-core on it. */
async function look(name, screen) {
  await awake();
  await shotSizes(s, name);
  await awake();
  if (screen) await axe(s, screen);
  await awake();
}

/** Sets a form control's value as a person choosing it would (input and change events). */
async function setValue(css, value) {
  await s.waitFor(css);
  await awake();
  await s.exec(
    `const el = document.querySelector(arguments[0]); el.value = arguments[1];
     el.dispatchEvent(new Event("input", { bubbles: true })); el.dispatchEvent(new Event("change", { bubbles: true }));`,
    [css, value],
  );
}

/** The texts of every element matching `css`. */
const texts = (css) => s.exec("return [...document.querySelectorAll(arguments[0])].map((e) => e.innerText.trim())", [css]);

/** Waits until the texts of `css` satisfy `ok`. */
async function waitTexts(css, ok, what) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const t = await texts(css);
    if (ok(t)) return t;
    if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(t)}`);
    await sleep(150);
  }
}

/** A calendar day `days` from today, as YYYY-MM-DD in local time. */
function day(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Waits until an area of the open worksheet says its answers are saved. */
async function areaSaved(area) {
  await s.waitFor(`[data-area=${area}] summary .state`, {
    check: async (el) => /Filled in|Empty/.test(await s.text(el)),
  });
}

test("together: boundaries, worksheets, agreements, search, library links", { timeout: 360_000 }, async () => {
  const dir = path.join(process.env.WORK || OUT, "vault-tools");
  s = await Session.startWithArgs(APP, ["--vault", dir]);
  await s.waitFor("#new-passphrase");
  await createVault(s, PASS);

  // The header has room for the new view at each size (shotSizes checks it).
  await s.click(await button("Together"));
  await s.waitFor("#add-boundary");
  assert.equal(await s.exec("return document.getElementById('tab-boundaries').getAttribute('aria-selected')"), "true");
  await look("30-boundaries-empty");

  // Add a boundary.
  await s.click(await s.find("#add-boundary"));
  await input("#b-text", BOUNDARY);
  await s.click(await s.find("input[name=b-whose][value=ours]"));
  await setValue("#b-category", "communication");
  await s.waitFor("#b-category-help", { check: async (el) => /how you talk/.test(await s.text(el)) });
  await input("#b-why", "Shouting makes me shut down.");
  await input("#b-if-crossed", "I will say I need a break and leave the room calmly.");
  await look("31-boundary-form", "boundary-form");
  await s.click(await button("Add boundary"));
  await s.waitFor("#boundary-title", { check: async (el) => (await s.text(el)) === BOUNDARY });

  // Edit it twice, each time with a note.
  await s.click(await button("Edit"));
  await input("#b-text", BOUNDARY_2);
  await input("#b-note", "zqn We talked on Sunday and made it thirty");
  await s.click(await button("Save changes"));
  await s.waitFor("#boundary-title", { check: async (el) => (await s.text(el)) === BOUNDARY_2 });
  await s.click(await button("Edit"));
  await setValue("#b-status", "agreed");
  await input("#b-note", "zqn We both said yes");
  await s.click(await button("Save changes"));
  await s.waitFor("[data-testid=boundary-detail] .meta", { check: async (el) => /Agreed/.test(await s.text(el)) });

  // Its history: newest first, both changes with their notes, in words.
  const steps = await waitTexts("[data-testid=timeline] > li", (t) => t.length === 3, "three versions in the timeline");
  assert.match(steps[0], /We both said yes/);
  assert.match(steps[0], /Status\s+Draft\s*→\s*Agreed/);
  assert.match(steps[1], /We talked on Sunday/);
  assert.match(steps[1], /Wording/);
  assert.ok(steps[1].includes("twenty") && steps[1].includes("thirty"), `before and after: ${steps[1]}`);
  assert.match(steps[2], /The boundary was written/);

  // Log a crossed moment: it is listed and counted.
  await input("#moment-note", "zqmoment raised voices at dinner");
  await s.click(await button("Crossed"));
  await waitTexts("[data-testid=moments] li", (t) => t.length === 1 && /Crossed/.test(t[0]) && /raised voices/.test(t[0]), "the crossed moment is listed");
  const tally = await s.exec("return document.querySelector('.card [data-testid=tally] svg').getAttribute('aria-label')");
  assert.match(tally, /30 days: honoured 0, crossed 1/);
  await look("32-boundary-detail", "boundary-detail");
  await s.exec("document.getElementById('history-title').scrollIntoView({ block: 'start' })");
  await shot(s, "32b-boundary-history-1366x900");

  // A moment removed by mistake: the history says so, and Undo puts it back, words and all.
  await s.click(await s.waitFor("[aria-label^='Remove the moment of']"));
  await waitTexts("[data-testid=timeline] > li", (t) => t.length === 4 && /Removed the moment of/.test(t[0]), "the removal is in the history");
  await s.waitGone("[data-testid=moments] li");
  await s.click(await button("Undo"));
  await waitTexts("[data-testid=moments] li", (t) => t.length === 1 && /raised voices/.test(t[0]), "the moment is back");
  await waitTexts("[data-testid=timeline] > li", (t) => t.length === 5 && /Put back/.test(t[0]), "putting it back is in the history");

  // Into the agreements ledger.
  await s.click(await button("Add to agreements"));
  await s.waitFor(".calm", { check: async (el) => /Added to your agreements/.test(await s.text(el)) });

  // A second boundary whose review date has passed stands out in the list and offers review.
  await s.click(await button("← All boundaries"));
  await s.click(await s.waitFor("#add-boundary"));
  await input("#b-text", "zqb I keep Saturday mornings for my own friends");
  await setValue("#b-category", (await s.exec("return document.querySelector('#b-category option:last-child').value")));
  await awake();
  await typeDay(s, "#b-review", day(-2));
  await s.click(await button("Add boundary"));
  await s.waitFor("#boundary-title");
  await s.click(await button("← All boundaries"));
  await waitTexts("[data-testid=boundary-list] > li", (t) => t.length === 2, "two boundaries listed");
  const listed = await texts("[data-testid=boundary-list] > li");
  assert.match(listed[0], /Saturday mornings/, "the one due for review comes first");
  assert.match(listed[0], /Review now/);
  assert.match(listed[1], /1 crossed/);
  await look("30-boundaries", "boundaries");
  // Search as you type narrows the list.
  await setValue("#boundary-search", "thirty");
  await waitTexts("[data-testid=boundary-list] > li", (t) => t.length === 1 && t[0].includes("thirty"), "the search keeps one");
  await setValue("#boundary-search", "");
  await waitTexts("[data-testid=boundary-list] > li", (t) => t.length === 2, "both again");
  // "Review now" opens the edit form.
  await s.click(await button("Review now"));
  await s.waitFor("#b-text");
  await s.click(await button("Cancel"));

  // The expectations worksheet: a new one, three areas filled in.
  await s.click(await s.find("#tab-expectations"));
  await s.waitFor("#new-title");
  await input("#new-title", "zqw First talk");
  await s.click(await button("New worksheet"));
  await s.waitFor("#sheet-title", { check: async (el) => (await s.text(el)) === "zqw First talk" });
  await input("#area-communication-mine", "zqa A message when plans change");
  await input("#area-communication-theirs", "zqa A call, not a text");
  // Keyboard focus on a pill is a dashed ring, not the look of the chosen one.
  // From their expectation, Tab on to the first pill nothing has chosen yet.
  await s.click(await s.find("#area-communication-theirs"));
  for (let i = 0; i < 8; i++) {
    await s.keys(Keys.TAB);
    if (await s.exec("const a = document.activeElement; return a.type === 'radio' && !a.checked")) break;
  }
  const pill = await s.exec(`const i = document.activeElement; const l = i.closest("label"); const cs = getComputedStyle(l);
    return { name: i.name, checked: i.checked, outline: cs.outlineStyle, background: cs.backgroundColor,
      plain: getComputedStyle(l.closest("[data-area]").querySelector("label.choice:not(:has(input:focus)):not(:has(input:checked))")).backgroundColor };`);
  assert.match(pill.name, /^area-communication-/, JSON.stringify(pill));
  assert.equal(pill.checked, false, "tabbing in chooses nothing");
  assert.equal(pill.outline, "dashed", JSON.stringify(pill));
  assert.equal(pill.background, pill.plain, `focused looks unchosen: ${JSON.stringify(pill)}`);
  await shot(s, "33a-pill-focus");
  await s.click(await s.find("input[name=area-communication-from][value=told]"));
  await s.click(await s.find("input[name=area-communication-specific]"));
  await input("#area-communication-middle", MIDDLE);
  for (const area of ["personal-space", "emotional-support"]) {
    // Fold the area out (a click on a <summary> from WebDriver does not always toggle it).
    await s.exec("document.querySelector(arguments[0]).open = true", [`[data-area=${area}]`]);
    await input(`#area-${area}-mine`, `zqa my answer about ${area}`);
  }
  await s.click(await s.find("#sheet-title"));
  for (const area of ["communication", "personal-space", "emotional-support"]) await areaSaved(area);
  await s.waitFor("[data-testid=filled]", { check: async (el) => /^3 of \d+ areas filled$/.test(await s.text(el)) });

  // Typing with a pause in an area that is not the first: the save after the pause neither
  // folds the area shut nor moves the focus, and what is typed next goes on where it was.
  await s.exec("document.querySelector('[data-area=money]').open = true");
  await s.click(await s.waitFor("#area-money-mine"));
  await s.typeKeys("zqa We keep separate accounts");
  await sleep(2000);
  await areaSaved("money");
  assert.equal(await s.exec("return document.querySelector('[data-area=money]').open"), true, "the area stays open after its save");
  assert.equal(await s.exec("return document.activeElement && document.activeElement.id"), "area-money-mine", "the focus stays in the field");
  await s.typeKeys(" and I see the statements");
  await sleep(2000);
  await areaSaved("money");
  assert.equal(await s.value(await s.find("#area-money-mine")), "zqa We keep separate accounts and I see the statements");
  // Read back from the vault: close the worksheet and open it again.
  await s.click(await button("← All worksheets"));
  await s.click(await button("zqw First talk"));
  await s.waitFor("#sheet-title", { check: async (el) => (await s.text(el)) === "zqw First talk" });
  await s.exec("document.querySelector('[data-area=money]').open = true");
  assert.equal(await s.value(await s.waitFor("#area-money-mine")), "zqa We keep separate accounts and I see the statements", "the saved answer is whole");
  assert.equal(await s.value(await s.find("#area-communication-mine")), "zqa A message when plans change", "no other area was written into");
  await s.waitFor("[data-testid=filled]", { check: async (el) => /^4 of \d+ areas filled$/.test(await s.text(el)) });

  // Mark the middle ground agreed: it says it is in the ledger.
  await s.click(await button("Mark agreed"));
  await s.waitFor("[data-area=communication] [data-testid=agreed]");
  await s.exec("document.querySelector('[data-area=communication]').scrollIntoView({ block: 'start' })");
  await look("33-worksheet", "worksheet");

  // Start a new worksheet from this one and change one answer.
  await s.click(await button("Start a new worksheet from this one"));
  await input("#from-title", "zqw Second talk");
  await s.click(await button("Start it"));
  await s.waitFor("#sheet-title", { check: async (el) => (await s.text(el)) === "zqw Second talk" });
  assert.equal(await s.value(await s.find("#area-communication-mine")), "zqa A message when plans change", "answers copied forward");
  await input("#area-communication-mine", "zqa A message or a call when plans change");
  await s.click(await s.find("#sheet-title"));
  await areaSaved("communication");
  // Rename it; the answers stay.
  await s.click(await button("Rename…"));
  await input("#rename-title", "zqw Second talk, after dinner");
  await look("33b-rename", "rename");
  await s.click(await button("Save"));
  await s.waitFor("#sheet-title", { check: async (el) => (await s.text(el)) === "zqw Second talk, after dinner" });
  assert.equal(await s.value(await s.find("#area-communication-mine")), "zqa A message or a call when plans change");

  // Compare the two: the changed answer is marked.
  await s.click(await button("Compare…"));
  await s.waitFor("#compare-before");
  await s.click(await button("Compare"));
  await s.waitFor("[data-testid=comparison]");
  const compared = await s.exec(`return [...document.querySelectorAll("[data-testid=compared-area]")].map((a) => ({
    change: a.dataset.change, text: a.innerText, marked: [...a.querySelectorAll(".changed")].map((d) => d.dataset.field) }))`);
  assert.equal(compared.length, 1, `only the changed area shows: ${JSON.stringify(compared)}`);
  assert.equal(compared[0].change, "changed");
  assert.match(compared[0].text, /Communication/);
  assert.ok(compared[0].marked.includes("mine"), `my expectation is marked: ${compared[0].marked}`);
  assert.ok(!compared[0].marked.includes("middle"), "the middle ground did not change");
  await look("34-compare", "compare");

  // The agreements ledger holds the middle ground and the boundary, each saying where it came from.
  await s.click(await s.find("#tab-agreements"));
  const ledger = await waitTexts("[data-testid=agreement-list] > li", (t) => t.length === 2 && t.some((x) => /From the boundary/.test(x)), "two agreements");
  const fromArea = ledger.find((t) => t.includes(MIDDLE));
  assert.ok(fromArea, `the middle ground is in the ledger: ${ledger}`);
  assert.match(fromArea, /From the worksheet area “Communication”/);
  assert.ok(ledger.some((t) => t.includes(BOUNDARY_2) && /From the boundary/.test(t)), "and the boundary");
  await look("35-agreements", "agreements");
  // Edit one with a note; its history shows the change.
  await s.click(await button(MIDDLE));
  await s.waitFor("#agreement-title");
  await s.click(await button("Edit"));
  await setValue("#a-status", "needs_revisiting");
  await input("#a-note", "zqn Let us look at this again next week");
  await s.click(await button("Save changes"));
  await waitTexts("[data-testid=timeline] > li", (t) => t.length === 2 && /Not checked yet\s*→\s*Needs revisiting/.test(t[0]), "the status change in the history");
  await look("36-agreement-detail", "agreement-detail");

  // Journal search finds the tools too, each labelled, opening in its own screen.
  await s.click(await button("Journal"));
  await input("#search", "thirty");
  const other = await waitTexts("[data-testid=other-results] li", (t) => t.some((x) => /^BOUNDARY/i.test(x)), "a boundary among the hits");
  assert.ok(other.some((t) => t.includes("thirty minute")), `${other}`);
  await look("37-search-everything", "search-everything");
  for (const el of await s.findAll("[data-testid=other-results] button")) {
    if (/^BOUNDARY/i.test(await s.text(el))) {
      await s.click(el);
      break;
    }
  }
  await s.waitFor("#boundary-title", { check: async (el) => (await s.text(el)) === BOUNDARY_2 });

  // A journal entry says what it is about, and the link opens the boundary.
  await s.click(await button("Journal"));
  await s.click(await s.find("#new-entry"));
  await input("#entry-title", "After dinner");
  await s.waitFor("[data-testid=about-picker] select");
  const option = await s.exec(
    "return [...document.querySelectorAll('[data-testid=about-picker] option')].find((o) => o.textContent.includes(arguments[0]))?.value",
    [BOUNDARY_2.slice(0, 20)],
  );
  assert.ok(option?.startsWith("boundary:"), `the boundary is offered: ${option}`);
  await setValue("[data-testid=about-picker] select", option);
  await waitTexts("[data-testid=about-picker] .link", (t) => t.length === 1 && t[0].includes(BOUNDARY_2.slice(0, 20)), "the link shows");
  await s.waitFor(".status", { check: async (el) => /Saved/.test(await s.text(el)) });
  await look("39-entry-about", "entry-about");
  await s.click(await s.find("[data-testid=about-picker] .open"));
  await s.waitFor("#boundary-title", { check: async (el) => (await s.text(el)) === BOUNDARY_2 });

  // The library's "Try it in Trellis" buttons open each tool.
  for (const [article, label, ready] of [
    ["Setting boundaries", "Start your boundaries list", "#add-boundary"],
    ["Realistic expectations", "Fill in the expectations worksheet", "#new-title"],
  ]) {
    await s.click(await button("Library"));
    await s.click(await button(article));
    await s.waitFor("#article-title", { check: async (el) => (await s.text(el)) === article });
    let found = false;
    for (const el of await s.findAll(".try button")) {
      if ((await s.text(el)).includes(label)) {
        assert.ok(!(await s.text(el)).includes("later version"), `${label} is offered`);
        await s.click(el);
        found = true;
        break;
      }
    }
    assert.ok(found, `a "${label}" button`);
    await s.waitFor(ready);
  }
  await look("38-worksheets", "worksheets");
});
