// What the banner says about records that could not be read, in the words of their kinds.
import type { DamagedRecord, RecordKind } from "./bindings";
import { t } from "./i18n.svelte";

/** How many records of a kind, in words ("one entry", "2 entries"). */
const COUNT: Record<RecordKind, (count: number) => string> = {
  entry: (count) => t("common-damaged-count-entry", { count }),
  boundary: (count) => t("common-damaged-count-boundary", { count }),
  worksheet: (count) => t("common-damaged-count-worksheet", { count }),
  agreement: (count) => t("common-damaged-count-agreement", { count }),
  reminder: (count) => t("common-damaged-count-reminder", { count }),
  draft: (count) => t("common-damaged-count-draft", { count }),
  // Plain words: the banner shows in the main window, where someone else may glance at it.
  safety_check: (count) => t("common-damaged-count-safety-check", { count }),
  share: (count) => t("common-damaged-count-share", { count }),
};

/** Where a record of a kind can be deleted. */
const WHERE: Record<RecordKind, () => string> = {
  entry: () => t("common-damaged-where-entry"),
  boundary: () => t("common-damaged-where-boundary"),
  worksheet: () => t("common-damaged-where-worksheet"),
  agreement: () => t("common-damaged-where-agreement"),
  reminder: () => t("common-damaged-where-reminder"),
  draft: () => t("common-damaged-where-draft"),
  safety_check: () => t("common-damaged-where-safety-check"),
  share: () => t("common-damaged-where-share"),
};

export function damagedSentence(damaged: DamagedRecord[]): string {
  const counts = new Map<RecordKind, number>();
  for (const d of damaged) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => COUNT[kind](n));
  const where = [...counts.keys()].map((k) => WHERE[k]());
  const list = parts.length > 1
    ? t("common-damaged-and", { rest: parts.slice(0, -1).join(", "), last: parts[parts.length - 1] })
    : parts[0];
  const lead = list.charAt(0).toUpperCase() + list.slice(1);
  return t("common-damaged-banner", { list: lead, count: damaged.length, where: where.join(", ") });
}
