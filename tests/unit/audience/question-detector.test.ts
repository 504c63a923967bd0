import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../../src/main/core/audience/question-detector';

describe('question detector', () => {
  it.each([
    'How heavy is one?',
    'how heavy is one durian',
    'Do you ship to Chengdu',
    'When is the durian back',
    'is it still available',
    'hi! can I buy two',
    '@host what size is the coconut',
    'anyone know the price',
    'how much for two',
    'Wondering if you ship to KL',
    '榴莲一个多重？',
    '发货到成都吗',
    '什么时候补货',
    '还有货吗~',
    '这个怎么吃',
    '保质期多久',
    '能不能便宜点',
    '有没有小一点的',
    '是今年的新货吧?',
    '今天的椰子呢',
    'ราคาเท่าไหร่ครับ',
    'ส่งต่างประเทศไหมคะ',
  ])('hears a question in %j', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    'Love this show',
    'Just bought one!',
    'Hello from Shanghai',
    'what a great price!!',
    'how cute is that',
    'so fast',
    'This is amazing',
    'I can not wait',
    '好好吃的样子',
    '主播好棒',
    '买了买了',
    '666',
    '抢到了！',
    'อร่อยมาก',
    '',
    '   ',
  ])('hears no question in %j', (text) => {
    expect(isQuestion(text)).toBe(false);
  });
});
