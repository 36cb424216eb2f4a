// Turns the generated bindings' `{ status, data | error }` results into values or thrown
// `AppFailure`s, so the state layer can use try/catch and switch on `code`.
import type { AppError, ErrorCode } from "../bindings";

/** The shape of every fallible command's answer in the generated bindings. */
export type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };

export class AppFailure extends Error {
  readonly code: ErrorCode;

  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
  }
}

let lockedFound: (() => void) | null = null;

/** Calls `f` whenever a command finds the vault locked, so the UI can never show an unlocked
 * screen over a locked vault. */
export function whenLockedFound(f: () => void): void {
  lockedFound = f;
}

export function unwrap<T>(result: Result<T, AppError>): T {
  if (result.status === "ok") return result.data;
  if (result.error.code === "locked") lockedFound?.();
  throw new AppFailure(result.error);
}

/** Returns a message fit to show a person for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof AppFailure) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}
