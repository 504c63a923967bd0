import type { TFunction } from 'i18next';
import { translators, type UiLanguage } from './translators';
import { beforeAll, describe, expect, it } from 'vitest';
import { logText } from '../../../src/renderer/src/live-console/logic/log-text';
import { showStateText } from '../../../src/renderer/src/live-run/logic/show-state-badge';
import { markerText } from '../../../src/renderer/src/review/logic/marker-text';

let translations: Record<UiLanguage, TFunction>;

beforeAll(async () => {
  translations = await translators();
});

const nameOf = (sku: string) => sku;

describe('the show state in words', () => {
  it('reads as the command bar badge does, a rehearsal on air saying so', () => {
    const t = translations.en;
    expect(showStateText(t, 'planned', 'live')).toBe('Not started');
    expect(showStateText(t, 'live', 'live')).toBe('On air');
    expect(showStateText(t, 'live', 'rehearsal')).toBe('On air (rehearsal)');
    expect(showStateText(t, 'ended', 'rehearsal')).toBe('Ended');
    expect(showStateText(translations['zh-CN'], 'live', 'rehearsal')).toBe('直播中（彩排）');
  });

  it('is the wording of the console log and the review markers', () => {
    const t = translations.en;
    const entry = { id: 1, at: 0, showMs: null, kind: 'show', state: 'live' } as const;
    const names = { nameOf, priceOf: () => '', language: 'en' };
    expect(logText(t, entry, { ...names, runKind: 'live' })).toBe('Show: On air');
    expect(logText(t, entry, { ...names, runKind: 'rehearsal' })).toBe('Show: On air (rehearsal)');
    const marker = { type: 'showState', at: 0, seq: 1, state: 'planned' } as const;
    expect(markerText(t, 'en', marker, new Map(), 'live')).toBe('Show: Not started');
    expect(markerText(t, 'en', { ...marker, state: 'live' }, new Map(), 'rehearsal')).toBe(
      'Show: On air (rehearsal)',
    );
  });
});
