// The agreements ledger's state: the list (due ones first, as the core orders it), the
// agreement open with its history, editing with a note, and undo of a delete.
import type { Agreement, AgreementDraft, ListedAgreement, TimelineStep } from "../bindings";
import * as api from "../services/tools";
import { AppFailure, messageOf } from "../services/result";

export interface AgreementForm {
  opened: string | null;
  draft: AgreementDraft;
  note: string;
}

/** The text of each boundary, by id, so an agreement can say where it came from. */
export type Sources = Record<string, string>;

class AgreementsState {
  rows = $state<ListedAgreement[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  current = $state<Agreement | null>(null);
  history = $state<TimelineStep[]>([]);
  form = $state<AgreementForm | null>(null);
  formError = $state<string | null>(null);
  deleted = $state<string | null>(null);
  /** Where agreements came from, in words: boundary texts and worksheet area names by id. */
  boundaryText = $state<Sources>({});
  areaNames = $state<Record<string, string>>({});

  async load(): Promise<void> {
    try {
      this.rows = await api.listAgreements();
      this.loaded = true;
      this.error = null;
      await this.loadSources();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Reads the names of what the agreements grew out of (boundaries, own areas of worksheets). */
  private async loadSources(): Promise<void> {
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

  async open(id: string): Promise<void> {
    try {
      const [a, history] = await Promise.all([api.getAgreement(id), api.agreementHistory(id)]);
      this.current = a;
      this.history = history;
      this.form = null;
      this.error = null;
    } catch (e) {
      this.error = messageOf(e);
    }
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
    const f = this.form;
    if (!a || !f) return false;
    try {
      this.current = await api.editAgreement(a.id, $state.snapshot(f.draft), f.note, f.opened);
      this.history = await api.agreementHistory(a.id);
      this.form = null;
      this.formError = null;
      return true;
    } catch (e) {
      if (e instanceof AppFailure && e.code === "changed") {
        try {
          const fresh = await api.getAgreement(a.id);
          f.opened = fresh.updated_at;
          this.current = fresh;
          this.history = await api.agreementHistory(a.id);
        } catch {
          // The message below still holds.
        }
        this.formError = "This agreement was changed somewhere else while you were editing. Your text is still here. " +
          "Look it over, then save again to keep your version.";
      } else {
        this.formError = messageOf(e);
      }
      return false;
    }
  }

  async remove(id: string, damaged = false): Promise<void> {
    try {
      await api.deleteAgreement(id);
      this.rows = this.rows.filter((r) => (r.kind === "agreement" ? r.agreement.id : r.id) !== id);
      if (this.current?.id === id) this.current = null;
      this.form = null;
      this.deleted = damaged ? null : id;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  async undoDelete(): Promise<void> {
    const id = this.deleted;
    if (!id) return;
    this.deleted = null;
    try {
      await api.undoDeleteAgreement(id);
      await this.load();
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  async refresh(): Promise<void> {
    await this.load();
    const a = this.current;
    if (a && !this.form) {
      try {
        this.current = await api.getAgreement(a.id);
        this.history = await api.agreementHistory(a.id);
      } catch {
        this.current = null;
      }
    }
  }

  clear(): void {
    this.rows = [];
    this.loaded = false;
    this.error = null;
    this.current = null;
    this.history = [];
    this.form = null;
    this.formError = null;
    this.deleted = null;
    this.boundaryText = {};
    this.areaNames = {};
  }
}

export const agreements = new AgreementsState();
