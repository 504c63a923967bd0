import {
  linkReasonText,
  protocolErrorText,
  snapshotReasonText,
} from '../../../shared/format/link-note-text';
import { commandName, rejectReason } from './report-command-text';
import type {
  ProductResult,
  ReviewClock,
  RunAudience,
  RunResults,
  Timeline,
  TimelineMarker,
} from '../../../shared/model/review';
import { formatDurationCell } from '../../../shared/format/durations';
import type { Currency } from '../../../shared/model/lineup';
import { PALETTE, salesChart, stockChart } from './html-chart';
import { createHash } from 'node:crypto';
import type { ProductNamer } from '../../../shared/model/product-names';
import { clockNote, clockTime, html, localTime, type ReportFormat } from './html-format';
import { flashSaleEndedKey, linkStateKey, showStateKey, type ReportTextKey } from './report-text';

const MARKER_ROWS = 300;

/** One class per colour of the charts' palette, for the swatches (the policy allows no style attribute). */
const PALETTE_CLASSES = PALETTE.map((color, index) => `.c${index}{background:${color}}`).join('');

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
  color:#212529;background:#fff;margin:0;padding:24px 32px;max-width:1200px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}
.banner{background:#fff3bf;border:2px solid #f08c00;color:#5c3c00;font-weight:700;
  padding:10px 14px;margin:0 0 16px;border-radius:6px;letter-spacing:.03em}
.meta{color:#495057;margin:0 0 12px}.meta span{margin-right:18px;white-space:nowrap}
.figures{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.figure{border:1px solid #dee2e6;border-radius:6px;padding:8px 14px;min-width:120px}
.figure b{display:block;font-size:20px}
.wide{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #e9ecef;padding:5px 8px;text-align:right;vertical-align:top}
th{background:#f8f9fa;font-weight:600;vertical-align:bottom}td.l,th.l{text-align:left}
td{white-space:nowrap}td.text{white-space:normal}td.name{min-width:12em}
.results{font-size:13px}.results th,.results td{padding:5px 6px}
.events td:first-child{width:1%}
svg.chart{display:block;height:auto}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
svg .grid{stroke:#e9ecef}svg .tick{font-size:11px;fill:#495057}
.legend{display:flex;gap:14px;flex-wrap:wrap;margin:4px 0 0}
footer{color:#495057;margin-top:32px;font-size:12px}
@media print{body{padding:0}}
${PALETTE_CLASSES}`;

/**
 * The report's content security policy: nothing loads or runs; its one style sheet is allowed by
 * its hash (so no style attribute either: the swatches' colours are classes).
 */
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`;

function markerText(
  marker: TimelineMarker,
  product: ProductOf,
  f: ReportFormat,
  rehearsal: boolean,
): string {
  const { t } = f;
  const name = (sku: string) => product(sku).name;
  const price = (sku: string, minor: number) => f.money(minor, product(sku).currency);
  switch (marker.type) {
    case 'pin':
      return t('markerPin', { product: name(marker.sku) });
    case 'unpin':
      return t('markerUnpin');
    case 'talkingPoint':
      return marker.text === null
        ? t('markerTalkingPointNone')
        : t('markerTalkingPoint', { text: marker.text });
    case 'price':
      return t('markerPrice', {
        product: name(marker.sku),
        price: price(marker.sku, marker.priceMinor),
      });
    case 'restock':
      return t('markerRestock', {
        product: name(marker.sku),
        units: f.count(marker.units),
        stock: f.count(marker.stock),
      });
    case 'flashSale':
      return t('markerFlashSale', {
        product: name(marker.sku),
        cap: f.count(marker.unitCap),
        price: price(marker.sku, marker.priceMinor),
      });
    case 'flashSaleEnded':
      return t(flashSaleEndedKey(marker.reason), {
        product: name(marker.sku),
        sold: f.count(marker.sold),
      });
    case 'showState':
      return t('markerShowState', { state: t(showStateKey(marker.state, rehearsal)) });
    case 'linkDown':
      return t('markerLink', {
        state: t(linkStateKey(marker.state)),
        reason: linkReasonText(marker.reason, f.language),
      });
    case 'linkUp':
      return t('markerLink', {
        state: t('linkConnected'),
        reason: linkReasonText(marker.reason, f.language),
      });
    case 'protocolError':
      return t('markerProtocolError', { message: protocolErrorText(marker.message, f.language) });
    case 'commandRejected':
      return t('markerCommandRejected', {
        command: commandName(f.language, marker.kind),
        code: rejectReason(f.language, marker.code),
      });
    case 'commandDropped':
      return t('markerCommandDropped', { command: commandName(f.language, marker.kind) });
    case 'snapshot':
      return t('markerSnapshot', { reason: snapshotReasonText(marker.reason, f.language) });
    case 'note':
      return t('markerNote', { text: marker.text });
    default: {
      const unreachable: never = marker;
      return String(unreachable);
    }
  }
}

/**
 * Unmet demand per bucket (drawn like the sales), the comment totals, the most asked questions
 * per product and what was sent to the host view.
 */
function audienceSection(
  results: RunResults,
  timeline: Timeline,
  audience: RunAudience,
  product: ProductOf,
  f: ReportFormat,
): string {
  const { t } = f;
  const name = (sku: string | null) => (sku === null ? '–' : product(sku).name);
  const at = (ms: number) => html(clockTime(ms, results.clock));
  const { totals } = audience;
  const questions = audience.topQuestions.flatMap((group) =>
    group.questions.map(
      (q) =>
        `<tr><td class="l">${html(name(group.sku))}</td><td class="l text">${html(q.text)}</td><td>${f.count(q.count)}</td><td>${at(q.firstAt)}</td></tr>`,
    ),
  );
  const sends = audience.hostSends.map(
    (send) =>
      `<tr><td class="l">${at(send.at)}</td><td class="l">${html(send.name)}</td><td class="l text">${html(send.text)}</td><td class="l">${html(name(send.sku))}</td><td>${send.until === null ? html(t('stillShown')) : html(f.duration(send.until - send.at))}</td></tr>`,
  );
  const totalsText = t('audienceTotals', {
    comments: f.count(totals.comments),
    questions: f.count(totals.questions),
    blocked: f.count(totals.blocked),
    stored: f.count(totals.stored),
  });
  return `<h2>${html(t('unmetTitle', { bucket: bucketLabel(timeline.unmet.bucketMs, f) }))}</h2>
${salesChart({ ...timeline, sales: timeline.unmet }, t('unmetChart'), f)}
<h2>${html(t('audienceTitle'))}</h2>
<p>${html(totalsText)}</p>
<h3>${html(t('topQuestions'))}</h3>
${questions.length === 0 ? `<p>${html(t('noQuestions'))}</p>` : `<table><thead><tr>${headerCells(['colProduct', 'colQuestion', 'colAsked', 'colFirstAsked'], 2, f)}</tr></thead><tbody>${questions.join('\n')}</tbody></table>`}
<h3>${html(t('hostSends'))}</h3>
${sends.length === 0 ? `<p>${html(t('noHostSends'))}</p>` : `<table><thead><tr>${headerCells(['colSentAt', 'colViewer', 'colQuestion', 'colProduct', 'colShownFor'], 4, f)}</tr></thead><tbody>${sends.join('\n')}</tbody></table>`}`;
}

/** Header cells, the first `left` of them aligned left (text columns). */
function headerCells(keys: readonly ReportTextKey[], left: number, f: ReportFormat): string {
  return keys.map((key, i) => `<th${i < left ? ' class="l"' : ''}>${html(f.t(key))}</th>`).join('');
}

/** A product of the run by SKU: its name as the lineup has it, and its currency. */
type ProductOf = (sku: string) => { name: string; currency: Currency };

function swatch(index: number): string {
  return `<span class="swatch c${index % PALETTE.length}"></span>`;
}

function bucketLabel(ms: number, f: ReportFormat): string {
  const minutes = ms / 60_000;
  return minutes === 1 ? f.t('minute') : f.t('minutes', { count: f.count(minutes) });
}

function productRow(
  product: ProductResult,
  name: string,
  index: number,
  clock: ReviewClock,
  f: ReportFormat,
): string {
  const cells = [
    `<td class="l sku">${swatch(index)}${html(product.sku)}</td>`,
    `<td class="l text name">${html(name)}</td>`,
    `<td>${f.count(product.openingStock)}</td>`,
    `<td>${f.count(product.restockedUnits)}</td>`,
    `<td>${f.count(product.unitsSold)}</td>`,
    `<td>${f.percent(product.sellThrough)}</td>`,
    `<td>${html(f.money(product.revenueMinor, product.currency))}${product.revenueComplete ? '' : ' *'}</td>`,
    `<td>${product.soldOutAt === null ? '–' : html(clockTime(product.soldOutAt, clock))}</td>`,
    `<td>${product.pinToSoldOutMs === null ? '–' : html(formatDurationCell(product.pinToSoldOutMs))}</td>`,
    `<td>${f.count(product.peakUnitsPerSecond)}</td>`,
    `<td>${product.pinnedMs === 0 ? '–' : html(formatDurationCell(product.pinnedMs))}</td>`,
    `<td>${f.count(product.unitsWhilePinned)} / ${f.count(product.unitsWhileNotPinned)}</td>`,
    `<td>${f.count(product.unmet.units)} (${f.count(product.unmet.attempts)})</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

const HEADERS: readonly ReportTextKey[] = [
  'colSku',
  'colProduct',
  'colOpeningStock',
  'colRestocked',
  'colUnitsSold',
  'colSellThrough',
  'colRevenue',
  'colSoldOutAt',
  'colPinToSoldOut',
  'colPeak',
  'colPinnedTime',
  'colSoldPinned',
  'colUnmet',
];

/**
 * The report's heading: the run's name, led by the show's name unless the name already starts with
 * it (a run is named after its show until someone renames it), so it never reads "show – show".
 */
export function reportHeading(run: { showName: string; name: string }): string {
  return run.name.startsWith(run.showName) ? run.name : `${run.showName} – ${run.name}`;
}

/** What the report is written from, and in which language. */
export interface ReportInput {
  results: RunResults;
  timeline: Timeline;
  audience: RunAudience;
  /** Names products as the show's lineup has them in the report's language. */
  nameOf: ProductNamer;
  format: ReportFormat;
  generatedAt: number;
}

function figure(label: string, value: string): string {
  return `<div class="figure">${html(label)}<b>${html(value)}</b></div>`;
}

/**
 * A self-contained report of one run, in one language: inline CSS, inline SVG charts drawn from
 * the downsampled timeline, and the per-product results. It loads nothing, so it opens offline
 * anywhere; a rehearsal carries a banner saying so.
 */
export function renderReport(input: ReportInput): string {
  const { results, audience, nameOf, generatedAt, format: f } = input;
  const { t } = f;
  const { run } = results;
  const heading = reportHeading(run);
  const title = run.rehearsal ? t('rehearsalTitle', { heading }) : heading;
  const timeline: Timeline = {
    ...input.timeline,
    series: input.timeline.series.map((series) => ({
      ...series,
      name: nameOf(series.sku, series.name),
    })),
  };
  const revenue =
    results.totals.revenue.map((r) => f.money(r.minor, r.currency)).join(' + ') || '–';
  const legend = timeline.series
    .map((series, index) => `<span>${swatch(index)}${html(series.sku)} ${html(series.name)}</span>`)
    .join('');
  const markers = timeline.markers.slice(0, MARKER_ROWS);
  const omitted = timeline.markers.length - markers.length + timeline.markersOmitted;
  const incomplete = results.products.some((product) => !product.revenueComplete);
  const products = new Map(results.products.map((p) => [p.sku, p]));
  const productOf: ProductOf = (sku) => {
    const known = products.get(sku);
    return { name: nameOf(sku, known?.name ?? sku), currency: known?.currency ?? 'CNY' };
  };
  const meta = [
    t(run.rehearsal ? 'kindRehearsal' : 'kindLive'),
    t('started', { time: localTime(run.startedAt) }),
    run.endedAt === null ? t('stillOpen') : t('ended', { time: localTime(run.endedAt) }),
    // A rehearsal's length is said in show time by the note below the heading.
    ...(run.durationMs === null || run.durationClock === 'show'
      ? []
      : [t('duration', { duration: f.duration(run.durationMs) })]),
  ];
  const figures = [
    figure(t('orders'), f.count(results.totals.orders)),
    figure(t('unitsSold'), f.count(results.totals.unitsSold)),
    figure(t('revenue'), revenue),
    figure(t('linkDrops'), f.count(results.linkDrops)),
    figure(t('protocolErrors'), f.count(results.protocolErrors)),
    figure(
      t('runLog'),
      results.logMissing === 0
        ? t('logComplete')
        : t('logMissing', { count: f.count(results.logMissing) }),
    ),
  ];
  const footer = t(run.rehearsal ? 'footerRehearsal' : 'footer', {
    id: run.id,
    time: localTime(generatedAt),
    clock: clockNote(results.clock, run.startedAt, t),
  });
  const bucket = bucketLabel(timeline.sales.bucketMs, f);
  return `<!doctype html>
<html lang="${f.language}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${html(title)}</title><style>${STYLE}</style></head><body><main>
${run.rehearsal ? `<div class="banner" role="note">${html(t('rehearsalBanner'))}</div>` : ''}
<h1>${html(heading)}</h1>
<p class="meta">${meta.map((text) => `<span>${html(text)}</span>`).join('')}</p>
${run.note ? `<p>${html(run.note)}</p>` : ''}
${results.clock.base === 'show' ? `<p class="meta">${html(t('showTimeNote', { duration: f.duration(results.to - results.from) }))}</p>` : ''}
<div class="figures">${figures.join('')}</div>
<h2>${html(t('stockTitle'))}</h2>${stockChart(timeline, t('stockChart'), f)}<div class="legend">${legend}</div>
<h2>${html(t('salesTitle', { bucket }))}</h2>${salesChart(timeline, t('salesChart'), f)}
<h2>${html(t('resultsTitle'))}</h2>
<div class="wide"><table class="results"><thead><tr>${headerCells(HEADERS, 2, f)}</tr></thead>
<tbody>${results.products.map((product, index) => productRow(product, productOf(product.sku).name, index, results.clock, f)).join('\n')}</tbody></table></div>
${incomplete ? `<p>${html(t('revenueIncomplete'))}</p>` : ''}
${audienceSection(results, timeline, audience, productOf, f)}
<h2>${html(t('eventsTitle'))}</h2>
<table class="events"><thead><tr>${headerCells(['colTime', 'colEvent'], 2, f)}</tr></thead><tbody>
${markers.map((m) => `<tr><td class="l">${html(clockTime(m.at, results.clock))}</td><td class="l text">${html(markerText(m, productOf, f, run.rehearsal))}</td></tr>`).join('\n')}
</tbody></table>
${omitted > 0 ? `<p>${html(t('eventsOmitted', { count: f.count(omitted) }))}</p>` : ''}
</main>
<footer>${html(footer)}</footer>
</body></html>
`;
}
