// Storylines without a shared person: a strike told as three events over two weeks (walkout,
// talks, deal) shares its shipyard, union and topic words; a fire in the same town and a ferry
// launch at the same shipyard months later are other stories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis, DatedValue, Event } from '../src/types.ts';
import { day, analyzeSpec } from './fixtures/events/analyzed.ts';
import { coreEntities, type CoreEntities } from '../src/events/core-entities.ts';
import { linkStorylines, sameStory, STORY_WINDOW_DAYS } from '../src/events/storylines.ts';
import { STRIKE_SPECS } from './fixtures/events/strike.ts';

const TODAY = '2033-01-01';
const GROUPS: Record<string, string[]> = {
  walkout: ['walkout-lantern', 'walkout-beacon'],
  talks: ['talks-lantern'],
  deal: ['deal-beacon'],
  fire: ['school-fire'],
  launch: ['ferry-launch'],
};

function build(): { events: Event[]; cores: Map<string, CoreEntities> } {
  const items = new Map<string, ArticleWithAnalysis>(STRIKE_SPECS.map((s) => [s.id, analyzeSpec({ ...s, published: s.published ? day(s.published) : null }, TODAY)]));
  const events: Event[] = [];
  const cores = new Map<string, CoreEntities>();
  for (const [id, ids] of Object.entries(GROUPS)) {
    const members = ids.map((x) => items.get(x)!);
    const core = coreEntities(members);
    cores.set(id, core);
    const published = STRIKE_SPECS.find((s) => s.id === ids[0])!.published!;
    events.push({ id, title: id, date: day(published), article_ids: ids, entity_ids: [...core.persons, ...core.others, ...core.places], storyline_id: null });
  }
  return { events, cores };
}

test('walkout, talks and deal form one storyline through the organisation and topic words', () => {
  const { events, cores } = build();
  const lines = linkStorylines(events, cores);
  const strike = lines.find((s) => s.event_ids.includes('walkout'));
  assert.ok(strike, JSON.stringify(lines));
  assert.deepEqual(strike.event_ids, ['walkout', 'talks', 'deal']);
  assert.ok(strike.title.length > 0);
  for (const s of lines) assert.ok(!s.event_ids.includes('fire') && !s.event_ids.includes('launch'), JSON.stringify(s.event_ids));
});

test('without a shared person, the same organisation and topic words link only within a season', () => {
  const { cores } = build();
  const walkout = cores.get('walkout')!;
  const deal = cores.get('deal')!;
  assert.ok(sameStory(walkout, deal, 14));
  assert.ok(!sameStory(walkout, deal, STORY_WINDOW_DAYS + 30), 'months apart');
  // The same place without the topic is no story: a school fire in the strike's town.
  assert.ok(!sameStory(walkout, cores.get('fire')!, 8));
  // Topic words alone, without any shared organisation or place, are no story either.
  const bare = { ...deal, others: [], places: [] };
  assert.ok(!sameStory(walkout, bare, 14));
});
