import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const renderer = join(import.meta.dirname, '..', '..', '..', 'src', 'renderer', 'src');

/**
 * Punctuation of its own between translated texts, as a JSX string: `{': '}` read "销售服务器可访问:
 * 未通过" in Chinese, whose colon is "：". Such a joint belongs in the translation files.
 */
const JOINT = /\{\s*(['"`])\s*[:;,.·()（）：，]+\s*\1\s*\}/;

describe('the renderer’s texts', () => {
  it('are joined by the translation files, never by punctuation in a component', () => {
    const files = readdirSync(renderer, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.tsx'),
    );
    const joints = files.flatMap((file) =>
      readFileSync(join(renderer, file), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          JOINT.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(joints).toEqual([]);
  });
});
