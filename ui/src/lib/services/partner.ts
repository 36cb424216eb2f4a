// With my partner: thin wrappers over the partner commands. A share is a file the two carry
// however they like; where it goes and what is opened is chosen in the system's dialog.
import { commands, type Agreement, type PartnerView, type Share, type ShareChoice, type ShareOpened, type SharedItem, type Worksheet } from "../bindings";
import { unwrap } from "./result";

export async function status(): Promise<PartnerView> {
  return unwrap(await commands.partnerStatus());
}

/** The six words for the pasted card (nothing is kept). */
export async function words(card: string): Promise<string> {
  return unwrap(await commands.partnerWords(card));
}

export async function connect(card: string, name: string, words: string): Promise<PartnerView> {
  return unwrap(await commands.partnerConnect(card, name, words));
}

export async function forget(): Promise<PartnerView> {
  return unwrap(await commands.partnerForget());
}

export async function preview(choice: ShareChoice): Promise<SharedItem[]> {
  return unwrap(await commands.sharePreview(choice));
}

/** Asks where to save the share, then writes it; false if cancelled. */
export async function save(choice: ShareChoice): Promise<boolean> {
  const path = unwrap(await commands.choosePath("share_file"));
  if (!path) return false;
  unwrap(await commands.shareWrite(choice, path));
  return true;
}

/** Asks which share to open, then opens it; null if cancelled. */
export async function open(): Promise<ShareOpened | null> {
  const path = unwrap(await commands.choosePath("open_share"));
  if (!path) return null;
  return openPath(path);
}

/** Opens the share file at `path` (one dropped on the window). */
export async function openPath(path: string): Promise<ShareOpened> {
  return unwrap(await commands.shareOpen(path));
}

export async function shares(): Promise<Share[]> {
  return unwrap(await commands.shares());
}

export async function fillTheirSide(worksheet: string, share: string): Promise<Worksheet> {
  return unwrap(await commands.fillTheirSide(worksheet, share));
}

/** Keeps the agreement in a share in the ledger (or takes its words for one held already). */
export async function keepAgreement(share: string, index: number): Promise<Agreement> {
  return unwrap(await commands.shareKeepAgreement(share, index));
}
