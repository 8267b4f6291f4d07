import { describe, expect, it } from 'vitest';
import { programmeOfPlan, STAGE_PROGRAMME_PARAM } from '../domain';
import { aCoveredPlan } from '../domain/testBuilders.testSupport';
import { programmeOfStageLink, stageLinkOf } from './stageLink';

describe('the stage link', () => {
  it('is the app’s own page with the programme in it, short enough for any link', async () => {
    const programme = programmeOfPlan(aCoveredPlan());
    const link = await stageLinkOf('https://netvaerksmoeder.example.org', programme);
    const url = new URL(link);
    expect(url.origin).toBe('https://netvaerksmoeder.example.org');
    expect(url.searchParams.get('view')).toBe('stage');
    expect(link.length).toBeLessThan(2_048);
    expect(await programmeOfStageLink(url.search)).toEqual(programme);
  });

  it('carries no programme when the link is broken or has none', async () => {
    expect(await programmeOfStageLink('?view=stage')).toBeUndefined();
    expect(
      await programmeOfStageLink(`?${STAGE_PROGRAMME_PARAM}=bm90LWRlZmxhdGVk`),
    ).toBeUndefined();
    expect(await programmeOfStageLink(`?${STAGE_PROGRAMME_PARAM}=%%%`)).toBeUndefined();
  });
});
