// The recovery code (an age identity, 74 characters) as people read, write and type it.

const PREFIX = "AGE-SECRET-KEY-1";
/** The longest group; groups are as even as they can be, 4 to 6 characters. */
const GROUP = 6;

/** Returns `code` in short groups separated by spaces: the fixed prefix first, then the rest
 *  in even groups of at most six characters. The core accepts the code with or without the
 *  spaces. */
export function groupRecoveryCode(code: string): string {
  const compact = code.replace(/\s+/g, "");
  const head = compact.toUpperCase().startsWith(PREFIX) ? compact.slice(0, PREFIX.length) : "";
  const rest = compact.slice(head.length);
  const groups = Math.ceil(rest.length / GROUP);
  const out: string[] = head ? [head] : [];
  let at = 0;
  for (let i = 0; i < groups; i++) {
    // Spread the remainder over the first groups, so no group is much shorter than another.
    const size = Math.floor(rest.length / groups) + (i < rest.length % groups ? 1 : 0);
    out.push(rest.slice(at, at + size));
    at += size;
  }
  return out.join(" ");
}
