// The full engine (LM + reversed thesauri + dictionaries) on hand-written sentences: what it
// restores, and what it must leave alone.
import { describe, expect, test } from 'vitest';
import { restore } from '../../../src/core/restore.js';
import { createRestoreOptions } from '../../../src/restoreOptions.js';
import { parseDictionary } from '../../../src/dictionary/parse.js';

const options = createRestoreOptions({});

describe('full engine', () => {
  test.each([
    [
      'A senior official informed reporters that the talks had stalled.',
      'A senior official told reporters that the talks had stalled.',
    ],
    ['It is a assume tank known as InSight Crime.', 'It is a think tank known as InSight Crime.'],
    [
      'Early detection of bosom peril with counterfeit consciousness.',
      'Early detection of breast cancer with artificial intelligence.',
    ],
  ])('restores %j', (input, expected) => {
    expect(restore(input, options).output).toBe(expected);
  });

  test.each([
    'The president will travel to Europe next week to meet with leaders of the alliance, the White House said on Monday.',
    'We went home after the game, and the companies reported strong earnings.',
    'Photo by Frederic J. Brown for the Associated Press.',
    'The mentioned [sic] report was late.',
    'Contact press@example.org or see https://example.org/informed-consent for details.',
    'The men and women of our armed forces deserve our thanks. Even so, the electrical power grid needs work, and we will carry on to invest in it.',
    'An independent company measured the weight reduction of the new frame, and numerous individuals praised the client experience.',
  ])('leaves genuine text alone: %j', (input) => {
    expect(restore(input, options).applied).toEqual([]);
  });

  test.each([
    // the sure phrases (final yr, assume tank) show the spinner: its word swaps follow, names too
    [
      'Final yr, the assume tank InSight Crime mentioned the White Home Workplace of Nationwide Drug Management Coverage had informed reporters.',
      'Last year, the think tank InSight Crime said the White House Office of National Drug Control Policy had told reporters.',
    ],
    // a general-purpose SEO spinner: its sure phrases, then its word swaps
    [
      'Social networking sites this sort of as Fb have turn out to be much less difficult to use, and men and women use them in purchase to keep in touch.',
      'Social networking sites such as Facebook have become easier to use, and people use them in order to keep in touch.',
    ],
    [
      'When it arrives to your wellbeing, make positive you drop excess weight in purchase to lower your blood strain.',
      'When it comes to your wellbeing, make sure you lose weight in order to lower your blood pressure.',
    ],
    // a curated phrase in the plural ("legal professional" is listed), and a word swap that
    // the text's own sure phrase shows ("Fee" in "Federal Commerce Fee")
    [
      'Final yr the Federal Commerce Fee informed reporters that legal professionals for the fee had declined to remark.',
      'Last year the Federal Trade Commission told reporters that attorneys for the commission had declined to comment.',
    ],
    // a paraphrasing spinner of the Spinbot kind: its sure phrases, then its word swaps
    [
      'On the off chance that you utilize online life, a considerable lot of your perusers will take a gander at your watchwords.',
      'If you use social media, many of your readers will take a look at your keywords.',
    ],
    // a `lower` entry: the spinner's lowercased name is spun, the writer's capitalised one is not
    [
      'Good content material and website positioning help search engines like google find you, as search engines like Google reward speed.',
      'Good content and SEO help search engines find you, as search engines like Google reward speed.',
    ],
    // an inflected curated phrase whose restoration a thesaurus also gives ("makes use of")
    [
      'Final yr the assume tank mentioned that the company makes use of the funds.',
      'Last year the think tank said that the company uses the funds.',
    ],
    // no sure phrase, but many of the spinner's word swaps that the LM strongly supports
    [
      'The scholar mentioned that the authorities had informed the sufferers about the remedy, and the physician stated that the outcomes had been glorious.',
      'The student said that the authorities had told the patients about the remedy, and the doctor said that the results were glorious.',
    ],
    // the WordNet spinner, shown by its own sure forms
    [
      'The U.Due south. court said on Wed that information technology would hear the example atomic number 49 xiv days.',
      'The U.S. court said on Wednesday that it would hear the case in 14 days.',
    ],
  ])('restores a spun text: %j', (input, expected) => {
    expect(restore(input, options).output).toBe(expected);
  });

  test.each([
    // the same swaps without a sure phrase: a genuine text, left alone
    [
      'A think tank mentioned the Workplace Safety Board and informed its members of the main example.',
      [],
    ],
    // a spun phrase quoted as an example is a mention, not evidence of spinning; when it is all
    // the quotation holds, it is only suggested
    [
      'Spinners write “final yr” and “assume tank”; the official mentioned both to the Workplace Safety Board.',
      [],
    ],
    // a short quotation with more in it is not evidence either (also across a line break)
    [
      'Spinners write "a assume\ntank" and the official mentioned it to the Workplace Safety Board.',
      ['assume\ntank'],
    ],
    // in code, a phrase is neither rewritten nor evidence
    [
      'Spinners write `final yr` and `assume tank`; the board informed its members of the nationwide figures.',
      [],
    ],
  ])('keeps the swaps of genuine text: %j', (input, changed) => {
    expect(restore(input, options).applied.map((e) => e.actual)).toEqual(changed);
  });

  test('a phrase that is all a quotation holds is a suggestion: the text names it', () => {
    const r = restore(
      'Reports cite “counterfeit consciousness” for “artificial intelligence”; the counterfeit consciousness model failed.',
      options,
    );
    expect(r.applied.map((e) => e.actual)).toEqual(['counterfeit consciousness']);
    expect(r.applied[0]?.span[0]).toBe(76);
    expect(r.suggestions.map((e) => [e.actual, e.reasons.at(-2)])).toEqual([
      ['counterfeit consciousness', 'named in quotation marks: suggestion only'],
    ]);
  });

  test('a curated proper noun replaces only a lower-case spelling (the spinner wrote it)', () => {
    const family = parseDictionary(
      [
        ['zorp blat', 'last year', '-', 'family', '0.95'],
        ['quux frob', 'this week', '-', 'family', '0.95'],
        ['flim flam', 'next month', '-', 'family', '0.95'],
        ['zembla', 'New Zealand', 'channel', 'family', '1'],
      ]
        .map((cols) => cols.join('\t'))
        .join('\n'),
      'family',
      'family.tsv',
    );
    const withFamily = { ...options, dictionaries: [...options.dictionaries, family] };
    expect(
      restore(
        'Zorp blat, quux frob and flim flam, drugs flowed into zembla, not into the Zembla Bank.',
        withFamily,
      ).output,
    ).toBe(
      'Last year, this week and next month, drugs flowed into New Zealand, not into the Zembla Bank.',
    );
  });

  test('an overlapping finding that the applied edits already carry out is not listed again', () => {
    const result = restore(
      'Final yr, the assume tank InSight Crime mentioned the navy within Mexico proper now.',
      options,
    );
    expect(result.output).toBe(
      'Last year, the think tank InSight Crime said the navy in Mexico right now.',
    );
    expect(result.suggestions.map((e) => e.actual)).not.toContain('proper now');
    expect(result.suggestions.map((e) => e.actual)).not.toContain('proper');
  });

  test('every edit carries its evidence', () => {
    const [edit] = restore('A senior official informed reporters.', options).applied;
    expect(edit?.reasons.some((r) => r.startsWith('LM '))).toBe(true);
    expect(edit?.alternatives[0]?.lm).toBeTypeOf('number');
  });
});

describe('lazy language model', () => {
  const untouchable = {
    order: 3,
    vocabularySize: 0,
    id: (): number => {
      throw new Error('the LM was used');
    },
    logProb: (): number => {
      throw new Error('the LM was used');
    },
  };
  const noKeys = { originals: () => [], maxPhraseWords: 1 };

  test('a text without any candidate never touches the language model', () => {
    const result = restore('Numbers 12 and 34, nothing else.', {
      dictionaries: [],
      lm: untouchable,
      thesaurus: noKeys,
    });
    expect(result.output).toBe('Numbers 12 and 34, nothing else.');
  });
});

describe('decoding passes', () => {
  test('stopping once a pass accepts what the one before did gives what every pass gives', () => {
    const text =
      'The U.Due south. court said on Wed that information technology would hear the example atomic number 49 xiv days. Final yr the assume tank mentioned the regulation enforcement companies had informed reporters.';
    const early = restore(text, options);
    // A trace makes the decoder run every pass (the last one is traced).
    const all = restore(text, { ...options, trace: () => undefined });
    expect(early.output).toBe(all.output);
    expect(early.applied.map((e) => [e.span, e.text, e.confidence])).toEqual(
      all.applied.map((e) => [e.span, e.text, e.confidence]),
    );
  });
});
