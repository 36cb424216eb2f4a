// Every word the UI shows, in the person's language: one Fluent catalogue per language, split
// by screen into `src/locales/<lang>/<area>.ftl` (Fluent's own format, which the Rust side
// reads too). Code names messages by id, never by their English words: `t("app-opening")`.
//
// A message a language has not got yet falls back to English; a message English has not got
// is a bug, and `t` shows its id so a test (and a person) sees it. The catalogue test lists
// what each language is missing.
//
// The language is reactive: `t` reads `i18n.lang`, so every screen shows the new words the
// moment it changes, locked or not.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

/** English's catalogue files, by path (`../locales/en/<area>.ftl`): in the first script, since
 * every screen needs them and every other language falls back to them. */
const ENGLISH_FILES = import.meta.glob("../locales/en/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;
/** Every other language's files, each loaded when that language is first shown, so the first
 * script a person waits for carries one language, not all of them. */
const OTHER_FILES = import.meta.glob(["../locales/*/*.ftl", "!../locales/en/*.ftl"], {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

/** The languages the UI is written in, by code, with each one's name in itself. */
export const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
];

/** The pseudo-language: every English string bracketed, its letters accented and 40 % longer,
 * so a word left in the code (not bracketed) or a label too long for its box shows on screen. */
export const PSEUDO = "qps";
const ENGLISH = "en";

/** Each language's catalogue text, joined from its files (by path: `…/<lang>/<area>.ftl`) in
 * path order. */
export function catalogues(files: Record<string, string>): Map<string, string> {
  const byLang = new Map<string, string[]>();
  for (const path of Object.keys(files).sort()) {
    const lang = path.split("/").at(-2) ?? "";
    byLang.set(lang, [...(byLang.get(lang) ?? []), files[path]]);
  }
  return new Map([...byLang].map(([lang, parts]) => [lang, parts.join("\n")]));
}

/** Reads the files of `lang` (not English) from their own small scripts. */
async function filesOf(lang: string): Promise<Record<string, string>> {
  const paths = Object.keys(OTHER_FILES).filter((p) => p.split("/").at(-2) === lang);
  const texts = await Promise.all(paths.map((p) => OTHER_FILES[p]()));
  return Object.fromEntries(paths.map((p, i) => [p, texts[i]]));
}

/** A bundle of `text`; a syntax error in a catalogue is thrown, never skipped in silence. */
export function bundleOf(lang: string, text: string): FluentBundle {
  // No Unicode isolation marks around values: they would show as stray characters in
  // places that are not HTML (the window title, a notification, a file name).
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(text));
  if (errors.length) throw new Error(`${lang} catalogue: ${errors.map(String).join("; ")}`);
  return bundle;
}

const ACCENTED: Record<string, string> = {
  a: "á", e: "é", i: "í", o: "ó", u: "ú", y: "ý", c: "ç", n: "ñ",
  A: "Á", E: "É", I: "Í", O: "Ó", U: "Ú", Y: "Ý", C: "Ç", N: "Ñ",
};

/** English made strange but readable: "[Úñlóçk ~~~]" for "Unlock". The padding comes in
 * words of at most eight, so a long sentence can still wrap where a translation would. */
export function pseudo(text: string): string {
  if (!text) return text;
  const body = [...text].map((c) => ACCENTED[c] ?? c).join("");
  const pad = "~".repeat(Math.ceil(text.length * 0.4)).replace(/(~{8})(?=~)/g, "$1 ");
  return `[${body} ${pad}]`;
}

/** The language of the UI closest to the system's: its language part if the UI is written in
 * it ("es-MX" → "es"), else English. */
export function languageFor(locales: readonly string[]): string {
  for (const locale of locales) {
    const code = locale.split(/[-_.@]/)[0]?.toLowerCase();
    if (code && LANGUAGES.some((l) => l.code === code)) return code;
  }
  return ENGLISH;
}

class I18n {
  /** The language shown now: a code of `LANGUAGES`, or `PSEUDO`. */
  lang = $state(ENGLISH);
  private bundles = new Map<string, FluentBundle>();

  constructor() {
    this.bundles.set(ENGLISH, bundleOf(ENGLISH, catalogues(ENGLISH_FILES).get(ENGLISH) ?? ""));
  }

  /** The system's language, as the webview reports it. */
  systemLanguage(): string {
    const nav = typeof navigator === "undefined" ? undefined : navigator;
    return languageFor(nav?.languages?.length ? nav.languages : [nav?.language ?? ENGLISH]);
  }

  /** Shows the UI in `lang` (or the system's language for null), once its catalogue is
   * loaded. Dates and numbers follow. A catalogue that cannot be read leaves English. */
  async use(lang: string | null): Promise<void> {
    const code = lang === PSEUDO || LANGUAGES.some((l) => l.code === lang) ? (lang as string) : this.systemLanguage();
    if (code !== PSEUDO && !this.bundles.has(code)) {
      const text = catalogues(await filesOf(code)).get(code);
      if (text !== undefined) this.bundles.set(code, bundleOf(code, text));
    }
    this.lang = code;
    if (typeof document !== "undefined") document.documentElement.lang = code === PSEUDO ? ENGLISH : code;
  }

  /** The BCP 47 tag for `Intl` (dates, numbers, plurals, the week's first day) in the
   * language shown: the system's own locale when it is in that language ("en-GB", "es-MX"),
   * so its order and week start hold, else the language alone. */
  get locale(): string {
    const lang = this.lang === PSEUDO ? ENGLISH : this.lang;
    const system = typeof navigator === "undefined" ? undefined : navigator.language;
    return system && languageFor([system]) === lang && system.toLowerCase().startsWith(lang) ? system : lang;
  }

  /** The message `id` in the language shown, or in English if that language has not got it. */
  t(id: string, args?: Record<string, FluentVariable>): string {
    const lang = this.lang;
    const own = lang === PSEUDO ? undefined : this.bundles.get(lang);
    const bundle = own?.hasMessage(id) ? own : this.bundles.get(ENGLISH);
    const message = bundle?.getMessage(id);
    if (!bundle || !message?.value) return id;
    const text = bundle.formatPattern(message.value, args);
    return lang === PSEUDO ? pseudo(text) : text;
  }

  /** An attribute of message `id` (`id.attr` in the catalogue), as for `t`. */
  attr(id: string, attr: string, args?: Record<string, FluentVariable>): string {
    const lang = this.lang;
    const own = lang === PSEUDO ? undefined : this.bundles.get(lang);
    const bundle = own?.getMessage(id)?.attributes[attr] ? own : this.bundles.get(ENGLISH);
    const pattern = bundle?.getMessage(id)?.attributes[attr];
    if (!bundle || !pattern) return `${id}.${attr}`;
    const text = bundle.formatPattern(pattern, args);
    return lang === PSEUDO ? pseudo(text) : text;
  }
}

export const i18n = new I18n();

/** The message `id` in the person's language. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return i18n.t(id, args);
}
