// British spellings of American words, which spinners often write. PURE.

const OUR_STEMS =
  /^(colo|favo|hono|labo|behavio|neighbo|humo|rumo|flavo|harbo|vapo|endeavo|savio|armo|valo|vigo|odo|parlo|splendo|tumo|clamo|rigo)r(s|ed|ing|able|ite|ites|hood|hoods)?$/;

/**
 * British spellings of an American word (spinners often write them: authorized -> authorised,
 * color -> colour, center -> centre). Rule-based; may return nothing.
 */
export function britishVariants(word: string): string[] {
  const out: string[] = [];
  const ize = /^([a-z]{4,})(i|y)z(e|ed|es|ing|ation|ations|er|ers)$/.exec(word);
  if (ize !== null) out.push(`${ize[1]}${ize[2]}s${ize[3]}`);
  const our = OUR_STEMS.exec(word);
  if (our !== null) out.push(`${our[1]}ur${our[2] ?? ''}`);
  const re = /^(cent|theat|met|fib|lit|somb|lust)er(s)?$/.exec(word);
  if (re !== null) out.push(`${re[1]}re${re[2] ?? ''}`);
  const nce = /^(defen|offen|preten)se(s)?$/.exec(word);
  if (nce !== null) out.push(`${nce[1]}ce${nce[2] ?? ''}`);
  const ll =
    /^(travel|cancel|model|label|signal|fuel|total|level|counsel|channel)(ed|ing|er|ers)$/.exec(
      word,
    );
  if (ll !== null) out.push(`${ll[1]}l${ll[2]}`);
  return out;
}
