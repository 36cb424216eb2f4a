import { describe, expect, it } from "vitest";
import { dateOfDay, dayNumber, dayTicks, localDay, moodSeries } from "./mood-axis";

const TODAY = dayNumber("2026-11-23");

describe("moodSeries", () => {
  it("has one point for every day of the range, ending today", () => {
    for (const days of [30, 90, 365]) {
      const s = moodSeries([], days, TODAY);
      expect(s).toHaveLength(days);
      expect(s[0].x).toBe(TODAY - days + 1);
      expect(s[days - 1].x).toBe(TODAY);
      expect(s.every((p) => p.y === null)).toBe(true);
    }
  });

  it("places each mood on its own day and leaves the days between empty", () => {
    const s = moodSeries(
      [
        { day: "2026-11-01", average: 2, entries: 1 },
        { day: "2026-11-20", average: 4.25, entries: 2 },
      ],
      30,
      TODAY,
    );
    const withMood = s.filter((p) => p.y !== null);
    expect(withMood).toEqual([
      { x: dayNumber("2026-11-01"), y: 2 },
      { x: dayNumber("2026-11-20"), y: 4.3 },
    ]);
    // The days between are gaps: a line is never drawn across them.
    expect(s.find((p) => p.x === dayNumber("2026-11-10"))?.y).toBeNull();
  });

  it("draws a different range for 30, 90 and 365 days", () => {
    const data = [{ day: "2026-03-01", average: 3, entries: 1 }];
    expect(moodSeries(data, 30, TODAY).some((p) => p.y !== null)).toBe(false);
    expect(moodSeries(data, 365, TODAY).some((p) => p.y !== null)).toBe(true);
  });
});

describe("days", () => {
  it("round-trips calendar dates, across a DST change and a leap day", () => {
    for (const d of ["2026-03-29", "2026-10-25", "2028-02-29", "2026-01-01"]) {
      expect(dateOfDay(dayNumber(d)).toISOString().slice(0, 10)).toBe(d);
    }
    expect(dayNumber("2026-03-30") - dayNumber("2026-03-29")).toBe(1);
    expect(localDay(new Date(2026, 10, 23, 23, 59))).toBe(TODAY);
  });
});

describe("dayTicks", () => {
  it("labels the first day of each week for a month and the first of each month for a year", () => {
    // 23 November 2026 is a Monday: where weeks start on Monday, today is a week's first day.
    expect(dayTicks(30, TODAY)).toEqual([TODAY - 28, TODAY - 21, TODAY - 14, TODAY - 7, TODAY]);
    expect(dayTicks(90, TODAY).every((t) => (TODAY - t) % 14 === 0)).toBe(true);
    // Where weeks start on Sunday, on the Sundays.
    expect(dayTicks(30, TODAY, 6)).toEqual([TODAY - 29, TODAY - 22, TODAY - 15, TODAY - 8, TODAY - 1]);
    expect(dayTicks(30, TODAY, 6).every((t) => dateOfDay(t).getUTCDay() === 0)).toBe(true);
    expect(dayTicks(90, TODAY + 3, 0).at(-1)).toBe(TODAY);
    const year = dayTicks(365, TODAY);
    expect(year).toHaveLength(12);
    expect(year.every((t) => dateOfDay(t).getUTCDate() === 1)).toBe(true);
  });
});
