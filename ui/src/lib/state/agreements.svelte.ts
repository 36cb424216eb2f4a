// The agreements ledger's state: the list (due ones first, as the core orders it), a new
// agreement written in the ledger itself, the agreement open with its history, editing with a
// note, and undo of a delete (the list's shapes are `RecordList`'s).
import type { Agreement, AgreementDraft, ListedAgreement } from "../bindings";
import * as api from "../services/tools";
import { messageOf } from "../services/result";
import { RecordList, type RecordAdapter } from "./record-list.svelte";
import { follow } from "./store";
import { t } from "../i18n.svelte";

/** An agreement being written in the ledger, before it is added. */
export interface NewAgreement {
  text: string;
  revisit_on: string | null;
}

export interface AgreementForm {
  opened: string | null;
  draft: AgreementDraft;
  note: string;
}

/** The text of each boundary, by id, so an agreement can say where it came from. */
export type Sources = Record<string, string>;

const adapter: RecordAdapter<ListedAgreement, Agreement, void> = {
  // Boundaries and worksheets too: an agreement says in their words where it came from.
  kinds: ["agreement", "boundary", "worksheet"],
  list: api.listAgreements,
  rowId: (r) => (r.kind === "agreement" ? r.agreement.id : r.id),
  get: api.getAgreement,
  history: api.agreementHistory,
  remove: api.deleteAgreement,
  undoRemove: api.undoDeleteAgreement,
  // Read when it is said, so it is in the language shown then.
  get changedElsewhere() {
    return t("agreements-changed-elsewhere");
  },
};

export class AgreementsState extends RecordList<ListedAgreement, Agreement, AgreementForm> {
  /** Where agreements came from, in words: boundary texts and worksheet area names by id. */
  boundaryText = $state<Sources>({});
  areaNames = $state<Record<string, string>>({});

  /** The small form at the top of the ledger; it stays open, empty again after an add. */
  adding = $state<NewAgreement>({ text: "", revisit_on: null });
  addError = $state<string | null>(null);
  /** The agreement just added, for the words that say so. */
  added = $state<Agreement | null>(null);

  constructor() {
    super(adapter);
  }

  /** Adds the agreement written in the ledger's form: it starts as not checked yet, and the
   *  list shows it at once. The form empties only when the add worked (what was typed is never
   *  lost to an error). */
  async add(): Promise<boolean> {
    const { text, revisit_on } = this.adding;
    if (!text.trim()) return false;
    const epoch = this.epoch;
    try {
      const saved = await api.addAgreement({ text, status: "new", revisit_on }, "");
      if (epoch !== this.epoch) return false;
      this.adding = { text: "", revisit_on: null };
      this.addError = null;
      this.added = saved;
      await this.reload();
      return true;
    } catch (e) {
      if (epoch === this.epoch) this.addError = messageOf(e);
      return false;
    }
  }

  async load(): Promise<void> {
    await this.reload();
  }

  /** Reads the names of what the agreements grew out of (boundaries, own areas of worksheets). */
  protected override async listed(): Promise<void> {
    const listed = this.rows.flatMap((r) => (r.kind === "agreement" && r.agreement.source ? [r.agreement.source] : []));
    if (listed.some((s) => s.kind === "boundary")) {
      const all = await api.listBoundaries({ whose: null, category: null, status: null, text: "" });
      const texts: Sources = {};
      for (const r of all) if (r.kind === "boundary") texts[r.boundary.id] = r.boundary.text;
      this.boundaryText = texts;
    }
    const sheets = [...new Set(listed.flatMap((s) => (s.kind === "area" && s.area.startsWith("own-") ? [s.worksheet] : [])))];
    const names: Record<string, string> = { ...this.areaNames };
    for (const id of sheets) {
      try {
        for (const a of (await api.getWorksheet(id)).areas) if (a.name) names[`${id}/${a.area}`] = a.name;
      } catch {
        // A worksheet deleted since: the agreement still reads, without the area's own name.
      }
    }
    this.areaNames = names;
  }

  close(): void {
    this.current = null;
    this.form = null;
    void this.load();
  }

  startEdit(a: Agreement): void {
    this.formError = null;
    this.form = { opened: a.updated_at, draft: { text: a.text, status: a.status, revisit_on: a.revisit_on }, note: "" };
  }

  /** Saves the form; if the agreement changed elsewhere meanwhile, it is reloaded and the form
   *  keeps what was typed, so a second Save keeps this version on purpose. */
  async save(): Promise<boolean> {
    const a = this.current;
    if (!a) return false;
    return await this.saveForm(a.id, (f) => api.editAgreement(a.id, $state.snapshot(f.draft), f.note, f.opened));
  }
}

export const agreements = follow(new AgreementsState(), adapter.kinds);
