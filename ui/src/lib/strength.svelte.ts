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
import { t } from "./i18n.svelte";

export interface Strength {
  /** 0 (very weak) to 4 (strong); -1 while the estimator is still loading. */
  score: number;
  label: string;
  advice: string[];
}

/** The name of each score, 0 to 4, in the language shown. */
const LABELS: (() => string)[] = [
  () => t("unlock-strength-very-weak"),
  () => t("unlock-strength-weak"),
  () => t("unlock-strength-fair"),
  () => t("unlock-strength-good"),
  () => t("unlock-strength-strong"),
];

/** The lowest score accepted for a new passphrase. */
export const MIN_SCORE = 2;

/** The screens advise "a few unrelated words"; this is that advice in one line, in English.
 *  What the screens show is `unlock-missing-weak` (which starts with these words in English). */
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

/** zxcvbn's tips, which it gives in English (after "password" became "passphrase"), and the
 *  message that says each in the language shown. A tip not listed shows as zxcvbn gives it. */
const TIPS: Record<string, () => string> = {
  "Straight rows of keys on your keyboard are easy to guess.": () => t("unlock-strength-tip-straight-row"),
  'Repeated characters like "aaa" are easy to guess.': () => t("unlock-strength-tip-simple-repeat"),
  'Repeated character patterns like "abcabcabc" are easy to guess.': () => t("unlock-strength-tip-extended-repeat"),
  'Common character sequences like "abc" are easy to guess.': () => t("unlock-strength-tip-sequences"),
  "Recent years are easy to guess.": () => t("unlock-strength-tip-recent-years"),
  "Dates are easy to guess.": () => t("unlock-strength-tip-dates"),
  "This is a heavily used passphrase.": () => t("unlock-strength-tip-top-ten"),
  "This is a frequently used passphrase.": () => t("unlock-strength-tip-top-hundred"),
  "This is a commonly used passphrase.": () => t("unlock-strength-tip-common"),
  "This is similar to a commonly used passphrase.": () => t("unlock-strength-tip-similar-to-common"),
  "Single words are easy to guess.": () => t("unlock-strength-tip-word-by-itself"),
  "Single names or surnames are easy to guess.": () => t("unlock-strength-tip-names-by-themselves"),
  "Common names and surnames are easy to guess.": () => t("unlock-strength-tip-common-names"),
  "There should not be any personal or page related data.": () => t("unlock-strength-tip-user-inputs"),
  "Your passphrase was exposed by a data breach on the Internet.": () => t("unlock-strength-tip-pwned"),
  "Avoid reversed spellings of common words.": () => t("unlock-strength-tip-reverse-words"),
  "Avoid dates and years that are associated with you.": () => t("unlock-strength-tip-avoid-dates"),
  "Avoid recent years.": () => t("unlock-strength-tip-avoid-recent-years"),
  "Avoid years that are associated with you.": () => t("unlock-strength-tip-associated-years"),
  "Avoid common character sequences.": () => t("unlock-strength-tip-avoid-sequences"),
  "Avoid repeated words and characters.": () => t("unlock-strength-tip-repeated"),
  "Add more words that are less common.": () => t("unlock-strength-tip-another-word"),
  "Use multiple words, but avoid common phrases.": () => t("unlock-strength-tip-use-words"),
  "If you use this passphrase elsewhere, you should change it.": () => t("unlock-strength-tip-change-elsewhere"),
};

/** A tip to show: what it says, and whether it is about words (then no other word tip is added). */
interface Tip {
  say: () => string;
  aboutWords: boolean;
}

/** zxcvbn's tips that agree with the screen's advice, in the screen's terms. */
function zxcvbnTips(tips: string[]): Tip[] {
  return tips
    .filter((tip) => tip && !CONTRADICTS_WORDS.test(tip))
    .map((tip) => tip.replace(/\bpasswords\b/gi, "passphrases").replace(/\bpassword\b/gi, "passphrase"))
    .map((tip) => ({ say: TIPS[tip] ?? (() => tip), aboutWords: /word/i.test(tip) }));
}

/** Keeps zxcvbn's tips that agree with the screen's advice, in the screen's words and language. */
export function screenAdvice(tips: string[]): string[] {
  return zxcvbnTips(tips).map((tip) => tip.say());
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
    return { score: -1, label: t("unlock-strength-checking"), advice: [] };
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
  const advice = zxcvbnTips([r.feedback.warning ?? "", ...r.feedback.suggestions]);
  if (score < 4 && byWords === score && byWords < r.score) {
    advice.unshift({ say: () => t("unlock-strength-common-together"), aboutWords: true });
  } else if (score < 4 && byLength === score && byLength < r.score) {
    advice.unshift({ say: () => t("unlock-strength-longer"), aboutWords: true });
  }
  if (score < MIN_SCORE && !advice.some((a) => a.aboutWords)) {
    advice.push({ say: () => t("unlock-strength-add-own-word"), aboutWords: true });
  }
  return { score, label: LABELS[score](), advice: advice.map((a) => a.say()) };
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
  if (!value) return t("unlock-missing-choose");
  if (score < 0) return t("unlock-missing-checking");
  if (score < MIN_SCORE) return t("unlock-missing-weak");
  if (!repeat) return t("unlock-missing-repeat");
  if (repeatDiffers(value, repeat, left)) return t("unlock-missing-differ");
  if (repeat !== value) return t("unlock-missing-repeat");
  return null;
}
