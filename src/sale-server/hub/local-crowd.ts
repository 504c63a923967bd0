import { runCrowdOn, type CrowdClient, type CrowdPlan, type CrowdSummary } from '../crowd-run';
import { startCommentPump, type CrowdCommentOptions } from '../crowd-comments';
import type { Show } from '../show/show';
import type { AudienceHub } from './audience-hub';
import { collectAnswers, type OrderIntake } from './order-intake';
import type { ViewerCounts } from './viewer-counts';

/** A crowd in the sale server's own process: what it buys, its audience size and comments. */
export interface LocalCrowdPlan extends CrowdPlan {
  /** Audience size to report as it starts. */
  viewers?: number;
  /** Viewers also comment (feature `audience`), while the crowd runs. */
  comments?: CrowdCommentOptions;
}

export interface LocalCrowdDeps {
  intake: OrderIntake;
  viewers: ViewerCounts;
  audience: AudienceHub;
}

/**
 * Runs a crowd whose buys go to the order intake in this process, as a viewer's reach it from the
 * `/intake` namespace but without a socket, a message to decode or an acknowledgement to write
 * (the benches' load generator, on a machine it shares with the console). Its orders are sold,
 * logged and sent to the consoles as any others; its viewers' count and comments go where the
 * namespace's `viewers` and `comments` messages go. Resolves once every buy is answered.
 */
export async function runLocalCrowd(
  deps: LocalCrowdDeps,
  show: Show,
  plan: LocalCrowdPlan,
): Promise<CrowdSummary> {
  if (plan.viewers !== undefined) deps.viewers.set(show, plan.viewers);
  const pump = plan.comments
    ? startCommentPump((comments) => deps.audience.comments(show, comments), plan.comments)
    : null;
  const client: CrowdClient = {
    buy: (buy, answer) => deps.intake.submit(show, buy, answer),
    buys: (buys, answer) => {
      const answers = collectAnswers(buys.length, answer);
      buys.forEach((buy, index) => deps.intake.submit(show, buy, (ack) => answers(index, ack)));
    },
  };
  try {
    const summary = await runCrowdOn([client], plan);
    summary.comments = pump?.stop() ?? 0;
    return summary;
  } finally {
    pump?.stop();
  }
}
