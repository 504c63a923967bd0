import { migration001Lineup } from './001-lineup';
import { migration002Runs } from './002-runs';
import { migration003Sync } from './003-sync';
import { migration004Review } from './004-review';
import { migration005OnAir } from './005-onair';
import { migration006CurrencyMinorUnits } from './006-currency-minor-units';
import { migration007History } from './007-history';
import { migration008Audience } from './008-audience';
import { migration009RollupInBatches } from './009-rollup-in-batches';
import { migration010RunNames } from './010-run-names';
import { migration011DemandBaseline } from './011-demand-baseline';
import { migration012RunLogEventColumns } from './012-run-log-event-columns';
import { migration013ReviewPinInCode } from './013-review-pin-in-code';
import { migration014DroppedCommands } from './014-dropped-commands';
import { migration015ReviewRehearsalMs } from './015-review-rehearsal-ms';
import { migration016RunLogOrderColumns } from './016-run-log-order-columns';
import { migration017RunLogOrderFill } from './017-run-log-order-fill';
import { migration018RunLogOrderJsonOnce } from './018-run-log-order-json-once';
import { migration019AudienceShowMinutes } from './019-audience-show-minutes';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration the app knows, oldest first. Append new ones; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Lineup,
  migration002Runs,
  migration003Sync,
  migration004Review,
  migration005OnAir,
  migration006CurrencyMinorUnits,
  migration007History,
  migration008Audience,
  migration009RollupInBatches,
  migration010RunNames,
  migration011DemandBaseline,
  migration012RunLogEventColumns,
  migration013ReviewPinInCode,
  migration014DroppedCommands,
  migration015ReviewRehearsalMs,
  migration016RunLogOrderColumns,
  migration017RunLogOrderFill,
  migration018RunLogOrderJsonOnce,
  migration019AudienceShowMinutes,
];
