// The words the boundaries, worksheet and agreements screens show for the core's values:
// statuses, whose, field names in a history, dates. Pure functions, so they are tested alone.
import type { AgreementStatus, BoundaryStatus, FieldChange, Tally, Theme, TheirSide, Whose } from "./bindings";
import { longDate, longDateTime } from "./dates";
import { t } from "./i18n.svelte";

/** Whose a boundary is, in words: `[value, label]` in the language shown. */
export function whoseLabels(): [Whose, string][] {
  return [
    ["mine", t("boundaries-whose-mine")],
    ["partners", t("boundaries-whose-partners")],
    ["ours", t("boundaries-whose-ours")],
  ];
}

/** Where a boundary stands, in words. */
export function boundaryStatusLabels(): [BoundaryStatus, string][] {
  return [
    ["draft", t("boundaries-status-draft")],
    ["discussed", t("boundaries-status-discussed")],
    ["agreed", t("boundaries-status-agreed")],
    ["needs_revisiting", t("boundaries-status-needs-revisiting")],
    ["retired", t("boundaries-status-retired")],
  ];
}

/** Where an agreement stands, in words. */
export function agreementStatusLabels(): [AgreementStatus, string][] {
  return [
    ["new", t("agreements-status-new")],
    ["kept", t("agreements-status-kept")],
    ["needs_revisiting", t("agreements-status-needs-revisiting")],
    ["renegotiated", t("agreements-status-renegotiated")],
    ["retired", t("agreements-status-retired")],
  ];
}

/** Says where an agreement stands: a new one made today reads "Made today · not checked
 *  yet", an older new one "Not checked yet", any other its status (see `agreementStatusLabels`). */
export function agreementStanding(a: { status: AgreementStatus; created_at: string }, todayIs: string = today()): string {
  if (a.status === "new" && today(new Date(a.created_at)) === todayIs) return t("agreements-standing-made-today");
  return labelOf(agreementStatusLabels(), a.status);
}

/** Where my partner's side of a worksheet area comes from, in words. */
export function theirSideLabels(): [TheirSide, string][] {
  return [
    ["understood", t("worksheets-their-side-understood")],
    ["told", t("worksheets-their-side-told")],
  ];
}

/** The five questions of the realism check, by the field the core names them with. */
export const REALISM_KEYS = ["specific", "in_control", "hold_myself", "room_to_flex", "leaves_free"] as const;
export type RealismKey = (typeof REALISM_KEYS)[number];

/** The question of the realism check asked by `key`, in words. */
export function realismQuestion(key: RealismKey): string {
  switch (key) {
    case "specific":
      return t("worksheets-realism-specific");
    case "in_control":
      return t("worksheets-realism-in-control");
    case "hold_myself":
      return t("worksheets-realism-hold-myself");
    case "room_to_flex":
      return t("worksheets-realism-room-to-flex");
    case "leaves_free":
      return t("worksheets-realism-leaves-free");
  }
}

/** The five questions of the realism check: `[key, question]`. */
export function realismQuestions(): [RealismKey, string][] {
  return REALISM_KEYS.map((k) => [k, realismQuestion(k)]);
}

/** The name people read for a field the core names, or null for one it does not know. */
function knownFieldLabel(field: string): string | null {
  switch (field) {
    case "text":
      return t("tools-field-text");
    case "whose":
      return t("tools-field-whose");
    case "category":
      return t("tools-field-category");
    case "why":
      return t("tools-field-why");
    case "if_crossed":
      return t("tools-field-if-crossed");
    case "status":
      return t("tools-field-status");
    case "review_on":
      return t("tools-field-review-on");
    case "revisit_on":
      return t("tools-field-revisit-on");
    case "mine":
      return t("tools-field-mine");
    case "theirs":
      return t("tools-field-theirs");
    case "theirs_from":
      return t("tools-field-theirs-from");
    case "middle":
      return t("tools-field-middle");
    default:
      return (REALISM_KEYS as readonly string[]).includes(field) ? realismQuestion(field as RealismKey) : null;
  }
}

/** Returns the label of a value from a `[value, label]` list, or the value itself. */
export function labelOf<T extends string>(list: [T, string][], value: T | string): string {
  return list.find(([v]) => v === value)?.[1] ?? value;
}

/** Returns the name people read for a field of a history or a comparison. */
export function fieldLabel(field: string): string {
  return knownFieldLabel(field) ?? field.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Returns one changed field as people read it: its label and its values before and after,
 *  with statuses, whose, categories and dates in words, and an empty value as "(empty)". */
export function describeChange(c: FieldChange, categories: Theme[] = []): { label: string; before: string; after: string } {
  const word = (v: string): string => {
    if (!v) return t("tools-change-empty");
    switch (c.field) {
      case "status":
        return labelOf([...boundaryStatusLabels(), ...agreementStatusLabels()], v);
      case "whose":
        return labelOf(whoseLabels(), v);
      case "theirs_from":
        return labelOf(theirSideLabels(), v);
      case "category":
        return categories.find((c) => c.id === v)?.title ?? v;
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
  return t("worksheets-filled", { filled, total });
}

/** Says how a boundary went lately, e.g. "Honoured 3 · crossed 1 in 30 days". */
export function tallyText(tally: Tally, days: 30 | 90): string {
  const [honoured, crossed] = days === 30 ? [tally.honoured_30, tally.crossed_30] : [tally.honoured_90, tally.crossed_90];
  return t("boundaries-tally-text", { honoured, crossed, days });
}

/** The bars of the small tally chart: widths out of `width` for honoured and crossed over 30
 *  and 90 days, scaled to the largest count (so one moment is not drawn as a full bar alone). */
export function tallyBars(tally: Tally, width = 100): { key: string; label: string; value: number; width: number }[] {
  const rows = [
    { key: "h30", label: t("boundaries-tally-bar-honoured", { days: 30 }), value: tally.honoured_30 },
    { key: "c30", label: t("boundaries-tally-bar-crossed", { days: 30 }), value: tally.crossed_30 },
    { key: "h90", label: t("boundaries-tally-bar-honoured", { days: 90 }), value: tally.honoured_90 },
    { key: "c90", label: t("boundaries-tally-bar-crossed", { days: 90 }), value: tally.crossed_90 },
  ];
  const top = Math.max(4, ...rows.map((r) => r.value));
  return rows.map((r) => ({ ...r, width: r.value ? Math.max(3, Math.round((r.value / top) * width)) : 0 }));
}

/** Shortens a long text to `max` characters at a word, for labels and links. */
export function shorten(text: string, max = 80): string {
  const flat = text.trim().replace(/\s+/g, " ");
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
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
  const tally: Tally = { honoured_30: 0, crossed_30: 0, honoured_90: 0, crossed_90: 0 };
  for (const m of moments) {
    if (m.on > todayIs || m.on < from90) continue;
    const in30 = m.on >= from30;
    if (m.kind === "honoured") {
      tally.honoured_90++;
      if (in30) tally.honoured_30++;
    } else {
      tally.crossed_90++;
      if (in30) tally.crossed_30++;
    }
  }
  return tally;
}
