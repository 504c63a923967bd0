import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ApiEventName,
  ApiEvents,
  ApiInput,
  ApiMethod,
  ApiResult,
} from '../../../shared/api/contract';
import { useApi, useConnection } from './api-context';

export interface ApiQueryOptions {
  /** Events after which the query fetches again. */
  refetchOn?: readonly ApiEventName[];
  /** When false the query does not run and its data stays undefined. */
  enabled?: boolean;
}

export interface ApiQuery<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
  /** Replaces the data locally, for optimistic updates and for results of commands. */
  setData: (data: T) => void;
}

interface Answer<T> {
  /** Which request this answers; the query is loading while it is not the latest one. */
  key: string | null;
  data?: T;
  error?: Error;
}

function showIdOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('showId' in value)) return undefined;
  return typeof value.showId === 'number' ? value.showId : undefined;
}

/** An event concerns a query unless both name a show and the shows differ. */
function concerns(input: unknown, payload: ApiEvents[ApiEventName]): boolean {
  const wanted = showIdOf(input);
  const changed = showIdOf(payload);
  return wanted === undefined || changed === undefined || wanted === changed;
}

/**
 * Runs a console API query and keeps its result fresh: again when the input changes, after each
 * listed event that concerns it and after the link to the core comes back. Answers to older
 * requests never overwrite newer ones.
 */
export function useApiQuery<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
  options: ApiQueryOptions = {},
): ApiQuery<ApiResult<M>> {
  const bridge = useApi();
  const { reconnects } = useConnection();
  const inputKey = JSON.stringify(input);
  const refetchKey = (options.refetchOn ?? []).join(',');
  const enabled = options.enabled ?? true;
  const [generation, setGeneration] = useState(0);
  const requestKey = `${inputKey}#${generation}#${reconnects}`;
  const [answer, setAnswer] = useState<Answer<ApiResult<M>>>({ key: null });
  const latestRequest = useRef(0);
  const currentKey = useRef(requestKey);

  useEffect(() => {
    currentKey.current = requestKey;
  });

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const request = ++latestRequest.current;
    if (!enabled) return;
    bridge.invoke(method, JSON.parse(inputKey) as ApiInput<M>).then(
      (value) => {
        if (request === latestRequest.current) setAnswer({ key: requestKey, data: value });
      },
      (reason: unknown) => {
        if (request !== latestRequest.current) return;
        const error = reason instanceof Error ? reason : new Error(String(reason));
        setAnswer((previous) => ({ key: requestKey, data: previous.data, error }));
      },
    );
  }, [bridge, method, inputKey, enabled, requestKey]);

  useEffect(() => {
    if (!refetchKey || !enabled) return undefined;
    const parsedInput: unknown = JSON.parse(inputKey);
    const unsubscribers = (refetchKey.split(',') as ApiEventName[]).map((event) =>
      bridge.subscribe(event, (payload) => {
        if (concerns(parsedInput, payload)) refetch();
      }),
    );
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [bridge, inputKey, enabled, refetchKey, refetch]);

  const replaceData = useCallback((value: ApiResult<M>) => {
    latestRequest.current += 1;
    setAnswer({ key: currentKey.current, data: value });
  }, []);

  return {
    data: answer.data,
    error: answer.error,
    loading: enabled && answer.key !== requestKey,
    refetch,
    setData: replaceData,
  };
}
