// The records a journal entry can be about ("this is about…"): the choices offered, and how
// each linked one is named.
import type { About, ListedAgreement, ListedBoundary } from "./bindings";

export interface AboutChoice {
  about: About;
  label: string;
}

/** The boundaries (not retired) and agreements (not retired) an entry can be linked to. */
export function aboutChoices(boundaries: ListedBoundary[], agreements: ListedAgreement[]): AboutChoice[] {
  const out: AboutChoice[] = [];
  for (const b of boundaries) {
    if (b.kind === "boundary" && b.boundary.status !== "retired") {
      out.push({ about: { kind: "boundary", id: b.boundary.id }, label: firstLine(b.boundary.text) });
    }
  }
  for (const a of agreements) {
    if (a.kind === "agreement" && a.agreement.status !== "retired") {
      out.push({ about: { kind: "agreement", id: a.agreement.id }, label: firstLine(a.agreement.text) });
    }
  }
  return out;
}

/** Every record's name by kind and id, retired ones too (an entry may be about one). */
export function aboutNames(boundaries: ListedBoundary[], agreements: ListedAgreement[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const b of boundaries) if (b.kind === "boundary") names.set(key({ kind: "boundary", id: b.boundary.id }), firstLine(b.boundary.text));
  for (const a of agreements) if (a.kind === "agreement") names.set(key({ kind: "agreement", id: a.agreement.id }), firstLine(a.agreement.text));
  return names;
}

export function key(a: About): string {
  return `${a.kind}:${a.id}`;
}

export function fromKey(k: string): About | null {
  const [kind, id] = k.split(":");
  if (!id || (kind !== "boundary" && kind !== "agreement")) return null;
  return { kind, id } as About;
}

/** Adds `a` unless it is there already. */
export function withAbout(list: About[], a: About): About[] {
  return list.some((x) => key(x) === key(a)) ? list : [...list, a];
}

function firstLine(text: string): string {
  const line = text.split("\n")[0].trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
