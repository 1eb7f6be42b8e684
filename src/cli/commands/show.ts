// `parallax show <article-id> [--json]`: one article with its analysis (analysed on the fly if missing).
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { analyzeArticle, ANALYZER_VERSION } from '../../analyze/index.ts';
import type { AnalyzedArticle, Article } from '../../types.ts';

/** The JSON form: stable field names other tools can rely on. */
export function showJson(article: Article, a: AnalyzedArticle) {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet?.name ?? null,
    url: article.url,
    version: a.version,
    published: a.published ? { start: a.published.start, end: a.published.end, precision: a.published.precision, label: a.published.label, month: a.published.month ?? null, day: a.published.day ?? null, weekday: a.published.weekday ?? null, years: a.published.years ?? null, evidence: a.published.evidence } : null,
    sentences: a.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: article.text.slice(s.start, s.end) })),
    entities: a.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, sentence: m.sentence })) })),
    times: a.times.map((t) => ({ text: t.text, start: t.start, end: t.end, sentence: t.sentence, resolved: t.resolved ? { start: t.resolved.start, end: t.resolved.end, precision: t.resolved.precision, label: t.resolved.label } : null, symbolic: t.symbolic ?? null })),
    quantities: a.quantities.map((q) => ({ text: q.text, value: q.value, qualifier: q.qualifier, unit: q.unit, counts: q.counts, start: q.start, end: q.end, sentence: q.sentence })),
    quotes: a.quotes.map((q) => ({ text: q.text, speaker_entity_id: q.speaker_entity_id, speaker_name: q.speaker_name, kind: q.kind, start: q.start, end: q.end, sentence: q.sentence, rule: q.rule })),
    warnings: a.warnings,
    article_warnings: article.warnings,
  };
}

const cut = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

/** The human form: numbered sentences, then entities, dates, quantities and quotes with speakers. */
export function showText(article: Article, a: AnalyzedArticle): string {
  const L: string[] = [];
  L.push(`${article.id}  ${article.title || '(untitled)'}`);
  if (article.outlet) L.push(`outlet: ${article.outlet.name}`);
  L.push(`published: ${a.published ? `${a.published.label} [${a.published.precision}]` : 'unknown'}`);
  for (const e of a.published?.evidence ?? []) L.push(`  - ${e.rule}${e.text ? `: "${cut(e.text, 60)}"` : ''}${e.note ? ` — ${e.note}` : ''}`);
  L.push('', `SENTENCES (${a.sentences.length})`);
  let para = -1;
  for (const s of a.sentences) {
    if (s.paragraph !== para && para !== -1) L.push('');
    para = s.paragraph;
    L.push(`${String(s.index + 1).padStart(4)}  ${cut(article.text.slice(s.start, s.end), 200)}`);
  }
  L.push('', `ENTITIES (${a.entities.length})`);
  for (const e of a.entities) {
    const forms = [...new Set(e.mentions.map((m) => m.text))].slice(0, 6).join(', ');
    L.push(`  ${e.type.padEnd(12)} ${e.name}  [${e.id}]  ×${e.mentions.length}  (${forms})`);
  }
  L.push('', `DATES (${a.times.length})`);
  for (const t of a.times) L.push(`  s${t.sentence + 1}  "${t.text}" → ${t.resolved ? `${t.resolved.label} [${t.resolved.precision}]` : 'unresolved'}`);
  L.push('', `QUANTITIES (${a.quantities.length})`);
  for (const q of a.quantities) L.push(`  s${q.sentence + 1}  ${[q.qualifier, q.value, q.unit].filter((x) => x !== null).join(' ')}${q.counts ? `  (${q.counts})` : ''}  "${q.text}"`);
  L.push('', `QUOTES (${a.quotes.length})`);
  for (const q of a.quotes) L.push(`  s${q.sentence + 1}  [${q.kind}] ${q.speaker_name ?? '(speaker unknown)'}: “${cut(q.text, 140)}”`);
  // the article's own warnings (language, unparsed dates; not each removed boilerplate line), then the analysis's
  const all = [...article.warnings.filter((w) => w.code !== 'boilerplate-removed'), ...a.warnings];
  if (all.length) {
    L.push('', 'WARNINGS');
    for (const w of all) L.push(`  ${w.code}: ${w.message}`);
  }
  return L.join('\n') + '\n';
}

export function register(program: Command): void {
  program
    .command('show')
    .description('show one article with its analysis: sentences, entities, dates, quantities, quotes')
    .argument('<article-id>', 'id of a stored article')
    .option('--json', 'print the analysis as JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, (store) => {
        const article = store.article(id);
        if (!article) throw new UsageError(`no stored article with id ${id}`);
        let analysis = store.analysis(id);
        if (!analysis || analysis.version !== ANALYZER_VERSION) {
          analysis = analyzeArticle(article);
          store.putAnalysis(analysis);
        }
        process.stdout.write(opts.json ? JSON.stringify(showJson(article, analysis), null, 2) + '\n' : showText(article, analysis));
      });
    });
}
