// The library: thin wrappers over the bindings.
import { commands, type ArticleHit, type ArticlePage, type LibraryIndex, type TrellisLink } from "../bindings";
import { unwrap } from "./result";

export async function index(): Promise<LibraryIndex> {
  return await commands.libraryIndex();
}

export async function read(slug: string): Promise<ArticlePage> {
  return unwrap(await commands.readArticle(slug));
}

export async function search(query: string): Promise<ArticleHit[]> {
  return unwrap(await commands.searchLibrary(query));
}

/** Follows a clicked link: a link into Trellis comes back; a web or e-mail link opens in the
 *  system's browser or mail program and `null` comes back; anything else throws. */
export async function openLink(href: string): Promise<TrellisLink | null> {
  return unwrap(await commands.openLink(href));
}
