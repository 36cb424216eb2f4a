// The library screen's state: the table of contents, the topic and search that narrow it,
// and the article being read. Articles are public text, so nothing here is cleared on lock.
import type { ArticleHit, ArticleMeta, ArticlePage, Topic } from "../bindings";
import * as api from "../services/library";
import { messageOf } from "../services/result";
import { SearchAsYouType } from "./search-as-you-type";
import { onApp } from "./app-events";

class LibraryState {
  topics = $state<Topic[]>([]);
  articles = $state<ArticleMeta[]>([]);
  topic = $state<string | null>(null);
  query = $state("");
  hits = $state<ArticleHit[] | null>(null);
  page = $state<ArticlePage | null>(null);
  error = $state<string | null>(null);

  private search = new SearchAsYouType(
    api.search,
    (hits) => (this.hits = hits),
    (e) => (this.error = messageOf(e)),
  );
  private opening = 0;

  /** The articles of the chosen topic, in reading order. */
  get shown(): ArticleMeta[] {
    const t = this.topic;
    return t ? this.articles.filter((a) => a.tags.includes(t)) : this.articles;
  }

  async load(): Promise<void> {
    if (this.articles.length) return;
    try {
      const i = await api.index();
      this.topics = i.topics;
      this.articles = i.articles;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  async open(slug: string): Promise<void> {
    const ticket = ++this.opening;
    try {
      const page = await api.read(slug);
      if (ticket === this.opening) {
        this.page = page;
        this.error = null;
      }
    } catch (e) {
      if (ticket === this.opening) this.error = messageOf(e);
    }
  }

  setTopic(topic: string | null): void {
    this.topic = topic;
  }

  setQuery(q: string): void {
    this.query = q;
    this.search.set(q);
  }

  /** Reads the library again in the language now shown: the list, the search and the open
   * article. */
  async relanguage(): Promise<void> {
    const open = this.page?.meta.slug;
    this.articles = [];
    this.topics = [];
    await this.load();
    if (this.query) this.search.set(this.query);
    if (open) await this.open(open);
  }
}

export const library = new LibraryState();
onApp("language", () => void library.relanguage());
