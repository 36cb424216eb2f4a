import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import { afterEach, describe, expect, it } from "vitest";
import { boundaries } from "./boundaries.svelte";
import { session } from "./session.svelte";

afterEach(() => {
  clearMocks();
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the shell's events, passed on to the screens' states", () => {
  it("reloads for a change only while unlocked, and a lock from the shell clears the lists", async () => {
    const calls: string[] = [];
    mockIPC(
      (cmd) => {
        calls.push(cmd);
        if (cmd === "vault_status") return { exists: true, unlocked: true };
        if (cmd === "display_name") return "Trellis";
        if (cmd === "list_boundaries") return [];
        return null;
      },
      { shouldMockEvents: true },
    );
    await session.start();
    expect(session.phase).toBe("unlocked");

    await emit("vault-changed", { kinds: ["worksheet"] });
    await settle();
    expect(calls).not.toContain("list_boundaries");
    await emit("vault-changed", { kinds: ["boundary"] });
    await settle();
    expect(calls.filter((c) => c === "list_boundaries")).toHaveLength(1);

    boundaries.rows = [{ kind: "damaged", id: "b1", created_at: "2026-11-22T10:00:00Z" }];
    await emit("locked", { reason: "idle" });
    await settle();
    expect(session.phase).toBe("locked");
    expect(session.lockedReason).toBe("idle");
    expect(boundaries.rows).toEqual([]);

    // Locked: a change made elsewhere reads nothing.
    await emit("vault-changed", { kinds: ["boundary"] });
    await settle();
    expect(calls.filter((c) => c === "list_boundaries")).toHaveLength(1);
  });
});
