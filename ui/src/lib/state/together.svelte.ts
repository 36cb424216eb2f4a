// "Together at this computer": a couple at one screen sees only what is for both of them (the
// Together tools with shared boundaries only, the check-in, the library, Safety & help). The
// journal, private boundaries, search, settings, reminders, exports and printing are out of
// sight, and coming back to them asks for the passphrase, as unlocking does. A lock ends it
// too (the unlock asks for the passphrase anyway).
import { commands } from "../bindings";
import { unwrap, messageOf } from "../services/result";
import { onApp } from "./app-events";
import { boundaries } from "./boundaries.svelte";

/** The views that stay in reach while together. */
export const TOGETHER_VIEWS = ["together", "checkin", "library"] as const;

class Together {
  on = $state(false);
  /** Why the last try to end it did not work. */
  error = $state<string | null>(null);
  busy = $state(false);

  start(): void {
    this.error = null;
    this.on = true;
    // Only shared boundaries show; one open in detail closes.
    boundaries.current = null;
    boundaries.setFilter({ whose: "ours" });
  }

  /** Ends it once the passphrase is right; says whether it ended. */
  async end(passphrase: string): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = null;
    try {
      unwrap(await commands.confirmPassphrase(passphrase));
      this.on = false;
      boundaries.setFilter({ whose: null });
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** A lock ends it: everything is out of sight until the passphrase is typed. */
  locked(): void {
    this.on = false;
    this.error = null;
  }

  /** Tells whether `view` may show now. */
  allows(view: string): boolean {
    return !this.on || (TOGETHER_VIEWS as readonly string[]).includes(view);
  }
}

export const together = new Together();
onApp("locked", () => together.locked());
