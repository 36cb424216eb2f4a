// The auto-lock time as typed in Settings: a whole number of minutes from 1 to 1440. A value
// outside that is said plainly, with why, instead of being quietly refused by the form.

/** The shortest and longest auto-lock time, in minutes (the core holds the same range). */
export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 24 * 60;

/** Returns the minutes typed if they are a whole number in range; otherwise what to say. */
export function readAutoLock(typed: unknown): { minutes: number } | { problem: string } {
  const text = String(typed ?? "").trim();
  const minutes = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(minutes) && minutes >= AUTO_LOCK_MIN && minutes <= AUTO_LOCK_MAX) return { minutes };
  return {
    problem:
      `Choose a whole number of minutes from ${AUTO_LOCK_MIN} to ${AUTO_LOCK_MAX} (a day). ` +
      "A short time keeps what you wrote safe if you step away; a long one asks for your passphrase less often.",
  };
}

/** Says when the journal will lock, in words. */
export function autoLockText(minutes: number): string {
  if (minutes % 60 === 0 && minutes >= 60) {
    const hours = minutes / 60;
    return `Saved: it locks after ${hours} ${hours === 1 ? "hour" : "hours"} without activity.`;
  }
  return `Saved: it locks after ${minutes} ${minutes === 1 ? "minute" : "minutes"} without activity.`;
}
