// The journal: thin wrappers over the bindings.
import {
  commands,
  type Entry,
  type EntryDraft,
  type Listed,
  type MoodDay,
  type Prompts,
  type Saved,
  type SearchHit,
  type TagCount,
  type ThoughtRecord,
} from "../bindings";
import { unwrap } from "./result";

export const PAGE = 50;

export async function list(offset: number, limit = PAGE): Promise<Listed[]> {
  return unwrap(await commands.listEntries(offset, limit));
}

export async function listTagged(tag: string, offset: number, limit = PAGE): Promise<Entry[]> {
  return unwrap(await commands.listTagged(tag, offset, limit));
}

export async function get(id: string): Promise<Entry> {
  return unwrap(await commands.getEntry(id));
}

/** Saves a new entry (`id` null) or a change to the version last read (`opened`, its
 * update time); if that changed elsewhere meanwhile, the text is kept as a new entry.
 * `written` sets the entry's date (null: now for a new entry, unchanged for an edit). */
export async function save(
  id: string | null,
  opened: string | null,
  draft: EntryDraft,
  written: string | null = null,
): Promise<Saved> {
  return unwrap(await commands.saveEntry(id, opened, draft, written));
}

/** Deletes an entry with its earlier versions; true when undo can put them back (false for a
 * damaged entry). */
export async function remove(id: string): Promise<boolean> {
  return unwrap(await commands.deleteEntry(id));
}

/** Puts back an entry deleted since the unlock, with its earlier versions, by id: the vault
 * kept what was deleted, so no entry is sent back to be written. */
export async function undoDelete(id: string): Promise<Entry> {
  return unwrap(await commands.undoDeleteEntry(id));
}

export async function history(id: string): Promise<Entry[]> {
  return unwrap(await commands.entryHistory(id));
}

export async function search(query: string): Promise<SearchHit[]> {
  return unwrap(await commands.searchEntries(query));
}

export async function tags(): Promise<TagCount[]> {
  return unwrap(await commands.tags());
}

export async function onThisDay(): Promise<Entry[]> {
  return unwrap(await commands.onThisDay());
}

export async function moodByDay(days: number): Promise<MoodDay[]> {
  return unwrap(await commands.moodByDay(days));
}

export async function prompts(): Promise<Prompts> {
  return await commands.prompts();
}

export async function renderMarkdown(markdown: string): Promise<string> {
  return await commands.renderMarkdown(markdown);
}

/** Saves a thought record ("When the worry spikes") as a new journal entry written today. */
export async function saveThoughtRecord(record: ThoughtRecord): Promise<Entry> {
  return unwrap(await commands.saveThoughtRecord(record));
}
