// Boundaries, expectations worksheets and agreements: thin wrappers over the bindings.
import {
  commands,
  type Agreed,
  type Agreement,
  type AgreementDraft,
  type AreaAnswer,
  type Boundary,
  type BoundaryDraft,
  type BoundaryFilter,
  type Comparison,
  type Found,
  type Guides,
  type ListedAgreement,
  type ListedBoundary,
  type ListedWorksheet,
  type Moment,
  type TimelineStep,
  type Worksheet,
} from "../bindings";
import { unwrap } from "./result";

export async function guides(): Promise<Guides> {
  return await commands.guides();
}

/** Searches every kind of record; each hit names its kind. */
export async function searchEverything(query: string): Promise<Found[]> {
  return unwrap(await commands.searchEverything(query));
}

// Boundaries

export async function listBoundaries(filter: BoundaryFilter): Promise<ListedBoundary[]> {
  return unwrap(await commands.listBoundaries(filter));
}

export async function getBoundary(id: string): Promise<Boundary> {
  return unwrap(await commands.getBoundary(id));
}

export async function addBoundary(draft: BoundaryDraft, note: string): Promise<Boundary> {
  return unwrap(await commands.addBoundary(draft, note));
}

/** Saves a change to the version read at `opened`; fails with `changed` if it moved since. */
export async function editBoundary(id: string, draft: BoundaryDraft, note: string, opened: string | null): Promise<Boundary> {
  return unwrap(await commands.editBoundary(id, draft, note, opened));
}

export async function retireBoundary(id: string, note: string): Promise<Boundary> {
  return unwrap(await commands.retireBoundary(id, note));
}

export async function logMoment(id: string, moment: Moment): Promise<Boundary> {
  return unwrap(await commands.logMoment(id, moment));
}

/** Removes the moment at `index` (oldest first). */
export async function unlogMoment(id: string, index: number): Promise<Boundary> {
  return unwrap(await commands.unlogMoment(id, index));
}

/** Puts back the moment `unlogMoment` removed; `removed` is the `updated_at` it returned. */
export async function undoUnlogMoment(id: string, removed: string): Promise<Boundary> {
  return unwrap(await commands.undoUnlogMoment(id, removed));
}

export async function boundaryHistory(id: string): Promise<TimelineStep[]> {
  return unwrap(await commands.boundaryHistory(id));
}

export async function deleteBoundary(id: string): Promise<void> {
  unwrap(await commands.deleteBoundary(id));
}

export async function undoDeleteBoundary(id: string): Promise<Boundary> {
  return unwrap(await commands.undoDeleteBoundary(id));
}

// Worksheets

export async function listWorksheets(): Promise<ListedWorksheet[]> {
  return unwrap(await commands.listWorksheets());
}

export async function getWorksheet(id: string): Promise<Worksheet> {
  return unwrap(await commands.getWorksheet(id));
}

/** Starts a worksheet dated `on` (YYYY-MM-DD), empty or copied forward from `from`. */
export async function newWorksheet(title: string, on: string, from: string | null): Promise<Worksheet> {
  return unwrap(await commands.newWorksheet(title, on, from));
}

export async function retitleWorksheet(id: string, title: string, on: string): Promise<Worksheet> {
  return unwrap(await commands.retitleWorksheet(id, title, on));
}

/** Saves one area of a worksheet read at `opened`; fails with `changed` if it moved since. */
export async function fillArea(id: string, answer: AreaAnswer, opened: string | null): Promise<Worksheet> {
  return unwrap(await commands.fillArea(id, answer, opened));
}

export async function addArea(id: string, name: string): Promise<Worksheet> {
  return unwrap(await commands.addArea(id, name));
}

export async function removeArea(id: string, area: string): Promise<Worksheet> {
  return unwrap(await commands.removeArea(id, area));
}

export async function agreeArea(id: string, area: string): Promise<Agreed> {
  return unwrap(await commands.agreeArea(id, area));
}

export async function compareWorksheets(before: string, after: string): Promise<Comparison> {
  return unwrap(await commands.compareWorksheets(before, after));
}

export async function deleteWorksheet(id: string): Promise<void> {
  unwrap(await commands.deleteWorksheet(id));
}

export async function undoDeleteWorksheet(id: string): Promise<Worksheet> {
  return unwrap(await commands.undoDeleteWorksheet(id));
}

// Agreements

export async function listAgreements(): Promise<ListedAgreement[]> {
  return unwrap(await commands.listAgreements());
}

export async function getAgreement(id: string): Promise<Agreement> {
  return unwrap(await commands.getAgreement(id));
}

export async function addAgreement(draft: AgreementDraft, note: string): Promise<Agreement> {
  return unwrap(await commands.addAgreement(draft, note));
}

export async function agreementFromBoundary(id: string): Promise<Agreement> {
  return unwrap(await commands.agreementFromBoundary(id));
}

export async function editAgreement(id: string, draft: AgreementDraft, note: string, opened: string | null): Promise<Agreement> {
  return unwrap(await commands.editAgreement(id, draft, note, opened));
}

export async function agreementHistory(id: string): Promise<TimelineStep[]> {
  return unwrap(await commands.agreementHistory(id));
}

export async function deleteAgreement(id: string): Promise<void> {
  unwrap(await commands.deleteAgreement(id));
}

export async function undoDeleteAgreement(id: string): Promise<Agreement> {
  return unwrap(await commands.undoDeleteAgreement(id));
}
