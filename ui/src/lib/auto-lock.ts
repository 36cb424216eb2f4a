// The auto-lock time as typed in Settings: a whole number of minutes from 1 to 1440. A value
// outside that is said plainly, with why, instead of being quietly refused by the form.
import { t } from "./i18n.svelte";

/** The shortest and longest auto-lock time, in minutes (the core holds the same range). */
export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 24 * 60;

/** Returns the minutes typed if they are a whole number in range; otherwise what to say. */
export function readAutoLock(typed: unknown): { minutes: number } | { problem: string } {
  const text = String(typed ?? "").trim();
  const minutes = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(minutes) && minutes >= AUTO_LOCK_MIN && minutes <= AUTO_LOCK_MAX) return { minutes };
  return { problem: t("unlock-auto-lock-range", { min: AUTO_LOCK_MIN, max: AUTO_LOCK_MAX }) };
}

/** Says when the journal will lock, in words. */
export function autoLockText(minutes: number): string {
  if (minutes % 60 === 0 && minutes >= 60) return t("unlock-auto-lock-saved-hours", { hours: minutes / 60 });
  return t("unlock-auto-lock-saved-minutes", { minutes });
}
