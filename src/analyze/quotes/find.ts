// Quotes and their speakers: speech (attributed or block quotes), partial quotes inside a sentence,
// and scare quotes (short phrases with no speech around them).
import type { Quote, QuoteKind, Sentence, Warning } from '../../types.ts';
import type { EntityMention, FoundEntities } from '../entities/find.ts';
import { SPEECH_VERBS } from '../entities/lexicon.ts';
import { sentenceAt, splitParagraphs, type Paragraph } from '../text/sentences.ts';
import { findQuoteSpans, hasQuoteMarks, type QuoteSpan } from './marks.ts';
import { lastStartingAtOrBefore } from '../../util/search.ts';

interface Speaker {
  id: string | null;
  name: string | null;
  rule: string;
}

// Title/role words that may stand between a speech verb and the name ("said Rear Adm. Tomas Vell").
const GAP_STOP = new Set(['as', 'while', 'when', 'and', 'but', 'or', 'to', 'that', 'after', 'before', 'because', 'with', 'by', 'for', 'in', 'on', 'at', 'he', 'she', 'they', 'it', 'we', 'i', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'not', 'who', 'which', 'if', 'then', 'than']);
/** "union chair ", "Velgrad spokesman ", "President of Veloria ": role words only, no clause break. */
function titleGap(gap: string): boolean {
  // An appositive role closed by a comma ("a ministry spokesman, Omar Haddad") is a title gap too.
  gap = gap.replace(/,\s+$/, ' ');
  if (!/^[\p{L}.'’ -]+ $/u.test(gap)) return false;
  const ws = gap.trim().split(/\s+/);
  return ws.length <= 6 && ws.every((w) => !GAP_STOP.has(w) && !SAY_RE.test(w));
}
// Between a person and the organisation named after them ("X of the City of London Police", "Y from Amnesty").
const OF_PHRASE_GAP = /^,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*$/u;
const SPEAKS_FOR_RE = /^(?:a|an|the)\s+(spokes(?:man|woman|person)|representative|source|official|lawyer)\s+(?:for|from|of|at|close to)\s+(?:the\s+)?/i;
// Between an owner and the person holding its role: "'s mayor, ", " coordinator ", "'s chief of staff ".
const OWNER_ROLE_GAP_RE = /^(?:['’]s?)?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*,?\s+$/u;
const WINDOW = 600; // characters looked at around a quote
const SPEAKER_TYPES = new Set(['person', 'organisation', 'other']);
// Verbs that introduce speech strongly (the plain SPEECH_VERBS list also holds "thanked", "praised").
const SAY_RE = /\b(said|says|say|told|tells|added|adds|stated|states|noted|stressed|emphasi[sz]ed|warned|warns|declared|announced|explained|asked|replied|insisted|claimed|argued|wrote|tweeted|recalled|underlined|highlighted|urged|vowed|promised|admitted|acknowledged|confirmed|denied|continued|observed|remarked|reiterated|concluded|commented|assured|cautioned|complained|predicted|voiced|saying)\b/i;

// ", Delmira's transport minister, " / ", the head of Orlen Rail, " then at most an adverb before the verb
const ROLE_APPOSITIVE = /^,\s*(?:the\s+|a\s+|an\s+)?[^,.!?;:"“”()]{2,80}?\b(?:minister|secretary|president|director|chief|head|spokesman|spokeswoman|spokesperson|mayor|governor|leader|chairman|chairwoman|chair|official|adviser|advisor|ambassador|commander|officer|executive|founder|lawyer|attorney|prosecutor|judge|coach|manager|analyst|expert|researcher|professor|economist|envoy|aide|editor|owner|ceo|member|general)s?\b[^,.!?;:"“”()]{0,60},\s*(?:\w+ly\s+)?$/i;

export function findQuotes(text: string, sentences: Sentence[], entities: FoundEntities, warnings?: Warning[]): Quote[] {
  if (!hasQuoteMarks(text)) return [];
  const paras = splitParagraphs(text);
  const spans = findQuoteSpans(text, paras, warnings);
  const mentions = entities.mentions.filter((m) => SPEAKER_TYPES.has(m.type) && m.via !== 'demonym');
  const name = (id: string) => entities.list.find((e) => e.id === id)?.name ?? null;
  const out: Quote[] = [];
  let lastSpeaker: Speaker | null = null;
  let lastPerson: Speaker | null = null;

  /** Index of the last paragraph starting at or before pos (binary search). */
  const paraIdx = (pos: number): number => lastStartingAtOrBefore(paras, pos);
  const paraOf = (pos: number): Paragraph | undefined => paras[paraIdx(pos)];
  /** The paragraph before the one holding pos. */
  const prevPara = (pos: number): Paragraph | undefined => {
    const i = paraIdx(pos);
    return i > 0 ? paras[i - 1] : undefined;
  };

  /** First index of a mention starting at or after a (binary search over sorted mentions). */
  const firstFrom = (list: EntityMention[], a: number): number => {
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < a) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Mentions inside [a, b). */
  const mentionsIn = (a: number, b: number): EntityMention[] => {
    const out: EntityMention[] = [];
    for (let i = firstFrom(mentions, a); i < mentions.length && mentions[i].start < b; i++) if (mentions[i].end <= b) out.push(mentions[i]);
    return out;
  };
  const persons = mentions.filter((m) => m.type === 'person');
  /** Last person mention ending at or before pos. */
  const lastPersonBefore = (pos: number): EntityMention | undefined => {
    for (let i = Math.min(firstFrom(persons, pos), persons.length) - 1; i >= 0 && i >= firstFrom(persons, pos) - 50; i--) if (persons[i].end <= pos) return persons[i];
    return undefined;
  };

  /** A mention or pronoun right before `pos` (the subject of a verb at pos), within a few words. */
  const subjectBefore = (pos: number, floor: number, headOf?: EntityMention): Speaker | null => {
    const cands = mentionsIn(floor, pos);
    // The mention reaching furthest: "Putin's spokesman" (a back-reference) over "Putin" inside it.
    const last = headOf ?? cands.reduce<EntityMention | undefined>((a, b) => (!a || b.end > a.end ? b : a), undefined);
    // (a phrase head's own words run on to the organisation named after it)
    const gapFrom = headOf ? cands.reduce((e, m) => (m.start >= headOf.end && m.end > e ? m.end : e), headOf.end) : last ? last.end : floor;
    const pron = /\b(he|she|they)\b(?:\s+[a-z]+){0,2}\s*$/i.exec(text.slice(Math.max(floor, pos - 40), pos));
    if (pron && (!last || Math.max(floor, pos - 40) + pron.index > last.end)) return pronoun(pron[1], Math.max(floor, pos - 40) + pron.index, floor);
    if (!last) return null;
    // "Claire Dunmore of the City of London Police said": the person heads the phrase, the
    // organisation after "of"/"from"/"at" only says where she works.
    if (last.type !== 'person') {
      const head = [...cands].reverse().find((m) => m.type === 'person' && m.end <= last.start && OF_PHRASE_GAP.test(text.slice(m.end, last.start)));
      if (head) return subjectBefore(pos, floor, head);
      // "Ilona Varga, Delmira's transport minister, vowed": the place or body named inside an
      // appositive role says whose minister she is; the person before it is the subject.
      const appositive = [...cands].reverse().find((m) => m.type === 'person' && m.end <= last.start && ROLE_APPOSITIVE.test(text.slice(m.end, pos)));
      if (appositive) return fromMention(appositive, text.slice(appositive.end, appositive.end + 20));
    }
    let gap = text.slice(gapFrom, pos);
    // A relative clause or an age set off by commas sits between subject and verb
    // ("Liam O'Connor, who was not involved in the study, said"; "Lind, 52, said").
    const aside = /^,\s*(?:(?:who|which)\b[^.!?;:"“”()]{0,100}?|\d{1,3}),\s*/.exec(gap);
    if (aside) gap = gap.slice(aside[0].length);
    // ... or a role ("Ilona Varga, Delmira's transport minister, vowed")
    else if (last.type === 'person' && ROLE_APPOSITIVE.test(gap)) return fromMention(last, text.slice(last.end, last.end + 20));
    // Only adverbs/auxiliaries may stand between a subject and its verb ("Putin also said", "X has repeatedly warned").
    const gapWords = gap.replace(/^['’]s\b/, '').split(/[\s,]+/).filter(Boolean);
    if (/[.!?;]/.test(gap) || gapWords.length > 3 || !gapWords.every((w) => /^(?:also|then|later|again|once|has|had|have|was|were|is|will|would|had|reportedly|repeatedly|previously|earlier|further|\w+ly)$/i.test(w))) return null;
    return fromMention(last, text.slice(last.end, last.end + 20));
  };

  const fromMention = (m: EntityMention, after: string): Speaker => {
    // "Putin's spokesman": someone else, named by relation.
    const rel = /^['’]s\s+(spokesman|spokeswoman|spokesperson|office|aide|press secretary|adviser|advisor|ministry)\b/.exec(after);
    if (rel) {
      // ... unless the article named that spokesman earlier: the entities linked the phrase to them.
      const back = entities.mentions.find((x) => x.via === 'role-noun' && x.start === m.start && x.end >= m.end + rel[0].length);
      if (back) return { id: back.id, name: name(back.id) ?? back.text, rule: 'mention' };
      return { id: null, name: `${m.text}’s ${rel[1]}`, rule: 'relation' };
    }
    return { id: m.id, name: name(m.id) ?? m.text, rule: 'mention' };
  };

  let curPos = 0;
  let lastSpeakerEnd = -1;
  const pronounOf = new Map<string, string>(); // person id -> "he"/"she", from quotes attributed by a pronoun
  const recentPersons: Speaker[] = []; // persons who spoke, oldest first
  /** True when pos lies inside an earlier quote's words. */
  const insideQuote = (pos: number): boolean => {
    const i = lastStartingAtOrBefore(spans, pos);
    return i >= 0 && pos < spans[i].end;
  };
  /** The last person named, outside quotes, as the first person of a sentence of pos's paragraph, after the last attributed quote. */
  const newerSubject = (pos: number): Speaker | null => {
    const para = paraOf(pos);
    const floor = Math.max(para ? para.start : 0, lastSpeakerEnd, pos - WINDOW);
    for (let i = firstFrom(persons, pos) - 1; i >= 0 && persons[i].start >= floor; i--) {
      const m = persons[i];
      if (m.end > pos || insideQuote(m.start)) continue;
      const sent = sentences[sentenceAt(sentences, m.start)];
      if (!sent || sent.start < floor) continue;
      const first = mentionsIn(sent.start, m.start).find((x) => x.type === 'person' && !insideQuote(x.start) && !/^['’]s\b/.test(text.slice(x.end, x.end + 2)));
      if (first) continue; // not the sentence's first person: an object, not the subject
      // "Ashgrove's spokeswoman … she said": the relation speaks; a bare possessive ("Ashgrove's offer") is no subject.
      const after = text.slice(m.end, m.end + 30);
      if (/^['’]s\b/.test(after)) {
        const rel = fromMention(m, after);
        if (rel.id === null) return { ...rel, rule: 'pronoun' };
        continue;
      }
      return { id: m.id, name: name(m.id) ?? m.text, rule: 'pronoun' };
    }
    return null;
  };
  let pronounUsed: string | null = null; // the pronoun that named this quote's speaker, if any
  const pronoun = (p: string, at?: number, floor?: number): Speaker | null => {
    pronounUsed = p.toLowerCase();
    if (/they/i.test(p)) return null;
    // Inside a sentence, "he" refers to the person it already named ("Assad hailed what he called").
    if (at !== undefined && floor !== undefined) {
      // Subject preference: the first person the sentence names (not a possessive like "Assad's permission").
      const inSent = mentionsIn(floor, at).find((x) => x.type === 'person' && !/^['’]s\b/.test(text.slice(x.end, x.end + 2)));
      if (inSent) return { id: inSent.id, name: name(inSent.id) ?? inSent.text, rule: 'pronoun' };
    }
    // A person the paragraph introduced as a sentence subject after the last quote is who "she" is
    // ("His lawyer, Dana Whitcombe, said he would appeal. “…,” she said").
    const fresh = newerSubject(curPos);
    if (fresh) return { ...fresh, rule: 'pronoun' };
    // The pronoun must agree with what earlier pronouns said of the person ("she said" once, never "he").
    const g = p.toLowerCase();
    const agrees = (x: Speaker | null) => !!x && (!x.id || !pronounOf.has(x.id) || pronounOf.get(x.id) === g);
    let s = lastSpeaker && lastSpeaker.id?.startsWith('person:') ? lastSpeaker : lastPerson;
    if (s && !agrees(s)) s = [...recentPersons].reverse().find(agrees) ?? s;
    if (s) return { ...s, rule: 'pronoun' };
    // No speaker yet: the last person named before this point.
    const m = lastPersonBefore(curPos);
    return m ? { id: m.id, name: name(m.id) ?? m.text, rule: 'pronoun' } : null;
  };

  /** ", the Russian president said" / ", said Putin" / ", Peskov told reporters" after the quote. */
  const attributionAfter = (q: QuoteSpan, sentEnd: number, opensSentence: boolean): Speaker | null => {
    const from = q.close + 1;
    // A quote ending in "?", "!" or "." closes its sentence; the attribution is then the next one
    // ("“Why now?” Premier Lida Sorn asked."), but only for a quote that is its whole sentence: after
    // 'Justice Okafor said the firm "cannot hide."' the next sentence speaks of something else.
    let afterEnd = sentEnd;
    let crossed = false;
    const ws = /^[ \t]*/.exec(text.slice(from, from + 20))![0].length;
    if (from + ws >= sentEnd && from + ws < text.length && text[from + ws] !== '\n') {
      if (!opensSentence) return null;
      const nxt = sentences[sentenceAt(sentences, from + ws)];
      if (nxt && nxt.start >= from) {
        afterEnd = nxt.end;
        crossed = true;
      }
    }
    const tail = text.slice(from, Math.min(afterEnd + 1, from + 160));
    if (!/^\s*[,—–-]?\s*/.test(tail)) return null;
    const leadText = /^[\s,.!?—–-]*/.exec(tail)![0];
    if (leadText.includes('\n')) return null; // attribution does not cross a paragraph break
    const lead = leadText.length;
    const rest = tail.slice(lead);
    // verb first: "said Putin"
    const vf = /^(said|says|added|told|asked|wrote|continued|stressed|noted|insisted|warned|declared|replied)\s+/i.exec(rest);
    if (vf) {
      // "said Putin", "said Foreign Minister Ana Roth", "said spokeswoman Elin Sarka": titles may stand between.
      const at = from + lead + vf[0].length;
      const near = mentionsIn(at, at + 120);
      let m = near[0];
      // "said Orlik's mayor, Jana Petrak", "said Safe Passage coordinator Hana Vrba": the first name
      // only says whose role it is; the person after the role words speaks.
      const p2 = near[1];
      const roleGap = text.slice(m?.end ?? 0, p2?.start ?? 0);
      if (m && p2 && p2.type === 'person' && OWNER_ROLE_GAP_RE.test(roleGap) && !roleGap.split(/[\s,]+/).some((w) => GAP_STOP.has(w))) m = p2;
      if (m && (m.start === at || titleGap(text.slice(at, m.start)))) return { ...fromMention(m, ''), rule: 'verb-speaker-after-quote' };
    }
    // speaker first: "Putin said", "the Russian president said", "he added"
    const pron = /^(he|she)\s+(?:[a-z]+\s+)?(said|says|added|told|noted|stressed|continued|insisted|warned|explained|emphasi[sz]ed|underlined|wrote)\b/i.exec(rest);
    if (pron) {
      const s = pronoun(pron[1]);
      return s ? { id: s.id, name: s.name, rule: 'pronoun-after-quote' } : null;
    }
    // "a spokesperson for the Rail Delivery Group said": someone speaking for the organisation.
    const forOrg = SPEAKS_FOR_RE.exec(rest);
    if (forOrg) {
      const at = from + lead + forOrg[0].length;
      const m = mentionsIn(at, at + 80)[0];
      if (m && m.start === at && m.type !== 'person' && /^,?\s+(?:[a-z]+\s+)?(?:said|says|added|told|stated|confirmed|insisted)\b/.test(text.slice(m.end, m.end + 40))) {
        return { id: null, name: `${forOrg[1]!.toLowerCase()} for ${name(m.id) ?? m.text}`, rule: 'relation' };
      }
    }
    // "Interior Minister X told", "Kremlin spokesman X said": titles and role words may precede the name.
    for (const m of mentionsIn(from + lead, from + lead + 80).slice(0, 3)) {
      const gap = text.slice(from + lead, m.start);
      if (gap.length > 4 && !titleGap(gap)) break;
      // An appositive role or an age between name and verb: "James Steele, chief of the Fire Department, told", "Ana Roth, 52, said".
      const raw = text.slice(m.end, m.end + 160);
      const appositive = /^,\s+(?:\d{1,3}|(?:a|an|the|\p{Ll}[\p{Ll}-]*)\b[^,.!?;:"“”‘’()]{0,100}),(?=\s)/u.exec(raw);
      const after = (appositive ? raw.slice(appositive[0].length) : raw).slice(0, 60);
      // In the next sentence, a verb with an object of its own ("X wrote the dissent") attributes nothing.
      if (crossed && /^,?\s+(?:[a-z]+\s+){0,2}?(?:wrote|announced|declared|stated|added|noted)\s+(?:the|a|an|his|her|their|its)\b/.test(after)) break;
      if (/^,?\s+(?:[a-z]+\s+){0,2}?(said|says|added|told|asked|replied|noted|stressed|emphasi[sz]ed|underlined|warned|explained|insisted|wrote|continued|declared|stated|remarked|concluded|highlighted|recalled|announced|argued|cautioned|confirmed|(?:quoted|cited) as saying)\b/.test(after) || /^['’]s\s+\w+\s+(said|told)/.test(after)) {
        return { ...fromMention(m, after), rule: 'speaker-verb-after-quote' };
      }
    }
    const acc = /^(?:[^.!?]{0,60}?)according to\s+/i.exec(rest);
    if (acc) {
      const m2 = mentionsIn(from + lead + acc[0].length, from + lead + acc[0].length + 60)[0];
      if (m2 && m2.start === from + lead + acc[0].length) return { ...fromMention(m2, text.slice(m2.end, m2.end + 20)), rule: 'according-to' };
    }
    return null;
  };

  /** Speaker introduced before the quote in the same sentence/paragraph ("X said:", "quoted X as saying:", "X told Y that"). */
  const attributionBefore = (q: QuoteSpan, floor: number): Speaker | null => {
    const before = text.slice(floor, q.open);
    const quoted = /\bquoted\s+(.{1,80}?)\s+as\s+saying\b/i.exec(before);
    if (quoted) {
      const a = floor + quoted.index + quoted[0].indexOf(quoted[1]);
      const m = mentionsIn(a, a + quoted[1].length)[0];
      if (m) return { ...fromMention(m, ''), rule: 'quoted-as-saying' };
      const p = /\b(he|she)\b/i.exec(quoted[1]);
      if (p) return pronoun(p[1], floor + quoted.index, floor);
    }
    const acc = /\baccording to\s+/gi;
    let am: RegExpExecArray | null;
    let accSpeaker: Speaker | null = null;
    while ((am = acc.exec(before))) {
      const at = floor + am.index + am[0].length;
      const m = mentionsIn(at, at + 60)[0];
      if (m && m.start === at) accSpeaker = { ...fromMention(m, text.slice(m.end, m.end + 20)), rule: 'according-to' };
    }
    // Last speech verb before the quote; its subject is the speaker.
    const verbs = [...before.matchAll(/\b([a-z]+)\b/g)].filter((v) => SPEECH_VERBS.has(v[1]) && v[1] !== 'also' && v[1] !== 'reportedly');
    for (let i = verbs.length - 1; i >= 0; i--) {
      const at = floor + verbs[i].index!;
      const subj = subjectBefore(at, floor);
      if (subj) return { ...subj, rule: subj.rule === 'pronoun' ? 'pronoun-verb-before-quote' : 'speaker-verb-before-quote' };
    }
    if (accSpeaker) return accSpeaker;
    // Interview transcript: a paragraph opening with the speaker's name and a colon ("Ferreira-Lopes: “Yes.”").
    const para = paraOf(q.open);
    if (para) {
      const ms = mentionsIn(para.start, q.open);
      const m = ms[0];
      if (ms.length === 1 && text.slice(para.start, m.start).trim() === '' && /^\s*:\s*$/.test(text.slice(m.end, q.open))) return { ...fromMention(m, ''), rule: 'transcript-colon' };
    }
    return null;
  };

  for (const q of spans) {
    curPos = q.open;
    pronounUsed = null;
    const inner = text.slice(q.start, Math.min(q.end, q.start + 20000)).trim();
    const si = sentenceAt(sentences, q.open);
    const sent = sentences[si];
    const para = paraOf(q.open);
    // Windows around the quote are bounded so a huge one-sentence text stays linear.
    const sentStart = Math.max(sent ? Math.min(sent.start, q.open) : q.open, q.open - WINDOW);
    let sentEnd = sent ? sent.end : q.end;
    // The quote may close after this sentence ends; the attribution follows the closing mark.
    const closeSent = sentences[sentenceAt(sentences, q.close)];
    if (closeSent) sentEnd = Math.max(sentEnd, closeSent.end);
    sentEnd = Math.min(sentEnd, q.close + WINDOW);
    const paraStart = para ? Math.max(para.start, q.open - WINDOW) : sentStart;
    const atParaStart = text.slice(paraStart, q.open).trim() === '';
    const beforeInSentence = text.slice(sentStart, q.open);
    const words = inner.split(/\s+/).filter(Boolean).length;
    const colonIntro = /:\s*$/.test(beforeInSentence) || (atParaStart && /:\s*$/.test(text.slice(Math.max(0, paraStart - 400), paraStart)));

    let speaker: Speaker | null = attributionAfter(q, sentEnd, beforeInSentence.trim() === '' || atParaStart);
    // Partial: "what he called '...'", "described X as '...'".
    const calledRe = /\bwhat\s+(he|she|they|[\p{Lu}][\p{L}'’-]+)\s+(?:has\s+|had\s+)?(called|described as|termed|dubbed|labelled|labeled)\s+(?:[^.!?]{0,120})?$/iu;
    const called = calledRe.exec(beforeInSentence);
    if (!speaker && called) {
      const who = called[1];
      if (/^(he|she)$/i.test(who)) {
        // The pronoun refers to the subject of the sentence when it has one.
        const m = mentionsIn(sentStart, sentStart + beforeInSentence.length).find((x) => x.type === 'person');
        const p = m ? null : pronoun(who);
        speaker = m ? { ...fromMention(m, ''), rule: 'what-x-called:subject' } : p ? { id: p.id, name: p.name, rule: 'what-x-called:pronoun' } : null;
      } else {
        const m = mentionsIn(sentStart, q.open).filter((x) => x.text.includes(who)).pop();
        if (m) speaker = { ...fromMention(m, ''), rule: 'what-x-called' };
      }
    }
    if (!speaker && !atParaStart) speaker = attributionBefore(q, sentStart);
    if (!speaker && atParaStart && colonIntro) {
      // Colon-introduced block: the previous paragraph names the speaker ("X reportedly warned ...:").
      const prev = prevPara(q.open);
      if (prev) {
        const introStart = Math.max(prev.start, sentences[sentenceAt(sentences, prev.end - 1)]?.start ?? prev.start);
        speaker = attributionBefore({ ...q, open: prev.end }, introStart);
        if (speaker) speaker = { ...speaker, rule: `colon-block:${speaker.rule}` };
      }
    }
    if (!speaker && atParaStart && !colonIntro) {
      // A quote paragraph after a paragraph that reports someone's words: its person subject speaks.
      const prev = prevPara(q.open);
      if (prev && words >= 6) {
        const intro = text.slice(Math.max(prev.start, prev.end - 600), prev.end);
        const introStart = Math.max(prev.start, prev.end - 600);
        const verbs = [...intro.matchAll(/\b([a-z]+)\b/g)].filter((v) => SPEECH_VERBS.has(v[1]) && v[1] !== 'also' && v[1] !== 'reportedly');
        let best: Speaker | null = null;
        for (const v of verbs) {
          const subj = subjectBefore(introStart + v.index!, introStart);
          if (subj && subj.id?.startsWith('person:')) {
            best = subj;
            break;
          }
          if (subj && !best) best = subj;
        }
        if (best) speaker = { ...best, rule: `previous-paragraph:${best.rule}` };
      }
    }
    if (!speaker && atParaStart && !colonIntro && words >= 4 && lastSpeaker) speaker = { ...(lastSpeaker as Speaker), rule: 'continuation' };
    if (!speaker && !atParaStart && /(^|[.!?]\s*)$/.test(beforeInSentence.trimEnd() === '' ? '' : beforeInSentence) && beforeInSentence.trim() === '' && words >= 4 && lastSpeaker) {
      speaker = { ...(lastSpeaker as Speaker), rule: 'continuation' };
    }

    // Kind: a whole-sentence or block quote is speech; a short quoted phrase with no speech around it is scare.
    const fullSentence = beforeInSentence.trim() === '' || /[:,]\s*$/.test(beforeInSentence) || atParaStart;
    const speechNearby = SAY_RE.test(text.slice(sentStart, q.open) + ' ' + text.slice(q.close + 1, Math.min(sentEnd, q.close + 120))) || /\b(called|described|dubbed|termed|labell?ed)\b/i.test(beforeInSentence);
    let kind: QuoteKind;
    if (fullSentence && (speaker || words >= 6)) kind = 'speech';
    else if (!fullSentence && words <= 4 && !speechNearby && !/\b(called|described|dubbed|termed|so-called)\b/i.test(beforeInSentence)) kind = 'scare';
    else if (!fullSentence) kind = 'partial';
    else kind = words <= 3 ? 'scare' : 'speech';
    if (kind === 'scare') speaker = null;

    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speaker_entity_id: speaker?.id ?? null,
      speaker_name: speaker?.name ?? null,
      kind,
      sentence: si,
      rule: speaker ? speaker.rule : kind === 'scare' ? 'scare-quote' : 'no-speaker-found',
    };
    out.push(quote);
    if (speaker && kind !== 'scare') {
      lastSpeaker = speaker;
      lastSpeakerEnd = q.end;
      if (speaker.id?.startsWith('person:')) {
        const pr = /pronoun/.test(speaker.rule) ? pronounUsed : null;
        if (pr && !pronounOf.has(speaker.id)) pronounOf.set(speaker.id, pr);
        const at = recentPersons.findIndex((x) => x.id === speaker!.id);
        if (at >= 0) recentPersons.splice(at, 1);
        recentPersons.push(speaker);
        lastPerson = speaker;
      }
    }
  }
  return out;
}
