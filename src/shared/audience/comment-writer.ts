import type { CommentReport } from '../protocol/audience';

/** A product viewers may talk about: its SKU and its name as the audience sees it. */
export interface TalkedProduct {
  sku: string;
  name: string;
}

type Lang = 'zh' | 'en' | 'th';

const QUESTIONS: Record<Lang, readonly string[]> = {
  zh: [
    '{p}一个多重？',
    '{p}发货到成都吗？',
    '{p}什么时候补货？',
    '{p}还有吗',
    '{p}保质期多久呢',
    '请问{p}是今年的新货吗？',
    '{p}能不能再便宜点？',
    '{p}怎么吃比较好?',
  ],
  en: [
    'How heavy is one {p}?',
    'Do you ship the {p} to Chengdu?',
    'When is the {p} back?',
    'Is the {p} still available?',
    'how long does the {p} keep',
    'Can I buy two {p}?',
    'What size is the {p}?',
  ],
  th: ['{p} ส่งต่างประเทศไหมคะ', '{p} ราคาเท่าไหร่ครับ', '{p} หมดแล้วเหรอ'],
};

const CHATTER: Record<Lang, readonly string[]> = {
  zh: [
    '好好吃的样子',
    '主播好棒',
    '买了买了',
    '抢到了！',
    '来了来了',
    '支持泰国水果',
    '666',
    '太香了',
  ],
  en: [
    'Love this show',
    'Just bought one!',
    'Hello from Shanghai',
    'looks delicious',
    'so fast',
    'got it!!',
  ],
  th: ['สวัสดีค่ะ', 'อร่อยมาก', 'ซื้อแล้วค่ะ', 'ขอบคุณครับ'],
};

const SPAM: readonly { text: string; lang: Lang }[] = [
  { text: '加V信 wx8899 领更多优惠', lang: 'zh' },
  { text: 'cheap followers at spam.example', lang: 'en' },
  { text: '骗子!! 都是假货', lang: 'zh' },
  { text: 'SCAM scam scam', lang: 'en' },
];

const NAMES: Record<Lang, readonly string[]> = {
  zh: ['小芒果', '榴莲控', '成都吃货', '阿香', '大白兔', '椰子姐', '北京老王', '小鱼儿'],
  en: ['Mia', 'durianfan', 'Jack L.', 'Priya', 'Tom from KL', 'coco_88'],
  th: ['น้องแตง', 'Somchai', 'พี่นก'],
};

export interface CommentMix {
  /** Share of comments that ask about a product (most about the pinned one), 0..1. */
  questions: number;
  /** Share of spam and abuse, 0..1. */
  spam: number;
}

export const DEFAULT_COMMENT_MIX: CommentMix = { questions: 0.3, spam: 0.03 };

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function language(random: () => number): Lang {
  const roll = random();
  return roll < 0.6 ? 'zh' : roll < 0.9 ? 'en' : 'th';
}

/**
 * Writes one simulated viewer comment: Chinese, English or Thai; questions mostly about the
 * pinned product, chatter, and some spam and abuse. The same `random` sequence gives the same
 * comments, so a seeded crowd is repeatable.
 */
export function writeComment(
  random: () => number,
  viewerNumber: number,
  pinned: TalkedProduct | null,
  products: readonly TalkedProduct[],
  mix: CommentMix = DEFAULT_COMMENT_MIX,
): CommentReport {
  const viewerId = `viewer-${viewerNumber}`;
  const roll = random();
  if (roll < mix.spam) {
    const spam = pick(SPAM, random);
    return {
      viewerId: `spam-${viewerNumber % 7}`,
      name: 'promo★deals',
      text: spam.text,
      lang: spam.lang,
    };
  }
  const lang = language(random);
  const name = `${pick(NAMES[lang], random)}${viewerNumber % 100}`;
  if (roll < mix.spam + mix.questions) {
    const product =
      pinned !== null && random() < 0.75
        ? pinned
        : products.length > 0
          ? pick(products, random)
          : null;
    if (product !== null) {
      const text = pick(QUESTIONS[lang], random).replace('{p}', product.name);
      return { viewerId, name, text, lang, sku: product.sku };
    }
  }
  const comment: CommentReport = { viewerId, name, text: pick(CHATTER[lang], random), lang };
  if (pinned !== null) comment.sku = pinned.sku;
  return comment;
}
