import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/document/split-sentences.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(sentences('We fix bugs. You report them! Why? Because.')).toEqual(['We fix bugs.', 'You report them!', 'Why?', 'Because.']);
  });

  it('keeps abbreviations, initials and version numbers inside one sentence', () => {
    expect(sentences('Type of issue (e.g. buffer overflow, etc.) in v1.2 of the U.S. site. Next one.')).toEqual([
      'Type of issue (e.g. buffer overflow, etc.) in v1.2 of the U.S. site.',
      'Next one.',
    ]);
    expect(sentences('Bitte z.B. die URL angeben. Danke.')).toEqual(['Bitte z.B. die URL angeben.', 'Danke.']);
  });

  it('does not split before a lower-case word, and always splits at a line break', () => {
    expect(sentences('See example.com. or not')).toEqual(['See example.com. or not']);
    expect(sentences('First line\nSecond line')).toEqual(['First line', 'Second line']);
  });

  it('takes closing quotes and brackets into the sentence', () => {
    expect(sentences('Do not test ("really.") Then report.')).toEqual(['Do not test ("really.")', 'Then report.']);
  });

  it('returns no spans for blank text', () => {
    expect(splitSentences('   \n  ')).toEqual([]);
  });
});
