import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../src/main/core/media/image-type';
import { mediaContentType, mediaNameOf } from '../../../src/shared/model/media';
import { TINY_PNG_BASE64 } from '../../support/tiny-png';

const HASH = 'ab'.repeat(32);

describe('stored picture names', () => {
  it('takes the name from images/<sha256>.<ext> only', () => {
    expect(mediaNameOf(`images/${HASH}.png`)).toBe(`${HASH}.png`);
    expect(mediaNameOf(`images/${HASH}.jpg`)).toBe(`${HASH}.jpg`);
    expect(mediaNameOf(`images/${HASH}.webp`)).toBe(`${HASH}.webp`);
    for (const other of [
      null,
      '',
      `${HASH}.png`,
      `images/${HASH}.gif`,
      `images/${HASH.toUpperCase()}.png`,
      `images/../${HASH}.png`,
      `images/sub/${HASH}.png`,
      'pictures/durian.jpg',
      'C:\\pictures\\durian.jpg',
    ]) {
      expect(mediaNameOf(other)).toBeUndefined();
    }
  });

  it('gives each extension its content type', () => {
    expect(mediaContentType(`${HASH}.png`)).toBe('image/png');
    expect(mediaContentType(`${HASH}.jpg`)).toBe('image/jpeg');
    expect(mediaContentType(`${HASH}.webp`)).toBe('image/webp');
  });
});

describe('picture types by their first bytes', () => {
  it('recognises PNG, JPEG and WebP and nothing else', () => {
    expect(sniffImageType(Buffer.from(TINY_PNG_BASE64, 'base64'))).toBe('image/png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
    expect(sniffImageType(webp)).toBe('image/webp');
    const wave = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')]);
    expect(sniffImageType(wave)).toBeUndefined();
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffImageType(Buffer.from('<svg/>'))).toBeUndefined();
    expect(sniffImageType(Buffer.alloc(0))).toBeUndefined();
  });
});
