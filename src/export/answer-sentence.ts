/**
 * "Copy answer": the first sentence of the Answer, for chat and email. A sentence ends at ".", "!"
 * or "?" followed by a space or the end (so "0.17 years" and "$1.5M" stay whole); the whole text,
 * trimmed and on one line, when it has no such end.
 */
export function answerSentence(answer: string): string {
  const text = answer.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?= |$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
