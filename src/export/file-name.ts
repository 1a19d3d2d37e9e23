/** `2026-11-24`: a date as yyyy-mm-dd in the user's local time zone (the day they exported). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Lower-case ASCII slug of a name: "Financial Services" → "financial-services"; never empty. */
export function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return text || 'scenario';
}

/**
 * File name of an export: `nines-<scenario>-<yyyy-mm-dd>.<ext>`, with an optional part
 * (a chart's name) before the date: `nines-worked-example-break-even-2026-11-24.svg`.
 */
export function exportFileName(scenarioName: string, date: string, extension: string, part?: string): string {
  return (
    ['nines', slug(scenarioName), part ? slug(part) : null, date].filter(Boolean).join('-') + `.${extension}`
  );
}
