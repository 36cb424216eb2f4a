// Every date on screen goes through dates.ts, so the screens cannot drift back into four
// formats: no other file makes a date formatter of its own.
import { describe, expect, it } from "vitest";

// The UI has no Node typings; the test runs in Node, so it reads the files through node:fs.
const FS = "node:fs";
const fs = (await import(/* @vite-ignore */ FS)) as {
  readdirSync: (path: string) => string[];
  readFileSync: (path: string, enc: "utf8") => string;
  statSync: (path: string) => { isDirectory: () => boolean };
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (fs.statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe("dates", () => {
  it("are formatted only in dates.ts", () => {
    // vitest runs in ui/.
    const files = sources("src");
    expect(files.length, "the walk finds the sources").toBeGreaterThan(30);
    const own = /Intl\.DateTimeFormat|toLocale(Date|Time)String|dateStyle|timeStyle/;
    const offenders = files
      .filter((f) => f !== "src/lib/dates.ts" && f !== "src/lib/bindings.ts")
      .filter((f) => own.test(fs.readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
