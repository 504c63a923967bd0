import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreText, type CoreText } from '../../../shared/api/core-text';
import { ApiError, issueAt } from '../../../shared/api/errors';
import {
  IMAGE_TYPES,
  IMAGES_FOLDER,
  MAX_IMAGE_BYTES,
  type ImageMimeType,
} from '../../../shared/model/media';
import { sniffImageType } from './image-type';
import { imagesDir } from './images-dir';

/** Decodes and checks a picture: within the size limit, and its bytes are the declared type. */
export function checkImage(dataBase64: string, mimeType: ImageMimeType): Buffer {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) {
    throw pictureRefused(coreText('image_empty'));
  }
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw pictureRefused(coreText('image_too_large', { megabytes: MAX_IMAGE_BYTES / 1024 ** 2 }));
  }
  const sniffed = sniffImageType(bytes);
  if (sniffed !== mimeType) {
    throw pictureRefused(
      coreText('image_wrong_type', { type: IMAGE_TYPES[mimeType].toUpperCase() }),
    );
  }
  return bytes;
}

function pictureRefused(text: CoreText): ApiError {
  return new ApiError('invalid_input', text, [issueAt(['dataBase64'], text)]);
}

/**
 * Stores a checked picture under <dataDir>/images/<sha256>.<ext>, once for identical bytes (a
 * temporary file renamed into place, so a reader never sees half a file). Returns the
 * image_path to record: 'images/<sha256>.<ext>'.
 */
export function storeImage(dataDir: string, bytes: Buffer, mimeType: ImageMimeType): string {
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${IMAGE_TYPES[mimeType]}`;
  const dir = imagesDir(dataDir);
  const target = join(dir, name);
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true });
    const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      writeFileSync(temp, bytes, { flag: 'wx' });
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
  return `${IMAGES_FOLDER}/${name}`;
}
