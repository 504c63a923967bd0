import type { Page } from '@playwright/test';

/** The most common laptop screens, where the layout checks look at dialogs and tables. */
export const LAPTOP_SIZES = [
  [1280, 720],
  [1366, 768],
] as const;

/** The host view's figures, each phrase of which the host reads at once: kept on one line. */
export const HOST_FIGURES = ['host-forecast', 'host-rate', 'host-stock'];

/**
 * The live console's figures and alerts read at a glance (the cards' forecast, sold, slot time
 * and flash sale, the status strip's alert and overdue count, the note that figures are not
 * current): each phrase kept on one line.
 */
export const CONSOLE_FIGURES = [
  'card-forecast',
  'card-sold',
  'card-slot-time',
  'flash-detail',
  'strip-alert',
  'strip-overdue',
  'lineup-not-current',
];

/**
 * Waits until every font asked for has loaded and every fitted text (the host view's) is fitted
 * for the window, its box and the fonts as they are now: the app marks each box `data-fitted`
 * with what it was fitted for (see fitConditions in src/renderer/src/host-view/use-fit-text.ts).
 */
export async function fittedForNow(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.fonts.status !== 'loaded') return false;
    const loaded = [...document.fonts].filter((font) => font.status === 'loaded').length;
    return [...document.querySelectorAll<HTMLElement>('[data-fitted]')].every(
      (box) =>
        box.dataset['fitted'] ===
        `${innerWidth}x${innerHeight} box:${box.clientWidth}x${box.clientHeight} fonts:${loaded}`,
    );
  });
}

/**
 * The layout check, run inside the page as it is now. It reports, each naming the element:
 * - an interactive element that, scrolled into view, is covered at its centre
 *   (document.elementFromPoint hits something else) or cut off by the window or by a box that
 *   clips without scrolling;
 * - a text box whose text overflows its box without an ellipsis, or with an ellipsis but no way
 *   to read the whole text (a title on it or around it);
 * - text cut off by a box that clips without scrolling, or by the window when nothing scrolls;
 * - a field's hint (its placeholder, shown while it is empty) cut short by the field, without a
 *   title to read it whole;
 * - with `noScrolling` (a screen nobody scrolls, such as the host's teleprompter), a box whose
 *   content needs scrolling to be seen;
 * - each box named in `wholeInView` (by data-testid: what the producer reads at a glance, such
 *   as the current talking point) that runs past the bottom (or another edge) of the box that
 *   holds it as the screen rests, unscrolled: a text that grows its card out of its panel.
 * - in each box named in `phrasesWhole` (by data-testid: figures and alerts read at a glance), a
 *   figure with its unit ("34 s", "19:55 以上", "0:30 left"), two figures joined into one
 *   ("35 s–37 s", "1,234 of 5,000") or a bracketed aside ("（19:55 以上）") broken across two
 *   lines, a Chinese line broken between two characters rather than at a space or a punctuation
 *   mark ("数字不是最" over "新的"), a line of one character, or a figure kept whole that runs out of
 *   its box;
 * - in each box named in `textsWhole` (by data-testid: a note nobody hovers to read, such as the
 *   comments list's), a text cut short, even with an ellipsis and a title: it must read whole.
 * With `within` (a selector, such as an open dialog's), only what lies inside it is checked.
 */
export async function auditLayout(
  page: Page,
  options: {
    noScrolling: boolean;
    wholeInView?: readonly string[];
    phrasesWhole?: readonly string[];
    textsWhole?: readonly string[];
    within?: string;
  },
): Promise<string[]> {
  return page.evaluate((checks) => {
    const { noScrolling, wholeInView = [], phrasesWhole = [], textsWhole = [], within } = checks;
    const INTERACTIVE = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      '[role="button"]',
      '[role="tab"]',
      '[role="switch"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '[role="slider"]',
      '[role="menuitem"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const TOLERANCE = 1.5;
    const problems = new Set<string>();
    const root = within === undefined ? document.body : document.querySelector(within);
    if (root === null) return [`missing: ${within ?? 'body'}`];

    const describe = (element: Element): string => {
      const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
      const name =
        element.getAttribute('aria-label') ??
        element.getAttribute('title') ??
        element.getAttribute('placeholder') ??
        (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const testId = element.closest('[data-testid]')?.getAttribute('data-testid');
      return `${role} "${name}"${testId ? ` in [data-testid=${testId}]` : ''}`;
    };

    /**
     * Where the element's own text is drawn: its box, widened to its text where the text runs out
     * of the box (a shrunk flex item's words spill over its neighbours or out of the card).
     */
    const textRect = (element: Element) => {
      const rect = element.getBoundingClientRect();
      let { left, top, right, bottom } = rect;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const drawn = range.getBoundingClientRect();
        if (drawn.width === 0 && drawn.height === 0) continue;
        left = Math.min(left, drawn.left);
        top = Math.min(top, drawn.top);
        right = Math.max(right, drawn.right);
        bottom = Math.max(bottom, drawn.bottom);
      }
      return { left, top, right, bottom };
    };

    /** Whether the element (or its text, `text`: a box shrunk to nothing may spill it) shows. */
    const shown = (element: Element, text = false): boolean => {
      if (element.closest('[aria-hidden="true"], [inert]')) return false;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const rect = element.getBoundingClientRect();
      // A text's box may shrink to nothing in one direction only (a visually hidden label, 1 px
      // by 1 px, is not shown).
      const empty = text ? rect.width < 2 && rect.height < 2 : rect.width < 2 || rect.height < 2;
      if (empty) return false;
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (Number(getComputedStyle(node).opacity) === 0) return false;
      }
      return true;
    };

    const clipsX = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';
    const clipsY = (style: CSSStyleDeclaration) => style.overflowY !== 'visible';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';

    /**
     * The part of the element's box (or of its text, `text`) that can be seen now
     * (`scrollable`), or without scrolling anything: up to its nearest scrolling box, which
     * still cuts off what lies beyond it along an axis it does not scroll.
     */
    const visibleBox = (element: Element, scrollable: boolean, text = false) => {
      const rect = text ? textRect(element) : element.getBoundingClientRect();
      let { left, top, right, bottom } = rect;
      let inScroller = false;
      // Text may be cut by its own box too; a control's box is the control.
      const first = text ? element : element.parentElement;
      for (let node = first; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.position === 'fixed') break;
        // Without `scrollable`, what a scrolling box holds counts as seen: it can be scrolled to.
        if (!scrollable && (scrolls(style.overflowX) || scrolls(style.overflowY))) {
          const box = node.getBoundingClientRect();
          if (!scrolls(style.overflowX) && clipsX(style)) {
            left = Math.max(left, box.left);
            right = Math.min(right, box.right);
          }
          if (!scrolls(style.overflowY) && clipsY(style)) {
            top = Math.max(top, box.top);
            bottom = Math.min(bottom, box.bottom);
          }
          inScroller = true;
          break;
        }
        const box = node.getBoundingClientRect();
        if (clipsX(style)) {
          left = Math.max(left, box.left);
          right = Math.min(right, box.right);
        }
        if (clipsY(style)) {
          top = Math.max(top, box.top);
          bottom = Math.min(bottom, box.bottom);
        }
      }
      return { rect, left, top, right, bottom, inScroller };
    };

    const cut = (box: ReturnType<typeof visibleBox>, window: boolean): boolean => {
      const { rect } = box;
      let { left, top, right, bottom } = box;
      if (window && !box.inScroller) {
        left = Math.max(left, 0);
        top = Math.max(top, 0);
        right = Math.min(right, innerWidth);
        bottom = Math.min(bottom, innerHeight);
      }
      return (
        left > rect.left + TOLERANCE ||
        top > rect.top + TOLERANCE ||
        right < rect.right - TOLERANCE ||
        bottom < rect.bottom - TOLERANCE
      );
    };

    for (const testId of wholeInView) {
      const box = document.querySelector(`[data-testid="${testId}"]`);
      if (box === null) {
        problems.add(`missing: [data-testid=${testId}]`);
        continue;
      }
      // At rest: every box that holds it scrolled to its start (an earlier check scrolls them).
      for (let node = box.parentElement; node; node = node.parentElement) node.scrollTop = 0;
      if (cut(visibleBox(box, true), true)) {
        problems.add(`runs past its panel's bottom at rest: ${describe(box)}`);
      }
    }

    /**
     * A figure with its unit ("~36 s", "1,234 sold", "0:30 left", "19:55 以上"), two joined into
     * one ("35 s–37 s", "1:20 / 3:00", "1,234 of 5,000"), or a short bracketed aside, as a reader
     * takes it in at once.
     */
    const UNIT = String.raw`(?:[ \u00a0]?(?:\p{Script=Han}{1,2}|[a-z]{1,4}\b))?`;
    const FIGURE = String.raw`[~≈]?\d[\d,.:]*%?`;
    const PHRASE = new RegExp(
      String.raw`[(（][^()（）]{1,40}[)）]|${FIGURE}(?: of ${FIGURE}|${UNIT}(?:[ \u00a0]?[–/][ \u00a0]?${FIGURE}${UNIT})?)`,
      'gu',
    );
    /** The line each character of the element's text is drawn on (-1: not drawn). */
    const linesOf = (element: Element): number[] => {
      const lineOf: number[] = [];
      let line = -1;
      let bottom = -Infinity;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const range = document.createRange();
        for (let index = 0; index < (node.textContent ?? '').length; index += 1) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (rect === undefined || rect.width === 0) {
            lineOf.push(line);
            continue;
          }
          // A character below the bottom of the line so far starts another.
          if (rect.top >= bottom - TOLERANCE) line += 1;
          bottom = line === lineOf.at(-1) ? Math.max(bottom, rect.bottom) : rect.bottom;
          lineOf.push(line);
        }
      }
      return lineOf;
    };
    for (const testId of phrasesWhole) {
      for (const box of document.querySelectorAll(`[data-testid="${testId}"]`)) {
        const text = box.textContent ?? '';
        // A figure kept whole but wider than its box runs over what stands beside it.
        if (
          getComputedStyle(box).display !== 'inline' &&
          box.scrollWidth > box.clientWidth + TOLERANCE
        ) {
          problems.add(`a figure runs out of its box: ${describe(box)}`);
        }
        const lineOf = linesOf(box);
        for (const match of text.matchAll(PHRASE)) {
          const drawn = lineOf.slice(match.index, match.index + match[0].length);
          if (new Set(drawn).size > 1) {
            problems.add(`"${match[0]}" broken across lines: ${describe(box)}`);
          }
        }
        // Chinese breaks between clauses: a line that ends between two characters broke a word.
        const han = /\p{Script=Han}/u;
        for (let index = 1; index < text.length; index += 1) {
          const line = lineOf[index] ?? -1;
          const before = lineOf[index - 1] ?? -1;
          if (
            before >= 0 &&
            line > before &&
            han.test(text[index - 1] ?? '') &&
            han.test(text[index] ?? '')
          ) {
            const around = `${text.slice(Math.max(0, index - 3), index)}|${text.slice(index, index + 3)}`;
            problems.add(`line broken inside a word at "${around}": ${describe(box)}`);
          }
        }
        // A line of one character: "预测未知：数字不是最新" over a lone "的".
        const byLine = new Map<number, string>();
        text.split('').forEach((character, index) => {
          const line = lineOf[index] ?? -1;
          if (line >= 0) byLine.set(line, (byLine.get(line) ?? '') + character);
        });
        for (const shown of byLine.values()) {
          const letters = shown.replace(/[\s\p{P}]/gu, '');
          if (byLine.size > 1 && [...letters].length === 1) {
            problems.add(`"${letters}" alone on a line: ${describe(box)}`);
          }
        }
      }
    }

    for (const testId of textsWhole) {
      const boxes = [...document.querySelectorAll(`[data-testid="${testId}"]`)];
      if (boxes.length === 0) problems.add(`missing: [data-testid=${testId}]`);
      for (const element of boxes.flatMap((box) => [box, ...box.querySelectorAll('*')])) {
        if (!shown(element, true)) continue;
        const style = getComputedStyle(element);
        const cutX = clipsX(style) && element.scrollWidth > element.clientWidth + TOLERANCE;
        const cutY = clipsY(style) && element.scrollHeight > element.clientHeight + TOLERANCE;
        if (cutX || cutY)
          problems.add(`text cut short, whole only in a title: ${describe(element)}`);
      }
    }

    /**
     * Whether a cut text is cut readably: with an ellipsis or a line clamp, its own or that of
     * the box (within the titled one) it is a part of, and with a title on it or around it.
     */
    const cutReadably = (element: Element): boolean => {
      const titled = element.closest('[title]');
      if (titled === null) return false;
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
        if (style.textOverflow === 'ellipsis' || clamped) return true;
        if (node === titled) return false;
      }
      return false;
    };

    const interactive = [...root.querySelectorAll(INTERACTIVE)].filter((element) => shown(element));
    for (const element of interactive) {
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const box = visibleBox(element, true);
      if (cut(box, true)) {
        problems.add(`cut off: ${describe(element)}`);
        continue;
      }
      const x = (box.left + box.right) / 2;
      const y = (box.top + box.bottom) / 2;
      const hit = document.elementFromPoint(x, y);
      const label = hit?.closest('label');
      const reached =
        hit !== null &&
        (element.contains(hit) ||
          hit.contains(element) ||
          (label !== null && label !== undefined && label.control === element));
      if (!reached) {
        problems.add(
          `covered: ${describe(element)} by ${hit === null ? 'nothing' : describe(hit)}`,
        );
      }
    }

    const pageScrolls = document.scrollingElement
      ? document.scrollingElement.scrollHeight > innerHeight + TOLERANCE ||
        document.scrollingElement.scrollWidth > innerWidth + TOLERANCE
      : false;
    const texts = [...root.querySelectorAll('*')].filter((element) =>
      [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      ),
    );
    for (const element of texts) {
      if (!shown(element, true) || element.closest('svg, script, style, noscript')) continue;
      const style = getComputedStyle(element);
      const overflowsX = element.scrollWidth > element.clientWidth + TOLERANCE;
      const overflowsY = element.scrollHeight > element.clientHeight + TOLERANCE;
      const inline = style.display === 'inline';
      if (!inline && clipsX(style) && !scrolls(style.overflowX) && overflowsX) {
        const ellipsis = style.textOverflow === 'ellipsis';
        const readable = element.closest('[title]') !== null;
        if (!ellipsis) problems.add(`text overflows without an ellipsis: ${describe(element)}`);
        else if (!readable) problems.add(`text cut without a way to read it: ${describe(element)}`);
      }
      if (!inline && clipsY(style) && !scrolls(style.overflowY) && overflowsY) {
        const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
        const readable = element.closest('[title]') !== null;
        if (!clamped || !readable) problems.add(`text cut at the bottom: ${describe(element)}`);
      }
      if (cut(visibleBox(element, false, true), !pageScrolls)) {
        if (!cutReadably(element)) {
          problems.add(`text clipped by its container: ${describe(element)}`);
        }
      }
    }
    // A field's hint, cut short by the field without an ellipsis, reads whole only in a title.
    const measure = document.createElement('canvas').getContext('2d');
    for (const field of root.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (measure === null || field.value !== '' || !shown(field)) continue;
      const style = getComputedStyle(field);
      measure.font = style.font;
      const room =
        field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const cutShort = measure.measureText(field.placeholder).width > room + TOLERANCE;
      if (cutShort && field.closest('[title]') === null) {
        problems.add(`hint cut without a way to read it: ${describe(field)}`);
      }
    }
    if (noScrolling) {
      for (const element of document.body.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const hidden =
          (scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + TOLERANCE) ||
          (scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + TOLERANCE);
        if (hidden && shown(element)) problems.add(`needs scrolling: ${describe(element)}`);
      }
    }
    window.scrollTo(0, 0);
    return [...problems];
  }, options);
}

/**
 * The layout check on a settled screen: what it finds is checked again once fitted texts are
 * fitted for the screen as it is and two more frames were drawn, and only what is still wrong
 * then is reported. A live screen changes between the wait and the check (a banner appears and
 * shrinks the box a text was just fitted to); a box refitted in the next frame is not a fault.
 */
export async function auditSettledLayout(
  page: Page,
  options: Parameters<typeof auditLayout>[1],
): Promise<string[]> {
  const first = await auditLayout(page, options);
  if (first.length === 0) return first;
  await fittedForNow(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
  return auditLayout(page, options);
}

/**
 * Whether each element of `selector` lies whole in view: inside the window and inside every box
 * around it that clips what overflows it (a scrolling list, a panel).
 */
export function wholeInView(page: Page, selector: string): Promise<boolean[]> {
  return page.evaluate(
    (css) =>
      [...document.querySelectorAll(css)].map((element) => {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) return false;
        let view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
        for (let node = element.parentElement; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const box = node.getBoundingClientRect();
          view = {
            left: Math.max(view.left, box.left),
            top: Math.max(view.top, box.top),
            right: Math.min(view.right, box.right),
            bottom: Math.min(view.bottom, box.bottom),
          };
        }
        return (
          rect.left >= view.left - 1 &&
          rect.top >= view.top - 1 &&
          rect.right <= view.right + 1 &&
          rect.bottom <= view.bottom + 1
        );
      }),
    selector,
  );
}

/**
 * What is wrong with the live console's talking points as shown: the current point's text (in its
 * card) and the queue's row after the current point's must each lie whole in view.
 */
export async function pointsProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const [text] = await wholeInView(page, '[data-testid="console-current-text"]');
  if (text !== true) problems.push('the current point is not whole in view');
  const rows = page.getByTestId('queue-item');
  const current = (await rows.evaluateAll((items) =>
    items.findIndex((item) => item.getAttribute('data-current') === 'true'),
  )) as number;
  if (current < 0) return [...problems, 'no current point in the queue'];
  const whole = await wholeInView(page, '[data-testid="queue-item"]');
  if (whole[current + 1] !== true) problems.push('the next point’s row is not whole in view');
  return problems;
}
