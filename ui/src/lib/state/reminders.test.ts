import { describe, expect, it } from "vitest";
import type { Reminder } from "../bindings";
import { draftOf, formOf, nextOf, starting } from "./reminders.svelte";

describe("the reminder form", () => {
  it("starts the weekly check-in on Sunday at 19:00 in this computer's zone", () => {
    const f = starting("checkin", "Europe/Berlin", "2026-11-23");
    expect(draftOf(f)).toEqual({
      purpose: "checkin",
      title: "",
      note: "",
      rule: { repeat: { every: "weekly", days: ["sun"] }, at: "19:00" },
      zone: "Europe/Berlin",
      show_words: false,
    });
  });

  it("says what is missing in a sentence", () => {
    const f = starting("custom", "UTC", "2026-11-23");
    expect(() => draftOf(f)).toThrow(/a few words/);
    f.title = "Tea";
    f.every = "weekly";
    f.days = [];
    expect(() => draftOf(f)).toThrow(/at least one day/);
    f.every = "once";
    f.on = "";
    expect(() => draftOf(f)).toThrow(/the day/);
    f.on = "2026-12-01";
    expect(draftOf(f).rule).toEqual({ repeat: { every: "once", on: "2026-12-01" }, at: "09:00" });
  });

  it("reads a saved reminder back into the form, and says when it asks next", () => {
    const r: Reminder = {
      id: "r1", purpose: "custom", target: null,
      rule: { repeat: { every: "monthly", day: 31 }, at: "08:30:00" },
      zone: "America/New_York", next_fire: "2026-11-30T13:30:00Z", last_fired: null,
      snoozed_until: "2026-11-24T10:00:00Z", paused: false, show_words: true,
      title: "Walk", note: "", says: "every month on the 31st at 08:30", damaged: false,
    };
    const f = formOf(r);
    expect([f.every, f.day, f.at, f.showWords]).toEqual(["monthly", 31, "08:30", true]);
    expect(nextOf(r)).toBe("2026-11-24T10:00:00Z");
    expect(nextOf({ ...r, paused: true })).toBeNull();
  });
});
