// a/an before a restoration: "an irregular woodland" -> "a random forest". When the word
// before an edit is the indefinite article and no longer fits the restoration's first sound,
// the edit is widened over the article and writes the right one (in the writer's case).
import type { Edit } from '../types.js';

const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])((?:a|an|A|An|AN))(\s+)$/u;
/** Words spelled with a vowel that start with a consonant sound, and the reverse. */
const CONSONANT_SOUND = /^(?:uni|use|usu|uti|uro|eu|ewe|one|once|ubiq|u\.)/i;
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir|herb)/i;
/** Acronyms whose first letter is read with a vowel sound: FBI, MRI, NGO, SVM, X-ray. */
const VOWEL_LETTER_ACRONYM = /^[AEFHILMNORSX](?:[A-Z0-9]|$)/;

/** True when `word` takes "an". `shouting`: the text around is in capitals, so no acronyms. */
export function wantsAn(word: string, shouting = false): boolean {
  if (!shouting && /^[A-Z][A-Z0-9]{1,4}s?$/.test(word)) return VOWEL_LETTER_ACRONYM.test(word);
  if (VOWEL_SOUND.test(word)) return true;
  if (CONSONANT_SOUND.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

function articleFor(written: string, an: boolean): string {
  const base = an ? 'an' : 'a';
  if (written === written.toUpperCase() && written.length > 1) return base.toUpperCase();
  return /^A/.test(written) ? base[0]!.toUpperCase() + base.slice(1) : base;
}

/**
 * The edit, widened over a preceding article that no longer fits; when a line break stands
 * between them, the article gets an edit of its own so that no edit spans lines needlessly.
 */
export function agreeArticle(input: string, edit: Edit): Edit[] {
  const before = input.slice(Math.max(0, edit.span[0] - 8), edit.span[0]);
  const m = ARTICLE_BEFORE.exec(before);
  const first = /[\p{L}\p{N}.]+/u.exec(edit.text)?.[0];
  if (m === null || first === undefined) return [edit];
  const [, article = '', space = ''] = m;
  const an = wantsAn(first, article.length > 1 && article === article.toUpperCase());
  if ((article.toLowerCase() === 'an') === an) return [edit];
  const start = edit.span[0] - article.length - space.length;
  const replacement = articleFor(article, an);
  if (/[\r\n]/.test(space)) {
    const articleEdit: Edit = {
      ...edit,
      span: [start, start + article.length],
      actual: article,
      text: replacement,
      alternatives: [],
      reasons: [`“${replacement}” before “${first}”`, ...edit.reasons],
    };
    return [articleEdit, edit];
  }
  return [
    {
      ...edit,
      span: [start, edit.span[1]],
      actual: article + space + edit.actual,
      text: replacement + space + edit.text,
    },
  ];
}
