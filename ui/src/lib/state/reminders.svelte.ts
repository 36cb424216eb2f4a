// The reminders screen's state: the list (soonest first, as the core orders it), the form
// for a new or changed reminder, snooze / skip / pause, words in notifications, undo of a
// removal, and "start Trellis when I log in".
import type { Day, Purpose, Reminder, ReminderDraft, ReminderSetup, Repeat, Snooze } from "../bindings";
import * as api from "../services/reminders";
import { messageOf } from "../services/result";
import { follow, Store } from "./store";
import { longDate, longDateTime, weekdayName, weekOrder, zoneName } from "../dates";
import { FluentNumber } from "@fluent/bundle";
import { i18n, t } from "../i18n.svelte";

export type Every = Repeat["every"];

/** What the form edits: the draft's fields as the inputs hold them. */
export interface ReminderForm {
  /** The reminder being changed, or null for a new one. */
  id: string | null;
  purpose: Purpose;
  title: string;
  note: string;
  every: Every;
  /** For "once": YYYY-MM-DD. */
  on: string;
  days: Day[];
  /** For "monthly". */
  day: number;
  /** HH:MM, 24-hour. */
  at: string;
  zone: string;
  showWords: boolean;
}

/** The days as the core names them, Monday first. */
const DAYS: Day[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The days of the week in the order the language shown lists them (Monday first, or Sunday
 *  in the United States), each with its short name there ("Mon", "lun"). */
export function weekdays(): [Day, string][] {
  return weekOrder().map(([n, name]) => [DAYS[n], name]);
}

/** What a reminder can be for, in the order the "Add" buttons show them. */
export const PURPOSES: Purpose[] = ["checkin", "journal", "boundary-review", "agreement-revisit", "custom"];

/** A purpose's name, in the language shown. */
export function purposeLabel(p: Purpose): string {
  switch (p) {
    case "checkin":
      return t("reminders-purpose-checkin");
    case "journal":
      return t("reminders-purpose-journal");
    case "boundary-review":
      return t("reminders-purpose-boundary-review");
    case "agreement-revisit":
      return t("reminders-purpose-agreement-revisit");
    case "custom":
      return t("reminders-purpose-custom");
  }
}

/** A new reminder's starting point, for each purpose: the weekly check-in on Sunday evening,
 *  the others at sensible times the person then changes. */
export function starting(purpose: Purpose, zone: string, today: string): ReminderForm {
  const base = { id: null, purpose, title: "", note: "", on: today, days: ["sun"] as Day[], day: 1, zone, showWords: false };
  switch (purpose) {
    case "checkin":
      return { ...base, every: "weekly", at: "19:00" };
    case "journal":
      return { ...base, every: "daily", at: "21:00" };
    case "boundary-review":
    case "agreement-revisit":
      return { ...base, every: "monthly", at: "19:00" };
    default:
      return { ...base, every: "once", at: "09:00" };
  }
}

/** The form's fields as the core's draft; throws a sentence when something is missing. */
export function draftOf(f: ReminderForm): ReminderDraft {
  let repeat: Repeat;
  switch (f.every) {
    case "once":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(f.on)) throw new Error(t("reminders-missing-day"));
      repeat = { every: "once", on: f.on };
      break;
    case "weekly":
      if (f.days.length === 0) throw new Error(t("reminders-missing-weekday"));
      repeat = { every: "weekly", days: f.days };
      break;
    case "monthly":
      repeat = { every: "monthly", day: f.day };
      break;
    default:
      repeat = { every: "daily" };
  }
  if (!/^\d{2}:\d{2}$/.test(f.at)) throw new Error(t("reminders-missing-time"));
  if (f.purpose === "custom" && !f.title.trim()) throw new Error(t("reminders-missing-title"));
  // Left empty, a reminder gets its purpose's title in the language shown.
  const title = f.title.trim() ? f.title : defaultTitle(f.purpose);
  return { purpose: f.purpose, title, note: f.note, rule: { repeat, at: f.at }, zone: f.zone, show_words: f.showWords };
}

/** The title a reminder of `purpose` gets when the person gives none, in the language shown. */
export function defaultTitle(purpose: Purpose): string {
  switch (purpose) {
    case "checkin":
      return t("reminders-default-title-checkin");
    case "journal":
      return t("reminders-default-title-journal");
    case "boundary-review":
      return t("reminders-default-title-boundary-review");
    case "agreement-revisit":
      return t("reminders-default-title-agreement-revisit");
    case "custom":
      return "";
  }
}

/** The form for changing a reminder. */
export function formOf(r: Reminder): ReminderForm {
  const rep = r.rule.repeat;
  return {
    id: r.id,
    purpose: r.purpose,
    title: r.title,
    note: r.note,
    every: rep.every,
    on: rep.every === "once" ? rep.on : new Date().toISOString().slice(0, 10),
    days: rep.every === "weekly" ? [...rep.days] : ["sun"],
    day: rep.every === "monthly" ? rep.day : 1,
    at: r.rule.at.slice(0, 5),
    zone: r.zone,
    showWords: r.show_words,
  };
}

/** When it asks next, in its own zone, as every screen writes a moment (dates.ts):
 *  "Sunday 29 November 2026 at 19:00". */
export function whenText(iso: string | null, zone: string): string | null {
  if (!iso) return null;
  return longDateTime(iso, { timeZone: zone || undefined });
}

/** Its rule in one sentence, with the date (if any) in the same shape as every other date:
 *  "Once, on Saturday 5 December 2026 at 09:00", "Every Sunday at 19:00", in the language
 *  shown. (The core says the same in English for the command and the Markdown export.) */
export function ruleText(r: Pick<Reminder, "rule">): string {
  const rep = r.rule.repeat;
  const time = r.rule.at.slice(0, 5);
  if (rep.every === "once") return t("reminders-rule-once", { date: longDate(rep.on), time });
  const s = ruleSentence(r);
  return s ? `${s[0].toUpperCase()}${s.slice(1)}` : "";
}

/** The rule of a repeating reminder as it reads inside a sentence: "every Sunday at 19:00". */
export function ruleSentence(r: Pick<Reminder, "rule">): string {
  const rep = r.rule.repeat;
  const time = r.rule.at.slice(0, 5);
  // Spanish says "a la 01:00" but "a las 19:00".
  const hour = Number(time.slice(0, 2));
  switch (rep.every) {
    case "once":
      return t("reminders-rule-once", { date: longDate(rep.on), time });
    case "daily":
      return t("reminders-rule-daily", { time, hour });
    case "weekly": {
      if (rep.days.length === 7) return t("reminders-rule-daily", { time, hour });
      // English joins the days as the core's sentence does ("Monday, Wednesday and Friday").
      const locale = i18n.locale.startsWith("en") ? "en-GB" : i18n.locale;
      const list = new Intl.ListFormat(locale, { type: "conjunction" });
      const days = list.format(rep.days.map((d) => weekdayName(DAYS.indexOf(d), locale)));
      return t("reminders-rule-weekly", { days, time, hour });
    }
    case "monthly":
      // An ordinal number, so English can say "22nd": Fluent hands a number's options to
      // Intl.PluralRules when it selects, but its NUMBER() cannot ask for `type` (nor do its types).
      const ordinal = { type: "ordinal" } as Intl.NumberFormatOptions;
      return t("reminders-rule-monthly", { day: new FluentNumber(rep.day, ordinal), time, hour });
  }
}

/** What a reminder's list line says after its rule: paused, done, snoozed until…, or when it
 *  asks next. A one-off says its day in its rule already, so "next" is not said twice. */
export function stateText(r: Reminder): string | null {
  if (r.paused) return t("reminders-state-paused");
  const next = nextOf(r);
  if (!next) return t("reminders-state-done");
  const when = whenText(next, r.zone) ?? "";
  if (r.snoozed_until && next === r.snoozed_until) return t("reminders-state-snoozed", { when });
  return r.rule.repeat.every === "once" ? null : t("reminders-state-next", { when });
}

/** Whether "Snooze…" and "Skip next" mean something for this reminder now: not for one that
 *  will not ask again, and not for a one-off that has not come due (snoozing it would add a
 *  second time; skipping it would remove it). A snoozed one-off can still be snoozed again
 *  or let go. */
export function canPostpone(r: Reminder): boolean {
  if (!nextOf(r)) return false;
  return r.rule.repeat.every !== "once" || r.snoozed_until !== null;
}

/** Says which clock a reminder's times are on, in words, never as a zone's id: "Times are
 *  your computer's time (UTC)." `computer` is this computer's zone, when known. */
export function zoneText(zone: string, computer: string | null): string {
  if (!zone || !computer || zone === computer) return t("reminders-zone-computer", { zone: zoneName(zone || computer || "") });
  return t("reminders-zone-other", { zone: zoneName(zone), computer: zoneName(computer) });
}

/** The next time it asks: the end of a snooze or its own time, whichever is first. */
export function nextOf(r: Reminder): string | null {
  if (r.paused) return null;
  const times = [r.snoozed_until, r.next_fire].filter((t): t is string => !!t).sort();
  return times[0] ?? null;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export class RemindersState extends Store {
  rows = $state<Reminder[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  setup = $state<ReminderSetup | null>(null);
  form = $state<ReminderForm | null>(null);
  formError = $state<string | null>(null);
  /** What was just said (snoozed until…, saved), for a polite live region. */
  said = $state<string | null>(null);
  /** The draft of a reminder just removed, so Undo can add it back. */
  removed = $state<{ draft: ReminderDraft; token: string } | null>(null);

  async load(): Promise<void> {
    try {
      const [rows, setup] = await Promise.all([api.listReminders(), this.setup ? Promise.resolve(this.setup) : api.reminderSetup()]);
      this.rows = rows;
      this.setup = setup;
      this.loaded = true;
      this.error = null;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  startNew(purpose: Purpose): void {
    this.formError = null;
    this.form = starting(purpose, this.setup?.zone ?? "", localToday());
  }

  startEdit(r: Reminder): void {
    this.formError = null;
    this.form = formOf(r);
  }

  /** Saves the form; says whether it did. */
  async save(): Promise<boolean> {
    const f = this.form;
    if (!f) return false;
    try {
      const draft = draftOf(f);
      const saved = f.id ? await api.editReminder(f.id, draft) : await api.addReminder(draft);
      this.form = null;
      this.formError = null;
      this.said = t("reminders-saved", { rule: ruleText(saved) });
      await this.load();
      return true;
    } catch (e) {
      this.formError = messageOf(e);
      return false;
    }
  }

  private async act(f: () => Promise<unknown>, said: string | null = null): Promise<void> {
    try {
      await f();
      this.said = said;
      await this.load();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  async snooze(r: Reminder, how: Snooze): Promise<void> {
    try {
      const s = await api.snoozeReminder(r.id, how);
      await this.load();
      this.said = t("reminders-snoozed", { when: whenText(s.snoozed_until, s.zone) ?? "" });
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  async skip(r: Reminder): Promise<void> {
    await this.act(() => api.skipReminder(r.id), t("reminders-skipped"));
  }

  async pause(r: Reminder, paused: boolean): Promise<void> {
    await this.act(() => api.pauseReminder(r.id, paused), paused ? t("reminders-paused") : t("reminders-resumed"));
  }

  async showWords(r: Reminder, show: boolean): Promise<void> {
    await this.act(() => api.showReminderWords(r.id, show));
  }

  async remove(r: Reminder): Promise<void> {
    const draft = draftOf(formOf(r));
    await this.act(() => api.removeReminder(r.id));
    if (!this.error) this.removed = { draft, token: r.id };
  }

  async undoRemove(): Promise<void> {
    const r = this.removed;
    this.removed = null;
    if (r) await this.act(() => api.addReminder(r.draft), t("reminders-put-back"));
  }

  /** The weekly check-in, Sunday 19:00 local: offered right after the vault is made.
   *  Returns the reminder made, or null (the error is kept). */
  async addWeeklyCheckin(): Promise<Reminder | null> {
    try {
      const zone = (this.setup ?? (await api.reminderSetup())).zone;
      const made = await api.addReminder(draftOf(starting("checkin", zone, localToday())));
      await this.load();
      return made;
    } catch (e) {
      this.error = messageOf(e);
      return null;
    }
  }

  async setAutostart(on: boolean): Promise<void> {
    try {
      const now = await api.setAutostart(on);
      if (this.setup) this.setup = { ...this.setup, autostart: now };
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Reads the list again (another front end wrote), if it was read. */
  override async refresh(): Promise<void> {
    if (this.loaded) await this.load();
  }
}

// Any change: a schedule is plaintext outside the records (snoozed, skipped or paused from
// the terminal changes no record), and boundaries and agreements keep theirs in step.
export const reminders = follow(new RemindersState(), "any");
