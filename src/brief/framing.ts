// Framing per outlet: which loaded alternatives it picks and in whose voice, its hedges,
// scare quotes, and the context only it gives.
import type { UnitGroup } from './align.ts';
import { lexicon } from '../lexicon/framing.ts';
import { markAt, type MarkSpan } from './quote-marks.ts';
import { senseHolds } from '../lexicon/sense.ts';
import type { Citation, ContextItem, Framing, FramingContrast, HedgeUse, OutletFraming, TermUse } from './types.ts';
import { cite, isStatement, type EventText, type Unit } from './units.ts';
import { bodyCite } from './body-cite.ts';
import { voiceOf } from './voice.ts';

/** A capitalised word mid-sentence next to another capitalised word belongs to a name. */
function inProperName(text: string, sentStart: number, s: number, e: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(s, e)) || s === sentStart) return false;
  const prev = text.slice(Math.max(sentStart, s - 40), s).match(/(\S+)\s+$/)?.[1] ?? '';
  const next = text.slice(e, e + 40).match(/^\s+(\S+)/)?.[1] ?? '';
  return /^\p{Lu}/u.test(prev.replace(/^["“‘(]/, '')) || /^\p{Lu}/u.test(next);
}

/** `so-called "peaceful"` with nobody quoted: the outlet itself holds the word at arm's length. */
function outletsOwnDistance(text: string, mk: MarkSpan): boolean {
  return mk.kind === 'partial' && !mk.speaker && /\bso[-\s]called\s*["“‘']$/i.test(text.slice(Math.max(0, mk.start - 12), mk.start));
}

/** "rebel fighters": the neutral head noun of a loaded phrase is not a second, neutral choice. */
function headOfLoaded(text: string, uses: TermUse[]): Set<TermUse> {
  const drop = new Set<TermUse>();
  for (const n of uses) {
    if (!n.neutral) continue;
    for (const l of uses)
      if (!l.neutral && l.group === n.group && l.end <= n.start && /^[\s-]*$/.test(text.slice(l.end, n.start))) drop.add(n);
  }
  return drop;
}

/** The article's own headline, repeated as the first line of its text. */
function isHeadline(ev: EventText, u: Unit): boolean {
  const title = ev.items[u.item]!.article.title;
  const norm = (x: string) => x.replace(/\s+/g, ' ').trim().toLowerCase();
  return !!title && u.position === 0 && norm(u.text) === norm(title);
}

/** The words a citation of a unit covers. */
function spanText(u: Unit, c: Citation): string {
  return u.text.slice(c.start - u.start, c.end - u.start);
}

export function describeFraming(ev: EventText, groups: UnitGroup[]): Framing {
  const { forms, hedges, hedgeSenses, lex } = lexicon();
  const per = new Map<string, OutletFraming>();
  const outletOf = (u: Unit): OutletFraming => {
    let f = per.get(u.source.key);
    if (!f) {
      f = { source: u.source.key, outlet: u.source.name, terms: [], hedges: [], scare_quotes: [], unique_context: [] };
      per.set(u.source.key, f);
    }
    return f;
  };
  const ids = new Set(ev.items.map((it) => it.article.id));
  // a word's sense may be settled by its article, then by the whole event ("strikes" in a dock dispute)
  const eventText = ev.items.map((it) => it.article.text).join('\n');
  for (const it of ev.items) {
    // a syndicated copy says nothing about its outlet's own choices: its original speaks
    if (it.article.duplicate_of && ids.has(it.article.duplicate_of)) continue;
    const text = it.article.text;
    const marks = ev.marks.get(it.article.id) ?? [];
    const typed = it.analysis.entities.flatMap((en) => en.mentions.map((m) => ({ m, type: en.type })));
    const named = (at: number) => typed.find(({ m }) => m.start <= at && at < m.end)?.type ?? null;
    for (const u of ev.byArticle.get(it.article.id) ?? []) {
      const f = outletOf(u);
      const taken: [number, number][] = [];
      // longest forms first so "terrorist groups" is not also counted as "terrorist"
      const hits: { s: number; e: number; form: (typeof forms)[number] }[] = [];
      for (const form of forms) {
        form.re.lastIndex = 0;
        for (const m of u.text.matchAll(form.re)) {
          // a form with an everyday sense counts only with the object or subject its loaded sense needs
          if (form.sense && !senseHolds(form.sense, lex.classes ?? {}, u.text, m.index!, m.index! + m[0].length, (at) => named(u.start + at), [text, eventText])) continue;
          hits.push({ s: u.start + m.index!, e: u.start + m.index! + m[0].length, form });
        }
      }
      hits.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
      const uses: TermUse[] = [];
      for (const h of hits) {
        if (taken.some(([s, e]) => s < h.e && e > h.s)) continue;
        if (inProperName(text, u.start, h.s, h.e)) continue; // "Northern Liberation Front" is a name
        taken.push([h.s, h.e]);
        const { voice, marker } = voiceOf(text, u.start, u.end, h.s, h.e, marks);
        const use: TermUse = {
          group: h.form.group.id,
          term: h.form.alt.term,
          surface: text.slice(h.s, h.e),
          voice,
          neutral: h.form.alt.neutral === true,
          marker,
          citation: cite(u),
          start: h.s,
          end: h.e,
        };
        uses.push(use);
      }
      const heads = headOfLoaded(text, uses);
      f.terms.push(...uses.filter((x) => !heads.has(x)).sort((a, b) => a.start - b.start));
      const hedgeHits = [...u.text.matchAll(hedges)];
      // a hedge with an everyday sense ("the floods claimed 19 lives") counts only in its hedging one
      for (const hs of hedgeSenses)
        for (const m of u.text.matchAll(hs.re))
          if (senseHolds(hs.sense!, lex.classes ?? {}, u.text, m.index!, m.index! + m[0].length, (at) => named(u.start + at), [text, eventText])) hedgeHits.push(m);
      hedgeHits.sort((a, b) => a.index! - b.index!);
      for (const m of hedgeHits) {
        const s = u.start + m.index!;
        const e = s + m[0].length;
        if (markAt(marks, s, e)) continue; // a speaker's hedge is not the outlet's
        const h: HedgeUse = { word: m[0], citation: cite(u), start: s, end: e };
        f.hedges.push(h);
      }
      for (const mk of marks) {
        if (mk.start < u.start || mk.start >= u.end) continue;
        if (mk.kind !== 'scare' && !outletsOwnDistance(text, mk)) continue;
        f.scare_quotes.push({ text: text.slice(mk.start, mk.end), citation: cite(u) });
      }
    }
  }
  // "only this outlet gives it" means something only when other outlets cover the event
  const multiSource = new Set(ev.units.map((u) => u.source.key)).size > 1;
  for (const g of multiSource ? groups : []) {
    if (new Set(g.units.map((u) => u.source.key)).size > 1) continue;
    for (const u of g.units) {
      const dup = ev.items[u.item]!.article.duplicate_of;
      // a headline is not context a reader lacks; a dateline is not what the outlet says
      if (u.words < 6 || u.quoted > 0.5 || (dup && ids.has(dup)) || !isStatement(u) || isHeadline(ev, u)) continue;
      const c = bodyCite(u);
      const item: ContextItem = { text: spanText(u, c), citation: c };
      outletOf(u).unique_context.push(item);
    }
  }
  const outlets = [...per.values()];
  for (const f of outlets) f.unique_context.sort((a, b) => a.citation.article_id.localeCompare(b.citation.article_id) || a.citation.start - b.citation.start);
  return { outlets, contrasts: contrasts(outlets) };
}

function contrasts(outlets: OutletFraming[]): FramingContrast[] {
  const { lex } = lexicon();
  const out: FramingContrast[] = [];
  for (const g of lex.groups) {
    const neutral = new Set(g.alternatives.filter((a) => a.neutral).map((a) => a.term));
    const rows = outlets
      .map((f) => {
        const uses = f.terms.filter((t) => t.group === g.id);
        return {
          outlet: f.outlet,
          own: [...new Set(uses.filter((t) => t.voice === 'own').map((t) => t.term))],
          attributed: [...new Set(uses.filter((t) => t.voice !== 'own').map((t) => t.term))],
        };
      })
      .filter((r) => r.own.length || r.attributed.length);
    // words inside quotes or reported speech are the speaker's, not the outlet's: a group is a
    // contrast when an outlet picks a loaded word itself (own voice or scare quotes), or when
    // outlets carry different alternatives of it
    const ownLoaded = outlets.some((f) => f.terms.some((t) => t.group === g.id && !t.neutral && (t.voice === 'own' || t.voice === 'scare')));
    const picks = new Set(rows.map((r) => [...r.own, ...r.attributed].sort().join('|')));
    const loaded = rows.some((r) => [...r.own, ...r.attributed].some((t) => !neutral.has(t)));
    if (rows.length && loaded && (ownLoaded || (rows.length > 1 && picks.size > 1))) out.push({ group: g.id, label: g.label, by_outlet: rows });
  }
  return out;
}
