import { describe, expect, it } from "vitest";
import { damagedSentence } from "./damaged";

describe("the damaged-records banner", () => {
  it("names each kind and where to find it", () => {
    expect(damagedSentence([{ kind: "entry", id: "1" }])).toBe(
      "One entry could not be read and may be damaged. Everything else is safe; it can be deleted from its list (the journal).",
    );
    const s = damagedSentence([
      { kind: "entry", id: "1" },
      { kind: "entry", id: "2" },
      { kind: "boundary", id: "3" },
    ]);
    expect(s).toBe(
      "2 entries and one boundary could not be read and may be damaged. Everything else is safe; each can be deleted from its list (the journal, Together → Boundaries).",
    );
  });
});
