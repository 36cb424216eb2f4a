// With my partner: this Trellis's card, the partner it is connected with, the shares kept from
// them, and one task at a time with what it did, in words. Sharing itself starts from the page
// being shared ("Share with my partner…", `SharePreview`).
import type { Agreement, BothSides, ListedAgreement, PartnerView, Share, ShareChoice, SharedItem } from "../bindings";
import { longDay } from "../tools-words";
import { agreements } from "./agreements.svelte";
import * as api from "../services/partner";
import { messageOf } from "../services/result";
import { worksheets } from "./worksheets.svelte";
import { t } from "../i18n.svelte";

export type PartnerTask = "words" | "connect" | "forget" | "open" | "fill" | "keep" | "save";

/** What a shared item is, in words. */
export function itemTitle(item: SharedItem): string {
  switch (item.kind) {
    case "worksheet":
      return t("together-item-worksheet", { title: item.title });
    case "boundaries":
      return t("together-item-boundaries", { count: item.boundaries.length });
    case "agreement":
      return t("together-item-agreement");
    case "letter":
      return t("together-item-letter", { title: item.title });
    case "check_in":
      return item.title;
  }
}

/** Where an agreement held with the partner stands, in a sentence ("We both agreed to version
 *  3 on 4 December"). `partner` is their name, or null when not known. */
export function bothSidesText(b: BothSides, partner: string | null): string {
  const they = partner ?? t("together-your-partner-start");
  const them = partner ?? t("together-your-partner");
  if (b.i_agreed && b.they_agreed) {
    const on = b.i_agreed > b.they_agreed ? b.i_agreed : b.they_agreed;
    return t("together-both-agreed", { version: b.version, day: longDay(on) });
  }
  if (b.i_agreed) return t("together-i-agreed", { version: b.version, day: longDay(b.i_agreed), partner: them });
  if (b.they_agreed) return t("together-they-agreed", { version: b.version, day: longDay(b.they_agreed), partner: they });
  if (b.both) return t("together-agreed-then-changed", { agreed: b.both.version, day: longDay(b.both.on), version: b.version });
  return t("together-shared-not-agreed", { version: b.version, partner: them });
}

/** What a received agreement is to the agreements here: one held already with the same words,
 *  one held with other words, or new. */
export function heldHere(item: Extract<SharedItem, { kind: "agreement" }>, listed: ListedAgreement[]): { agreement: Agreement; same: boolean } | null {
  const id = item.version?.id;
  if (!id) return null;
  for (const row of listed) {
    if (row.kind === "agreement" && row.agreement.between?.id === id) {
      return { agreement: row.agreement, same: row.agreement.text.trim() === item.text.trim() };
    }
  }
  return null;
}

/** A share file dropped on the window, waiting for With my partner to open it. */
export const dropped = $state<{ path: string | null }>({ path: null });

export class PartnerState {
  view = $state<PartnerView | null>(null);
  shares = $state<Share[]>([]);
  loaded = $state(false);
  busy = $state<PartnerTask | null>(null);
  said = $state<{ text: string; ok: boolean } | null>(null);
  /** The six words for the card being pasted, once it reads as a card. */
  words = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.view = await api.status();
      this.shares = await api.shares();
    } catch (e) {
      this.said = { text: messageOf(e), ok: false };
    }
    this.loaded = true;
  }

  private async run(task: PartnerTask, f: () => Promise<string | null>): Promise<boolean> {
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
    }
  }

  /** Reads a pasted card: the six words to compare, or why it is not a card. */
  async readCard(card: string): Promise<void> {
    this.words = null;
    // Not a whole card yet (still being typed): nothing to say.
    if (card.trim().split(/\s+/).length < 3) {
      this.said = null;
      return;
    }
    await this.run("words", async () => {
      this.words = await api.words(card);
      return null;
    });
  }

  /** Connects, once the person said the words on both screens match. */
  async connect(card: string, name: string): Promise<boolean> {
    return this.run("connect", async () => {
      this.view = await api.connect(card, name, this.words ?? "");
      this.words = null;
      return t("together-connected-said", { partner: this.view.connected?.name ?? t("together-your-partner") });
    });
  }

  async forget(): Promise<boolean> {
    return this.run("forget", async () => {
      this.view = await api.forget();
      return t("together-forgotten-said");
    });
  }

  /** Opens a share chosen in the system's dialog, or the file at `path` (one dropped on the
   *  window). */
  async open(path?: string): Promise<Share | null> {
    let opened: Share | null = null;
    await this.run("open", async () => {
      const got = path ? await api.openPath(path) : await api.open();
      if (!got) return null;
      opened = got.share;
      this.shares = await api.shares();
      // A share of an agreement held by both tells where it stands.
      await agreements.reload();
      return got.again ? t("together-share-opened-before") : t("together-share-kept", { partner: got.share.from });
    });
    return opened;
  }

  /** Fills "my partner's expectation" of one of my worksheets from a shared one. */
  async fill(worksheet: string, share: Share): Promise<boolean> {
    return this.run("fill", async () => {
      const sheet = await api.fillTheirSide(worksheet, share.id);
      // The worksheets shown read it again (the one open, with its new answers).
      if (worksheets.sheet?.id === worksheet) await worksheets.open(worksheet);
      else await worksheets.reload();
      return t("together-filled-said", { partner: share.from, title: sheet.title });
    });
  }

  /** Keeps the agreement in a share in the ledger, or takes their words for one held already. */
  async keepAgreement(share: Share, index: number): Promise<boolean> {
    return this.run("keep", async () => {
      const before = heldHere(share.items[index] as Extract<SharedItem, { kind: "agreement" }>, agreements.rows);
      const kept = await api.keepAgreement(share.id, index);
      await agreements.reload();
      const standing = kept.between ? ` ${bothSidesText(kept.between, share.from)}` : "";
      return (before ? t("together-took-their-words", { partner: share.from }) : t("together-agreement-kept")) + standing;
    });
  }
}

/** One share being made: what it holds, shown before it is written. */
export class ShareDraft {
  choice = $state<ShareChoice>({ kind: "agreement", id: "" });
  items = $state<SharedItem[] | null>(null);
  /** For a worksheet: every area that can be shared (those written in), as [id, name]. */
  areas = $state<{ area: string; name: string }[]>([]);
  busy = $state(false);
  said = $state<{ text: string; ok: boolean } | null>(null);
  saved = $state(false);

  constructor(choice: ShareChoice) {
    this.choice = choice;
  }

  async load(): Promise<void> {
    try {
      this.items = await api.preview(this.choice);
      const sheet = this.items.find((i) => i.kind === "worksheet");
      if (sheet?.kind === "worksheet" && !this.areas.length) this.areas = sheet.areas.map((a) => ({ area: a.area, name: a.name }));
    } catch (e) {
      this.said = { text: messageOf(e), ok: false };
    }
  }

  /** For an agreement: says in the share that I agree to its words, or not. */
  async setAgree(agree: boolean): Promise<void> {
    if (this.choice.kind !== "agreement") return;
    this.choice = { ...this.choice, agree };
    await this.load();
  }

  /** The worksheet areas chosen to share. */
  chosen(): string[] {
    return this.choice.kind === "worksheet" ? (this.choice.areas ?? this.areas.map((a) => a.area)) : [];
  }

  /** Shares a worksheet area or leaves it out; what is shown is read again, so it stays
   *  exactly what goes. At least one area stays. */
  async toggle(area: string): Promise<void> {
    if (this.choice.kind !== "worksheet") return;
    const now = this.chosen();
    const next = now.includes(area) ? now.filter((a) => a !== area) : this.areas.map((a) => a.area).filter((a) => a === area || now.includes(a));
    if (!next.length) return;
    this.choice = { ...this.choice, areas: next };
    await this.load();
  }

  async save(name: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.said = null;
    try {
      if (await api.save(this.choice)) {
        this.saved = true;
        this.said = { text: t("together-share-saved", { partner: name }), ok: true };
      }
    } catch (e) {
      this.said = { text: messageOf(e), ok: false };
    } finally {
      this.busy = false;
    }
  }
}
