// The recovery code (an age identity, 74 characters) as people read, write and type it.

const PREFIX = "AGE-SECRET-KEY-1";
/** The longest group; groups are as even as they can be, 4 to 6 characters. */
const GROUP = 6;

/** Returns the code as a person is shown it: without the fixed prefix `AGE-SECRET-KEY-1`,
 *  which tells nobody anything (the core accepts the code with it or without) and without
 *  spaces. */
export function shownRecoveryCode(code: string): string {
  const compact = code.replace(/\s+/g, "");
  return compact.toUpperCase().startsWith(PREFIX) ? compact.slice(PREFIX.length) : compact;
}

/** Returns the shown code in even groups of at most six characters, separated by spaces. The
 *  core accepts the code with or without the spaces. */
export function groupRecoveryCode(code: string): string {
  const rest = shownRecoveryCode(code);
  const groups = Math.ceil(rest.length / GROUP);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < groups; i++) {
    // Spread the remainder over the first groups, so no group is much shorter than another.
    const size = Math.floor(rest.length / groups) + (i < rest.length % groups ? 1 : 0);
    out.push(rest.slice(at, at + size));
    at += size;
  }
  return out.join(" ");
}
