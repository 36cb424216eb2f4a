import { describe, expect, it } from "vitest";
import { agreementStanding, describeChange, filledText, isDue, shorten, tallyBars, tallyOf, today } from "./tools-words";

describe("describeChange", () => {
  const categories = [{ id: "emotional", title: "Emotional", explanation: "", examples: [] }];

  it("names fields and values in words", () => {
    expect(describeChange({ field: "status", before: "draft", after: "needs_revisiting" })).toEqual({
      label: "Status", before: "Draft", after: "Needs revisiting",
    });
    expect(describeChange({ field: "whose", before: "mine", after: "partners" })).toEqual({
      label: "Whose", before: "Mine", after: "My partner's",
    });
    expect(describeChange({ field: "category", before: "", after: "emotional" }, categories)).toEqual({
      label: "Category", before: "(empty)", after: "Emotional",
    });
    expect(describeChange({ field: "text", before: "9 pm", after: "10 pm" })).toEqual({ label: "Wording", before: "9 pm", after: "10 pm" });
  });

  it("writes dates out and labels a field it does not know", () => {
    const d = describeChange({ field: "review_on", before: "", after: "2026-12-01" });
    expect(d.label).toBe("Review date");
    expect(d.after).toMatch(/2026/);
    expect(d.after).not.toBe("2026-12-01");
    expect(describeChange({ field: "new_thing", before: "a", after: "b" }).label).toBe("New thing");
  });
});

describe("agreementStanding", () => {
  // Noon local time, so the day is the same wherever the test runs.
  const made = new Date(2026, 11, 5, 12, 0).toISOString();

  it("never calls an agreement made a minute ago kept", () => {
    expect(agreementStanding({ status: "new", created_at: made }, "2026-12-05")).toBe("Made today · not checked yet");
    expect(agreementStanding({ status: "new", created_at: made }, "2026-12-09")).toBe("Not checked yet");
  });

  it("says the status once someone has said how it went", () => {
    expect(agreementStanding({ status: "kept", created_at: made }, "2026-12-05")).toBe("In place");
    expect(agreementStanding({ status: "needs_revisiting", created_at: made }, "2026-12-05")).toBe("Needs revisiting");
  });

  it("shows the step from new to kept in a history in words", () => {
    expect(describeChange({ field: "status", before: "new", after: "kept" })).toEqual({ label: "Status", before: "Not checked yet", after: "In place" });
  });
});

describe("dates and counts", () => {
  it("gives today as a local calendar day", () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });

  it("is due on the day and after it, never without a date", () => {
    expect(isDue("2026-11-22", "2026-11-22")).toBe(true);
    expect(isDue("2026-11-21", "2026-11-22")).toBe(true);
    expect(isDue("2026-11-23", "2026-11-22")).toBe(false);
    expect(isDue(null, "2026-11-22")).toBe(false);
  });

  it("says how far a worksheet is filled", () => {
    expect(filledText(7, 13)).toBe("7 of 13 areas filled");
    expect(filledText(0, 1)).toBe("0 of 1 area filled");
  });

  it("counts moments over 30 and 90 days as the core does, leaving out later ones", () => {
    const t = tallyOf(
      [
        { on: "2026-11-22", kind: "crossed" },
        { on: "2026-10-24", kind: "honoured" }, // day 30, counted
        { on: "2026-10-23", kind: "honoured" }, // day 31: 90 only
        { on: "2026-08-24", kind: "crossed" }, // day 91: neither
        { on: "2026-11-23", kind: "honoured" }, // tomorrow: neither
      ],
      "2026-11-22",
    );
    expect(t).toEqual({ honoured_30: 1, crossed_30: 1, honoured_90: 2, crossed_90: 1 });
  });

  it("scales the tally bars to the largest count, and draws none for zero", () => {
    const bars = tallyBars({ honoured_30: 8, crossed_30: 0, honoured_90: 4, crossed_90: 1 }, 80);
    expect(bars.map((b) => b.width)).toEqual([80, 0, 40, 10]);
    // Small counts are not drawn as full bars on their own.
    expect(tallyBars({ honoured_30: 1, crossed_30: 0, honoured_90: 1, crossed_90: 0 }, 80)[0].width).toBe(20);
  });

  it("shortens long text at a word", () => {
    expect(shorten("short")).toBe("short");
    expect(shorten("one two three four five six", 14)).toBe("one two three…");
  });
});
