// The thought record's state ("When the worry spikes"): the answers, one step at a time, a
// quiet twenty-minute wait, and saving as a journal entry. The core writes the entry from the
// answers. Across a lock the answers are kept in memory only and put back after the next
// unlock, as the check-in's are; the wait keeps its end time (it says nothing private).
import type { Entry, ThoughtRecord } from "../bindings";
import { saveThoughtRecord } from "../services/journal";
import { messageOf } from "../services/result";
import { follow, Store } from "./store";
import { t } from "../i18n.svelte";

/** The steps, in the order the article "When the worry spikes" walks them. */
export const WORRY_STEPS = ["now", "happened", "story", "evidence", "after", "ask"] as const;
export type WorryStep = (typeof WORRY_STEPS)[number];

/** Each step's title, in the language shown (a function, so it follows a change of language). */
export function worryTitles(): Record<WorryStep, string> {
  return {
    now: t("worry-step-now-title"),
    happened: t("worry-step-happened-title"),
    story: t("worry-step-story-title"),
    evidence: t("worry-step-evidence-title"),
    after: t("worry-step-after-title"),
    ask: t("worry-step-ask-title"),
  };
}

/** The steps' short names, for the row of steps above the one showing. */
export function worryNames(): Record<WorryStep, string> {
  return {
    now: t("worry-step-now-name"),
    happened: t("worry-step-happened-name"),
    story: t("worry-step-story-name"),
    evidence: t("worry-step-evidence-name"),
    after: t("worry-step-after-name"),
    ask: t("worry-step-ask-name"),
  };
}

/** The wait before any checking, in milliseconds. */
export const WAIT_MS = 20 * 60 * 1000;

/** The article for doubt that has a basis, where marking the evidence real leads. */
export const DOUBT_WITH_A_BASIS = "if-your-partner-struggles-to-trust-you";

export function blankRecord(): ThoughtRecord {
  return {
    happened: "",
    story: "",
    evidence_for: "",
    evidence_against: "",
    evidence_real: false,
    worry_before: null,
    worry_after: null,
    waited: false,
    ask: "",
    ask_when: "",
  };
}

/** Tells whether nothing is written or rated (the core refuses to save such a page). */
export function isBlankRecord(r: ThoughtRecord): boolean {
  const texts = [r.happened, r.story, r.evidence_for, r.evidence_against, r.ask, r.ask_when];
  return texts.every((s) => !(s ?? "").trim()) && r.worry_before == null && r.worry_after == null;
}

export class WorryState extends Store {
  answers = $state<ThoughtRecord>(blankRecord());
  step = $state<WorryStep>("now");
  saving = $state(false);
  error = $state<string | null>(null);
  /** The entry just saved (the screen then says so and offers the journal). */
  saved = $state<Entry | null>(null);
  /** When the twenty-minute wait ends (ms since the epoch), while one runs or has ended
   * unseen; null when none was started. */
  waitUntil = $state<number | null>(null);
  /** The clock the wait is shown against (ms), moved on once a second while it runs. */
  now = $state(0);
  /** Answers given before a lock: kept in memory only, put back after the next unlock. */
  private pending: { answers: ThoughtRecord; step: WorryStep } | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  /** Minutes left in the wait, rounded up; 0 once it has ended; null when none runs. */
  get minutesLeft(): number | null {
    if (this.waitUntil === null) return null;
    return Math.max(0, Math.ceil((this.waitUntil - this.now) / 60_000));
  }

  get waitOver(): boolean {
    return this.waitUntil !== null && this.now >= this.waitUntil;
  }

  get isLast(): boolean {
    return this.step === WORRY_STEPS[WORRY_STEPS.length - 1];
  }

  /** Opens the screen: puts back answers kept from before a lock, and the wait's clock. */
  open(): void {
    const kept = this.pending;
    if (kept) {
      this.pending = null;
      this.answers = kept.answers;
      this.step = kept.step;
      this.saved = null;
    }
    this.tick();
  }

  /** Starts the quiet twenty-minute wait (again, if one ran). */
  startWait(at = Date.now()): void {
    this.now = at;
    this.waitUntil = at + WAIT_MS;
    this.tick();
  }

  /** Stops the wait without counting it as waited. */
  stopWait(): void {
    this.waitUntil = null;
    this.stopTicker();
  }

  /** Moves the wait's clock to `at` (once a second while it runs); an ended wait counts. */
  tick(at = Date.now()): void {
    this.now = at;
    if (this.waitUntil === null) return this.stopTicker();
    if (this.waitOver) {
      this.answers.waited = true;
      this.stopTicker();
    } else if (!this.ticker) {
      this.ticker = setInterval(() => this.tick(), 1000);
    }
  }

  go(step: WorryStep): void {
    this.step = step;
  }

  /** Moves one step on or back; returns whether it moved. */
  move(by: 1 | -1): boolean {
    const i = WORRY_STEPS.indexOf(this.step) + by;
    if (i < 0 || i >= WORRY_STEPS.length) return false;
    this.step = WORRY_STEPS[i];
    return true;
  }

  /** Saves the thought record as a journal entry; returns whether it was saved. */
  async save(): Promise<boolean> {
    if (this.saving) return false;
    this.error = null;
    if (isBlankRecord(this.answers)) {
      this.error = t("worry-nothing-written");
      return false;
    }
    this.saving = true;
    try {
      this.saved = await saveThoughtRecord($state.snapshot(this.answers) as ThoughtRecord);
      this.answers = blankRecord();
      this.step = "now";
      this.waitUntil = null;
      this.stopTicker();
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Starts a new, blank thought record after one was saved. */
  again(): void {
    this.saved = null;
    this.error = null;
  }

  private stopTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }

  /** A lock keeps the answers not saved yet (in memory only) and the wait's end time. */
  protected override keeps(): string[] {
    return [...super.keeps(), "pending", "waitUntil"];
  }

  /** Before a lock: the answers given are put aside, and the clock stops until the screen
   * shows again. */
  protected override beforeReset(): void {
    this.stopTicker();
    if (!isBlankRecord(this.answers) || this.answers.waited) {
      this.pending = { answers: JSON.parse(JSON.stringify($state.snapshot(this.answers))) as ThoughtRecord, step: this.step };
    }
  }
}

// Saving writes an entry; nothing on this screen shows records, so no change reloads it.
export const worry = follow(new WorryState());
