import { describe, expect, it } from "vitest";
import { ADD_WORDS, estimate, lengthCap, loadEstimator, MIN_SCORE, passphraseMissing, repeatDiffers, screenAdvice, variety, wordsOf } from "./strength.svelte";

describe("passphraseMissing", () => {
  it("says what is missing in the screen's own terms, in order", () => {
    expect(passphraseMissing("", "", 0)).toMatch(/few words/);
    expect(passphraseMissing("tree", "", -1)).toMatch(/Checking/);
    expect(passphraseMissing("tree", "tree", MIN_SCORE - 1)).toContain(ADD_WORDS);
    expect(passphraseMissing("harbor maple quietly", "", MIN_SCORE)).toMatch(/again/);
    expect(passphraseMissing("harbor maple quietly", "harbor maple", MIN_SCORE, true)).toMatch(/differ/);
  });

  it("does not say the two differ while the second is still being typed", () => {
    const p = "harbor maple quietly";
    expect(passphraseMissing(p, "harbor ma", MIN_SCORE)).toMatch(/again/);
    expect(passphraseMissing(p, "harbor mx", MIN_SCORE)).not.toMatch(/differ/);
    // Once it is as long, or the person has left the field, it is said.
    expect(passphraseMissing(p, "harbor maple quietlz", MIN_SCORE)).toMatch(/differ/);
    expect(passphraseMissing(p, "harbor ma", MIN_SCORE, true)).toMatch(/differ/);
    expect(repeatDiffers(p, "harbor", false)).toBe(false);
    expect(repeatDiffers(p, "harbor", true)).toBe(true);
    expect(repeatDiffers(p, p, true)).toBe(false);
    expect(repeatDiffers(p, "", true)).toBe(false);
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

describe("the estimate of a phrase", () => {
  it("does not rate a short phrase of common words Strong", async () => {
    await loadEstimator();
    // zxcvbn alone reads the spaces as random characters and says Strong (4) for these.
    for (const p of ["we will be ok", "i love you", "trust me again", "we will be okay"]) {
      const s = estimate(p);
      expect(s.score, p).toBeLessThan(MIN_SCORE);
      expect(s.advice.some((t) => /word/i.test(t)), `${p}: ${s.advice}`).toBe(true);
    }
    expect(estimate("we will be fine now").score).toBeLessThan(4);
  });

  it("still rates a few unrelated, less common words Strong", async () => {
    await loadEstimator();
    for (const p of ["orchard lantern quiet seventeen", "harbor quietly maple seventeen", "copper meadow lantern thirty"]) {
      expect(estimate(p).score, p).toBe(4);
    }
  });

  it("never rates a short passphrase Strong, however mixed", async () => {
    await loadEstimator();
    expect(estimate("Tr0ub4dor&3").score).toBeLessThan(4);
    expect(lengthCap("kx8#Lq2")).toBe(1);
    expect(lengthCap("abcdefghij")).toBe(2);
    expect(lengthCap("abcdEFGH12")).toBe(3);
    expect(lengthCap("sixteen letters!")).toBe(4);
  });

  it("splits words at spaces and punctuation and counts kinds of character", () => {
    expect(wordsOf("we will-be_ok, now")).toEqual(["we", "will", "be", "ok", "now"]);
    expect(variety("we will be ok")).toBe(1);
    expect(variety("We will be OK 2!")).toBe(4);
  });
});
