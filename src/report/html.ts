// A self-contained HTML report: timeline, one section per event, and every cited article's
// text (escaped, never parsed as HTML) with sentence spans that citation links jump to and
// highlight (CSS :target — no script, no external resources).
import type { Brief, Citation } from '../brief/types.ts';
import { esc } from './escape.ts';
import { shownText } from '../brief/summary.ts';
import { citeLabel, outletOf, type ArticleLookup } from './labels.ts';
import { byDate } from './order.ts';
import type { Report, ReportEvent } from './types.ts';
import { count } from '../util/count.ts';
import { briefQuoteSpans, quoteCitation } from './quote-spans.ts';
import { markupSpans, partClass } from './spans-markup.ts';
import { examplesOf, hedgeList, isLoaded, outletFactsLine, unnamedLine, outletHeadline, speakerList, termList, type OutletProfile } from './outlets.ts';

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
main{max-width:980px;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.6rem}h2{border-top:2px solid #ddd;padding-top:1rem;margin-top:2rem}h3{margin-bottom:.3rem}
a.c{font-size:.75rem;vertical-align:super;text-decoration:none;background:#e8eefc;border-radius:3px;padding:0 3px;margin-left:2px;white-space:nowrap}
.filters{margin:.5rem 0 1rem}.filters label{margin-right:.4rem;font-size:.9rem}.filters input{width:7.5rem}
.flag{background:#fff1c2;border-left:4px solid #e0a800;padding:.2rem .6rem;margin:.3rem 0}
.st{font-size:.75rem;text-transform:uppercase;font-weight:600;padding:0 4px;border-radius:3px}
.corroborated{background:#d9f2dd}.contested{background:#fbd5d5}.single-source{background:#eee}
.conflict{background:#fbd5d5}.agree{background:#d9f2dd}.context{background:#e8eefc}
table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.8rem;font-size:.9rem}
.sent:target,.quote:target{background:#ffe58a;outline:2px solid #e0a800}
.quote{text-decoration:underline dotted #999}
.own{font-weight:600}.muted{color:#666}
ol.timeline li{margin:.2rem 0}
`;

export interface Anchors {
  articleIndex: Map<string, number>;
}

function anchor(a: Anchors, c: Citation): string {
  return `a${a.articleIndex.get(c.article_id) ?? 'x'}-s${c.sentence}`;
}

/** The anchor of quoted words (a quote's own span, src/report/quote-spans.ts). */
function quoteAnchor(a: Anchors, c: Citation): string {
  return `a${a.articleIndex.get(c.article_id) ?? 'x'}-q${c.start}-${c.end}`;
}

// joined by spaces: a line may break between citations (each label itself never breaks)
function links(texts: ArticleLookup, a: Anchors, cs: Citation[], label: (c: Citation) => string = (c) => citeLabel(texts, c), target: (a: Anchors, c: Citation) => string = anchor): string {
  return cs.map((c) => `<a class="c" href="#${target(a, c)}" title="${esc(citeLabel(texts, c))}: chars ${c.start}–${c.end}">${esc(label(c))}</a>`).join(' ');
}

/** Every citation a brief makes, for marking sentence spans in the article texts. */
export function briefCitations(b: Brief): Citation[] {
  const out: Citation[] = [];
  for (const s of b.summary) out.push(...s.citations);
  for (const f of b.facts) out.push(...f.citations);
  for (const c of b.conflicts) for (const s of c.sides) out.push(...s.citations);
  for (const f of b.figures) for (const s of f.sides) out.push(...s.citations);
  for (const sp of b.quotes) for (const g of sp.groups) out.push(...g.variants.map((v) => v.citation), ...g.paraphrases);
  for (const o of b.framing.outlets) {
    out.push(...o.terms.map((t) => t.citation), ...o.hedges.map((h) => h.citation));
    out.push(...o.scare_quotes.map((x) => x.citation), ...o.unique_context.map((x) => x.citation));
  }
  return out;
}

export function briefHtml(b: Brief, texts: ArticleLookup, a: Anchors): string {
  const L = (cs: Citation[]) => links(texts, a, cs);
  const out: string[] = [];
  out.push('<h3>Summary</h3><p>');
  out.push(b.summary.map((s) => `${esc(shownText(s))}${L(s.citations)}`).join(' ') || '<span class="muted">(no sentence fits the summary)</span>');
  out.push('</p><h3>Coverage</h3><table><tr><th>Outlet</th><th>Country</th><th>Ownership</th><th>Articles</th></tr>');
  for (const o of b.coverage.outlets) out.push(`<tr><td>${esc(o.outlet)}</td><td>${esc(o.country ?? 'unknown')}</td><td>${esc(o.ownership)}</td><td>${o.article_ids.length}</td></tr>`);
  out.push('</table>');
  for (const f of b.coverage.flags) out.push(`<div class="flag">${esc(f.message)}</div>`);
  const shared = b.facts.filter((f) => f.status !== 'single-source');
  out.push('<h3>Facts across outlets</h3>');
  if (!shared.length) out.push('<p class="muted">No statement is reported by more than one outlet.</p>');
  else {
    out.push('<table><tr><th>Status</th><th>Statement</th><th>Outlets</th></tr>');
    for (const f of shared)
      out.push(`<tr><td><span class="st ${esc(f.status)}">${esc(f.status)}</span></td><td>${esc(f.text)}${L(f.citations)}</td><td>${f.sources.map((s) => esc(s.outlet)).join(', ')}</td></tr>`);
    out.push('</table>');
  }
  out.push('<h3>Conflicts</h3>');
  if (!b.conflicts.length) out.push('<p class="muted">None found.</p>');
  for (const c of b.conflicts) {
    out.push(`<p><span class="st conflict">${esc(c.kind)}</span> <b>${esc(c.measure)}</b> — ${esc(c.note)}</p><table><tr>`);
    for (const s of c.sides) out.push(`<td><b>${esc(s.text)}</b><br>${s.sources.map(esc).join(', ')}${L(s.citations)}</td>`);
    out.push('</tr></table>');
  }
  const figs = b.figures.filter((f) => f.verdict !== 'conflict');
  if (figs.length) {
    out.push('<h3>Figures that agree or are context</h3><ul>');
    for (const f of figs)
      out.push(`<li><span class="st ${esc(f.verdict)}">${esc(f.verdict)}</span> <b>${esc(f.measure)}</b>: ${f.sides.map((s) => `${esc(s.text)} (${s.sources.map(esc).join(', ')})${L(s.citations)}`).join('; ')} <span class="muted">${esc(f.note)}</span></li>`);
    out.push('</ul>');
  }
  out.push('<h3>Quotes</h3>');
  if (!b.quotes.length) out.push('<p class="muted">No quotes.</p>');
  for (const sp of b.quotes) {
    out.push(`<h4>${esc(sp.speaker_name ?? 'Speaker not identified')}</h4>`);
    for (const g of sp.groups) {
      out.push('<table><tr>');
      // the link jumps to the quoted words themselves, not the sentence the quote starts in
      for (const v of g.variants) out.push(`<td><div class="muted">${esc(v.outlet)}</div>“${esc(v.text)}”${links(texts, a, [quoteCitation(v)], undefined, quoteAnchor)}</td>`);
      out.push('</tr></table>');
      if (g.paraphrases.length) out.push(`<p class="muted">Paraphrased without quotation marks: ${L(g.paraphrases)}</p>`);
    }
  }
  out.push('<h3>Framing</h3>');
  const framingStart = out.length;
  if (b.framing.contrasts.length) {
    out.push('<table><tr><th>Referent</th><th>Outlet</th><th>Own voice</th><th>Attributed / quoted</th></tr>');
    for (const c of b.framing.contrasts)
      c.by_outlet.forEach((r, k) =>
        out.push(`<tr>${k === 0 ? `<td rowspan="${c.by_outlet.length}">${esc(c.label)}</td>` : ''}<td>${esc(r.outlet)}</td><td class="own">${esc(r.own.join(', ') || '—')}</td><td>${esc(r.attributed.join(', ') || '—')}</td></tr>`),
      );
    out.push('</table>');
  }
  for (const f of b.framing.outlets) {
    const own = f.terms.filter((t) => t.voice === 'own' && !t.neutral);
    const bits: string[] = [];
    if (own.length) bits.push(`own-voice word choices: ${own.map((t) => `${esc(t.surface)}${L([t.citation])}`).join(', ')}`);
    if (f.hedges.length) bits.push(`hedges: ${f.hedges.map((h) => `${esc(h.word)}${L([h.citation])}`).join(', ')}`);
    if (f.scare_quotes.length) bits.push(`scare quotes: ${f.scare_quotes.map((s) => `“${esc(s.text)}”${L([s.citation])}`).join(', ')}`);
    if (f.unique_context.length) bits.push(`context only this outlet gives: <ul>${f.unique_context.map((c) => `<li>${esc(c.text)}${L([c.citation])}</li>`).join('')}</ul>`);
    if (bits.length) out.push(`<p><b>${esc(f.outlet)}</b> — ${bits.join('; ')}</p>`);
  }
  if (out.length === framingStart) out.push('<p class="muted">No contrasting word choices, hedges or scare quotes found.</p>');
  for (const w of b.warnings) out.push(`<div class="flag">${esc(w)}</div>`);
  return out.join('\n');
}

/** An article's text with cited sentences, and the quoted words quotes cite, wrapped in targetable spans. */
export function articleHtml(texts: ArticleLookup, a: Anchors, id: string, cited: Citation[], quotes: Citation[] = []): string {
  const art = texts.get(id);
  const text = typeof art?.text === 'string' ? art.text : '';
  const sents = [...new Map(cited.filter((c) => c.article_id === id).map((c) => [c.sentence, c])).values()].sort((x, y) => x.start - y.start);
  // sentences do not overlap one another: a citation reaching into the previous one is left out
  let pos = 0;
  const marks = [];
  for (const c of sents) {
    if (c.start < pos || c.end > text.length || c.end <= c.start) continue;
    marks.push({ start: c.start, end: c.end, id: anchor(a, c), cls: 'sent' });
    pos = c.end;
  }
  const qs = [...new Map(quotes.filter((c) => c.article_id === id).map((c) => [`${c.start}-${c.end}`, c])).values()];
  for (const c of qs) marks.push({ start: c.start, end: c.end, id: quoteAnchor(a, c), cls: 'quote', rank: 1 });
  // a quote cut into pieces by sentence spans lights up whole: every piece when its first is the target
  const split: string[] = [];
  const body = markupSpans(text, marks, (id) => split.push(id));
  const css = split.length ? `<style>${split.map((x) => `main:has(#${x}:target) .${partClass(x)}`).join(',')}{background:#ffe58a}</style>` : '';
  const k = a.articleIndex.get(id);
  const meta = [outletOf(texts, id), art?.outlet?.country, art?.outlet?.ownership, art?.published?.label, art?.url].filter(Boolean).map(esc).join(' · ');
  return `<section id="a${k}">${css}<h3>${esc(art?.title || id)}</h3><p class="muted">${meta} · id ${esc(id)}</p><div class="text">${body}</div></section>`;
}

function dateLabel(e: ReportEvent): string {
  return e.date && typeof e.date === 'object' && 'label' in e.date ? String(e.date.label) : 'date unknown';
}

export function anchorsFor(ids: Iterable<string>): Anchors {
  const articleIndex = new Map<string, number>();
  for (const id of ids) if (!articleIndex.has(id)) articleIndex.set(id, articleIndex.size);
  return { articleIndex };
}

/** A complete page with the report stylesheet (no script, no external resources). */
export function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head><body><main>\n${body}\n</main></body></html>\n`;
}

export function reportHtml(report: Report, texts: ArticleLookup): string {
  const a = anchorsFor([...report.articles.map((x) => x.id), ...texts.keys()]);
  report = { ...report, events: byDate(report.events) };
  const out: string[] = ['<h1>Parallax report</h1>'];
  out.push(`<p class="muted">${count(report.articles.length, 'article')} · ${count(report.events.length, 'event')} · ${count(report.storylines.length, 'storyline')} · ${count(report.rejected.length, 'rejected input')}</p>`);
  out.push('<h2>Timeline</h2><ol class="timeline">');
  report.events.forEach((e, k) => out.push(`<li><a href="#e${k}">${esc(dateLabel(e))} — ${esc(e.title)}</a> <span class="muted">(${count(e.article_ids.length, 'article')})</span></li>`));
  out.push('</ol>');
  const cited: Citation[] = [];
  const quoted: Citation[] = [];
  report.events.forEach((e, k) => {
    out.push(`<h2 id="e${k}">${esc(e.title)}</h2><p class="muted">${esc(dateLabel(e))} · event ${esc(e.id)} · articles: ${e.article_ids.map((id) => `<a href="#a${a.articleIndex.get(id)}">${esc(outletOf(texts, id))}</a>`).join(', ')}</p>`);
    if (e.brief) {
      out.push(briefHtml(e.brief, texts, a));
      cited.push(...briefCitations(e.brief));
      quoted.push(...briefQuoteSpans(e.brief));
    }
  });
  if (report.outlets?.length) {
    const ev = new Map(report.events.map((e, k) => [e.id, k]));
    out.push('<h2 id="outlets">Outlets</h2>', outletsHtml(report.outlets, texts, a, (id) => (ev.has(id) ? `#e${ev.get(id)}` : null)));
    for (const p of report.outlets) cited.push(...outletCitations(p));
  }
  out.push('<h2>Sources</h2>');
  const shown = new Set<string>();
  for (const e of report.events)
    for (const id of e.article_ids) {
      if (shown.has(id) || !texts.has(id)) continue;
      shown.add(id);
      out.push(articleHtml(texts, a, id, cited, quoted));
    }
  if (report.rejected.length) {
    out.push('<h2>Rejected inputs</h2><ul>');
    for (const r of report.rejected) out.push(`<li>${esc(r.input)}: ${esc(r.reason)}</li>`);
    out.push('</ul>');
  }
  return page('Parallax report', out.join('\n'));
}

/** The citations an outlet profile shows (its examples), for marking sentence spans. */
function outletCitations(p: OutletProfile): Citation[] {
  return [...p.conflicts.flatMap((c) => c.citations), ...p.framing.flatMap((f) => [...examplesOf(f.own), ...examplesOf(f.attributed)]), ...p.hedges.examples, ...p.scare_quotes.examples];
}

/** Each outlet across the events it covers; `eventHref` links an event id to its section or page. */
export function outletsHtml(profiles: OutletProfile[], texts: ArticleLookup, a: Anchors, eventHref: (id: string) => string | null): string {
  // under an outlet's own heading its name need not repeat: "s14" (the tooltip names the outlet)
  const L = (cs: Citation[]) => links(texts, a, cs, (c) => `s${c.sentence}`);
  const evLink = (id: string, label: string) => {
    const href = eventHref(id);
    return href ? `<a href="${esc(href)}">${esc(label)}</a>` : esc(label);
  };
  const out: string[] = [];
  for (const p of profiles.filter((x) => x.identified)) {
    out.push(`<h3>${esc(p.outlet)}</h3><p class="muted">${esc(outletHeadline(p))}</p><ul>`);
    out.push(`<li>events: ${p.events.map((e) => `${evLink(e.event_id, `${e.date} ${e.title}`)}${e.sole_source ? ' <span class="st single-source">only source</span>' : ''}`).join('; ')}</li>`);
    const facts = outletFactsLine(p);
    if (facts) out.push(`<li>${esc(facts)}</li>`);
    for (const c of p.conflicts)
      out.push(`<li class="conflict">conflict on ${esc(c.measure)} (${evLink(c.event_id, c.event_id)}): says ${esc(c.value)}, others ${c.against.map(esc).join(' / ')}${L(c.citations)}</li>`);
    out.push('</ul>');
    const loaded = p.framing.filter(isLoaded);
    if (loaded.length) {
      out.push('<table><tr><th>Referent</th><th>Own voice</th><th>Quoted / attributed</th></tr>');
      for (const f of loaded)
        out.push(`<tr><td>${esc(f.label)}</td><td><b>${esc(termList(f.own))}</b>${L(examplesOf(f.own))}</td><td>${esc(termList(f.attributed))}${L(examplesOf(f.attributed))}</td></tr>`);
      out.push('</table>');
    }
    const more: string[] = [];
    if (p.hedges.count) more.push(`hedges: ${esc(hedgeList(p))}${L(p.hedges.examples)}`);
    if (p.scare_quotes.count) more.push(`scare quotes: ${p.scare_quotes.count}${L(p.scare_quotes.examples)}`);
    if (p.unique_context) more.push(`${count(p.unique_context, 'sentence')} of context no other outlet gives`);
    if (p.quotes.length) more.push(`quotes: ${esc(speakerList(p))}`);
    if (more.length) out.push(`<p>${more.join(' · ')}</p>`);
  }
  const unnamed = profiles.filter((x) => !x.identified);
  if (unnamed.length) out.push(`<p class="muted">${esc(unnamedLine(unnamed))}</p>`);
  return out.join('\n');
}

/** One brief as a standalone page, with the texts of the articles it cites. */
export function briefPage(b: Brief, texts: ArticleLookup, title: string): string {
  const cited = briefCitations(b);
  const ids = [...new Set([...b.coverage.outlets.flatMap((o) => o.article_ids), ...cited.map((c) => c.article_id)])];
  const a = anchorsFor(ids);
  const quoted = briefQuoteSpans(b);
  const body = [`<h1>${esc(title)}</h1>`, briefHtml(b, texts, a), '<h2>Sources</h2>', ...ids.filter((id) => texts.has(id)).map((id) => articleHtml(texts, a, id, cited, quoted))];
  return page(title, body.join('\n'));
}
