import { describe, expect, it } from "vitest";
import type { Prompts } from "./bindings";
import { pickOne, promptsShown } from "./prompt-picker";

const DATA: Prompts = {
  groups: [
    { id: "acknowledge", title: "Acknowledge", summary: "" },
    { id: "daily", title: "Daily", summary: "" },
  ],
  prompts: [
    { id: "a1", group: "acknowledge", text: "What are you most afraid might be true?", hint: "Naming a fear is not believing it." },
    { id: "a2", group: "acknowledge", text: "Where do you feel distrust in your body?", hint: "A tight chest." },
    { id: "d1", group: "daily", text: "What went well today?", hint: "However small. Déjà vu counts." },
  ],
};

describe("the prompt picker", () => {
  it("shows every prompt by its group when nothing is searched", () => {
    const shown = promptsShown(DATA, "");
    expect(shown.map((s) => [s.group.id, s.prompts.map((p) => p.id)])).toEqual([["acknowledge", ["a1", "a2"]], ["daily", ["d1"]]]);
  });

  it("finds prompts by every word typed, in the text, the hint or the group, ignoring case and accents", () => {
    expect(promptsShown(DATA, "FEAR").flatMap((s) => s.prompts.map((p) => p.id))).toEqual(["a1"]);
    expect(promptsShown(DATA, "daily small").flatMap((s) => s.prompts.map((p) => p.id))).toEqual(["d1"]);
    expect(promptsShown(DATA, "deja").flatMap((s) => s.prompts.map((p) => p.id))).toEqual(["d1"]);
    expect(promptsShown(DATA, "fear today")).toEqual([]);
  });

  it("keeps to the chosen group, and leaves out groups with nothing found", () => {
    expect(promptsShown(DATA, "", "daily").map((s) => s.group.id)).toEqual(["daily"]);
    expect(promptsShown(DATA, "body").map((s) => s.group.id)).toEqual(["acknowledge"]);
  });

  it("picks one of the prompts shown, or none when none is", () => {
    const shown = promptsShown(DATA, "");
    expect(pickOne(shown, () => 0)?.id).toBe("a1");
    expect(pickOne(shown, () => 0.999)?.id).toBe("d1");
    expect(pickOne(promptsShown(DATA, "acknowledge"), () => 0.6)?.id).toBe("a2");
    expect(pickOne([], () => 0.5)).toBeNull();
  });
});
