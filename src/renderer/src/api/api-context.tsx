import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ConsoleBridge } from '../../../shared/api/bridge';
import type { ConnectionStatus } from '../../../shared/api/connection-status';
import type { Transport } from './create-bridge';

interface ApiContextValue {
  bridge: ConsoleBridge;
  status: ConnectionStatus;
  /** Grows each time the link comes back, so queries know to fetch what they missed. */
  reconnects: number;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({
  transport,
  children,
}: {
  transport: Transport;
  children: ReactNode;
}) {
  const [status, setStatus] = useState(transport.connection.status);
  const [reconnects, setReconnects] = useState(0);

  useEffect(() => {
    let previous = transport.connection.status;
    return transport.connection.onStatus((next) => {
      if (next === 'open' && previous === 'reconnecting') setReconnects((count) => count + 1);
      previous = next;
      setStatus(next);
    });
  }, [transport]);

  return (
    <ApiContext.Provider value={{ bridge: transport.bridge, status, reconnects }}>
      {children}
    </ApiContext.Provider>
  );
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiProvider>');
  return value;
}

export function useApi(): ConsoleBridge {
  return useApiContext().bridge;
}

export function useConnection(): { status: ConnectionStatus; reconnects: number } {
  const { status, reconnects } = useApiContext();
  return { status, reconnects };
}
