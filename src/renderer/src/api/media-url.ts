import { BRIDGE_GLOBAL } from '../../../shared/api/bridge';
import { MEDIA_SCHEME, mediaNameOf } from '../../../shared/model/media';

/**
 * Where the page loads a product's stored picture: the Electron shell's media scheme when the
 * preload's bridge is there, else the browser host's /media path; an inline data:image/ URL as
 * it is. Undefined when the product has no picture or its imagePath is neither a stored one
 * ('images/<sha256>.<ext>') nor inline, so the caller shows its placeholder.
 */
export function mediaUrl(imagePath: string | null): string | undefined {
  if (imagePath?.startsWith('data:image/') === true) return imagePath;
  const name = mediaNameOf(imagePath);
  if (name === undefined) return undefined;
  return Reflect.has(window, BRIDGE_GLOBAL) ? `${MEDIA_SCHEME}://images/${name}` : `/media/${name}`;
}
