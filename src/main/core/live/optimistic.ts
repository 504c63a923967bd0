import type { FlashSaleView, LivePin, PendingCommand, ShowState } from '../../../shared/model/live';

/** What pending commands change about one product, until the server acknowledges them. */
export interface ProductOverlay {
  commandIds: string[];
  stockDelta: number;
  priceMinor?: number;
  flashSale?: FlashSaleView;
}

export interface Overlay {
  /** The pin as it will be once the pending pin/unpin commands apply; undefined: unchanged. */
  pin?: LivePin;
  showState?: ShowState;
  products: Map<string, ProductOverlay>;
}

/**
 * The optimistic view of the pending commands, in the order they were issued: the screen shows
 * it on top of the server's figures, marked as pending, until each command is acknowledged.
 * End times are server time (`clockOffsetMs`: server clock minus console clock).
 */
export function overlayOf(
  pending: readonly PendingCommand[],
  serverPinSku: string | null,
  clockOffsetMs = 0,
): Overlay {
  const overlay: Overlay = { products: new Map() };
  const touch = (sku: string, commandId: string): ProductOverlay => {
    let product = overlay.products.get(sku);
    if (!product) {
      product = { commandIds: [], stockDelta: 0 };
      overlay.products.set(sku, product);
    }
    product.commandIds.push(commandId);
    return product;
  };
  for (const { commandId, command, createdAt } of pending) {
    if (command === null) continue;
    const issuedAt = createdAt + clockOffsetMs;
    switch (command.type) {
      case 'pin':
        touch(command.sku, commandId);
        overlay.pin = {
          sku: command.sku,
          until: command.seconds === undefined ? null : issuedAt + command.seconds * 1000,
        };
        break;
      case 'unpin': {
        const pinned = overlay.pin === undefined ? serverPinSku : overlay.pin.sku;
        if (pinned !== null) touch(pinned, commandId);
        overlay.pin = { sku: null, until: null };
        break;
      }
      case 'restock':
        touch(command.sku, commandId).stockDelta += command.units;
        break;
      case 'setPrice':
        touch(command.sku, commandId).priceMinor = command.priceMinor;
        break;
      case 'flashSale':
        touch(command.sku, commandId).flashSale = {
          priceMinor: command.priceMinor,
          unitCap: command.unitCap,
          sold: 0,
          endsAt: issuedAt + command.seconds * 1000,
        };
        break;
      case 'startShow':
        overlay.showState = 'live';
        break;
      case 'endShow':
        overlay.showState = 'ended';
        break;
      case 'pinComment':
      case 'hideComment':
      case 'muteViewer':
        break;
      default: {
        const unreachable: never = command;
        throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return overlay;
}
