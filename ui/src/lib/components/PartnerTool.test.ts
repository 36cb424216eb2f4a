import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import PartnerTool from "./PartnerTool.svelte";
import SharePreview from "./SharePreview.svelte";
import type { Agreement, BothSides, ListedAgreement, PartnerView, Share, SharedItem } from "../bindings";
import { bothSidesText } from "../state/partner.svelte";
import { longDay } from "../tools-words";

afterEach(() => {
  clearMocks();
  held = [];
});
// jsdom has no modal dialogs.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

const MY_CARD = "trellis-partner-1 age1mine 00ff";
const THEIR_CARD = "trellis-partner-1 age1theirs 11ee";
const WORDS = "acorn maple river otter quilt harbor";
const SHEET: SharedItem = {
  kind: "worksheet",
  title: "Our week",
  on: "2026-12-06",
  areas: [{ area: "own-1", name: "Evenings", expectation: "Text me when plans change", middle: "" }],
};

/** A Trellis that answers as the core does, with `connected` as the partner. */
function trellis(connected: string | null, shares: Share[] = []) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  let partner = connected;
  const view = (): PartnerView => ({
    card: MY_CARD,
    card_qr: { size: 21, path: "M0 0h7v1h-7z" },
    connected: partner ? { name: partner, connected_at: "2026-12-06T09:00:00Z", words: WORDS } : null,
  });
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    switch (cmd) {
      case "partner_status":
        return view();
      case "partner_words":
        if ((args as { card: string }).card !== THEIR_CARD) throw { code: "invalid", message: "that is not a partner card from Trellis" };
        return WORDS;
      case "partner_connect":
        partner = (args as { name: string }).name;
        return view();
      case "shares":
        return shares;
      case "share_preview":
        return [SHEET];
      case "list_worksheets":
        return [];
      case "guides":
        return { areas: [], categories: [] };
      case "list_agreements":
        return held;
      case "share_keep_agreement":
        held = [{ kind: "agreement", due: false, agreement: HELD }];
        return HELD;
    }
  });
  return calls;
}

const BOTH: BothSides = {
  id: "ab12",
  version: 2,
  i_agreed: "2026-12-05",
  they_agreed: "2026-12-04",
  both: { version: 2, on: "2026-12-05" },
  kept: { i: "ab12", v: 2, w: "ff", m: null, t: null },
};
const HELD: Agreement = {
  id: "a1",
  created_at: "2026-12-01T09:00:00Z",
  updated_at: "2026-12-05T09:00:00Z",
  text: "Phones away at dinner",
  source: null,
  status: "kept",
  revisit_on: null,
  note: "",
  between: BOTH,
};
let held: ListedAgreement[] = [];

describe("with my partner", () => {
  it("connects only after the six words from both cards are shown, and says sharing is never owed", async () => {
    const calls = trellis(null);
    render(PartnerTool);
    await waitFor(() => expect((screen.getByTestId("my-card") as HTMLTextAreaElement).value).toBe(MY_CARD));
    expect(document.body.textContent).toContain("Sharing is never owed");
    await fireEvent.input(screen.getByTestId("their-card"), { target: { value: "not a card" } });
    await waitFor(() => expect(screen.getByTestId("partner-said").textContent).toContain("not a partner card"));
    expect(screen.queryByTestId("partner-words")).toBeNull();
    await fireEvent.input(screen.getByTestId("their-card"), { target: { value: THEIR_CARD } });
    await waitFor(() => expect(screen.getByTestId("partner-words").textContent).toBe(WORDS));
    await fireEvent.input(screen.getByLabelText("What do you call them?"), { target: { value: "Robin" } });
    await fireEvent.click(screen.getByRole("button", { name: /they match/ }));
    await waitFor(() => expect(screen.getByTestId("partner-connected").textContent).toContain("Connected with Robin"));
    const connect = calls.find((c) => c.cmd === "partner_connect");
    expect(connect?.args).toEqual({ card: THEIR_CARD, name: "Robin", words: WORDS });
  });

  it("shows a share from the partner read-only, under their name", async () => {
    trellis("Robin", [{ id: "s1", received_at: "2026-12-06T09:00:00Z", sent_at: "2026-12-06T08:00:00Z", from: "Robin", items: [SHEET] }]);
    render(PartnerTool);
    await waitFor(() => expect(screen.getByTestId("received-share").textContent).toContain("Text me when plans change"));
    expect(screen.getByTestId("received-share").textContent).toContain("From Robin");
    expect(screen.getByTestId("received-share").querySelector("textarea, input[type=text]")).toBeNull();
  });
});

describe("agreements held by both", () => {
  const AGREEMENT: SharedItem = { kind: "agreement", text: "Phones away at dinner", version: { id: "ab12", version: 2, agreed_on: "2026-12-04" } };

  it("keeps a shared agreement in my ledger, then says where it stands between us", async () => {
    const calls = trellis("Robin", [{ id: "s2", received_at: "2026-12-06T09:00:00Z", sent_at: "2026-12-06T08:00:00Z", from: "Robin", items: [AGREEMENT] }]);
    render(PartnerTool);
    await waitFor(() => expect(screen.getByTestId("shared-version").textContent).toContain(`Robin agreed to these words on ${longDay("2026-12-04")}`));
    expect(screen.getByTestId("shared-version").textContent).toContain("Version 2");
    await fireEvent.click(await screen.findByTestId("keep-agreement"));
    await waitFor(() => expect(screen.getByTestId("partner-said").textContent).toContain("It is in your agreements now."));
    expect(calls.find((c) => c.cmd === "share_keep_agreement")?.args).toEqual({ share: "s2", index: 0 });
    await waitFor(() => expect(screen.getByTestId("shared-agreement-actions").textContent).toContain(`In your agreements. You both agreed to version 2 on ${longDay("2026-12-05")}.`));
  });

  it("offers their words when mine differ", async () => {
    held = [{ kind: "agreement", due: false, agreement: { ...HELD, text: "Phones in the kitchen" } }];
    trellis("Robin", [{ id: "s2", received_at: "2026-12-06T09:00:00Z", sent_at: "2026-12-06T08:00:00Z", from: "Robin", items: [AGREEMENT] }]);
    render(PartnerTool);
    await waitFor(() => expect(screen.getByRole("button", { name: "Take their words" })).toBeTruthy());
    expect(screen.getByTestId("shared-agreement-actions").textContent).toContain("other words (version 2)");
  });

  it("says in words which version each of us agreed to", () => {
    expect(bothSidesText(BOTH, "Robin")).toBe(`You both agreed to version 2 on ${longDay("2026-12-05")}.`);
    expect(bothSidesText({ ...BOTH, they_agreed: null }, "Robin")).toBe(`You agreed to version 2 on ${longDay("2026-12-05")}; Robin has not said yet.`);
    expect(bothSidesText({ ...BOTH, i_agreed: null }, "Robin")).toContain(`Robin agreed to version 2 on ${longDay("2026-12-04")}. Share it back`);
    expect(bothSidesText({ ...BOTH, version: 3, i_agreed: null, they_agreed: null }, null)).toBe(
      `You both agreed to version 2 on ${longDay("2026-12-05")}; the words have changed since (version 3 now).`,
    );
    expect(bothSidesText({ ...BOTH, i_agreed: null, they_agreed: null, both: null }, null)).toContain("not agreed by either of you yet");
  });
});

describe("share with my partner", () => {
  it("shows exactly what goes before anything is written", async () => {
    const calls = trellis("Robin");
    render(SharePreview, { choice: { kind: "worksheet", id: "w1", areas: null }, onClose: () => {} });
    await waitFor(() => expect(screen.getByTestId("share-preview").textContent).toContain("This is exactly what Robin will see"));
    await waitFor(() => expect(screen.getByTestId("shared-item").textContent).toContain("Text me when plans change"));
    expect(screen.getByTestId("share-preview").textContent).toContain("There is no unsend");
    expect(calls.some((c) => c.cmd === "share_write")).toBe(false);
  });

  it("leaves out a worksheet area unticked, and shows what goes read again", async () => {
    const calls = trellis("Robin");
    const two: SharedItem = { ...SHEET, areas: [...(SHEET.kind === "worksheet" ? SHEET.areas : []), { area: "own-2", name: "Money", expectation: "Separate accounts", middle: "" }] };
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === "partner_status") return { card: MY_CARD, connected: { name: "Robin", connected_at: "2026-12-06T09:00:00Z", words: WORDS } };
      if (cmd === "share_preview") {
        const areas = (args as { choice: { areas: string[] | null } }).choice.areas;
        return [{ ...two, areas: two.kind === "worksheet" ? two.areas.filter((a) => !areas || areas.includes(a.area)) : [] }];
      }
    });
    render(SharePreview, { choice: { kind: "worksheet", id: "w1", areas: null }, onClose: () => {} });
    await waitFor(() => expect(screen.getByTestId("shared-item").textContent).toContain("Separate accounts"));
    await fireEvent.click(screen.getByLabelText("Money"));
    await waitFor(() => expect(screen.getByTestId("shared-item").textContent).not.toContain("Separate accounts"));
    expect(screen.getByTestId("shared-item").textContent).toContain("Text me when plans change");
    const last = calls.filter((c) => c.cmd === "share_preview").pop();
    expect(last?.args).toEqual({ choice: { kind: "worksheet", id: "w1", areas: ["own-1"] } });
  });

  it("says I agree to an agreement's words unless I untick it", async () => {
    const calls = trellis("Robin");
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === "partner_status") return { card: MY_CARD, card_qr: { size: 21, path: "" }, connected: { name: "Robin", connected_at: "2026-12-06T09:00:00Z", words: WORDS } };
      if (cmd === "share_preview") {
        const agree = (args as { choice: { agree: boolean } }).choice.agree;
        return [{ kind: "agreement", text: "Phones away", version: { id: "ab", version: 1, agreed_on: agree ? "2026-12-06" : null } }];
      }
    });
    render(SharePreview, { choice: { kind: "agreement", id: "a1", agree: true }, onClose: () => {} });
    await waitFor(() => expect(screen.getByTestId("shared-version").textContent).toBe("Version 1 · you agree to these words"));
    await fireEvent.click(screen.getByTestId("share-agree"));
    await waitFor(() => expect(screen.getByTestId("shared-version").textContent).toBe("Version 1"));
    expect(calls.filter((c) => c.cmd === "share_preview").pop()?.args).toEqual({ choice: { kind: "agreement", id: "a1", agree: false } });
  });

  it("asks to connect first when there is no partner", async () => {
    trellis(null);
    render(SharePreview, { choice: { kind: "agreement", id: "a1", agree: true }, onClose: () => {} });
    await waitFor(() => expect(screen.getByRole("button", { name: /Connect with my partner/ })).toBeTruthy());
  });
});
