// The weekly check-in: thin wrappers over the bindings.
import { commands, type Agenda, type CheckInDraft, type Entry, type UnsavedCheckIn } from "../bindings";
import { unwrap } from "./result";

/** What a check-in held today starts from. */
export async function agenda(): Promise<Agenda> {
  return unwrap(await commands.checkinAgenda());
}

/** Saves today's check-in; its decisions on agreements go through the ledger. */
export async function save(draft: CheckInDraft): Promise<Entry> {
  return unwrap(await commands.saveCheckin(draft));
}

/** Every check-in, newest first. */
export async function list(): Promise<Entry[]> {
  return unwrap(await commands.listCheckins());
}

/** The answers of a check-in not saved yet, if some were kept. */
export async function unsaved(): Promise<UnsavedCheckIn | null> {
  return unwrap(await commands.unsavedCheckin());
}

/** Keeps the answers given so far, sealed in the vault (blank answers remove them). */
export async function keep(answers: UnsavedCheckIn): Promise<void> {
  unwrap(await commands.keepUnsavedCheckin(answers));
}

/** Throws away the answers of a check-in not saved yet. */
export async function forget(): Promise<void> {
  unwrap(await commands.forgetUnsavedCheckin());
}
