// Settings → Your computers: what this computer shares and with whom, and one task at a time
// (start, join, approve, remove, sync now, leave) with what it did, in words. The component
// makes one of these while it is on screen.
import type { Computer, SyncReport, SyncView } from "../bindings";
import * as api from "../services/sync";
import { messageOf } from "../services/result";
import { shortDateTime, type Zone } from "../dates";

export type SyncTask = "start" | "join" | "recover" | "now" | "approve" | "remove" | "leave";

/** A computer's state in words. */
export function computerText(c: Computer, zone: Zone = {}): string {
  switch (c.state) {
    case "this_one":
      return "This computer";
    case "asks_to_join":
      return "Asks to join";
    case "removed":
      return "Removed: it reads nothing written since";
    case "in_step":
      return c.last_change ? `In step · last change ${shortDateTime(c.last_change, zone)}` : "In step";
  }
}

/** What a pass did, in words. */
export function reportText(r: SyncReport): string {
  if (r.joined_now) return "This computer was let in, and is in step now.";
  const parts: string[] = [];
  if (r.sent) parts.push(`sent ${r.sent === 1 ? "1 change" : `${r.sent.toLocaleString()} changes`}`);
  if (r.received) parts.push(`brought in ${r.received === 1 ? "1 change" : `${r.received.toLocaleString()} changes`}`);
  const did = parts.length ? `Done: ${parts.join(", ")}.` : "Nothing new on either side.";
  const both = r.two_computers ? ` ${r.two_computers === 1 ? "One was" : `${r.two_computers} were`} changed on two computers at once; both versions are kept.` : "";
  return did + both;
}

/** A name for this computer, from what the person typed. */
export function nameProblem(name: string): string | null {
  return name.trim() ? null : "Give this computer a name first, such as “Laptop”, so the other one can tell them apart.";
}

export class SyncState {
  view = $state<SyncView | null>(null);
  loaded = $state(false);
  busy = $state<SyncTask | null>(null);
  /** What the last task did, or why it did not work. */
  said = $state<{ text: string; ok: boolean } | null>(null);
  /** Changes read so far in a long pass. */
  read = $state(0);
  /** The six words this computer shows while it waits to be let in. */
  words = $derived(this.view?.status.words ?? null);

  async load(): Promise<void> {
    try {
      this.view = await api.status();
    } catch (e) {
      this.said = { text: messageOf(e), ok: false };
    }
    this.loaded = true;
  }

  private async run(task: SyncTask, f: () => Promise<string | null>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = task;
    this.said = null;
    try {
      const text = await f();
      if (text) this.said = { text, ok: true };
      return true;
    } catch (e) {
      this.said = { text: messageOf(e), ok: false };
      return false;
    } finally {
      this.busy = null;
      this.read = 0;
    }
  }

  /** Starts with this computer: the folder is chosen in the system's dialog. */
  async start(name: string): Promise<boolean> {
    return this.run("start", async () => {
      const folder = await api.chooseFolder();
      if (!folder) return null;
      this.view = await api.start(folder, name.trim());
      return "This computer now keeps your journal in step through that folder. On your other computer, choose “Join my other computer” with the same folder.";
    });
  }

  /** Asks to join the computers that share a folder chosen in the system's dialog. */
  async join(name: string): Promise<boolean> {
    return this.run("join", async () => {
      const folder = await api.chooseFolder();
      if (!folder) return null;
      await api.join(folder, name.trim());
      this.view = await api.status();
      return null;
    });
  }

  /** Joins with the recovery code of a lost computer, through a folder chosen in the dialog. */
  async joinWithRecovery(name: string, code: string): Promise<boolean> {
    let joined = false;
    const ran = await this.run("recover", async () => {
      const folder = await api.chooseFolder();
      if (!folder) return null;
      this.view = await api.joinWithRecovery(folder, name.trim(), code);
      joined = true;
      return "The recovery code let this computer in: it is in step now, and brings in everything the others wrote. If that code’s computer is lost, remove it from the list of computers.";
    });
    return ran && joined;
  }

  async syncNow(): Promise<boolean> {
    return this.run("now", async () => {
      const report = await api.now((n) => (this.read = n));
      this.view = await api.status();
      return reportText(report);
    });
  }

  /** Lets a computer in, after the person saw the same six words on both screens. */
  async approve(c: Computer): Promise<boolean> {
    return this.run("approve", async () => {
      this.view = await api.approve(c.id, c.words ?? "");
      return `${c.name || "That computer"} can join now. It brings everything in at its next sync.`;
    });
  }

  async remove(c: Computer): Promise<boolean> {
    return this.run("remove", async () => {
      this.view = await api.remove(c.id);
      return `${c.name || "That computer"} was removed. It keeps what it already had, and reads nothing written from now on.`;
    });
  }

  async leave(): Promise<boolean> {
    return this.run("leave", async () => {
      await api.leave();
      this.view = null;
      return "This computer no longer syncs. Everything stays here; the shared folder is left as it is.";
    });
  }
}
