import { FluentResource } from "@fluent/bundle";
import type { TwoEdits, Waiting } from "./bindings";
import { LANGUAGES, PSEUDO, bundleOf, catalogues, i18n, languageFor, pseudo, t } from "./i18n.svelte";

// The UI has no Node typings; the test runs in Node, so it reads the files through node:fs.
const FS = "node:fs";
const { readdirSync, readFileSync, statSync } = (await import(/* @vite-ignore */ FS)) as {
  readdirSync: (path: string) => string[];
  readFileSync: (path: string, enc: "utf8") => string;
  statSync: (path: string) => { isDirectory(): boolean };
};
const join = (...parts: string[]) => parts.join("/");

/** Every source file of the UI but the tests. */
function sources(dir = "src"): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The ids of a catalogue's messages (terms, `-name`, are not messages). */
function ids(text: string): Set<string> {
  return new Set(new FluentResource(text).body.map((m) => m.id).filter((id) => !id.startsWith("-")));
}

/** Every catalogue, read at once (the app loads a language other than English when shown). */
const all = catalogues(
  import.meta.glob("../locales/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>,
);
const english = ids(all.get("en") ?? "");

describe("the message catalogues", () => {
  it("parse, in every language, with no message written twice", () => {
    for (const [lang, text] of all) {
      expect(() => bundleOf(lang, text)).not.toThrow();
      const list = new FluentResource(text).body.map((m) => m.id);
      expect(list.filter((id, i) => list.indexOf(id) !== i), `${lang}: ids used twice`).toEqual([]);
    }
    expect([...all.keys()].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it("hold every message the code asks for, in English", () => {
    const used = new Set<string>();
    for (const file of sources()) {
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/\b(?:t|i18n\.t|i18n\.attr)\(\s*"([a-z0-9-]+)"/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((id) => !english.has(id)), "asked for, not in the English catalogue").toEqual([]);
  });

  it("lists what each language is missing, and that is nothing", () => {
    for (const { code } of LANGUAGES) {
      const own = ids(all.get(code) ?? "");
      const missing = [...english].filter((id) => !own.has(id));
      const stray = [...own].filter((id) => !english.has(id));
      expect(missing, `${code}: missing (shown in English)`).toEqual([]);
      expect(stray, `${code}: not in English (renamed or removed?)`).toEqual([]);
    }
  });

  it("keeps each language's files beside English's, file for file", () => {
    const files = (lang: string) => readdirSync(join("src/locales", lang)).sort();
    for (const { code } of LANGUAGES) expect(files(code), code).toEqual(files("en"));
  });
});

describe("t", () => {
  afterEach(() => i18n.use("en"));

  it("gives the message in the language shown, with its arguments", async () => {
    await i18n.use("en");
    expect(t("app-could-not-start", { name: "Notes" })).toBe("Notes could not start");
    await i18n.use("es");
    expect(t("app-could-not-start", { name: "Notas" })).toBe("Notas no pudo arrancar");
    expect(document.documentElement.lang).toBe("es");
  });

  it("words what a sync waits for and what two computers did from the core's codes", async () => {
    const waiting: Waiting[] = [
      { for: "folder", folder: "/media/usb/trellis" },
      { for: "approval", words: "uno dos tres cuatro cinco seis" },
      { for: "file", computer: "0a1b2c3d" },
      { for: "whole_file", computer: "0a1b2c3d" },
      { for: "other_computer", computer: "0a1b2c3d" },
    ];
    const edits: TwoEdits[] = ["changed", "changed_then_deleted", "deleted_and_changed"];
    for (const lang of ["en", "es"]) {
      await i18n.use(lang);
      const said = waiting.map((w) => t("sync-waiting-item", { ...w }));
      expect(new Set(said).size, `${lang}: each reason in its own words`).toBe(waiting.length);
      expect(said[0]).toContain("/media/usb/trellis");
      expect(said[1]).toContain("uno dos tres cuatro cinco seis");
      expect(said.slice(2).every((s) => s.includes("0a1b2c3d"))).toBe(true);
      const both = edits.map((what) => t("sync-two-computers-item", { kind: "safety_check", what }));
      expect(new Set(both).size, `${lang}: each in its own words`).toBe(edits.length);
      expect(both.join(" "), lang).not.toMatch(/safety_check|changed_then|deleted_and/);
    }
    expect(t("sync-waiting-item", { for: "file", computer: "0a1b2c3d" })).toBe(
      "En espera: aún no ha llegado un archivo del equipo 0a1b2c3d.",
    );
  });

  it("shows the id of a message nobody wrote, so it is seen", () => {
    expect(t("no-such-message")).toBe("no-such-message");
  });

  it("brackets and lengthens every string in the pseudo-language", async () => {
    await i18n.use(PSEUDO);
    expect(t("app-opening")).toBe(pseudo("Opening…"));
    expect(pseudo("Unlock")).toBe("[Úñlóçk ~~~]");
    expect(pseudo("A sentence of twenty-five.")).toBe("[Á séñtéñçé óf twéñtý-fívé. ~~~~~~~~ ~~~]");
    expect(pseudo("Opening…").length).toBeGreaterThanOrEqual(Math.round("Opening…".length * 1.4));
  });

  it("follows the system's language when there is no choice, else English", async () => {
    expect(languageFor(["es-MX", "en-US"])).toBe("es");
    expect(languageFor(["fr-FR", "es"])).toBe("es");
    expect(languageFor(["fr-FR"])).toBe("en");
    expect(languageFor([])).toBe("en");
    await i18n.use("xx");
    expect(LANGUAGES.map((l) => l.code)).toContain(i18n.lang);
  });
});
