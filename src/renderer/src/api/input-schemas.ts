import { useEffect, useState } from 'react';
import type * as InputSchemaModule from './logic/input-schemas';

/** The input schemas a form checks (zod's, from the shared model). */
export type InputSchemas = typeof InputSchemaModule;

let loading: Promise<InputSchemas> | undefined;
let loaded: InputSchemas | null = null;

/**
 * The forms' input schemas, loaded (with zod) on first use: the first screen's script holds no
 * zod, and a form's first check waits once for this chunk.
 */
export function loadInputSchemas(): Promise<InputSchemas> {
  loading ??= import('./logic/input-schemas').then((module) => (loaded = module));
  return loading;
}

/** The input schemas for a check made while rendering: null until they are loaded. */
export function useInputSchemas(): InputSchemas | null {
  const [schemas, setSchemas] = useState(loaded);
  useEffect(() => {
    if (schemas !== null) return;
    let current = true;
    void loadInputSchemas().then((loaded) => {
      if (current) setSchemas(loaded);
    });
    return () => {
      current = false;
    };
  }, [schemas]);
  return schemas;
}
