// Reminders: thin wrappers over the bindings.
import {
  commands,
  type Reminder,
  type ReminderDraft,
  type ReminderSetup,
  type Schedule,
  type Snooze,
} from "../bindings";
import { unwrap } from "./result";

export async function listReminders(): Promise<Reminder[]> {
  return unwrap(await commands.listReminders());
}

export async function addReminder(draft: ReminderDraft): Promise<Reminder> {
  return unwrap(await commands.addReminder(draft));
}

export async function editReminder(id: string, draft: ReminderDraft): Promise<Reminder> {
  return unwrap(await commands.editReminder(id, draft));
}

export async function removeReminder(id: string): Promise<void> {
  unwrap(await commands.removeReminder(id));
}

export async function snoozeReminder(id: string, how: Snooze): Promise<Schedule> {
  return unwrap(await commands.snoozeReminder(id, how));
}

export async function skipReminder(id: string): Promise<Schedule> {
  return unwrap(await commands.skipReminder(id));
}

export async function pauseReminder(id: string, paused: boolean): Promise<Schedule> {
  return unwrap(await commands.pauseReminder(id, paused));
}

export async function showReminderWords(id: string, show: boolean): Promise<Schedule> {
  return unwrap(await commands.showReminderWords(id, show));
}

export async function reminderSetup(): Promise<ReminderSetup> {
  return await commands.reminderSetup();
}

export async function setAutostart(on: boolean): Promise<boolean> {
  return unwrap(await commands.setAutostart(on));
}
