/**
 * Whether a viewer's comment asks something, for Chinese and English (and the commonest Thai
 * question particles). A question mark decides at once; without one, Chinese sentence-final
 * particles and question words, and English question openers, do.
 */

const QUESTION_MARK = /[?？¿]/;

/** Chinese question words anywhere in the comment. */
const ZH_QUESTION_WORDS =
  /(多少|几[个斤天点号块钱岁]|什么|啥|怎么|怎样|咋|哪[里儿个些]|为什么|为啥|是否|能不能|能否|可不可以|可以吗|有没有|会不会|是不是|要不要|行不行|好不好|多久|多重|多大|多长|何时|几时)/;
/** Chinese sentence-final question particles (吗, 么, 呢, 吧 asking). */
const ZH_FINAL_PARTICLE = /[吗嘛么呢][\s~～。!！.…]*$/;

/** English openers of a question. */
const EN_OPENER =
  /^(how|what|when|where|which|who|whom|whose|why|is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|has|have|had|any|anyone|anybody|isn't|aren't|don't|doesn't|can't|won't)\b/i;
/** English exclamations that open like a question ("what a deal", "how cute is that"). */
const EN_EXCLAMATION =
  /^(what an? |how (nice|cute|lovely|beautiful|great|cool|sweet|amazing|wonderful)\b)/i;
/** English phrases that ask without an opener ("wondering if", "tell me ..."). */
const EN_PHRASE =
  /\b(any idea|anyone know|wondering if|tell me (how|what|when|where|if)|how (much|many|long|heavy|big))\b/i;

/** Thai question particles and words. */
const TH_QUESTION = /(ไหม|มั้ย|หรือเปล่า|เหรอ|หรอ|อะไร|เท่าไหร่|เท่าไร|ยังไง|อย่างไร|ที่ไหน|เมื่อไหร่|ทำไม)/;

/** Sentence starts after a greeting or an @mention ("hi! is it fresh", "@host how heavy"). */
function clauses(text: string): string[] {
  return text
    .split(/[.!,;:~\n。！，；：]+/)
    .map((part) => part.replace(/^\s*(@\S+\s*)+/, '').trim())
    .filter((part) => part.length > 0);
}

export function isQuestion(raw: string): boolean {
  const text = raw.trim();
  if (text.length === 0) return false;
  if (QUESTION_MARK.test(text)) return true;
  if (ZH_FINAL_PARTICLE.test(text) || ZH_QUESTION_WORDS.test(text)) return true;
  if (TH_QUESTION.test(text)) return true;
  if (EN_PHRASE.test(text)) return true;
  return clauses(text).some(
    (clause) =>
      EN_OPENER.test(clause) && !EN_EXCLAMATION.test(clause) && clause.split(/\s+/).length >= 3,
  );
}
