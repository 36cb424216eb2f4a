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

let estimator = $state<ZxcvbnFactory | null>(null);
let loading: Promise<void> | null = null;

/** Starts loading the estimator; screens that choose a passphrase call this on mount. */
export function loadEstimator(): Promise<void> {
  loading ??= import("./zxcvbn").then((m) => {
    estimator = m.zxcvbn;
  });
  return loading;
}

export function estimate(passphrase: string): Strength {
  if (!passphrase) return { score: 0, label: "", advice: [] };
  if (!estimator) {
    void loadEstimator();
    return { score: -1, label: "Checking…", advice: [] };
  }
  const r = estimator.check(passphrase.slice(0, 200));
  const advice = [r.feedback.warning, ...r.feedback.suggestions].filter((s): s is string => !!s);
  if (r.score < 3 && advice.length === 0) advice.push("Add another word or two that only you would pick.");
  return { score: r.score, label: LABELS[r.score], advice };
}

/** The lowest score accepted for a new passphrase. */
export const MIN_SCORE = 2;
