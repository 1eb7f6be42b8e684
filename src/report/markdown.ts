// Markdown renderings of a brief and of a whole report. Citations read "[Outlet s3 · id 12–80]".
import type { Brief, Citation } from '../brief/types.ts';
import { mdEsc } from './escape.ts';
import { shownText } from '../brief/summary.ts';
import { byDate } from './order.ts';
import { quoteCitation } from './quote-spans.ts';
import { citeLabel, type ArticleLookup } from './labels.ts';
import type { Report, ReportEvent } from './types.ts';
import { count } from '../util/count.ts';
import { examplesOf, hedgeList, isLoaded, outletFactsLine, unnamedLine, outletHeadline, speakerList, termList, type OutletProfile } from './outlets.ts';

function cites(texts: ArticleLookup, cs: Citation[]): string {
  return cs.map((c) => `[${mdEsc(citeLabel(texts, c))} · ${mdEsc(c.article_id)} ${c.start}–${c.end}]`).join(' ');
}

export function briefMarkdown(brief: Brief, texts: ArticleLookup, heading = '##'): string {
  const h = (n: number) => heading + '#'.repeat(n);
  const out: string[] = [];
  out.push(`${h(0)} Summary`, '');
  if (!brief.summary.length) out.push('_(no sentence fits the summary)_');
  for (const s of brief.summary) out.push(`- ${mdEsc(shownText(s))} ${cites(texts, s.citations)}`);
  out.push('', `${h(0)} Coverage`, '');
  for (const o of brief.coverage.outlets)
    out.push(`- ${mdEsc(o.outlet)} — ${mdEsc(o.country ?? 'country unknown')}, ${mdEsc(o.ownership)} (${count(o.article_ids.length, 'article')})`);
  for (const f of brief.coverage.flags) out.push(`- **Flag:** ${mdEsc(f.message)}`);
  const shared = brief.facts.filter((f) => f.status !== 'single-source');
  out.push('', `${h(0)} Facts across outlets`, '');
  if (!shared.length) out.push('_(no statement is reported by more than one outlet)_');
  for (const f of shared)
    out.push(`- **${f.status}** (${f.sources.map((s) => mdEsc(s.outlet)).join(', ')}): ${mdEsc(f.text)} ${cites(texts, f.citations)}`);
  out.push('', `${h(0)} Conflicts`, '');
  if (!brief.conflicts.length) out.push('_(none found)_');
  for (const c of brief.conflicts) {
    out.push(`- **${c.kind}: ${mdEsc(c.measure)}** — ${mdEsc(c.note)}`);
    for (const s of c.sides) out.push(`  - ${mdEsc(s.text)} — ${s.sources.map(mdEsc).join(', ')} ${cites(texts, s.citations)}`);
  }
  const ctx = brief.figures.filter((f) => f.verdict !== 'conflict');
  if (ctx.length) {
    out.push('', `${h(0)} Figures that agree or are context`, '');
    for (const f of ctx)
      out.push(`- **${f.verdict}: ${mdEsc(f.measure)}** — ${f.sides.map((s) => `${mdEsc(s.text)} (${s.sources.map(mdEsc).join(', ')}) ${cites(texts, s.citations)}`).join('; ')}${f.note ? ` — _${mdEsc(f.note)}_` : ''}`);
  }
  out.push('', `${h(0)} Quotes`, '');
  if (!brief.quotes.length) out.push('_(no quotes)_');
  for (const sp of brief.quotes) {
    out.push(`- **${mdEsc(sp.speaker_name ?? 'speaker not identified')}**`);
    for (const g of sp.groups) {
      const tag = g.sources.length > 1 ? ` — carried by ${g.sources.map(mdEsc).join(', ')}` : '';
      out.push(`  - quote ${g.id}${tag}`);
      // a variant cites the quoted words' own span, not the sentence the quote starts in
      for (const v of g.variants) out.push(`    - ${mdEsc(v.outlet)}: “${mdEsc(v.text)}” ${cites(texts, [quoteCitation(v)])}`);
      if (g.paraphrases.length) out.push(`    - paraphrased without quotation marks: ${cites(texts, g.paraphrases)}`);
    }
  }
  out.push('', `${h(0)} Framing`, '');
  const framingStart = out.length;
  for (const c of brief.framing.contrasts) {
    out.push(`- **${mdEsc(c.label)}**`);
    for (const r of c.by_outlet)
      out.push(`  - ${mdEsc(r.outlet)}: own voice ${r.own.length ? r.own.map(mdEsc).join(', ') : '—'}; attributed/quoted ${r.attributed.length ? r.attributed.map(mdEsc).join(', ') : '—'}`);
  }
  for (const f of brief.framing.outlets) {
    const bits: string[] = [];
    if (f.hedges.length) bits.push(`hedges: ${f.hedges.map((x) => `${mdEsc(x.word)} ${cites(texts, [x.citation])}`).join(', ')}`);
    if (f.scare_quotes.length) bits.push(`scare quotes: ${f.scare_quotes.map((x) => `“${mdEsc(x.text)}” ${cites(texts, [x.citation])}`).join(', ')}`);
    if (bits.length) out.push(`- ${mdEsc(f.outlet)} — ${bits.join('; ')}`);
  }
  if (out.length === framingStart) out.push('_(no contrasting word choices, hedges or scare quotes found)_');
  const ctxOutlets = brief.framing.outlets.filter((f) => f.unique_context.length);
  if (ctxOutlets.length) {
    out.push('', `${h(0)} Context only one outlet gives`, '');
    for (const f of ctxOutlets) {
      out.push(`- **${mdEsc(f.outlet)}**`);
      for (const c of f.unique_context) out.push(`  - ${mdEsc(c.text)} ${cites(texts, [c.citation])}`);
    }
  }
  if (brief.warnings.length) out.push('', ...brief.warnings.map((w) => `> ${mdEsc(w)}`));
  return out.join('\n') + '\n';
}

/** Each outlet across the events it covers (src/report/outlets.ts). */
export function outletsMarkdown(profiles: OutletProfile[], texts: ArticleLookup): string {
  const out: string[] = [];
  for (const p of profiles.filter((x) => x.identified)) {
    out.push(`- **${mdEsc(p.outlet)}** — ${mdEsc(outletHeadline(p))}`);
    out.push(`  - events: ${p.events.map((e) => `${mdEsc(e.date)} ${mdEsc(e.title)} (${mdEsc(e.event_id)}${e.sole_source ? ', only source' : ''})`).join('; ')}`);
    const facts = outletFactsLine(p);
    if (facts) out.push(`  - ${mdEsc(facts)}`);
    for (const c of p.conflicts)
      out.push(`  - conflict on ${mdEsc(c.measure)} (${mdEsc(c.event_id)}): says ${mdEsc(c.value)}, others ${c.against.map(mdEsc).join(' / ')} ${cites(texts, c.citations)}`);
    for (const f of p.framing.filter(isLoaded))
      out.push(`  - ${mdEsc(f.label)}: own voice ${mdEsc(termList(f.own))} ${cites(texts, examplesOf(f.own))}; quoted/attributed ${mdEsc(termList(f.attributed))} ${cites(texts, examplesOf(f.attributed))}`.replace(/ ;/g, ';').trimEnd());
    if (p.hedges.count) out.push(`  - hedges: ${mdEsc(hedgeList(p))} ${cites(texts, p.hedges.examples)}`);
    if (p.scare_quotes.count) out.push(`  - scare quotes: ${p.scare_quotes.count} ${cites(texts, p.scare_quotes.examples)}`);
    if (p.unique_context) out.push(`  - ${count(p.unique_context, 'sentence')} of context no other outlet gives`);
    if (p.quotes.length) out.push(`  - quotes: ${mdEsc(speakerList(p))}`);
  }
  const unnamed = profiles.filter((x) => !x.identified);
  if (unnamed.length) out.push(`- _${mdEsc(unnamedLine(unnamed))}_`);
  return out.join('\n');
}

function dateLabel(e: ReportEvent): string {
  return e.date && typeof e.date === 'object' && 'label' in e.date ? String(e.date.label) : 'date unknown';
}

export function reportMarkdown(report: Report, texts: ArticleLookup): string {
  report = { ...report, events: byDate(report.events) };
  const out: string[] = ['# Parallax report', ''];
  out.push(`${count(report.articles.length, 'article')}, ${count(report.events.length, 'event')}, ${count(report.storylines.length, 'storyline')}, ${count(report.rejected.length, 'rejected input')}.`, '');
  out.push('## Timeline', '');
  for (const e of report.events) out.push(`- ${mdEsc(dateLabel(e))} — ${mdEsc(e.title)} (${count(e.article_ids.length, 'article')}) — event ${mdEsc(e.id)}`);
  for (const e of report.events) {
    out.push('', `## ${mdEsc(e.title)}`, '', `Event ${mdEsc(e.id)} · ${mdEsc(dateLabel(e))} · articles: ${e.article_ids.map((id) => `${mdEsc(texts.get(id)?.outlet?.name ?? '?')} (${mdEsc(id)})`).join(', ')}`, '');
    if (e.brief) out.push(briefMarkdown(e.brief, texts, '###'));
  }
  if (report.outlets?.length) out.push('', '## Outlets', '', outletsMarkdown(report.outlets, texts));
  if (report.rejected.length) {
    out.push('', '## Rejected inputs', '');
    for (const r of report.rejected) out.push(`- ${mdEsc(r.input)}: ${mdEsc(r.reason)}`);
  }
  return out.join('\n') + '\n';
}
