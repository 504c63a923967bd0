import { join } from 'node:path';
import { IMAGES_FOLDER } from '../../../shared/model/media';

/** The folder of the data folder that holds stored pictures. */
export function imagesDir(dataDir: string): string {
  return join(dataDir, IMAGES_FOLDER);
}
