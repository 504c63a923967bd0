/** The host view's route. */
export const HOST_VIEW_HASH = '#/host';
