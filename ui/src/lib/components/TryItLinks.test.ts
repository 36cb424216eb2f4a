import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import TryItLinks from "./TryItLinks.svelte";

const LINKS = [
  { label: "Write down what happened", link: { kind: "prompt" as const, target: "acknowledge-1" } },
  { label: "Getting help", link: { kind: "article" as const, target: "professional-help" } },
];

describe("TryItLinks", () => {
  it("while locked, shows the tools as unavailable and keeps articles open", () => {
    render(TryItLinks, { links: LINKS, onFollow: () => undefined, locked: true });
    const tool = screen.getByRole("button", { name: /Write down what happened/ }) as HTMLButtonElement;
    expect(tool.disabled).toBe(true);
    expect(tool.classList.contains("primary")).toBe(false);
    expect((screen.getByRole("button", { name: /Getting help/ }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId("try-it-locked").textContent).toContain("Unlock Trellis");
  });

  it("when unlocked, offers the tools", () => {
    render(TryItLinks, { links: LINKS, onFollow: () => undefined });
    const tool = screen.getByRole("button", { name: /Write down what happened/ }) as HTMLButtonElement;
    expect(tool.disabled).toBe(false);
    expect(tool.classList.contains("primary")).toBe(true);
  });
});
