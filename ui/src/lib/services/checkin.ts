// The weekly check-in: thin wrappers over the bindings.
import { commands, type Agenda, type CheckInDraft, type Entry } from "../bindings";
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
