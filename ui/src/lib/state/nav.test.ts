import { describe, expect, it } from "vitest";
import { NOT_YET_PROMPT } from "./nav.svelte";

// The UI has no Node typings; the test runs in Node, so it reads the file through node:fs.
const FS = "node:fs";
const { readFileSync } = (await import(/* @vite-ignore */ FS)) as { readFileSync: (path: string, enc: "utf8") => string };

describe("NOT_YET_PROMPT", () => {
  it("names prompts that exist in content/prompts.toml", () => {
    // vitest runs in ui/.
    const prompts = readFileSync("../content/prompts.toml", "utf8");
    for (const id of Object.values(NOT_YET_PROMPT)) expect(prompts, id).toContain(`id = "${id}"`);
  });
});
