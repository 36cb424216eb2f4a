// Core messages are lower-case and end without a full stop, so they can be joined into the
// UI's own sentences. Wherever the UI shows one on its own or next to its own words, it goes
// through `sentence` first.

/** Returns `message` as a sentence: first letter capitalised, ending with a full stop
 *  (unless it already ends with `.`, `!`, `?` or `…`). */
export function sentence(message: string): string {
  const m = message.trim();
  if (!m) return "";
  const first = m.charAt(0).toLocaleUpperCase() + m.slice(1);
  return /[.!?…]["'”’)]*$/.test(first) ? first : `${first}.`;
}
