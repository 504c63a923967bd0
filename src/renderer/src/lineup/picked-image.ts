import { IMAGE_MIME_TYPES, MAX_IMAGE_BYTES, type ImageMimeType } from '../../../shared/model/media';

/** The file's type when it is one a product picture may have. */
const imageTypeOf = (file: File): ImageMimeType | undefined =>
  IMAGE_MIME_TYPES.find((type) => type === file.type);

/** A picture chosen in the product form, read and ready to send with product.setImage. */
export interface PickedImage {
  fileName: string;
  mimeType: ImageMimeType;
  /** The file as a data: URL, for the preview; the part after the comma is its base64. */
  dataUrl: string;
}

export type PickProblem = 'wrongType' | 'tooLarge';

/** Why a file cannot be a product picture, or null when it can. */
export function pickProblem(file: File): PickProblem | null {
  if (imageTypeOf(file) === undefined) return 'wrongType';
  if (file.size > MAX_IMAGE_BYTES) return 'tooLarge';
  return null;
}

/** Reads a checked file (see pickProblem) into a PickedImage. */
export function readPickedImage(file: File): Promise<PickedImage> {
  return new Promise((resolve, reject) => {
    const mimeType = imageTypeOf(file);
    if (mimeType === undefined) {
      reject(new Error(`${file.name} is not a picture type a product may have`));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = reader.result;
      if (typeof dataUrl === 'string') resolve({ fileName: file.name, mimeType, dataUrl });
      else reject(new Error(`Could not read ${file.name}`));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** The base64 part of the picture's data: URL. */
export function base64Of(image: PickedImage): string {
  return image.dataUrl.slice(image.dataUrl.indexOf(',') + 1);
}
