import { describe, expect, it } from "vitest";
import { sentence } from "./sentence";

describe("sentence", () => {
  it("capitalises a core message and ends it with a full stop", () => {
    expect(sentence("the vault is locked; unlock it first")).toBe("The vault is locked; unlock it first.");
  });

  it("leaves a message that already is a sentence alone", () => {
    expect(sentence("Trellis only opens web, e-mail and Trellis links.")).toBe("Trellis only opens web, e-mail and Trellis links.");
    expect(sentence("is it there?")).toBe("Is it there?");
    expect(sentence("saving…")).toBe("Saving…");
  });

  it("treats a closing quote after the full stop as the end", () => {
    expect(sentence('no entry called "x."')).toBe('No entry called "x."');
  });

  it("trims and keeps empty text empty", () => {
    expect(sentence("  disk full  ")).toBe("Disk full.");
    expect(sentence("   ")).toBe("");
  });
});
