// The prompt picker's choosing: prompts by group, the ones a search finds, and one picked for
// the person. Pure functions, so they are tested alone.
import type { Prompt, PromptGroup, Prompts } from "./bindings";

export interface Shown {
  group: PromptGroup;
  prompts: Prompt[];
}

/** Lower case, without accents, so "deja vu" finds "déjà vu". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The groups and their prompts that `query` finds (every word of it, in the prompt, its hint
 *  or its group's title), within `group` if one is chosen; empty groups are left out. */
export function promptsShown(data: Prompts, query: string, group: string | null = null): Shown[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return data.groups
    .filter((g) => group === null || g.id === group)
    .map((g) => ({
      group: g,
      prompts: data.prompts.filter((p) => {
        if (p.group !== g.id) return false;
        const hay = fold(`${p.text} ${p.hint} ${g.title}`);
        return words.every((w) => hay.includes(w));
      }),
    }))
    .filter((s) => s.prompts.length > 0);
}

/** One of the prompts shown, at random (`random` returns a number in [0, 1)). */
export function pickOne(shown: Shown[], random: () => number = Math.random): Prompt | null {
  const all = shown.flatMap((s) => s.prompts);
  return all.length ? all[Math.min(all.length - 1, Math.floor(random() * all.length))] : null;
}
