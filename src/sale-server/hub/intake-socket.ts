import type { Namespace } from 'socket.io';
import {
  Buys,
  CommentReports,
  IntakeAuth,
  IntakeMessage,
  ViewersReport,
  describeIssues,
  parseBuy,
  parseWith,
  type BuyAck,
} from '../../shared/protocol';
import type { Logger } from '../../shared/logger';
import type { AudienceHub } from './audience-hub';
import { refusal, splitArgs, tokensEqual } from './auth';
import { collectAnswers, type OrderIntake } from './order-intake';
import type { ShowRegistry } from './show-registry';
import type { ViewerCounts } from './viewer-counts';

export interface IntakeSocketDeps {
  token: string;
  shows: ShowRegistry;
  intake: OrderIntake;
  viewers: ViewerCounts;
  audience: AudienceHub;
  log: Logger;
}

/** The `/intake` namespace: simulated viewers buy (with an ack) and report the audience size. */
export function attachIntakeSocket(namespace: Namespace, deps: IntakeSocketDeps): void {
  namespace.use((socket, next) => {
    const auth = parseWith(IntakeAuth, socket.handshake.auth);
    if (!auth.ok) {
      next(refusal('invalid_handshake', `invalid handshake: ${describeIssues(auth.issues)}`));
    } else if (!tokensEqual(auth.value.token, deps.token)) {
      next(refusal('bad_token', 'the intake token is not valid'));
    } else if (!deps.shows.get(auth.value.showId)) {
      next(refusal('unknown_show', `this server hosts no show ${auth.value.showId}`));
    } else {
      socket.data = { showId: auth.value.showId };
      next();
    }
  });

  namespace.on('connection', (socket) => {
    const { showId } = socket.data as { showId: string };
    const show = deps.shows.get(showId);
    if (!show) {
      socket.disconnect(true);
      return;
    }
    let malformed = 0;
    const drop = (issues: string) => {
      malformed += 1;
      if (malformed <= 10 || malformed % 1000 === 0) {
        deps.log({
          level: 'warn',
          msg: 'malformed intake message dropped',
          showId,
          issues,
          malformed,
        });
      }
    };

    socket.on(IntakeMessage.buy, (...args: unknown[]) => {
      const { payload, ack } = splitArgs(args);
      const parsed = parseBuy(payload);
      if (!parsed.ok) {
        drop(describeIssues(parsed.issues));
        if (ack) ack({ status: 'refused', reason: 'invalid' } satisfies BuyAck);
        return;
      }
      if (ack === null) {
        drop('buy without acknowledgement callback');
        return;
      }
      deps.intake.submit(show, parsed.value, ack);
    });

    socket.on(IntakeMessage.buys, (...args: unknown[]) => {
      const { payload, ack } = splitArgs(args);
      const parsed = parseWith(Buys, payload);
      if (!parsed.ok || ack === null) {
        drop(parsed.ok ? 'buys without acknowledgement callback' : describeIssues(parsed.issues));
        if (ack) ack({ status: 'refused', reason: 'invalid' } satisfies BuyAck);
        return;
      }
      const answers = collectAnswers(parsed.value.buys.length, ack);
      parsed.value.buys.forEach((raw, index) => {
        const buy = parseBuy(raw);
        if (buy.ok) deps.intake.submit(show, buy.value, (answer) => answers(index, answer));
        else answers(index, { status: 'refused', reason: 'invalid' });
      });
    });

    socket.on(IntakeMessage.comments, (...args: unknown[]) => {
      const parsed = parseWith(CommentReports, splitArgs(args).payload);
      if (parsed.ok) deps.audience.comments(show, parsed.value.comments);
      else drop(describeIssues(parsed.issues));
    });

    socket.on(IntakeMessage.viewers, (...args: unknown[]) => {
      const parsed = parseWith(ViewersReport, splitArgs(args).payload);
      if (parsed.ok) deps.viewers.set(show, parsed.value.count);
      else drop(describeIssues(parsed.issues));
    });
  });
}
