import { describe, expect, it } from "vitest";
import { autoLockText, readAutoLock } from "./auto-lock";

describe("the auto-lock time", () => {
  it("takes whole minutes from 1 to 1440", () => {
    expect(readAutoLock(1)).toEqual({ minutes: 1 });
    expect(readAutoLock("15")).toEqual({ minutes: 15 });
    expect(readAutoLock(1440)).toEqual({ minutes: 1440 });
  });

  it("says the range and why for anything else", () => {
    for (const bad of [0, -3, 9999, "abc", "", null, 2.5, "1e3"]) {
      const r = readAutoLock(bad);
      expect("problem" in r, `refuses ${String(bad)}`).toBe(true);
      if ("problem" in r) expect(r.problem).toMatch(/from 1 to 1440/);
    }
  });

  it("says the time in words", () => {
    expect(autoLockText(1)).toBe("Saved: it locks after 1 minute without activity.");
    expect(autoLockText(90)).toBe("Saved: it locks after 90 minutes without activity.");
    expect(autoLockText(120)).toBe("Saved: it locks after 2 hours without activity.");
  });
});
