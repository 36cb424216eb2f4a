// The weekly check-in screen's state: the agenda it starts from, the answers as they are
// given, one step at a time, and saving. Until the check-in is saved, its answers are kept
// sealed in the vault as they are written (a moment after typing stops, on leaving the screen,
// and before the app quits or hides), so a quit or a crash halfway loses nothing: the next
// time the screen opens, they are back. Across a lock they are also kept in memory.
import type { Agenda, AgreementReview, CheckInDraft, Decision, Entry, UnsavedCheckIn } from "../bindings";
import * as api from "../services/checkin";
import { messageOf } from "../services/result";
import { follow, Store } from "./store";
import { t } from "../i18n.svelte";

/** The steps of the agenda, in order (the library's check-in articles describe the same). */
export const STEPS = ["last-time", "went-well", "boundaries", "agreements", "on-my-mind", "appreciations", "next-week"] as const;
export type Step = (typeof STEPS)[number];

/** Each step's title, in the language shown (a function, so it follows a change of language). */
export function stepTitles(): Record<Step, string> {
  return {
    "last-time": t("checkin-step-last-time-title"),
    "went-well": t("checkin-step-went-well-title"),
    boundaries: t("checkin-step-boundaries-title"),
    agreements: t("checkin-step-agreements-title"),
    "on-my-mind": t("checkin-step-on-my-mind-title"),
    appreciations: t("checkin-step-appreciations-title"),
    "next-week": t("checkin-step-next-week-title"),
  };
}

/** The steps' short names, for the row of steps above the one showing. */
export function stepNames(): Record<Step, string> {
  return {
    "last-time": t("checkin-step-last-time-name"),
    "went-well": t("checkin-step-went-well-name"),
    boundaries: t("checkin-step-boundaries-name"),
    agreements: t("checkin-step-agreements-name"),
    "on-my-mind": t("checkin-step-on-my-mind-name"),
    appreciations: t("checkin-step-appreciations-name"),
    "next-week": t("checkin-step-next-week-name"),
  };
}

/** What was decided about one agreement on the screen (null: not talked about yet). */
export interface Review {
  decision: Decision | null;
  text: string;
  note: string;
}

export interface Answers {
  last_try_note: string;
  well_me: string;
  well_partner: string;
  /** One thing on my mind, and one on my partner's (optional, taken in turns). */
  mind_me: string;
  mind_partner: string;
  /** A note per boundary id. */
  boundaryNotes: Record<string, string>;
  /** A decision per agreement id. */
  reviews: Record<string, Review>;
  thanks_me: string;
  thanks_partner: string;
  try_next: string;
}

function blank(): Answers {
  return { last_try_note: "", well_me: "", well_partner: "", mind_me: "", mind_partner: "", boundaryNotes: {}, reviews: {}, thanks_me: "", thanks_partner: "", try_next: "" };
}

/** How long typing must pause before the answers are kept in the vault. */
export const KEEP_PAUSE_MS = 800;

/** What the vault keeps of answers not saved yet, and the step showing. */
export function toUnsaved(a: Answers, step: Step): UnsavedCheckIn {
  return {
    step,
    last_try_note: a.last_try_note,
    well_me: a.well_me,
    well_partner: a.well_partner,
    mind_me: a.mind_me,
    mind_partner: a.mind_partner,
    boundaries: Object.entries(a.boundaryNotes).map(([boundary, note]) => ({ boundary, note })),
    reviews: Object.entries(a.reviews).map(([agreement, r]) => ({ agreement, decision: r.decision, text: r.text, note: r.note })),
    thanks_me: a.thanks_me,
    thanks_partner: a.thanks_partner,
    try_next: a.try_next,
  };
}

/** The answers the vault kept, as the screen holds them. */
export function fromUnsaved(u: UnsavedCheckIn): Answers {
  return {
    last_try_note: u.last_try_note ?? "",
    well_me: u.well_me ?? "",
    well_partner: u.well_partner ?? "",
    mind_me: u.mind_me ?? "",
    mind_partner: u.mind_partner ?? "",
    boundaryNotes: Object.fromEntries((u.boundaries ?? []).map((b) => [b.boundary, b.note])),
    reviews: Object.fromEntries((u.reviews ?? []).map((r) => [r.agreement, { decision: r.decision ?? null, text: r.text ?? "", note: r.note ?? "" }])),
    thanks_me: u.thanks_me ?? "",
    thanks_partner: u.thanks_partner ?? "",
    try_next: u.try_next ?? "",
  };
}

function copy(a: Answers): Answers {
  return JSON.parse(JSON.stringify(a)) as Answers;
}

/** Tells whether anything has been written or decided. */
export function isBlank(a: Answers): boolean {
  const texts = [a.last_try_note, a.well_me, a.well_partner, a.mind_me, a.mind_partner, a.thanks_me, a.thanks_partner, a.try_next, ...Object.values(a.boundaryNotes)];
  return texts.every((s) => !s.trim()) && Object.values(a.reviews).every((r) => r.decision === null);
}

/** Tells whether there is nothing worth keeping for later: blank, and no note written on an
 * agreement not decided yet (a save leaves those out, but they are the person's words). */
export function nothingToKeep(a: Answers): boolean {
  return isBlank(a) && Object.values(a.reviews).every((r) => !r.note.trim());
}

/** Builds what the core saves: every boundary on the agenda, the agreements decided on, and
 * those not decided but with a note (kept in the check-in as "talked about"). */
export function toDraft(a: Answers, agenda: Agenda): CheckInDraft {
  const agreements: AgreementReview[] = [];
  for (const ag of agenda.agreements) {
    const r = a.reviews[ag.id];
    const decision = r?.decision ?? (r?.note.trim() ? "talked" : null);
    if (!r || !decision) continue;
    agreements.push({ agreement: ag.id, decision, text: decision === "changed" ? r.text : "", revisit_on: null, note: r.note });
  }
  return {
    last_try_note: a.last_try_note,
    well_me: a.well_me,
    well_partner: a.well_partner,
    mind_me: a.mind_me,
    mind_partner: a.mind_partner,
    boundaries: agenda.boundaries.map((b) => ({ boundary: b.boundary, note: a.boundaryNotes[b.boundary] ?? "" })),
    agreements,
    thanks_me: a.thanks_me,
    thanks_partner: a.thanks_partner,
    try_next: a.try_next,
  };
}

export class CheckInState extends Store {
  agenda = $state<Agenda | null>(null);
  answers = $state<Answers>(blank());
  step = $state<Step>("went-well");
  loading = $state(false);
  saving = $state(false);
  error = $state<string | null>(null);
  /** The check-in just saved (the screen then says so and offers the journal). */
  saved = $state<Entry | null>(null);
  /** The answers were put back from the vault when the screen opened (it says so). */
  restored = $state(false);
  /** "Is it safe to talk together right now?" was answered yes. Asked each time the vault is
   * unlocked, never stored: a lock clears it with everything else. */
  safe = $state(false);
  /** Answers given before a lock: kept in memory only, put back after the next unlock. */
  private pending: { answers: Answers; step: Step } | null = null;
  /** What the vault holds now (as sent), so unchanged answers are not written again. */
  private keptText = "";
  private keepTimer: ReturnType<typeof setTimeout> | null = null;

  /** The steps this check-in walks through ("last time" only when there was a thing to try). */
  get steps(): Step[] {
    return STEPS.filter((s) => s !== "last-time" || !!this.agenda?.previous?.try_next);
  }

  /** Opens the screen: reads the agenda (once per unlock) and puts back answers kept from
   * before a lock. `nav.go("checkin")` is all it takes; the screen calls this when it shows. */
  async open(): Promise<void> {
    const kept = this.pending;
    if (kept) {
      this.pending = null;
      this.answers = kept.answers;
      this.step = kept.step;
      this.saved = null;
    }
    if (this.agenda && !kept) return;
    await this.load(!kept);
    if (!kept && this.agenda && nothingToKeep(this.answers) && !this.saved) await this.restore();
  }

  /** Puts back the answers the vault kept from a check-in not saved yet, if there are some. */
  private async restore(): Promise<void> {
    try {
      const u = await api.unsaved();
      if (!u || !this.agenda || !nothingToKeep(this.answers)) return;
      const answers = fromUnsaved(u);
      for (const ag of this.agenda.agreements) answers.reviews[ag.id] ??= { decision: null, text: ag.text, note: "" };
      this.answers = answers;
      const step = (u.step ?? "") as Step;
      if (this.steps.includes(step)) this.step = step;
      // As the screen would send them now, so putting them back is not a change.
      this.keptText = JSON.stringify(toUnsaved(answers, this.step));
      this.restored = !nothingToKeep(answers);
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** The answers changed: keeps them in the vault once typing pauses. */
  changed(): void {
    if (!this.agenda || !this.safe || this.saving) return;
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = setTimeout(() => void this.flush(), KEEP_PAUSE_MS);
  }

  /** Keeps the answers in the vault now, if they changed since last kept (leaving the screen,
   * quitting, hiding). Blank answers remove what was kept. */
  async flush(): Promise<void> {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = null;
    // Before the safety check is answered yes, nothing is written.
    if (!this.agenda || !this.safe || this.saving || this.saved) return;
    const unsaved = toUnsaved($state.snapshot(this.answers) as Answers, this.step);
    const text = JSON.stringify(unsaved);
    if (text === this.keptText) return;
    if (!this.keptText && nothingToKeep(this.answers)) return;
    try {
      await api.keep(unsaved);
      this.keptText = nothingToKeep(this.answers) ? "" : text;
    } catch (e) {
      this.error = t("checkin-keep-failed", { reason: messageOf(e) });
    }
  }

  /** Reads the agenda; `fresh` starts on the first step. */
  private async load(fresh: boolean): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      const agenda = await api.agenda();
      // Every agreement due gets its (empty) answer up front, so the screen binds to it.
      for (const ag of agenda.agreements) this.answers.reviews[ag.id] ??= { decision: null, text: ag.text, note: "" };
      this.agenda = agenda;
      if (fresh && isBlank(this.answers) && !this.saved) this.step = this.steps[0];
      if (!this.steps.includes(this.step)) this.step = this.steps[0];
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.loading = false;
    }
  }

  /** Another front end changed the vault: read the agenda again; the answers stay. */
  override async refresh(): Promise<void> {
    if (this.agenda) await this.load(false);
  }

  go(step: Step): void {
    this.step = step;
    this.changed();
  }

  /** Moves to the next step (or the one before, with `by` = -1); false at either end. */
  move(by: 1 | -1): boolean {
    const steps = this.steps;
    const at = steps.indexOf(this.step) + by;
    if (at < 0 || at >= steps.length) return false;
    this.step = steps[at];
    this.changed();
    return true;
  }

  get isLast(): boolean {
    const steps = this.steps;
    return this.step === steps[steps.length - 1];
  }


  /** Saves the check-in. Returns whether it was saved; on an error the answers stay. */
  async save(): Promise<boolean> {
    if (!this.agenda || this.saving) return false;
    this.error = null;
    for (const ag of this.agenda.agreements) {
      const r = this.answers.reviews[ag.id];
      if (r?.decision === "changed" && !r.text.trim()) {
        this.step = "agreements";
        this.error = t("checkin-change-needs-words", { agreement: ag.text });
        return false;
      }
    }
    if (isBlank(this.answers)) {
      this.error = t("checkin-nothing-written");
      return false;
    }
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = null;
    this.saving = true;
    try {
      // Saving the check-in also removes the answers kept for later.
      this.saved = await api.save(toDraft($state.snapshot(this.answers) as Answers, this.agenda));
      this.answers = blank();
      this.agenda = null;
      this.keptText = "";
      this.restored = false;
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** After a save: start the screen again (a new agenda, the first step). */
  async again(): Promise<void> {
    this.saved = null;
    await this.load(true);
  }

  /** Throws the answers away, the ones kept in the vault too (asked first by the screen). */
  async discard(): Promise<void> {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = null;
    this.answers = blank();
    this.error = null;
    this.restored = false;
    try {
      await api.forget();
      this.keptText = "";
    } catch (e) {
      this.error = messageOf(e);
      return;
    }
    await this.load(true);
  }

  /** The safety check was answered yes: the check-in shows. */
  safeToTalk(): void {
    this.safe = true;
    // Answers put back from before a lock are kept in the vault now, as any change would be.
    this.changed();
  }

  /** The safety check was answered no: nothing of it is kept, and nothing new is written
   * (answers typed before stay in memory only until the lock, as they would anyway). The
   * screen then opens Safety first. */
  notSafe(): void {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = null;
    this.safe = false;
  }

  /** Tells whether answers from before a lock are waiting (for tests). */
  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** A lock keeps the answers not saved yet, in memory only (see `pending`). */
  protected override keeps(): string[] {
    return [...super.keeps(), "pending"];
  }

  /** Before a lock (`clear()` then resets every other field): the answers given are put
   * aside, and nothing waits to keep them in the vault. */
  protected override beforeReset(): void {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    if (!nothingToKeep(this.answers)) this.pending = { answers: copy($state.snapshot(this.answers) as Answers), step: this.step };
  }
}

// The agenda is read from boundaries, agreements due and the last check-in (an entry).
export const checkin = follow(new CheckInState(), ["entry", "boundary", "agreement"]);
