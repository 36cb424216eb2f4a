import { describe, expect, it } from "vitest";
import { ADD_WORDS, estimate, loadEstimator, MIN_SCORE, passphraseMissing, screenAdvice } from "./strength.svelte";

describe("passphraseMissing", () => {
  it("says what is missing in the screen's own terms, in order", () => {
    expect(passphraseMissing("", "", 0)).toMatch(/few words/);
    expect(passphraseMissing("tree", "", -1)).toMatch(/Checking/);
    expect(passphraseMissing("tree", "tree", MIN_SCORE - 1)).toContain(ADD_WORDS);
    expect(passphraseMissing("harbor maple quietly", "", MIN_SCORE)).toMatch(/again/);
    expect(passphraseMissing("harbor maple quietly", "harbor maple", MIN_SCORE)).toMatch(/differ/);
  });

  it("returns null only when the passphrase is strong enough and repeated exactly", () => {
    expect(passphraseMissing("harbor maple quietly", "harbor maple quietly", MIN_SCORE)).toBeNull();
    expect(passphraseMissing("harbor maple quietly", "harbor maple quietly ", 4)).not.toBeNull();
  });
});

describe("screenAdvice", () => {
  it("drops tips that contradict the few-words advice and says passphrase", () => {
    const tips = screenAdvice([
      "Capitalize more than the first letter.",
      "Capitalize some, but not all letters.",
      "Use longer keyboard patterns and change typing direction multiple times.",
      "Avoid predictable letter substitutions like '@' for 'a'.",
      "This is a commonly used password.",
      "Add more words that are less common.",
      "",
    ]);
    expect(tips).toEqual(["This is a commonly used passphrase.", "Add more words that are less common."]);
  });
});

describe("estimate", () => {
  it("never shows a capitalisation tip, even where zxcvbn would give one", async () => {
    await loadEstimator();
    for (const p of ["Password", "Summer", "Monkey", "PASSWORD", "p@ssw0rd", "qwertyuiop"]) {
      const s = estimate(p);
      expect(s.score, p).toBeLessThan(MIN_SCORE);
      for (const tip of s.advice) expect(tip, p).not.toMatch(/capitali[sz]e|uppercase|password/i);
      expect(s.advice.some((t) => /word/i.test(t)), `${p}: ${s.advice}`).toBe(true);
    }
  });
});
