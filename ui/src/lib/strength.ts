// Passphrase strength from zxcvbn-ts (a kept estimator, not a hand-rolled rule).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

export interface Strength {
  /** 0 (very weak) to 4 (strong). */
  score: number;
  label: string;
  advice: string[];
}

const LABELS = ["Very weak", "Weak", "Fair", "Good", "Strong"];

export function estimate(passphrase: string): Strength {
  if (!passphrase) return { score: 0, label: "", advice: [] };
  const r = zxcvbn.check(passphrase.slice(0, 200));
  const advice = [r.feedback.warning, ...r.feedback.suggestions].filter((s): s is string => !!s);
  if (r.score < 3 && advice.length === 0) advice.push("Add another word or two that only you would pick.");
  return { score: r.score, label: LABELS[r.score], advice };
}

/** The lowest score accepted for a new passphrase. */
export const MIN_SCORE = 2;
