import { describe, expect, it } from "vitest";
import type { ListedAgreement, ListedBoundary } from "./bindings";
import { aboutChoices, aboutNames, fromKey, key, withAbout } from "./about-links";

const boundary = (id: string, text: string, status = "agreed"): ListedBoundary =>
  ({ kind: "boundary", boundary: { id, text, status }, tally: {}, review_due: false }) as unknown as ListedBoundary;
const agreement = (id: string, text: string, status = "kept"): ListedAgreement =>
  ({ kind: "agreement", agreement: { id, text, status }, due: false }) as unknown as ListedAgreement;

describe("about links", () => {
  it("offers boundaries and agreements that are not retired, named by their first line", () => {
    const choices = aboutChoices(
      [boundary("b1", "Phones away at dinner\nbecause"), boundary("b2", "Old", "retired"), { kind: "damaged", id: "x", created_at: "" }],
      [agreement("a1", "One evening a week"), agreement("a2", "Gone", "retired")],
    );
    expect(choices.map((c) => [c.about.kind, c.label])).toEqual([
      ["boundary", "Phones away at dinner"],
      ["agreement", "One evening a week"],
    ]);
  });

  it("names retired ones too, and keys round-trip", () => {
    const names = aboutNames([boundary("b2", "Old", "retired")], []);
    expect(names.get("boundary:b2")).toBe("Old");
    expect(fromKey(key({ kind: "agreement", id: "a1" }))).toEqual({ kind: "agreement", id: "a1" });
    expect(fromKey("entry:e1")).toBeNull();
    expect(fromKey("")).toBeNull();
  });

  it("adds a link once", () => {
    const one = withAbout([], { kind: "boundary", id: "b1" });
    expect(withAbout(one, { kind: "boundary", id: "b1" })).toBe(one);
    expect(withAbout(one, { kind: "agreement", id: "b1" })).toHaveLength(2);
  });
});
