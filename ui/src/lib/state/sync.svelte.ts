// Settings → Your computers: what this computer shares and with whom, and one task at a time
// (start, join, approve, remove, sync now, leave) with what it did, in words. The component
// makes one of these while it is on screen.
import type { Computer, SyncReport, SyncView } from "../bindings";
import * as api from "../services/sync";
import { messageOf } from "../services/result";
import { shortDateTime, type Zone } from "../dates";
import { t } from "../i18n.svelte";

export type SyncTask = "start" | "join" | "recover" | "now" | "approve" | "remove" | "leave";

/** A computer's state in words. */
export function computerText(c: Computer, zone: Zone = {}): string {
  switch (c.state) {
    case "this_one":
      return t("sync-state-this-one");
    case "asks_to_join":
      return t("sync-state-asks");
    case "removed":
      return t("sync-state-removed");
    case "in_step":
      return c.last_change ? t("sync-state-in-step-since", { when: shortDateTime(c.last_change, zone) }) : t("sync-state-in-step");
  }
}

/** What a pass did, in words. */
export function reportText(r: SyncReport): string {
  if (r.joined_now) return t("sync-report-joined");
  const parts: string[] = [];
  if (r.sent) parts.push(t("sync-report-sent", { count: r.sent }));
  if (r.received) parts.push(t("sync-report-received", { count: r.received }));
  const did = parts.length ? t("sync-report-done", { what: parts.join(", ") }) : t("sync-report-nothing");
  return r.two_computers ? `${did} ${t("sync-report-two-computers", { count: r.two_computers })}` : did;
}

/** A name for this computer, from what the person typed. */
export function nameProblem(name: string): string | null {
  return name.trim() ? null : t("sync-name-missing");
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
      return t("sync-started");
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
      return t("sync-recovered");
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
      return c.name ? t("sync-approved", { name: c.name }) : t("sync-approved-unnamed");
    });
  }

  async remove(c: Computer): Promise<boolean> {
    return this.run("remove", async () => {
      this.view = await api.remove(c.id);
      return c.name ? t("sync-removed", { name: c.name }) : t("sync-removed-unnamed");
    });
  }

  async leave(): Promise<boolean> {
    return this.run("leave", async () => {
      await api.leave();
      this.view = null;
      return t("sync-left");
    });
  }
}
