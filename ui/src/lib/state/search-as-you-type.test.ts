import { afterEach, describe, expect, it, vi } from "vitest";
import { SearchAsYouType } from "./search-as-you-type";

afterEach(() => vi.useRealTimers());

describe("search as you type", () => {
  it("runs only the last query after the pause, and drops answers that arrive after cancel", async () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    const results: (string | null)[] = [];
    let release: (v: string) => void = () => {};
    const s = new SearchAsYouType<string>(
      (q) => {
        ran.push(q);
        return new Promise((r) => (release = r));
      },
      (r) => results.push(r),
      () => {},
    );
    s.set("ri");
    s.set("riv");
    s.set("river");
    await vi.advanceTimersByTimeAsync(200);
    expect(ran).toEqual(["river"]);
    s.cancel(); // locked while the answer was on its way
    release("found river");
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([]);
    s.set("  ");
    expect(results).toEqual([null]);
  });
});
