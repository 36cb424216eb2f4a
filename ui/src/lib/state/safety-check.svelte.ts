// The private "Is this safe?" self-check: the signs, as the person ticks them, and the next
// steps the core answers with once they are saved. The ticks are kept sealed in the vault
// (not in memory across a lock: a lock forgets them here, and the next unlock reads them back).
import type { NextSteps, SafetyCheck, Sign } from "../bindings";
import * as api from "../services/safety";
import { messageOf } from "../services/result";
import { follow, Store } from "./store";
import { t } from "../i18n.svelte";

/** The signs, in the order the check asks, each with its words in the person's language. */
export const SIGNS: [Sign, () => string][] = [
  ["afraid", () => t("safety-sign-afraid")],
  ["hurt", () => t("safety-sign-hurt")],
  ["choked", () => t("safety-sign-choked")],
  ["threatened_to_kill", () => t("safety-sign-threatened-to-kill")],
  ["weapon", () => t("safety-sign-weapon")],
  ["worse", () => t("safety-sign-worse")],
  ["separation", () => t("safety-sign-separation")],
  ["forced_sex", () => t("safety-sign-forced-sex")],
  ["children_or_pets", () => t("safety-sign-children-or-pets")],
  ["controls", () => t("safety-sign-controls")],
  ["watches", () => t("safety-sign-watches")],
  ["isolates", () => t("safety-sign-isolates")],
];

/** What each answer says first. Never a score: one of three plain answers. */
export function nextStepsTitle(steps: NextSteps): string {
  switch (steps) {
    case "danger":
      return t("safety-answer-danger-title");
    case "worry":
      return t("safety-answer-worry-title");
    default:
      return t("safety-answer-nothing-title");
  }
}

export class SafetyCheckState extends Store {
  /** The ticks on the screen, by sign. */
  ticked = $state<Partial<Record<Sign, boolean>>>({});
  /** The check as last saved (its next steps show once it is saved on this screen). */
  saved = $state<SafetyCheck | null>(null);
  /** The answer is showing: the ticks were saved just now. */
  answered = $state(false);
  loading = $state(false);
  saving = $state(false);
  error = $state<string | null>(null);

  get chosen(): Sign[] {
    return SIGNS.map(([s]) => s).filter((s) => this.ticked[s]);
  }

  /** Reads the check as last saved, and ticks what it holds. */
  async open(): Promise<void> {
    this.loading = true;
    this.error = null;
    this.answered = false;
    try {
      this.saved = await api.safetyCheck();
      this.ticked = Object.fromEntries((this.saved?.ticked ?? []).map((s) => [s, true]));
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.loading = false;
    }
  }

  /** Saves the ticks (none is an answer too); returns whether they were saved. */
  async save(): Promise<boolean> {
    if (this.saving) return false;
    this.saving = true;
    this.error = null;
    try {
      this.saved = await api.saveSafetyCheck(this.chosen);
      this.answered = true;
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Clears the check from the vault and the screen (the person asked; `clear()`, which every
   * state has, is what a lock does, and leaves the vault alone). */
  async clearSaved(): Promise<void> {
    this.error = null;
    try {
      await api.clearSafetyCheck();
      this.saved = null;
      this.ticked = {};
      this.answered = false;
    } catch (e) {
      this.error = messageOf(e);
    }
  }
}

// It reads the vault when its screen opens, so no change elsewhere reloads it under the person's ticks.
export const safetyCheck = follow(new SafetyCheckState());
