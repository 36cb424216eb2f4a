// The zxcvbn-ts estimator with its English dictionaries: about 1.8 MB of script, so it is
// loaded only on the screens that choose a passphrase (see strength.svelte.ts).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

export const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});
