import { coreText } from '../../../../shared/api/core-text';
import { ApiError } from '../../../../shared/api/errors';
import type { RunKind } from '../../../../shared/model/live';

/** A rehearsal link to anything but this process's rehearsal server was refused. */
export class RehearsalTargetError extends ApiError {
  constructor(message: string) {
    super('forbidden', message);
    this.name = 'RehearsalTargetError';
  }
}

export interface RunTarget {
  kind: RunKind;
  serverUrl: string;
}

const LOOPBACK = '127.0.0.1';

/**
 * Which addresses runs may open links to. A rehearsal run may only reach a loopback port that
 * this process opened for a rehearsal (parsed with URL, never by substring); a live run may not
 * reach one of those ports. The live controller asks before every link it opens.
 */
export class RunTargets {
  private readonly rehearsalPorts = new Set<number>();

  /** A rehearsal server of this process listens (for the console's link) on this port. */
  allowRehearsal(port: number): void {
    this.rehearsalPorts.add(port);
  }

  revokeRehearsal(port: number): void {
    this.rehearsalPorts.delete(port);
  }

  /** Throws RehearsalTargetError (or forbidden for a live run) when the target is not allowed. */
  check(target: RunTarget): void {
    const inProcess = this.isRehearsalServer(target.serverUrl);
    if (target.kind === 'rehearsal' && !inProcess) {
      throw new RehearsalTargetError(
        `A rehearsal may only connect to this console's own rehearsal server on ${LOOPBACK}, not ${target.serverUrl}`,
      );
    }
    if (target.kind === 'live' && inProcess) {
      throw new ApiError(
        'forbidden',
        coreText('rehearsal_server_not_live', { url: target.serverUrl }),
      );
    }
  }

  private isRehearsalServer(serverUrl: string): boolean {
    let url: URL;
    try {
      url = new URL(serverUrl);
    } catch {
      return false;
    }
    return (
      url.protocol === 'http:' &&
      url.hostname === LOOPBACK &&
      url.port !== '' &&
      this.rehearsalPorts.has(Number(url.port))
    );
  }
}
