// Which screen the app is on, and locking. Locking clears every decrypted thing the UI holds:
// the screens' states follow the app's `locked` event themselves (see `store.ts`), which this
// sends at every lock, and `vaultChanged`, which it passes on from the shell while unlocked.
import { events, type DamagedRecord, type Hidden, type OpenScreen } from "../bindings";
import { copiedByTrellis, forgetCopied } from "../clipboard";
import { whenLockedFound } from "../services/result";
import { emitApp } from "./app-events";
import * as safety from "../services/safety";
import * as language from "../services/language";
import { i18n } from "../i18n.svelte";
import * as vault from "../services/vault";
import { journal } from "./journal.svelte";
import { worksheets } from "./worksheets.svelte";
import { checkin } from "./checkin.svelte";
// Imported for their subscriptions: every state that holds decrypted text follows `locked`.
import "./boundaries.svelte";
import "./agreements.svelte";
import "./reminders.svelte";
import "./print.svelte";

export type Phase = "loading" | "create" | "locked" | "recover" | "unlocked";

const TOUCH_EVERY_MS = 5_000;
/** How long quick hide waits for the open entry to save. A save takes milliseconds; one that
 * takes longer is kept in memory and saved right after the next unlock, so the lock is never
 * held up and nothing is lost. */
export const SAVE_FIRST_MS = 800;

/** The app's own name, until the vault's setting says otherwise. */
const APP_NAME = "Trellis";

/** Closes every open dialog (Safety & help, a question about a link): after quick hide,
 * reopening the window shows only the unlock screen. */
function closeDialogs(): void {
  for (const d of document.querySelectorAll<HTMLDialogElement>("dialog[open]")) {
    if (typeof d.close === "function") d.close();
    else d.removeAttribute("open");
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  /** The name shown outside the unlocked window: "Trellis", or "Notes" if the person chose
   * it. Known before unlock; the window title follows it. */
  name = $state(APP_NAME);
  /** Goes up at each quick hide, so the screens start afresh (a half-typed passphrase or
   * recovery code is gone when the window comes back). */
  generation = $state(0);
  /** Where a clicked reminder leads; the unlocked screen goes there (after unlock). */
  pendingOpen = $state<OpenScreen | null>(null);
  /** A file dropped on the window, to open as a share from the partner once unlocked. */
  pendingShare = $state<string | null>(null);
  /** The vault was just made: offer the weekly check-in reminder, once. */
  offerCheckin = $state(false);
  private lastTouch = 0;
  private started = false;
  private hiding = false;

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // Any command that finds the vault locked sends the screen to the lock screen too: the UI
    // and the vault never disagree.
    whenLockedFound(() => this.onLocked("locked"));
    // The subscriptions, the vault's state and the chosen language are asked for at once: each
    // is a round trip to the shell, and the first screen waits for all of them.
    const [s, chosen] = await Promise.all([
      vault.status(),
      language.chosen().catch(() => null),
      events.locked.listen((e) => this.onLocked(e.payload.reason)),
      events.vaultChanged.listen((e) => {
        if (this.phase === "unlocked") emitApp("vaultChanged", e.payload);
      }),
      events.openScreen.listen((e) => {
        this.pendingOpen = e.payload;
      }),
      events.shareDropped.listen((e) => {
        this.pendingShare = e.payload.path;
      }),
      events.indexReady.listen((e) => {
        if (this.phase === "unlocked") this.damaged = e.payload.damaged;
      }),
      events.flushRequested.listen(async () => {
        try {
          await Promise.all([journal.flush(), worksheets.flush(), checkin.flush()]);
        } finally {
          await vault.closeNow();
        }
      }),
    ]);
    await this.showLanguage(chosen);
    this.phase = !s.exists ? "create" : s.unlocked ? "unlocked" : "locked";
  }

  /** Shows every screen, the library and the app's name in `chosen` (null: the system's
   * language). The screens change at once; the states that keep words from the library
   * (articles, prompts, areas, categories) read them again. */
  async showLanguage(chosen: string | null): Promise<void> {
    await i18n.use(chosen).catch(() => undefined);
    await language.show(i18n.locale).catch(() => undefined);
    emitApp("language", i18n.lang);
    this.name = await safety.displayName().catch(() => APP_NAME);
  }

  /** Keeps the language chosen in Settings (null: the system's) and shows it at once. */
  async chooseLanguage(chosen: string | null): Promise<void> {
    await language.choose(chosen);
    await this.showLanguage(chosen);
  }

  /** Shows the app's name as "Notes" (or "Trellis" again), in the window title at once. */
  async setNameAsNotes(on: boolean): Promise<boolean> {
    const settings = await safety.setNameAsNotes(on);
    this.name = await safety.displayName().catch(() => APP_NAME);
    return settings.name_as_notes;
  }

  /** Quick hide (Ctrl+Shift+H, or Hide in the header): saves the open entry, locks at once,
   * takes what Trellis copied off the clipboard, and hides the window. Works on every screen,
   * locked too. Returns what the shell did (null if it could not be asked; the vault is then
   * locked directly). */
  async hide(): Promise<Hidden | null> {
    if (this.hiding) return null;
    this.hiding = true;
    try {
      closeDialogs();
      if (this.phase === "unlocked") {
        await Promise.race([Promise.all([journal.flush(), worksheets.flush(), checkin.flush()]).catch(() => undefined), delay(SAVE_FIRST_MS)]);
      }
      // The screen drops everything decrypted before the window leaves sight.
      const copied = copiedByTrellis();
      this.onLocked("hidden");
      this.generation++;
      let done: Hidden | null = null;
      try {
        done = await safety.quickHide(copied);
        if (done.clipboard_cleared) forgetCopied();
      } catch {
        await vault.lock().catch(() => undefined);
      }
      // What happened, for the end-to-end test (three yes/no answers, nothing private).
      document.documentElement.dataset.quickHide = JSON.stringify(done);
      // A vault made a moment ago (its recovery code on screen) or a recovery half typed:
      // the unlock screen is all that shows when the window comes back.
      if (this.phase === "create" || this.phase === "recover") {
        const s = await vault.status().catch(() => null);
        if (s?.exists) this.phase = "locked";
      }
      return done;
    } finally {
      this.hiding = false;
    }
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
    // Every screen's state clears itself (the print preview's pictures of private text too).
    emitApp("locked", { reason });
    this.recoveryCode = null;
    // The shell takes the recovery code off the clipboard at every lock: no timer is left to.
    forgetCopied();
    this.offerCheckin = false;
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
