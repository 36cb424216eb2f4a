// Every date and time the screens show, in one place, so the journal, the tools, reminders,
// backups and print all write them the same way: in the system's language and order, with the
// month in words (never 12/05 against 05/12), and times on the 24-hour clock the core's own
// sentences use ("every Sunday at 19:00").
//
// Three shapes: a long date for a heading or a sentence ("Saturday 5 December 2026"), a short
// one for lists ("5 Dec 2026"), and a time ("19:00"); a date and time joins the two.
//
// A value is either a calendar day as the core keeps it (YYYY-MM-DD, read as that day wherever
// the person is) or an instant (an RFC 3339 time, or a Date). Anything that is neither comes
// back as it was, so a bad value shows as itself rather than as "Invalid Date".

/** A calendar day (YYYY-MM-DD), an instant (RFC 3339) or a Date. */
export type DateLike = string | Date;

export interface Zone {
  /** An IANA zone to show the time in (a reminder keeps its own); the computer's when absent. */
  timeZone?: string;
  /** A locale, for tests; the system's when absent. */
  locale?: string;
}

import { i18n } from "./i18n.svelte";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const SHAPES = {
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { day: "numeric", month: "short", year: "numeric" },
  /** A chart's axis, where the year is the range's. */
  dayMonth: { day: "numeric", month: "short" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  shortWithTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  longWithTime: { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Shape = keyof typeof SHAPES;

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(shape: Shape, given: Zone): Intl.DateTimeFormat {
  // The language shown, unless a test gives one (see `i18n.locale`).
  const zone = { ...given, locale: given.locale ?? i18n.locale };
  const key = `${shape}|${zone.locale}|${zone.timeZone ?? ""}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(zone.locale, { ...SHAPES[shape], timeZone: zone.timeZone });
    } catch {
      // A zone this system does not know: the computer's own, rather than nothing.
      f = new Intl.DateTimeFormat(zone.locale, SHAPES[shape]);
    }
    cache.set(key, f);
  }
  return f;
}

/** Reads a value as a Date, or null. A calendar day is noon of that day in the zone asked
 *  for (noon, so no zone moves it to the day before or after). */
function toDate(value: DateLike, zone: Zone): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const m = DAY.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    return zone.timeZone ? new Date(Date.UTC(y, mo, d, 12)) : new Date(y, mo, d, 12);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function format(shape: Shape, value: DateLike, zone: Zone): string {
  // A calendar day given with a zone is placed at noon UTC, so it is formatted in UTC.
  const z = typeof value === "string" && DAY.test(value) && zone.timeZone ? { ...zone, timeZone: "UTC" } : zone;
  const d = toDate(value, z);
  return d ? formatter(shape, z).format(d) : String(value);
}

/** "Saturday 5 December 2026": for headings, sentences and details. */
export function longDate(value: DateLike, zone: Zone = {}): string {
  return format("long", value, zone);
}

/** "5 Dec 2026": for lists. */
export function shortDate(value: DateLike, zone: Zone = {}): string {
  return format("short", value, zone);
}

/** "5 Dec": a chart's axis. */
export function dayMonth(value: DateLike, zone: Zone = {}): string {
  return format("dayMonth", value, zone);
}

/** "19:00". */
export function timeOf(value: DateLike, zone: Zone = {}): string {
  return format("time", value, zone);
}

/** "5 Dec 2026, 19:00": a moment in a list. */
export function shortDateTime(value: DateLike, zone: Zone = {}): string {
  return format("shortWithTime", value, zone);
}

/** "Saturday 5 December 2026 at 19:00": a moment in a sentence or a detail. */
export function longDateTime(value: DateLike, zone: Zone = {}): string {
  return format("longWithTime", value, zone);
}

/** The days of the week in the order the language shown lists them, Monday first or (in the
 * United States and where the locale says so) Sunday first: each as its index from Monday (0)
 * and its short name in that language ("Mon", "lun"). The reminder form and charts use it. */
export function weekOrder(locale: string = i18n.locale): [number, string][] {
  const week = (new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }).getWeekInfo?.();
  const first = week?.firstDay ?? (locale.startsWith("en-US") ? 7 : 1);
  const name = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => {
    const n = (first - 1 + i) % 7;
    // 1 January 2024 was a Monday.
    return [n, name.format(new Date(Date.UTC(2024, 0, 1 + n)))];
  });
}

/** A day of the week's whole name in the language shown ("Sunday", "domingo"), by its index
 * from Monday (0). */
export function weekdayName(fromMonday: number, locale: string = i18n.locale): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + fromMonday)));
}

const UTC = /^(Etc\/)?(UTC|UCT|GMT|Universal|Zulu|Greenwich)([+-]0)?$/i;

/** Names a time zone in words ("Central European Time", "UTC"), never by its IANA id. */
export function zoneName(timeZone: string, locale?: string): string {
  if (!timeZone || UTC.test(timeZone)) return "UTC";
  for (const style of ["longGeneric", "long"] as const) {
    try {
      const part = new Intl.DateTimeFormat(locale ?? i18n.locale, { timeZone, timeZoneName: style })
        .formatToParts(new Date())
        .find((p) => p.type === "timeZoneName");
      if (part?.value && !part.value.includes("/")) return part.value;
    } catch {
      break;
    }
  }
  // A zone the system cannot name: its city, which people recognise ("Kolkata").
  return timeZone.split("/").pop()!.replace(/_/g, " ");
}

// The date field's parts (DateField.svelte).

/** One part of a date as a language writes it: a field to fill, or the words between two. */
export type DatePart = { field: "day" | "month" | "year" } | { between: string };

const orders = new Map<string, DatePart[]>();

/** The parts of a date in `locale`'s order, with the words between them trimmed of spaces
 *  ("de" in Spanish, "," in American English; none in British English). */
export function dateParts(locale: string): DatePart[] {
  let parts = orders.get(locale);
  if (!parts) {
    parts = [];
    const sample = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
    for (const p of sample.formatToParts(new Date(2026, 11, 7, 12))) {
      if (p.type === "day" || p.type === "month" || p.type === "year") parts.push({ field: p.type });
      else if (p.type === "literal" && p.value.trim()) parts.push({ between: p.value.trim() });
    }
    // A locale that writes no day, month or year part (none known) gets the ISO order.
    if (!parts.some((p) => "field" in p)) parts = [{ field: "year" }, { field: "month" }, { field: "day" }];
    orders.set(locale, parts);
  }
  return parts;
}

/** The twelve months' names in `locale`, January first, as a month stands alone ("diciembre"). */
export function monthNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { month: "long" });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(2026, m, 15, 12)));
}
