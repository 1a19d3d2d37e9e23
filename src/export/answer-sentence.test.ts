import { describe, expect, it } from 'vitest';
import { answerSentence } from './answer-sentence';

describe('Copy answer', () => {
  it.each([
    [
      'Go to 99.9 %: $12,000,000 pays back in 0.17 years. Beyond it, 99.99 % costs more.',
      'Go to 99.9 %: $12,000,000 pays back in 0.17 years.',
    ],
    ['Stay at 99.5 %!  Nothing pays back.', 'Stay at 99.5 %!'],
    ['Is 99.9 % worth it? Yes.', 'Is 99.9 % worth it?'],
    ['No end mark, $1.5M\nover two lines', 'No end mark, $1.5M over two lines'],
  ])('copies the first sentence of %j', (answer, sentence) => {
    expect(answerSentence(answer)).toBe(sentence);
  });

  it('says first which value the figures use while a field holds text that is not used', () => {
    const note =
      'Figures use Current availability 99.5%, not your entry “100”: Availability must be below 100 %.';
    const answer = 'Go to 99.9 %: $12,000,000 pays back in 0.17 years. Beyond it, 99.99 % costs more.';
    expect(answerSentence(answer, note)).toBe(`${note} ${answerSentence(answer)}`);
    expect(answerSentence(answer, null)).toBe(answerSentence(answer));
  });
});
