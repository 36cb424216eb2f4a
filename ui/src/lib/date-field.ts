// What the date and time fields (DateField.svelte, TimeField.svelte) know, apart from the screen.
//
// The webview's own date field writes its date in the system's format, whatever language
// Trellis is shown in ("12/07/2026" for 7 December on an English system with Trellis in
// Spanish), and its month as a number, which reads both ways. These fields are Trellis's own:
// the day, the month in words and the year, in the order and with the words the language
// writes a date in ("7 de diciembre de 2026", "December 7, 2026"), and a time on the 24-hour
// clock the rest of the app uses. Their values are what the native fields gave: "YYYY-MM-DD"
// (or "" for none) and "HH:MM". The parts' order and the months' names come from dates.ts.

/** A day as its three parts, as the fields show them: "7", "12", "2026" (or empty strings). */
export interface DayParts {
  day: string;
  month: string;
  year: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits "2026-12-07" into its parts; anything else is an empty day. */
export function splitDay(value: string): DayParts {
  const m = DAY.exec(value);
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: "", month: "", year: "" };
}

/** What three parts make: a day ("2026-12-07"), none ("" when every part is empty), or
 *  null when they are not a day yet (a part missing, 31 February, a year of fewer than four
 *  digits) or fall outside `min`…`max` (days as "YYYY-MM-DD"). */
export function joinDay(p: DayParts, min?: string, max?: string): string | null {
  const [day, month, year] = [p.day.trim(), p.month.trim(), p.year.trim()];
  if (!day && !month && !year) return "";
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || y < 1) return null;
  const value = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if ((min && value < min) || (max && value > max)) return null;
  return value;
}

/** How many days month `m` (1–12) of year `y` has. */
export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Splits "19:05" into hours and minutes ("19", "05"); anything else is empty. */
export function splitTime(value: string): { hour: string; minute: string } {
  const m = /^(\d{2}):(\d{2})/.exec(value);
  return m ? { hour: m[1], minute: m[2] } : { hour: "", minute: "" };
}

/** "19:05" from hours and minutes as typed ("19", "5"), or null when they are not a time. */
export function joinTime(hour: string, minute: string): string | null {
  const [h, m] = [hour.trim(), minute.trim()];
  if (!/^\d{1,2}$/.test(h) || !/^\d{1,2}$/.test(m)) return null;
  if (Number(h) > 23 || Number(m) > 59) return null;
  return `${h.padStart(2, "0")}:${m.padStart(2, "0")}`;
}

/** A number typed into a part, stepped by `by` (an arrow key) and kept within `lo`…`hi`,
 *  going round at either end as the native fields do; an empty part starts from `from`. */
export function stepped(typed: string, by: number, lo: number, hi: number, from: number): number {
  const n = /^\d+$/.test(typed.trim()) ? Number(typed) : NaN;
  if (Number.isNaN(n)) return from;
  const next = n + by;
  return next > hi ? lo : next < lo ? hi : next;
}

/** Keeps the digits of what was typed into a part, at most `width` of them. */
export function digits(typed: string, width: number): string {
  return typed.replace(/\D/g, "").slice(0, width);
}
