import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import { LANGUAGES, translators, type UiLanguage } from './translators';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, issuesFromZod } from '../../../src/main/core/api/dispatch';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import { ApiError } from '../../../src/shared/api/errors';
import { CSV_COLUMNS } from '../../../src/main/core/lineup/csv-columns';
import { parseLineupCsv } from '../../../src/main/core/lineup/csv-parse';
import { sayCoreText, sayMessage } from '../../../src/renderer/src/app/logic/core-text';
import { resources } from '../../../src/renderer/src/i18n/logic/resources';
import {
  CORE_TEXT_CODES,
  englishText,
  type CoreText,
  type CoreTextCode,
} from '../../../src/shared/api/core-text';
import {
  Currency,
  ProductInput,
  ShowName,
  TalkingPointInput,
} from '../../../src/shared/model/lineup';
import { ServerToken, ServerUrl } from '../../../src/shared/model/live';

let say: Record<UiLanguage, TFunction>;

beforeAll(async () => {
  say = await translators();
});

const template = (language: UiLanguage, code: CoreTextCode): string =>
  resources[language].translation.coreText[code];

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

/** The code with a made-up value for each of its parameters. */
function sample(code: CoreTextCode): CoreText {
  const names = placeholders(template('en', code));
  return { code, params: Object.fromEntries(names.map((name, index) => [name, `P${index}`])) };
}

const CJK = /[\u4e00-\u9fff]/;

describe('texts of the core in both languages', () => {
  it('has a text for every code in English and Chinese, with the same parameters', () => {
    expect(CORE_TEXT_CODES.length).toBeGreaterThan(50);
    for (const code of CORE_TEXT_CODES) {
      for (const language of LANGUAGES) {
        expect(template(language, code), `${language} ${code}`).toMatch(/\S/);
      }
      expect(placeholders(template('zh-CN', code)), code).toEqual(
        placeholders(template('en', code)),
      );
    }
  });

  it('says every code with its parameters filled in, English as the core says it', () => {
    for (const code of CORE_TEXT_CODES) {
      const text = sample(code);
      const english = sayCoreText(say.en, text);
      const chinese = sayCoreText(say['zh-CN'], text);
      expect(english).toBe(englishText(text));
      for (const said of [english, chinese]) {
        expect(said, code).not.toMatch(/\{\{|coreText\./);
        for (const value of Object.values(text.params ?? {})) expect(said, code).toContain(value);
      }
      expect(chinese, code).toMatch(CJK);
    }
  });

  it('says a text given as a parameter in the same language', () => {
    const text: CoreText = {
      code: 'talking_point_problem',
      params: {
        index: 2,
        problem: { code: 'count_empty', params: { what: { code: 'what_duration' } } },
      },
    };
    expect(sayCoreText(say.en, text)).toBe('talking point 2: duration is empty');
    expect(sayCoreText(say['zh-CN'], text)).toBe('第 2 条讲解要点：时长为空');
  });
});

/** Text of the Chinese UI with the values the user typed taken out: no English word is left. */
function englishWordsIn(text: string, values: readonly string[]): string[] {
  const rest = values.reduce((left, value) => left.replaceAll(value, ''), text);
  return rest.match(/[A-Za-z]{2,}/g)?.filter((word) => !['SKU', 'CSV', 'MB'].includes(word)) ?? [];
}

describe('validation from the core in the Chinese UI (observed case 4)', () => {
  it('says the product form problems the core finds in Chinese', () => {
    const parsed = ProductInput.safeParse({
      sku: 'bad sku!',
      nameHost: ' ',
      nameAudience: '',
      priceMinor: -1,
      currency: 'CNY',
      openingStock: 10,
      lowStockThreshold: 20,
      imagePath: null,
    });
    if (parsed.success) throw new Error('the product should be refused');
    const issues = issuesFromZod(parsed.error);
    expect(issues.map((issue) => issue.message)).toEqual([
      'SKU may hold only letters, digits, dot, dash, underscore',
      'name (host language) is empty',
      'name (audience language) is empty',
      'Too small: expected number to be >=0',
      'low-stock alert is above the opening stock',
    ]);
    for (const issue of issues) {
      const chinese = sayMessage(say['zh-CN'], issue);
      expect(chinese).toMatch(CJK);
      expect(englishWordsIn(chinese, [])).toEqual([]);
    }
  });

  it('says every problem of a CSV file in Chinese', () => {
    const cells = {
      sku: 'DUR 1',
      name_host: '',
      name_audience: '金枕榴莲',
      price: '29,90',
      currency: 'RMB',
      opening_stock: '5.000',
      low_stock_threshold: 'some',
      image: '',
      talking_points_host: 'Golden pillow | ',
      talking_points_audience: 'a',
      talking_points_seconds: '30 | soon',
    };
    const file = [CSV_COLUMNS.join(','), Papa.unparse([CSV_COLUMNS.map((c) => cells[c])])];
    const { issues } = parseLineupCsv(`${file.join('\n')}\nDUR-2,x\n`);
    expect(issues.length).toBeGreaterThan(6);
    for (const issue of issues) {
      expect(issue.text, issue.message).toBeDefined();
      const chinese = sayMessage(say['zh-CN'], issue);
      expect(chinese, issue.message).toMatch(CJK);
      expect(
        englishWordsIn(chinese, [...Object.values(cells), ...CSV_COLUMNS, ...Currency.options]),
      ).toEqual([]);
    }
  });

  it('names an unknown placeholder and the supported ones in English and Chinese', () => {
    const parsed = TalkingPointInput.safeParse({
      textHost: 'Only {stock} left',
      textAudience: '',
      plannedSeconds: 5,
    });
    const [issue] = parsed.error ? issuesFromZod(parsed.error) : [];
    expect(issue.message).toBe(
      '{stock} is not a live value: use {price}, {left}, {sold}, {rate}, {forecast}',
    );
    expect(sayMessage(say.en, issue)).toBe(issue.message);
    expect(sayMessage(say['zh-CN'], issue)).toBe(
      '{stock} 不是实时数值。可用的有：{price}, {left}, {sold}, {rate}, {forecast}。',
    );
  });

  it('gives a code to every message of the schemas the forms and the link use', () => {
    const failures = [
      ShowName.safeParse(''),
      TalkingPointInput.safeParse({
        textHost: '',
        textAudience: 'x'.repeat(3000),
        plannedSeconds: 1.5,
      }),
      ServerUrl.safeParse(''),
      ServerUrl.safeParse('ftp://x'),
      ServerUrl.safeParse('http://x/path'),
      ServerUrl.safeParse('nonsense'),
      ServerToken.safeParse(''),
    ];
    for (const failure of failures) {
      expect(failure.success).toBe(false);
      for (const issue of failure.error ? issuesFromZod(failure.error) : []) {
        expect(sayMessage(say['zh-CN'], issue), issue.message).toMatch(CJK);
        expect(issue.message).not.toMatch(/^[a-z_]+$/);
      }
    }
  });
});

describe('refusals of the core in both languages', () => {
  const sources = ['src/main', 'src/sale-server'].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(root, file)),
  );

  it('refuses only with a code: no ApiError of the core carries a plain English message', () => {
    const plain = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new ApiError\(\s*'[a-z_]+',\s*[`'"]/g)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );
    expect(plain).toEqual([]);
  });

  it('says a fault of the console itself in the UI language, with its detail', async () => {
    const envelope = await dispatch(
      {
        'show.list': () => {
          throw new Error('SQLITE_FULL: database or disk is full');
        },
      } as unknown as ApiHandlers,
      'show.list',
      {},
    );
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    const error = ApiError.fromBody(envelope.error);
    expect(error.code).toBe('internal');
    const chinese = sayMessage(say['zh-CN'], error);
    expect(chinese).toMatch(CJK);
    expect(chinese).toContain('SQLITE_FULL: database or disk is full');
    const unknown = await dispatch({} as ApiHandlers, 'no.such', {});
    expect(unknown.ok || sayMessage(say['zh-CN'], ApiError.fromBody(unknown.error))).toMatch(CJK);
  });
});
