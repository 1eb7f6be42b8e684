// SQLite store (better-sqlite3). Records are kept as JSON next to the columns we query by,
// so the schema stays small while the record types grow; migrations are numbered and run
// once each (PRAGMA user_version).
import Database from 'better-sqlite3';
import type { Article, AnalyzedArticle } from '../types.ts';
import type { EventSet, Store } from './store.ts';

const MIGRATIONS: string[] = [
  `CREATE TABLE articles (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     content_hash TEXT NOT NULL,
     input TEXT NOT NULL,
     json TEXT NOT NULL
   );
   CREATE INDEX articles_hash ON articles(content_hash);
   CREATE TABLE analyses (
     article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
     version INTEGER NOT NULL,
     json TEXT NOT NULL
   );
   CREATE TABLE events (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
   CREATE TABLE storylines (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
   CREATE TABLE assignments (article_id TEXT PRIMARY KEY, json TEXT NOT NULL);`,
];

export class SqliteStore implements Store {
  private db: Database.Database;
  private stmts;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    const db = this.db;
    this.stmts = {
      byHash: db.prepare('SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1'),
      has: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
      insert: db.prepare('INSERT INTO articles (id, content_hash, input, json) VALUES (?, ?, ?, ?)'),
      update: db.prepare('UPDATE articles SET content_hash = ?, input = ?, json = ? WHERE id = ?'),
      get: db.prepare('SELECT json FROM articles WHERE id = ?'),
      all: db.prepare('SELECT json FROM articles ORDER BY seq'),
      page: db.prepare('SELECT json FROM articles ORDER BY seq LIMIT ? OFFSET ?'),
      count: db.prepare('SELECT count(*) AS n FROM articles'),
      ids: db.prepare('SELECT id FROM articles ORDER BY seq').pluck(),
      versions: db.prepare('SELECT article_id, version FROM analyses'),
      putAnalysis: db.prepare(
        'INSERT INTO analyses (article_id, version, json) VALUES (?, ?, ?) ' +
          'ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, json = excluded.json',
      ),
      getAnalysis: db.prepare('SELECT json FROM analyses WHERE article_id = ?'),
      events: db.prepare('SELECT json FROM events ORDER BY ord'),
      storylines: db.prepare('SELECT json FROM storylines ORDER BY ord'),
      assignments: db.prepare('SELECT json FROM assignments'),
      insEvent: db.prepare('INSERT INTO events (ord, id, json) VALUES (?, ?, ?)'),
      insStoryline: db.prepare('INSERT INTO storylines (ord, id, json) VALUES (?, ?, ?)'),
      insAssignment: db.prepare('INSERT OR REPLACE INTO assignments (article_id, json) VALUES (?, ?)'),
    };
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(`database schema version ${current} is newer than this Parallax (${MIGRATIONS.length})`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  findByContentHash(hash: string): string | null {
    const row = this.stmts.byHash.get(hash) as { id: string } | undefined;
    return row ? row.id : null;
  }

  hasArticle(id: string): boolean {
    return this.stmts.has.get(id) !== undefined;
  }

  insertArticle(a: Article): void {
    this.stmts.insert.run(a.id, a.content_hash, a.input, JSON.stringify(a));
  }

  updateArticle(a: Article): void {
    this.stmts.update.run(a.content_hash, a.input, JSON.stringify(a), a.id);
  }

  article(id: string): Article | null {
    const row = this.stmts.get.get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Article) : null;
  }

  articles(): Article[] {
    return (this.stmts.all.all() as { json: string }[]).map((r) => JSON.parse(r.json) as Article);
  }

  articlesPage(offset: number, limit: number): Article[] {
    return (this.stmts.page.all(limit, offset) as { json: string }[]).map((r) => JSON.parse(r.json) as Article);
  }

  articleCount(): number {
    return (this.stmts.count.get() as { n: number }).n;
  }

  articleIds(): string[] {
    return this.stmts.ids.all() as string[];
  }

  putAnalysis(a: AnalyzedArticle): void {
    this.stmts.putAnalysis.run(a.article_id, a.version, JSON.stringify(a));
  }

  analysis(articleId: string): AnalyzedArticle | null {
    const row = this.stmts.getAnalysis.get(articleId) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as AnalyzedArticle) : null;
  }

  analysisVersions(): Map<string, number> {
    return new Map((this.stmts.versions.all() as { article_id: string; version: number }[]).map((r) => [r.article_id, r.version]));
  }

  replaceEvents(set: EventSet): void {
    this.transaction(() => {
      this.db.exec('DELETE FROM events; DELETE FROM storylines; DELETE FROM assignments;');
      set.events.forEach((e, i) => this.stmts.insEvent.run(i, e.id, JSON.stringify(e)));
      set.storylines.forEach((s, i) => this.stmts.insStoryline.run(i, s.id, JSON.stringify(s)));
      for (const a of set.assignments) this.stmts.insAssignment.run(a.article_id, JSON.stringify(a));
    });
  }

  events(): EventSet {
    const parse = <T>(rows: unknown[]) => (rows as { json: string }[]).map((r) => JSON.parse(r.json) as T);
    return {
      events: parse(this.stmts.events.all()),
      storylines: parse(this.stmts.storylines.all()),
      assignments: parse(this.stmts.assignments.all()),
    };
  }

  close(): void {
    this.db.close();
  }
}
