// Trellis in Spanish, in a real window: the language is chosen in Settings and every screen
// changes at once; the library, its prompts and the worksheet areas follow; the lock screen
// and Safety & help are in it before unlock, and still after a fresh start; and no screen
// is left with English words of its own (the core's own sentences are named below).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Session, Keys, sleep } from "./webdriver.mjs";
import { APP, OUT, buttonNamed, createVault, layoutProblems, setSize, shot, typeDay, typeIn } from "./helpers.mjs";

const PASS = "copper meadow lantern thirty";
const NAV = "nav.main-nav, nav[aria-label]";

let s;
after(async () => {
  await s?.quit();
});

const button = (text) => buttonNamed(s, text);

/** English words a Spanish screen never holds: the commonest English function words (not
 * "has", which is Spanish too: "has guardado"). */
const ENGLISH = /\b(the|and|your|you|with|this|that|for|of|to|is|are|not|what|when|from|here|there|will|was|have|can't|don't|it's)\b/i;

/** The English sentences still on a Spanish screen, line by line, leaving out `allowed`
 * (text the Rust core writes: its catalogue comes later) and what the person wrote. */
async function englishOnScreen(allowed = []) {
  const text = await s.exec("return document.body.innerText");
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && ENGLISH.test(l))
    .filter((l) => !allowed.some((a) => l.includes(a)));
}

async function goTo(name) {
  await s.click(await button(name));
  await sleep(300);
}

async function chooseLanguage(code) {
  await s.waitFor("#language");
  await s.exec(
    `const sel = document.querySelector('#language');
     sel.value = arguments[0];
     sel.dispatchEvent(new Event('change', { bubbles: true }));`,
    [code],
  );
  await s.waitFor("html", { check: async () => (await s.exec("return document.documentElement.lang")) === (code || "en") });
}

test("language: Spanish from Settings, on every screen, before unlock and after a restart", { timeout: 300_000 }, async () => {
  const dir = path.join(process.env.WORK || OUT, "vault-language");
  s = await Session.startWithArgs(APP, ["--vault", dir]);
  await s.waitFor("#new-passphrase");
  await createVault(s, PASS);

  await goTo("Settings");
  await chooseLanguage("es");
  await s.waitFor("h1", { check: async (el) => (await s.text(el)) === "Ajustes" });
  assert.equal(await s.text(await s.find("[data-testid=language-settings] h2")), "Idioma");
  await shot(s, "100-settings-in-spanish");
  assert.deepEqual(await englishOnScreen(), [], "Settings is all Spanish");

  // The journal, with an entry written in Spanish.
  await goTo("Diario");
  await s.keys([Keys.CONTROL, "n"]);
  await s.waitFor("#entry-title");
  await typeIn(s, "#entry-title", "Una tarde tranquila");
  await typeIn(s, "#entry-body", "Hablamos con calma después de cenar.");
  // Its date, typed into the date field as Spanish writes a date: the day, the month in words,
  // the year (the webview's own field wrote the system's "12/07/2026").
  assert.equal(await typeDay(s, "#entry-date", "2026-05-03"), "3 de mayo de 2026");
  await s.waitFor("body", { check: async () => /3 may\.? 2026/.test(await s.exec("return document.body.innerText")) });
  await sleep(1200);
  await shot(s, "101-journal-in-spanish");
  assert.deepEqual(await englishOnScreen(), [], "the journal is all Spanish");
  // The weekly check-in offered on the journal's screen: its rule in Spanish words.
  await s.click(await button("Sí, recuérdamelo"));
  await s.waitFor("[data-testid=checkin-set]", { check: async (el) => /cada domingo a las 19:00/.test(await s.text(el)) });

  // The library: its list, an article and its "try it" buttons in Spanish.
  await goTo("Biblioteca");
  await s.waitFor(".row, [data-testid=article-list]");
  assert.deepEqual(await englishOnScreen(), [], "the library's list is all Spanish");
  for (const el of await s.findAll("[data-testid=article-list] .row, [data-testid=article-list] button, [data-testid=article-list] a")) {
    if ((await s.text(el)).includes("Poner límites")) {
      await s.click(el);
      break;
    }
  }
  await s.waitFor("#article-title", { check: async (el) => (await s.text(el)) === "Poner límites" });
  assert.equal(await s.exec("return document.querySelector('article').lang"), "es");
  await shot(s, "102-article-in-spanish");
  assert.deepEqual(await englishOnScreen(), [], "the article page is all Spanish");

  // The tools: the boundaries list and the worksheet's areas (from the library) in Spanish.
  await goTo("En pareja");
  await sleep(500);
  assert.deepEqual(await englishOnScreen(), [], "Together is all Spanish");
  await goTo("Recordatorios");
  await s.waitFor("body", { check: async () => /Cada domingo a las 19:00/.test(await s.exec("return document.body.innerText")) });
  assert.deepEqual(await englishOnScreen(), [], "Reminders is all Spanish");
  await shot(s, "106-reminders-in-spanish");

  // The readable export is in Spanish too: its files' names, its headings, the reminder's rule.
  const md = path.join(process.env.WORK || OUT, "export-in-spanish");
  fs.rmSync(md, { recursive: true, force: true });
  fs.writeFileSync(process.env.TRELLIS_CHOOSE_PATH_FOR_TESTS, `${md}\n`);
  await goTo("Ajustes");
  await s.click(await button("Exportar como archivos Markdown…"));
  await s.waitFor("[data-testid=export-result]", {
    timeout: 30_000,
    check: async (el) => /^Exportación lista/.test(await s.text(el)),
  });
  await s.exec("document.querySelector('[data-testid=export-result]').scrollIntoView({ block: 'center' })");
  await shot(s, "108-export-in-spanish");
  assert.deepEqual(fs.readdirSync(md).sort(), ["acuerdos.md", "entradas", "hojas-de-expectativas.md", "limites.md", "recordatorios.md"]);
  assert.match(fs.readFileSync(path.join(md, "limites.md"), "utf8"), /^# Límites\n/);
  assert.match(fs.readFileSync(path.join(md, "recordatorios.md"), "utf8"), /^# Recordatorios\n[^]*- Cuándo: cada domingo a las 19:00/);

  // At the smallest size, nothing spills over in the longer language.
  await setSize(s, 720, 520);
  for (const screen of ["Diario", "Biblioteca", "En pareja", "Recordatorios", "Ajustes"]) {
    await goTo(screen);
    assert.deepEqual(await layoutProblems(s), [], `${screen} fits at 720×520 in Spanish`);
  }
  await setSize(s, 1120, 760);

  // At the default size the views keep to one row: Settings shows as a gear when the Spanish
  // names would not fit beside Safety & help, and keeps its name for screen readers.
  await s.waitFor("header", {
    check: async () =>
      s.exec(`const b = [...document.querySelectorAll("header nav button")];
              return b.length > 6 && b.every((x) => x.offsetTop === b[0].offsetTop);`),
  });
  assert.equal(await s.exec(`return document.querySelector("header .to-settings").textContent.trim()`), "Ajustes");
  await shot(s, "107-header-in-spanish");

  // Ready for a right-to-left language: with dir="rtl" the page mirrors (logical CSS
  // properties), the headings start at the right, and nothing spills over.
  await goTo("Ajustes");
  await s.exec("document.documentElement.dir = 'rtl'");
  await sleep(300);
  const edges = await s.exec(
    `const heading = document.querySelector('h1');
     const words = document.createRange();
     words.selectNodeContents(heading);
     const h = words.getBoundingClientRect();
     const box = heading.getBoundingClientRect();
     return { headingRight: box.right - h.right, headingLeft: h.left - box.left };`,
  );
  assert.ok(edges.headingRight < edges.headingLeft, `the heading starts at the right: ${JSON.stringify(edges)}`);
  assert.deepEqual(await layoutProblems(s), [], "Settings fits right to left");
  await shot(s, "105-right-to-left");
  await s.exec("document.documentElement.dir = 'ltr'");

  // Locked: the unlock screen and Safety & help are in Spanish.
  await s.keys([Keys.CONTROL, "l"]);
  await s.waitFor("#passphrase");
  await s.waitFor("h1", { check: async (el) => (await s.text(el)).startsWith("Desbloquear") });
  assert.deepEqual(await englishOnScreen(), [], "the unlock screen is all Spanish");
  await shot(s, "103-unlock-in-spanish");
  await s.click(await button("Seguridad y ayuda"));
  await s.waitFor("#article-title", { check: async (el) => (await s.text(el)) === "La seguridad primero" });
  await shot(s, "104-safety-in-spanish");
  await s.keys(Keys.ESCAPE);
  await s.quit();
  s = null;

  // A fresh start: the unlock screen is in Spanish before anything is typed.
  s = await Session.startWithArgs(APP, ["--vault", dir]);
  await s.waitFor("#passphrase");
  await s.waitFor("h1", { check: async (el) => (await s.text(el)).startsWith("Desbloquear") });
  assert.equal(await s.exec("return document.documentElement.lang"), "es");
  await typeIn(s, "#passphrase", PASS);
  await s.click(await button("Desbloquear"));
  await s.waitFor(NAV, { timeout: 30_000 });

  // Back to the system's language: English at once.
  await goTo("Ajustes");
  await chooseLanguage("");
  await s.waitFor("h1", { check: async (el) => (await s.text(el)) === "Settings" });
});
