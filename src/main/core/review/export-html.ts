import type {
  ProductResult,
  ReviewClock,
  RunAudience,
  RunResults,
  Timeline,
  TimelineMarker,
} from '../../../shared/model/review';
import type { Currency } from '../../../shared/model/lineup';
import { PALETTE, salesChart, stockChart } from './html-chart';
import { createHash } from 'node:crypto';
import {
  clockNote,
  clockTime,
  count,
  duration,
  html,
  localTime,
  money,
  percent,
} from './html-format';

const MARKER_ROWS = 300;

/** One class per colour of the charts' palette, for the swatches (the policy allows no style attribute). */
const PALETTE_CLASSES = PALETTE.map((color, index) => `.c${index}{background:${color}}`).join('');

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC",sans-serif;
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

function markerText(marker: TimelineMarker, product: ProductOf): string {
  const currencyOf = (sku: string) => product(sku).currency;
  const nameOf = (sku: string) => product(sku).name;
  switch (marker.type) {
    case 'pin':
      return `Pinned ${nameOf(marker.sku)}`;
    case 'unpin':
      return 'Unpinned';
    case 'talkingPoint':
      return `Talking point: ${marker.text ?? '(none)'}`;
    case 'price':
      return `Price of ${nameOf(marker.sku)} set to ${money(marker.priceMinor, currencyOf(marker.sku))}`;
    case 'restock':
      return `Restocked ${nameOf(marker.sku)}: +${count(marker.units)} (stock ${count(marker.stock)})`;
    case 'flashSale':
      return `Flash sale on ${nameOf(marker.sku)}: ${count(marker.unitCap)} units at ${money(marker.priceMinor, currencyOf(marker.sku))}`;
    case 'flashSaleEnded':
      return `Flash sale on ${nameOf(marker.sku)} ended (${marker.reason})`;
    case 'showState':
      return `Show ${marker.state}`;
    case 'linkDown':
      return `Link ${marker.state}: ${marker.reason}`;
    case 'linkUp':
      return `Link connected: ${marker.reason}`;
    case 'protocolError':
      return `Protocol error (${marker.reason}): ${marker.message}`;
    case 'commandRejected':
      return `Command ${marker.kind} rejected: ${marker.code}`;
    case 'snapshot':
      return `Snapshot applied (${marker.reason})`;
    case 'note':
      return `Note: ${marker.text}`;
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
function audienceSection(results: RunResults, timeline: Timeline, audience: RunAudience): string {
  const names = new Map(results.products.map((p) => [p.sku, p.name]));
  const product = (sku: string | null) => (sku === null ? '–' : (names.get(sku) ?? sku));
  const at = (ms: number) => html(clockTime(ms, results.clock));
  const { totals } = audience;
  const questions = audience.topQuestions.flatMap((group) =>
    group.questions.map(
      (q) =>
        `<tr><td class="l">${html(product(group.sku))}</td><td class="l text">${html(q.text)}</td><td>${count(q.count)}</td><td>${at(q.firstAt)}</td></tr>`,
    ),
  );
  const sends = audience.hostSends.map(
    (send) =>
      `<tr><td class="l">${at(send.at)}</td><td class="l">${html(send.name)}</td><td class="l text">${html(send.text)}</td><td class="l">${html(product(send.sku))}</td><td>${send.until === null ? 'still shown' : html(duration(send.until - send.at))}</td></tr>`,
  );
  return `<h2>Unmet demand: units refused per ${html(bucketLabel(timeline.unmet.bucketMs))}</h2>
${salesChart({ ...timeline, sales: timeline.unmet }, 'Units refused over time (sold out or over a flash-sale cap)')}
<h2>Audience</h2>
<p>${count(totals.comments)} comments, ${count(totals.questions)} questions, ${count(totals.blocked)} with blocked words; ${count(totals.stored)} stored.</p>
<h3>Most asked questions per product</h3>
${questions.length === 0 ? '<p>No questions were asked.</p>' : `<table><thead><tr><th class="l">Product</th><th class="l">Question</th><th>Asked</th><th>First asked</th></tr></thead><tbody>${questions.join('\n')}</tbody></table>`}
<h3>Sent to the host view</h3>
${sends.length === 0 ? '<p>No question was sent to the host view.</p>' : `<table><thead><tr><th class="l">Sent at</th><th class="l">Viewer</th><th class="l">Question</th><th class="l">Product</th><th>Shown for</th></tr></thead><tbody>${sends.join('\n')}</tbody></table>`}`;
}

/** A product of the run by SKU: its name as the run knew it, and its currency. */
type ProductOf = (sku: string) => { name: string; currency: Currency };

function swatch(index: number): string {
  return `<span class="swatch c${index % PALETTE.length}"></span>`;
}

function bucketLabel(ms: number): string {
  const minutes = ms / 60_000;
  return minutes === 1 ? 'minute' : `${minutes} minutes`;
}

function productRow(product: ProductResult, index: number, clock: ReviewClock): string {
  const cells = [
    `<td class="l sku">${swatch(index)}${html(product.sku)}</td>`,
    `<td class="l text name">${html(product.name)}</td>`,
    `<td>${count(product.openingStock)}</td>`,
    `<td>${count(product.restockedUnits)}</td>`,
    `<td>${count(product.unitsSold)}</td>`,
    `<td>${percent(product.sellThrough)}</td>`,
    `<td>${html(money(product.revenueMinor, product.currency))}${product.revenueComplete ? '' : ' *'}</td>`,
    `<td>${product.soldOutAt === null ? '–' : html(clockTime(product.soldOutAt, clock))}</td>`,
    `<td>${product.pinToSoldOutMs === null ? '–' : html(duration(product.pinToSoldOutMs))}</td>`,
    `<td>${count(product.peakUnitsPerSecond)}</td>`,
    `<td>${html(duration(product.pinnedMs))}</td>`,
    `<td>${count(product.unitsWhilePinned)} / ${count(product.unitsWhileNotPinned)}</td>`,
    `<td>${count(product.unmet.units)} (${count(product.unmet.attempts)})</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

const SHOW_TIME_NOTE =
  "Times are show time: the rehearsal's simulated clock from its start (0:00:00), which ran at the rehearsal's speed and stood still while it was paused. Durations and units per second are in show time too.";

const HEADERS = [
  'SKU',
  'Product',
  'Opening stock',
  'Restocked',
  'Units sold',
  'Sell-through',
  'Revenue',
  'Sold out at',
  'First pin to sold out',
  'Peak units/s',
  'Pinned time',
  'Sold pinned / not',
  'Unmet demand: units (attempts)',
];

/**
 * The report's heading: the run's name, led by the show's name unless the name already starts with
 * it (a run is named after its show until someone renames it), so it never reads "show – show".
 */
export function reportHeading(run: { showName: string; name: string }): string {
  return run.name.startsWith(run.showName) ? run.name : `${run.showName} – ${run.name}`;
}

/**
 * A self-contained report of one run: inline CSS, inline SVG charts drawn from the downsampled
 * timeline, and the per-product results. It loads nothing, so it opens offline anywhere; a
 * rehearsal carries a banner saying so.
 */
export function renderReport(
  results: RunResults,
  timeline: Timeline,
  audience: RunAudience,
  generatedAt: number,
): string {
  const { run } = results;
  const heading = reportHeading(run);
  const title = `${run.rehearsal ? 'REHEARSAL – ' : ''}${heading}`;
  const revenue = results.totals.revenue.map((r) => money(r.minor, r.currency)).join(' + ') || '–';
  const legend = timeline.series
    .map((series, index) => `<span>${swatch(index)}${html(series.sku)} ${html(series.name)}</span>`)
    .join('');
  const markers = timeline.markers.slice(0, MARKER_ROWS);
  const omitted = timeline.markers.length - markers.length + timeline.markersOmitted;
  const incomplete = results.products.some((product) => !product.revenueComplete);
  const products = new Map(results.products.map((p) => [p.sku, p]));
  const productOf: ProductOf = (sku) => {
    const known = products.get(sku);
    return { name: known?.name ?? sku, currency: known?.currency ?? 'CNY' };
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${html(title)}</title><style>${STYLE}</style></head><body><main>
${run.rehearsal ? '<div class="banner" role="note">REHEARSAL – a practice run against a simulated audience, not a live show</div>' : ''}
<h1>${html(heading)}</h1>
<p class="meta"><span>${run.rehearsal ? 'Rehearsal' : 'Live show'}</span><span>Started ${html(localTime(run.startedAt))}</span><span>${run.endedAt === null ? 'Still open' : `Ended ${html(localTime(run.endedAt))}`}</span>${run.durationMs === null ? '' : `<span>Duration ${html(duration(run.durationMs))}</span>`}</p>
${run.note ? `<p>${html(run.note)}</p>` : ''}
${results.clock.base === 'show' ? `<p class="meta">${html(SHOW_TIME_NOTE)} Show time ${html(duration(results.to - results.from))}.</p>` : ''}
<div class="figures"><div class="figure">Orders<b>${count(results.totals.orders)}</b></div><div class="figure">Units sold<b>${count(results.totals.unitsSold)}</b></div><div class="figure">Revenue<b>${html(revenue)}</b></div><div class="figure">Link drops<b>${count(results.linkDrops)}</b></div><div class="figure">Protocol errors<b>${count(results.protocolErrors)}</b></div><div class="figure">Run log<b>${results.logMissing === 0 ? 'Complete' : `${count(results.logMissing)} events missing`}</b></div></div>
<h2>Stock over time</h2>${stockChart(timeline, 'Stock of each product over time')}<div class="legend">${legend}</div>
<h2>Units sold per ${html(bucketLabel(timeline.sales.bucketMs))}</h2>${salesChart(timeline, 'Units sold over time')}
<h2>Results per product</h2>
<div class="wide"><table class="results"><thead><tr>${HEADERS.map((h, i) => `<th${i < 2 ? ' class="l"' : ''}>${html(h)}</th>`).join('')}</tr></thead>
<tbody>${results.products.map((product, index) => productRow(product, index, results.clock)).join('\n')}</tbody></table></div>
${incomplete ? '<p>* Some orders are missing from the run log (a snapshot replaced them); revenue counts the logged orders.</p>' : ''}
${audienceSection(results, timeline, audience)}
<h2>What happened</h2>
<table class="events"><thead><tr><th class="l">Time</th><th class="l">Event</th></tr></thead><tbody>
${markers.map((m) => `<tr><td class="l">${html(clockTime(m.at, results.clock))}</td><td class="l text">${html(markerText(m, productOf))}</td></tr>`).join('\n')}
</tbody></table>
${omitted > 0 ? `<p>${count(omitted)} more events are in the run log export.</p>` : ''}
</main>
<footer>Showdesk run ${run.id}${run.rehearsal ? ' (rehearsal)' : ''} · generated ${html(localTime(generatedAt))} · ${html(clockNote(results.clock, run.startedAt))}</footer>
</body></html>
`;
}
