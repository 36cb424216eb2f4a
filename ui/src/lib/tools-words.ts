// The words the boundaries, worksheet and agreements screens show for the core's values:
// statuses, whose, field names in a history, dates. Pure functions, so they are tested alone.
import type { AgreementStatus, BoundaryStatus, FieldChange, Tally, Theme, TheirSide, Whose } from "./bindings";
import { longDate, longDateTime } from "./dates";

export const WHOSE: [Whose, string][] = [["mine", "Mine"], ["partners", "My partner's"], ["ours", "Ours"]];

export const BOUNDARY_STATUS: [BoundaryStatus, string][] = [
  ["draft", "Draft"],
  ["discussed", "Discussed"],
  ["agreed", "Agreed"],
  ["needs_revisiting", "Needs revisiting"],
  ["retired", "Retired"],
];

export const AGREEMENT_STATUS: [AgreementStatus, string][] = [
  ["new", "Not checked yet"],
  ["kept", "In place"],
  ["needs_revisiting", "Needs revisiting"],
  ["renegotiated", "Renegotiated"],
  ["retired", "Retired"],
];

/** Says where an agreement stands: a new one made today reads "Made today · not checked
 *  yet", an older new one "Not checked yet", any other its status (see `AGREEMENT_STATUS`). */
export function agreementStanding(a: { status: AgreementStatus; created_at: string }, todayIs: string = today()): string {
  if (a.status === "new" && today(new Date(a.created_at)) === todayIs) return "Made today · not checked yet";
  return labelOf(AGREEMENT_STATUS, a.status);
}

export const THEIR_SIDE: [TheirSide, string][] = [["understood", "As I understand it"], ["told", "As they told me"]];

/** The five questions of the realism check, by the field the core names them with. */
export const REALISM: [key: "specific" | "in_control" | "hold_myself" | "room_to_flex" | "leaves_free", question: string][] = [
  ["specific", "Is it specific?"],
  ["in_control", "Is it within their control?"],
  ["hold_myself", "Would I hold myself to it?"],
  ["room_to_flex", "Is there room to flex?"],
  ["leaves_free", "Does it leave each of us free (friends, privacy, money, saying no)?"],
];

const FIELD_LABEL: Record<string, string> = {
  text: "Wording",
  whose: "Whose",
  category: "Category",
  why: "Why it matters",
  if_crossed: "What I will do if it is crossed",
  status: "Status",
  review_on: "Review date",
  revisit_on: "Revisit date",
  mine: "My expectation",
  theirs: "My partner's expectation",
  theirs_from: "Where my partner's expectation comes from",
  specific: "Is it specific?",
  in_control: "Is it within their control?",
  hold_myself: "Would I hold myself to it?",
  room_to_flex: "Is there room to flex?",
  leaves_free: "Does it leave each of us free (friends, privacy, money, saying no)?",
  middle: "Middle ground we agreed",
};

/** Returns the label of a value from a `[value, label]` list, or the value itself. */
export function labelOf<T extends string>(list: [T, string][], value: T | string): string {
  return list.find(([v]) => v === value)?.[1] ?? value;
}

/** Returns the name people read for a field of a history or a comparison. */
export function fieldLabel(field: string): string {
  return FIELD_LABEL[field] ?? field.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Returns one changed field as people read it: its label and its values before and after,
 *  with statuses, whose, categories and dates in words, and an empty value as "(empty)". */
export function describeChange(c: FieldChange, categories: Theme[] = []): { label: string; before: string; after: string } {
  const word = (v: string): string => {
    if (!v) return "(empty)";
    switch (c.field) {
      case "status":
        return labelOf([...BOUNDARY_STATUS, ...AGREEMENT_STATUS], v);
      case "whose":
        return labelOf(WHOSE, v);
      case "theirs_from":
        return labelOf(THEIR_SIDE, v);
      case "category":
        return categories.find((t) => t.id === v)?.title ?? v;
      case "review_on":
      case "revisit_on":
        return longDay(v);
      default:
        return v;
    }
  };
  return { label: fieldLabel(c.field), before: word(c.before), after: word(c.after) };
}

/** Today's date where the person is, as YYYY-MM-DD (the form the core takes dates in). */
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Formats a calendar day (YYYY-MM-DD) for reading, as every screen does (see dates.ts);
 *  anything else comes back as it is. */
export function longDay(day: string): string {
  return longDate(day);
}

/** Formats an instant (an RFC 3339 time from the core) as a date and time. */
export function when(at: string): string {
  return longDateTime(at);
}

/** Tells whether a date (YYYY-MM-DD) is today or earlier. */
export function isDue(day: string | null, todayIs: string = today()): boolean {
  return day !== null && day <= todayIs;
}

/** Says "7 of 13 areas filled". */
export function filledText(filled: number, total: number): string {
  return `${filled} of ${total} ${total === 1 ? "area" : "areas"} filled`;
}

/** Says how a boundary went lately, e.g. "Honoured 3 · crossed 1 in 30 days". */
export function tallyText(t: Tally, days: 30 | 90): string {
  const [h, c] = days === 30 ? [t.honoured_30, t.crossed_30] : [t.honoured_90, t.crossed_90];
  return `Honoured ${h} · crossed ${c} in ${days} days`;
}

/** The bars of the small tally chart: widths out of `width` for honoured and crossed over 30
 *  and 90 days, scaled to the largest count (so one moment is not drawn as a full bar alone). */
export function tallyBars(t: Tally, width = 100): { key: string; label: string; value: number; width: number }[] {
  const rows = [
    { key: "h30", label: "Honoured, 30 days", value: t.honoured_30 },
    { key: "c30", label: "Crossed, 30 days", value: t.crossed_30 },
    { key: "h90", label: "Honoured, 90 days", value: t.honoured_90 },
    { key: "c90", label: "Crossed, 90 days", value: t.crossed_90 },
  ];
  const top = Math.max(4, ...rows.map((r) => r.value));
  return rows.map((r) => ({ ...r, width: r.value ? Math.max(3, Math.round((r.value / top) * width)) : 0 }));
}

/** Shortens a long text to `max` characters at a word, for labels and links. */
export function shorten(text: string, max = 80): string {
  const t = text.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const at = cut.lastIndexOf(" ");
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[,.;:]$/, "")}…`;
}

/** Counts honoured and crossed moments over the last 30 and 90 days up to `todayIs`, as the
 *  core does for the list (so the detail can show the same numbers after a log). */
export function tallyOf(moments: { on: string; kind: "honoured" | "crossed" }[], todayIs: string = today()): Tally {
  const from = (days: number) => {
    const [y, m, d] = todayIs.split("-").map(Number);
    return today(new Date(y, m - 1, d - (days - 1)));
  };
  const [from30, from90] = [from(30), from(90)];
  const t: Tally = { honoured_30: 0, crossed_30: 0, honoured_90: 0, crossed_90: 0 };
  for (const m of moments) {
    if (m.on > todayIs || m.on < from90) continue;
    const in30 = m.on >= from30;
    if (m.kind === "honoured") {
      t.honoured_90++;
      if (in30) t.honoured_30++;
    } else {
      t.crossed_90++;
      if (in30) t.crossed_30++;
    }
  }
  return t;
}
