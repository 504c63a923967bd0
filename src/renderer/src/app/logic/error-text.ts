import type { TFunction } from 'i18next';
import { ApiError } from '../../../../shared/api/errors';
import { ConnectionLostError } from '../../../../shared/api/connection-status';
import { sayMessage } from './core-text';

/** The translated title and the detail for any error a console API call can raise. */
export function describeError(t: TFunction, error: unknown): { title: string; message: string } {
  if (error instanceof ConnectionLostError) {
    return { title: t('errors.connectionLost'), message: t('errors.connectionLostDetail') };
  }
  if (error instanceof ApiError) {
    return { title: t(`errors.codes.${error.code}`), message: sayMessage(t, error) };
  }
  return {
    title: t('errors.codes.internal'),
    message: error instanceof Error ? error.message : String(error),
  };
}
