// Passphrase strength from zxcvbn-ts (a kept estimator, not a hand-rolled rule). The
// estimator loads on first use, so the unlock screen starts without its dictionaries.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

export interface Strength {
  /** 0 (very weak) to 4 (strong); -1 while the estimator is still loading. */
  score: number;
  label: string;
  advice: string[];
}

const LABELS = ["Very weak", "Weak", "Fair", "Good", "Strong"];

/** The lowest score accepted for a new passphrase. */
export const MIN_SCORE = 2;

/** The screens advise "a few unrelated words"; this is that advice in one line. */
export const ADD_WORDS = "Add another word or two.";

let estimator = $state<ZxcvbnFactory | null>(null);
let loading: Promise<void> | null = null;

/** Starts loading the estimator; screens that choose a passphrase call this on mount. */
export function loadEstimator(): Promise<void> {
  loading ??= import("./zxcvbn").then((m) => {
    estimator = m.zxcvbn;
  });
  return loading;
}

/** Tips that pull away from "a few unrelated words" (capitals, symbols, keyboard tricks):
 *  zxcvbn offers them, the screen never shows them. */
const CONTRADICTS_WORDS = /capitali[sz]e|uppercase|keyboard patterns|letter substitutions/i;

/** Keeps zxcvbn's tips that agree with the screen's advice, in the screen's words. */
export function screenAdvice(tips: string[]): string[] {
  return tips
    .filter((t) => t && !CONTRADICTS_WORDS.test(t))
    .map((t) => t.replace(/\bpasswords\b/gi, "passphrases").replace(/\bpassword\b/gi, "passphrase"));
}

export function estimate(passphrase: string): Strength {
  if (!passphrase) return { score: 0, label: "", advice: [] };
  if (!estimator) {
    void loadEstimator();
    return { score: -1, label: "Checking…", advice: [] };
  }
  const r = estimator.check(passphrase.slice(0, 200));
  const advice = screenAdvice([r.feedback.warning ?? "", ...r.feedback.suggestions]);
  if (r.score < MIN_SCORE && !advice.some((a) => /word/i.test(a))) advice.push("Add another word or two that only you would pick.");
  return { score: r.score, label: LABELS[r.score], advice };
}

/** Says, in the screen's own terms, what is still missing before a new passphrase can be
 *  used, or returns null when nothing is. `score` is `estimate(value).score`. */
export function passphraseMissing(value: string, repeat: string, score: number): string | null {
  if (!value) return "Choose a passphrase of a few words.";
  if (score < 0) return "Checking the passphrase…";
  if (score < MIN_SCORE) return `${ADD_WORDS} The passphrase is still easy to guess.`;
  if (!repeat) return "Type the passphrase again to confirm it.";
  if (repeat !== value) return "The two passphrases differ.";
  return null;
}
