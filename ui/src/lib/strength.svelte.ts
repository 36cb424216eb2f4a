// Passphrase strength from zxcvbn-ts (a kept estimator, not a hand-rolled rule), checked
// three ways, the lowest answer winning:
//
// - zxcvbn on the whole passphrase;
// - zxcvbn on each word alone, the guesses multiplied: zxcvbn reads the spaces between words
//   as random characters, so on its own it rates "we will be ok" Strong, while someone
//   guessing a phrase of common words tries them word by word;
// - a ceiling by length and variety of characters: short is never Strong, however odd.
//
// The estimator loads on first use, so the unlock screen starts without its dictionaries.
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

/** The words of a passphrase: what stands between spaces and punctuation. */
export function wordsOf(passphrase: string): string[] {
  return passphrase.split(/[\s\-_.,;:!?/+&]+/u).filter(Boolean);
}

/** How many kinds of character it mixes: lower case, upper case, digits, others (a space
 *  between words does not count). */
export function variety(passphrase: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((r) => r.test(passphrase)).length;
}

/** The highest score a passphrase of this length can have, however unusual its characters:
 *  under 8 characters at most Weak, under 12 at most Fair (Good with three kinds of
 *  character), under 16 at most Good. */
export function lengthCap(passphrase: string): number {
  const n = [...passphrase].length;
  if (n < 8) return 1;
  if (n < 12) return variety(passphrase) >= 3 ? 3 : 2;
  if (n < 16) return 3;
  return 4;
}

/** zxcvbn's score for a number of guesses (its own thresholds). */
export function scoreOfGuesses(guesses: number): number {
  const log = Math.log10(Math.max(guesses, 1));
  return log < 3 ? 0 : log < 6 ? 1 : log < 8 ? 2 : log < 10 ? 3 : 4;
}

export function estimate(passphrase: string): Strength {
  if (!passphrase) return { score: 0, label: "", advice: [] };
  const zxcvbn = estimator;
  if (!zxcvbn) {
    void loadEstimator();
    return { score: -1, label: "Checking…", advice: [] };
  }
  const p = passphrase.slice(0, 200);
  const r = zxcvbn.check(p);
  const words = wordsOf(p);
  // Word by word, one step stricter than zxcvbn's thresholds (guesses / 10): people pick words
  // that make sense together ("we will be ok"), and someone who knows them tries those first.
  const byWords = words.length > 1
    ? scoreOfGuesses(words.reduce((g, w) => g * zxcvbn.check(w).guesses, 1) / 10)
    : r.score;
  const byLength = lengthCap(p);
  const score = Math.min(r.score, byWords, byLength);
  const advice = screenAdvice([r.feedback.warning ?? "", ...r.feedback.suggestions]);
  if (score < 4 && byWords === score && byWords < r.score) {
    advice.unshift("These words are common together; one only you would pick makes it much harder to guess.");
  } else if (score < 4 && byLength === score && byLength < r.score) {
    advice.unshift("Longer is harder to guess: add another word.");
  }
  if (score < MIN_SCORE && !advice.some((a) => /word/i.test(a))) advice.push("Add another word or two that only you would pick.");
  return { score, label: LABELS[score], advice };
}

/** Tells whether to say that the repeat differs: not while it is still being typed (shorter
 *  than the passphrase), only once it is as long, or the person has left the field. */
export function repeatDiffers(value: string, repeat: string, left: boolean): boolean {
  return repeat.length > 0 && repeat !== value && (left || repeat.length >= value.length);
}

/** Says, in the screen's own terms, what is still missing before a new passphrase can be
 *  used, or returns null when nothing is. `score` is `estimate(value).score`; `left` is
 *  whether the person has left the repeat field. */
export function passphraseMissing(value: string, repeat: string, score: number, left = false): string | null {
  if (!value) return "Choose a passphrase of a few words.";
  if (score < 0) return "Checking the passphrase…";
  if (score < MIN_SCORE) return `${ADD_WORDS} The passphrase is still easy to guess.`;
  if (!repeat) return "Type the passphrase again to confirm it.";
  if (repeatDiffers(value, repeat, left)) return "The two passphrases differ.";
  if (repeat !== value) return "Type the passphrase again to confirm it.";
  return null;
}
