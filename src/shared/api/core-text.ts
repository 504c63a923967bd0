/**
 * What the core tells the user (validation, refusals), as a code with parameters. The core sends
 * the code with an English `message` for logs and API clients; the UI says it in its language
 * from the code (src/renderer/src/i18n: English from this table, Chinese from zh-CN.json under
 * `coreText`). A parameter may itself be a text, said in the same language.
 */
export const CORE_TEXT_EN = {
  // Fields of the lineup
  sku_empty: 'SKU is empty',
  sku_too_long: 'SKU is longer than {{max}} characters',
  sku_characters: 'SKU may hold only letters, digits, dot, dash, underscore',
  sku_taken: 'SKU "{{sku}}" is already used by another product in this show',
  name_host_empty: 'name (host language) is empty',
  name_audience_empty: 'name (audience language) is empty',
  low_stock_above_opening: 'low-stock alert is above the opening stock',
  talking_point_empty: 'talking point (host language) is empty',
  unknown_placeholder: '{{placeholder}} is not a live value: use {{supported}}',
  show_name_empty: 'show name is empty',
  server_address_empty: 'the server address is empty',
  server_address_invalid: 'not a valid URL',
  server_address_scheme: 'the address must start with http:// or https://',
  server_address_extra: 'give only scheme, host and port',
  token_empty: 'the token is empty',
  show_id_characters: 'show id may hold only letters, digits and . _ : -',
  command_id_characters: 'command id may hold only letters, digits and . _ : -',
  // Any field, from the schema's own limits
  text_empty: 'is empty',
  text_too_long: 'is longer than {{max}} characters',
  number_expected: 'needs a number',
  number_whole: 'must be a whole number',
  number_too_small: 'must be at least {{min}}',
  number_too_large: 'must be at most {{max}}',
  value_not_one_of: 'must be one of {{options}}',
  value_invalid: 'is not valid',
  // Pictures
  image_empty: 'The picture is empty',
  image_too_large: 'The picture is larger than {{megabytes}} MB',
  image_wrong_type: 'The file is not a {{type}} picture',
  // CSV cells
  price_empty: 'price is empty',
  price_negative: '"{{value}}" is negative; prices start at 0',
  price_comma: '"{{value}}" is not a price (use {{suggestion}})',
  price_not_number: '"{{value}}" is not a price (use a number like 59.90)',
  price_decimals: '"{{value}}" has more than {{digits}} decimals for {{currency}}',
  price_too_large: '"{{value}}" is too large (at most {{max}})',
  count_empty: '{{what}} is empty',
  count_negative: '"{{value}}" is negative',
  count_separators: '"{{value}}" is not a whole number (write {{suggestion}} without separators)',
  count_not_whole: '"{{value}}" is not a whole number',
  what_opening_stock: 'opening stock',
  what_threshold: 'threshold',
  what_duration: 'duration',
  currency_empty: 'currency is empty',
  currency_unknown: '"{{value}}" is not a supported currency (use one of {{options}})',
  talking_point_counts:
    '{{given}} {{what}} for {{hosts}} host talking points (separate them with " | ")',
  what_audience_texts: 'audience texts',
  what_durations: 'durations',
  talking_point_problem: 'talking point {{index}}: {{problem}}',
  // CSV files
  csv_quote_unclosed: 'a quoted value is never closed (a closing " is missing)',
  csv_quote_stray: 'a value holds a stray " (inside a quoted value write "" for one ")',
  csv_no_products: 'the file has no products below the header',
  csv_empty_file: 'the file is empty; row 1 must be the header: {{columns}}',
  csv_unknown_column: 'unknown column "{{name}}" (the columns are {{columns}})',
  csv_column_twice: 'appears twice in the header',
  csv_column_missing: 'missing from the header',
  csv_cells_missing: 'missing: the row has {{count}} cells but the header has {{expected}}',
  csv_cells_extra:
    'the row has {{count}} cells but the header has {{expected}} (put a value that holds a comma in double quotes)',
  csv_sku_repeated: '"{{sku}}" is already used on row {{row}}',
  csv_sku_in_show: '"{{sku}}" is already in the show (append adds new products only)',
  csv_nothing_imported: 'problems found: {{count}}, nothing imported',
  // Refusals
  live_locked:
    'A run of this show is open: {{fields}} cannot change in the lineup; use the live commands',
  live_locked_sku: 'A run of this show is open: the SKU is on the sale server',
  live_locked_set_price: 'A run of this show is open: use Set price instead',
  live_locked_restock: 'A run of this show is open: use Restock instead',
  order_mismatch:
    'The new order must name each of the {{count}} current {{what}} exactly once ({{problems}})',
  what_products: 'products',
  what_talking_points: 'talking points',
  show_has_live_runs:
    'This show has {{count}} live run(s) kept for review ({{names}}); delete them in the run list first',
  show_deletes_runs:
    'Deleting this show also deletes its {{count}} rehearsal run(s) with their logs ({{names}}); confirm by naming each run in runIds',
  run_open_delete: 'Run "{{name}}" is still open; end it before deleting it',
  show_missing: 'Show {{id}} does not exist',
  product_missing: 'Product {{id}} does not exist',
  talking_point_missing: 'Talking point {{id}} does not exist',
  run_missing: 'Run {{id}} does not exist',
  run_still_open: 'Run "{{name}}" is still open; end it first',
  run_no_orders: 'Run {{id}} has no orders to replay',
  no_run_open: 'No run is open: connect to a sale server first',
  no_run: 'No run is open',
  undo_gone: 'This can no longer be undone: it was taken back or its time ran out',
  run_open_elsewhere: 'Run "{{name}}" is still open (show {{showId}}, {{serverUrl}}); end it first',
  rehearsal_check_needed: 'Rehearsal runs need the rehearsal server check',
  rehearsal_server_not_live: "{{url}} is this console's rehearsal server, not a live sale server",
  rehearsal_lineup_invalid: "The show's lineup cannot be rehearsed: {{detail}}",
  rehearsal_not_open: 'The rehearsal run is not open',
  rehearsal_last_slot: 'The last lineup slot is already pinned',
  run_no_orders_here: 'this run has no orders',
  timeline_backwards: 'The timeline range ends before it starts',
  comment_blocked: 'A comment with a blocked word never goes to the host view',
  comment_missing: 'No comment {{id}} in memory',
  run_ended: 'The run ended',
  rehearsal_running: 'A rehearsal is already running; stop it first',
  no_rehearsal: 'No rehearsal is running',
  go_live_confirmation: 'Type the show name exactly to go live',
  go_live_type_name: 'type "{{name}}" to confirm',
  go_live_rehearsing: 'A rehearsal is running; stop it before going live',
  go_live_first:
    'No live run of this show is open: go live first (the go-live checklist must pass); connect only reconnects an open run',
  go_live_checklist_failed:
    'The go-live checklist failed: {{count}} item(s) did not pass; fix them and run the checklist again',
  // Refusals of the on-air queue, exports, rehearsal, backups and run end
  talking_point_not_queued: "Talking point {{id}} is not in this run's queue",
  talking_point_twice: 'A talking point is named twice',
  no_current_talking_point: 'No talking point is current',
  no_cue_armed: 'No cue is armed',
  product_not_in_run_show: 'Product {{id}} is not in the show of this run',
  product_not_in_show: 'Product {{productId}} is not in show {{showId}}',
  export_name_folder: 'An export file name may not name a folder',
  export_missing: 'No export named {{name}}',
  export_cancelled: 'The export was cancelled',
  rehearsal_lineup_refused: 'The rehearsal server did not take the lineup',
  rehearsal_show_not_started: 'The rehearsal show did not start',
  backup_missing: 'There is no backup named {{name}}',
  backup_unusable: 'The backup {{name}} cannot be restored: {{problem}}',
  restore_run_open: 'A run is open: end it before restoring a backup',
  run_end_pending:
    "{{count}} command(s) still wait for the server's answer: end the run sending them or dropping them",
  run_end_unanswered:
    '{{count}} command(s) got no answer within {{seconds}} s (the link is {{state}}); the run stays open: reconnect, or end it dropping them',
  link_connected: 'connected',
  link_reconnecting: 'reconnecting',
  link_offline: 'offline',
  input_invalid: 'Some values are not valid',
  unknown_method: 'Unknown console API method: {{method}}',
  frame_invalid: 'Frame does not match the console API wire format',
  internal_error: 'Something went wrong inside the console: {{detail}}',
  presence_needs_wire: 'consoles.present is for a page on a wire',
} as const satisfies Record<string, string>;

export type CoreTextCode = keyof typeof CORE_TEXT_EN;

export const CORE_TEXT_CODES = Object.keys(CORE_TEXT_EN) as CoreTextCode[];

export type CoreTextParam = string | number | CoreText;

export interface CoreText {
  code: CoreTextCode;
  params?: Record<string, CoreTextParam>;
}

export function isCoreTextCode(value: string): value is CoreTextCode {
  return Object.hasOwn(CORE_TEXT_EN, value);
}

/** Whether `value` is a text with a known code (as a schema's check passes one in its issue). */
export function isCoreText(value: unknown): value is CoreText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    isCoreTextCode((value as { code: string }).code)
  );
}

export function coreText(code: CoreTextCode, params?: Record<string, CoreTextParam>): CoreText {
  return params === undefined ? { code } : { code, params };
}

/** The text in English, as the core's `message` says it ({{name}} replaced by its parameter). */
export function englishText(text: CoreText): string {
  return CORE_TEXT_EN[text.code].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = text.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? englishText(value) : String(value);
  });
}
