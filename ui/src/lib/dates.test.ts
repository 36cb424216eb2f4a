import { describe, expect, it } from "vitest";
import { dayMonth, longDate, longDateTime, shortDate, shortDateTime, timeOf, zoneName } from "./dates";

// A fixed locale and zone, so the expected words do not depend on the machine running this.
const gb = { locale: "en-GB", timeZone: "Europe/London" };

describe("dates", () => {
  it("writes one long, one short and one time shape, the month in words", () => {
    expect(longDate("2026-12-05T19:00:00Z", gb)).toMatch(/^Saturday,? 5 December 2026$/);
    expect(shortDate("2026-12-05T19:00:00Z", gb)).toBe("5 Dec 2026");
    expect(timeOf("2026-12-05T19:00:00Z", gb)).toBe("19:00");
    expect(shortDateTime("2026-12-05T19:00:00Z", gb)).toBe("5 Dec 2026, 19:00");
    expect(longDateTime("2026-12-05T19:00:00Z", gb)).toMatch(/^Saturday,? 5 December 2026 at 19:00$/);
    expect(dayMonth("2026-12-05T19:00:00Z", gb)).toBe("5 Dec");
  });

  it("uses the 24-hour clock the core's sentences use, in any locale", () => {
    expect(timeOf("2026-12-05T19:05:00Z", { locale: "en-US", timeZone: "UTC" })).toBe("19:05");
  });

  it("reads a calendar day as that day, whatever the zone", () => {
    // Noon of the day: neither Kiritimati (UTC+14) nor Samoa's neighbours (UTC-11) move it.
    for (const timeZone of [undefined, "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      expect(shortDate("2026-01-01", { locale: "en-GB", timeZone })).toBe("1 Jan 2026");
    }
  });

  it("shows an instant in the zone asked for", () => {
    expect(shortDateTime("2026-12-05T23:30:00Z", { locale: "en-GB", timeZone: "Europe/Berlin" })).toBe("6 Dec 2026, 00:30");
  });

  it("gives back what it cannot read, rather than 'Invalid Date'", () => {
    expect(shortDate("not a date")).toBe("not a date");
    expect(longDateTime("")).toBe("");
  });

  it("names a zone in words, never by its id", () => {
    expect(zoneName("Etc/UTC")).toBe("UTC");
    expect(zoneName("UTC")).toBe("UTC");
    expect(zoneName("")).toBe("UTC");
    const berlin = zoneName("Europe/Berlin", "en-GB");
    expect(berlin).not.toContain("/");
    expect(berlin).toMatch(/Central European/);
  });
});
