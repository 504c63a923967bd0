/** Picture types a product image may have, with the file extension each is stored under. */
export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
} as const;
export type ImageMimeType = keyof typeof IMAGE_TYPES;
/** The same types as a list, for a schema (this module stays free of zod: the browser host serves pictures before it loads the core). */
export const IMAGE_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
] as const satisfies readonly ImageMimeType[];

/** The largest picture the core stores, in bytes (decoded). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The folder under the data folder that holds stored pictures, and the image_path prefix. */
export const IMAGES_FOLDER = 'images';

/** A stored picture's file name: its SHA-256 in lower-case hex and its type's extension. */
export const MEDIA_NAME = /^[0-9a-f]{64}\.(?:png|jpg|webp)$/;

/** The custom scheme the Electron shell serves stored pictures on. */
export const MEDIA_SCHEME = 'showdesk-media';

/** The stored picture's file name when `imagePath` is 'images/<name>', else undefined. */
export function mediaNameOf(imagePath: string | null): string | undefined {
  if (imagePath === null) return undefined;
  const prefix = `${IMAGES_FOLDER}/`;
  if (!imagePath.startsWith(prefix)) return undefined;
  const name = imagePath.slice(prefix.length);
  return MEDIA_NAME.test(name) ? name : undefined;
}

/** The content type of a stored picture, from its (already validated) file name. */
export function mediaContentType(name: string): ImageMimeType {
  if (name.endsWith('.png')) return 'image/png';
  if (name.endsWith('.webp')) return 'image/webp';
  return 'image/jpeg';
}
