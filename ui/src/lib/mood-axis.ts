// The mood chart's time axis: every calendar day of the chosen range is a position, days
// without a mood are gaps, and ticks fall on regular days. Days are numbered (days since
// 1970-01-01), so chart.js can use a plain linear scale with no date adapter.
import type { MoodDay } from "./bindings";

const DAY_MS = 86_400_000;

/** The day number of a calendar date "YYYY-MM-DD". */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The day number of the local calendar day that `now` falls on. */
export function localDay(now: Date): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS);
}

/** The calendar date of a day number, as a Date at noon UTC: format it with timeZone "UTC". */
export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS + DAY_MS / 2);
}

export interface MoodPoint {
  x: number;
  /** The day's average mood, or null on a day without one (the line breaks there). */
  y: number | null;
}

/** One point for every day of the `days` days ending `today` (as the core counts them: today
 *  and the days before it), with the average mood where there is one. */
export function moodSeries(data: MoodDay[], days: number, today: number): MoodPoint[] {
  const byDay = new Map(data.map((d) => [dayNumber(d.day), d.average]));
  const first = today - days + 1;
  const out: MoodPoint[] = [];
  for (let x = first; x <= today; x++) {
    const avg = byDay.get(x);
    out.push({ x, y: avg === undefined || avg === null ? null : Math.round(avg * 10) / 10 });
  }
  return out;
}

/** Where the axis labels go: on the first day of each week for a month, of every other week
 *  for a quarter (the week starting on `weekStart`, the locale's first day as an index from
 *  Monday: 0 for Monday, 6 for Sunday), and on the first of each month for a year. */
export function dayTicks(days: number, today: number, weekStart = 0): number[] {
  const first = today - days + 1;
  const ticks: number[] = [];
  if (days > 92) {
    for (let x = first; x <= today; x++) if (dateOfDay(x).getUTCDate() === 1) ticks.push(x);
    return ticks;
  }
  const step = days > 31 ? 14 : 7;
  // The last week's first day on or before today (getUTCDay counts from Sunday).
  const fromMonday = (x: number) => (dateOfDay(x).getUTCDay() + 6) % 7;
  const latest = today - ((fromMonday(today) - weekStart + 7) % 7);
  for (let x = latest; x >= first; x -= step) ticks.unshift(x);
  return ticks;
}
