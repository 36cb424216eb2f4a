// The language of the app: the one chosen in Settings (kept in the vault, readable while
// locked), and the one the shell's library and names are shown in.
import { commands, type Settings } from "../bindings";
import { unwrap } from "./result";

/** The language the person chose, or null to follow the system's (also with no vault yet). */
export async function chosen(): Promise<string | null> {
  return commands.chosenLanguage();
}

/** Keeps the language chosen (null: follow the system's). */
export async function choose(lang: string | null): Promise<Settings> {
  return unwrap(await commands.chooseLanguage(lang));
}

/** Shows the library (articles, prompts, areas) and the neutral name in `lang`. */
export async function show(lang: string): Promise<void> {
  unwrap(await commands.showLanguage(lang));
}
