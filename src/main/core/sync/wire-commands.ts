import type { Command, LineupProduct } from '../../../shared/protocol';
import type { LiveCommand } from '../../../shared/model/live';

/** The protocol command for a producer's command, under the given command id. */
export function toWireCommand(command: LiveCommand, commandId: string): Command {
  switch (command.type) {
    case 'pin':
      return command.seconds === undefined
        ? { type: 'pin', commandId, sku: command.sku }
        : { type: 'pin', commandId, sku: command.sku, seconds: command.seconds };
    case 'unpin':
      return { type: 'unpin', commandId };
    case 'restock':
      return { type: 'restock', commandId, sku: command.sku, units: command.units };
    case 'setPrice':
      return { type: 'setPrice', commandId, sku: command.sku, priceMinor: command.priceMinor };
    case 'flashSale':
      return {
        type: 'flashSale',
        commandId,
        sku: command.sku,
        priceMinor: command.priceMinor,
        unitCap: command.unitCap,
        seconds: command.seconds,
      };
    case 'startShow':
      return { type: 'startShow', commandId };
    case 'endShow':
      return { type: 'endShow', commandId };
    case 'pinComment':
      return { type: 'pinComment', commandId, commentId: command.commentId };
    case 'hideComment':
      return { type: 'hideComment', commandId, commentId: command.commentId };
    case 'muteViewer':
      return { type: 'muteViewer', commandId, viewerId: command.viewerId };
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The producer's command a protocol command came from; null for the lineup upload. */
export function toLiveCommand(command: Command): LiveCommand | null {
  switch (command.type) {
    case 'pin':
      return command.seconds === undefined
        ? { type: 'pin', sku: command.sku }
        : { type: 'pin', sku: command.sku, seconds: command.seconds };
    case 'unpin':
      return { type: 'unpin' };
    case 'restock':
      return { type: 'restock', sku: command.sku, units: command.units };
    case 'setPrice':
      return { type: 'setPrice', sku: command.sku, priceMinor: command.priceMinor };
    case 'flashSale':
      return {
        type: 'flashSale',
        sku: command.sku,
        priceMinor: command.priceMinor,
        unitCap: command.unitCap,
        seconds: command.seconds,
      };
    case 'startShow':
      return { type: 'startShow' };
    case 'endShow':
      return { type: 'endShow' };
    case 'upsertLineup':
      return null;
    case 'pinComment':
      return { type: 'pinComment', commentId: command.commentId };
    case 'hideComment':
      return { type: 'hideComment', commentId: command.commentId };
    case 'muteViewer':
      return { type: 'muteViewer', viewerId: command.viewerId };
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

export function upsertLineupCommand(commandId: string, products: LineupProduct[]): Command {
  return { type: 'upsertLineup', commandId, products };
}
