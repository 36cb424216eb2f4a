// Which screen the app is on, and locking. Locking clears every decrypted thing the UI holds.
import { events, type DamagedRecord } from "../bindings";
import { whenLockedFound } from "../services/result";
import * as vault from "../services/vault";
import { journal } from "./journal.svelte";
import { boundaries } from "./boundaries.svelte";
import { worksheets } from "./worksheets.svelte";
import { agreements } from "./agreements.svelte";

/** The tools' states, cleared on lock and reloaded when another front end writes. */
const TOOLS = [boundaries, worksheets, agreements];

export type Phase = "loading" | "create" | "locked" | "recover" | "unlocked";

const TOUCH_EVERY_MS = 5_000;

class Session {
  phase = $state<Phase>("loading");
  /** Why the vault locked, shown calmly on the unlock screen. */
  lockedReason = $state<string | null>(null);
  /** A recovery code to show once (after creating the vault or asking for a new one). */
  recoveryCode = $state<string | null>(null);
  /** The vault was opened with the recovery code this session: offer a new code (and key). */
  usedRecoveryCode = $state(false);
  /** Records that could not be read (known once the search index is built). */
  damaged = $state<DamagedRecord[]>([]);
  private lastTouch = 0;
  private started = false;

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await events.locked.listen((e) => this.onLocked(e.payload.reason));
    // Any command that finds the vault locked sends the screen to the lock screen too: the UI
    // and the vault never disagree.
    whenLockedFound(() => this.onLocked("locked"));
    await events.vaultChanged.listen(() => {
      if (this.phase !== "unlocked") return;
      void journal.refresh();
      for (const t of TOOLS) void t.refresh();
    });
    await events.indexReady.listen((e) => {
      if (this.phase === "unlocked") this.damaged = e.payload.damaged;
    });
    await events.flushRequested.listen(async () => {
      try {
        await Promise.all([journal.flush(), worksheets.flush()]);
      } finally {
        await vault.closeNow();
      }
    });
    const s = await vault.status();
    this.phase = !s.exists ? "create" : s.unlocked ? "unlocked" : "locked";
  }

  /** Called after create, unlock or recover succeeded. */
  opened(damaged: DamagedRecord[] = []): void {
    this.damaged = damaged;
    this.lockedReason = null;
    this.phase = "unlocked";
  }

  async lock(): Promise<void> {
    await Promise.all([journal.flush(), worksheets.flush()]).catch(() => undefined);
    await vault.lock();
    this.onLocked("user");
  }

  onLocked(reason: string): void {
    journal.clear();
    for (const t of TOOLS) t.clear();
    this.recoveryCode = null;
    this.damaged = [];
    this.lockedReason = reason;
    if (this.phase === "unlocked") this.phase = "locked";
  }

  /** Notes activity for auto-lock, at most every few seconds; on the lock screen too, so
   * someone typing their passphrase is never counted as idle. */
  activity(): void {
    const now = Date.now();
    if (now - this.lastTouch < TOUCH_EVERY_MS) return;
    this.lastTouch = now;
    void vault.touch();
  }
}

export const session = new Session();
