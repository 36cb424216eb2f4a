import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n.svelte";
import type { Reminder } from "../bindings";
import { canPostpone, draftOf, formOf, nextOf, ruleSentence, ruleText, starting, stateText, zoneText } from "./reminders.svelte";

describe("the reminder form", () => {
  it("starts the weekly check-in on Sunday at 19:00 in this computer's zone", () => {
    const f = starting("checkin", "Europe/Berlin", "2026-11-23");
    expect(draftOf(f)).toEqual({
      purpose: "checkin",
      title: "Weekly check-in",
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

describe("a reminder in the list", () => {
  const base: Reminder = {
    id: "r2", purpose: "custom", target: null,
    rule: { repeat: { every: "once", on: "2026-12-05" }, at: "09:00:00" },
    zone: "Etc/UTC", next_fire: "2026-12-05T09:00:00Z", last_fired: null,
    snoozed_until: null, paused: false, show_words: false,
    title: "Call the counsellor", note: "", says: "once, on 5 December 2026 at 09:00", damaged: false,
  };
  const weekly: Reminder = { ...base, rule: { repeat: { every: "weekly", days: ["sun"] }, at: "19:00:00" }, says: "every Sunday at 19:00" };

  it("says a one-off's day once, in the same shape as every other date", () => {
    const line = [ruleText(base), stateText(base)].filter(Boolean).join(" · ");
    // One date: the rule's, written as the app writes long dates, and no "Next:" repeating it.
    expect(line).toMatch(/^Once, on .*2026 at 09:00$/);
    expect(line).not.toContain("Next");
    expect(line.match(/2026/g)?.length).toBe(1);
    expect(ruleText(weekly)).toBe("Every Sunday at 19:00");
    expect(stateText(weekly)).toMatch(/^Next: .*2026 at 09:00$/);
  });

  it("offers Snooze and Skip only where they mean something", () => {
    expect(canPostpone(base), "a one-off not due yet").toBe(false);
    expect(canPostpone({ ...base, snoozed_until: "2026-12-05T09:10:00Z" }), "a snoozed one-off").toBe(true);
    expect(canPostpone({ ...base, next_fire: null }), "one that is done").toBe(false);
    expect(canPostpone({ ...weekly, paused: true }), "a paused one").toBe(false);
    expect(canPostpone(weekly)).toBe(true);
  });

  it("names the clock in words, never a zone's id", () => {
    expect(zoneText("Etc/UTC", "Etc/UTC")).toBe("Times are your computer’s time (UTC).");
    expect(zoneText("", "Etc/UTC")).toBe("Times are your computer’s time (UTC).");
    const away = zoneText("America/New_York", "Etc/UTC");
    expect(away).toMatch(/not your computer’s time \(UTC\)/);
    expect(away).not.toContain("America/");
  });
});

describe("a reminder's rule in the language shown", () => {
  const at = (repeat: Reminder["rule"]["repeat"], time = "19:00:00") => ({ rule: { repeat, at: time } });
  afterEach(() => i18n.use("en"));

  it("reads as the core's English sentence", async () => {
    await i18n.use("en");
    expect(ruleText(at({ every: "weekly", days: ["wed", "sun"] }))).toBe("Every Wednesday and Sunday at 19:00");
    expect(ruleSentence(at({ every: "weekly", days: ["mon", "wed", "fri"] }))).toBe("every Monday, Wednesday and Friday at 19:00");
    expect(ruleSentence(at({ every: "monthly", day: 22 }, "08:05:00"))).toBe("every month on the 22nd at 08:05");
    expect(ruleSentence(at({ every: "monthly", day: 11 }))).toBe("every month on the 11th at 19:00");
    expect(ruleSentence(at({ every: "daily" }))).toBe("every day at 19:00");
  });

  it("and in Spanish, with its own days and grammar, and titles", async () => {
    await i18n.use("es");
    expect(draftOf(starting("checkin", "UTC", "2026-11-23")).title).toBe("Revisión semanal");
    expect(ruleText(at({ every: "weekly", days: ["wed", "sun"] }))).toBe("Cada miércoles y domingo a las 19:00");
    expect(ruleSentence(at({ every: "daily" }, "01:30:00"))).toBe("cada día a la 01:30");
    expect(ruleSentence(at({ every: "monthly", day: 22 }, "08:05:00"))).toBe("cada mes, el día 22, a las 08:05");
  });
});
