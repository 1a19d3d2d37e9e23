/**
 * "Copy answer": the first sentence of the Answer, for chat and email. A sentence ends at ".", "!"
 * or "?" followed by a space or the end (so "0.17 years" and "$1.5M" stay whole); the whole text,
 * trimmed and on one line, when it has no such end. With `figuresNote` (the page's line on fields
 * whose text is not used), that line comes first, so the reader learns which value the figures use.
 */
export function answerSentence(answer: string, figuresNote?: string | null): string {
  const text = answer.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?= |$)/.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return figuresNote ? `${figuresNote} ${sentence}` : sentence;
}
