// What the banner says about records that could not be read, in the words of their kinds.
import type { DamagedRecord, RecordKind } from "./bindings";

const WORDS: Record<RecordKind, [string, string, string]> = {
  entry: ["entry", "entries", "the journal"],
  boundary: ["boundary", "boundaries", "Together → Boundaries"],
  worksheet: ["worksheet", "worksheets", "Together → Expectations"],
  agreement: ["agreement", "agreements", "Together → Agreements"],
  reminder: ["reminder's words", "reminders' words", "Reminders"],
  draft: ["unsaved check-in", "unsaved check-ins", "Check-in → Start over"],
  // Plain words: the banner shows in the main window, where someone else may glance at it.
  safety_check: ["private check", "private checks", "Safety & help → Take the private check → Save"],
  share: ["share from your partner", "shares from your partner", "your partner's next share"],
};

export function damagedSentence(damaged: DamagedRecord[]): string {
  const counts = new Map<RecordKind, number>();
  for (const d of damaged) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => (n === 1 ? `one ${WORDS[kind][0]}` : `${n} ${WORDS[kind][1]}`));
  const where = [...counts.keys()].map((k) => WORDS[k][2]);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
  const many = damaged.length > 1;
  const lead = list.charAt(0).toUpperCase() + list.slice(1);
  return `${lead} could not be read and may be damaged. Everything else is safe; ${many ? "each" : "it"} can be deleted from its list (${where.join(", ")}).`;
}
