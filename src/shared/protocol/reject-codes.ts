/** Why a command was rejected (commands.ts's RejectCode). The console shows each with its text. */
export const REJECT_CODES = [
  'invalid',
  'unknown_sku',
  'show_ended',
  'show_not_live',
  'show_live',
  'sold_out',
  'flash_sale_active',
  'stock_limit',
  'unknown_comment',
  'internal',
] as const;
