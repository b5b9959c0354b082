import { z } from 'zod';

/**
 * Dutch default messages for every zod issue, so an editor never reads English or jargon.
 * Schema-specific messages (passed as `error`) take precedence over these.
 */
const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst [ … ]',
  object: 'een object { … }',
  date: 'een datum',
  null: 'null',
  undefined: 'niets',
};

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'een lijst';
  if (typeof input === 'string') return `tekst "${input.length > 40 ? input.slice(0, 40) + '…' : input}"`;
  if (typeof input === 'number') return `het getal ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (typeof input === 'object') return 'een object';
  return typeof input;
}

/** A string that reads as a Dutch-formatted number ("12,5", "1.234", "1.234,5"). */
export const dutchNumberPattern = /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+,\d+$/;

/**
 * What to tell an editor who wrote a number as text: "12,5" (decimal comma), "2.500" (thousands point)
 * or "2500" (just quoted). Undefined when the text is not a number at all.
 */
export function numberInQuotesMessage(input: string): string | undefined {
  const s = input.trim();
  if (s.includes(',') && dutchNumberPattern.test(s)) {
    const fixed = Number(s.replace(/\./g, '').replace(',', '.'));
    return `"${input}" is tekst met een komma; schrijf het getal zonder aanhalingstekens en met een punt als decimaalteken: ${fixed}`;
  }
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s))
    return `"${input}" is tekst; schrijf het getal zonder aanhalingstekens en zonder punt voor duizendtallen: ${Number(s.replace(/\./g, ''))}`;
  if (/^-?\d+(\.\d+)?$/.test(s)) return `"${input}" is tekst; schrijf het getal zonder aanhalingstekens: ${Number(s)}`;
  return undefined;
}

export function dutchMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'ontbreekt (dit veld is verplicht)';
      const want = typeNames[issue.expected] ?? issue.expected;
      if (issue.expected === 'number' && typeof issue.input === 'string') {
        const quoted = numberInQuotesMessage(issue.input);
        if (quoted) return quoted;
      }
      return `moet ${want} zijn, maar is ${typeOf(issue.input)}`;
    }
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `onbekend veld "${issue.keys[0]}"`
        : `onbekende velden ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      if (issue.input === undefined) return `ontbreekt; kies uit: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
      return `${typeof issue.input === 'string' ? `"${issue.input}"` : typeOf(issue.input)} is geen toegestane waarde; kies uit: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `moet ${issue.exact ? 'precies' : 'minstens'} ${items(Number(issue.minimum))} bevatten`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'mag niet leeg zijn' : `moet minstens ${issue.minimum} tekens lang zijn`;
      return `moet ${issue.inclusive ? 'minstens' : 'groter dan'} ${issue.minimum} zijn`;
    case 'too_big':
      if (issue.origin === 'array') return issue.exact ? `moet precies ${items(Number(issue.maximum))} bevatten` : `mag hoogstens ${items(Number(issue.maximum))} bevatten`;
      if (issue.origin === 'string') return `mag hoogstens ${issue.maximum} tekens lang zijn`;
      return `moet ${issue.inclusive ? 'hoogstens' : 'kleiner dan'} ${issue.maximum} zijn`;
    case 'invalid_format':
      if (issue.format === 'url') return 'is geen geldig webadres: begin met https://';
      return `heeft niet de juiste vorm (${issue.format})`;
    case 'not_multiple_of':
      return `moet een veelvoud van ${issue.divisor} zijn`;
    case 'invalid_union':
      return 'past bij geen van de toegestane vormen';
    case 'invalid_key':
      return 'bevat een ongeldige sleutel';
    case 'invalid_element':
      return 'bevat een ongeldig element';
    default:
      return undefined;
  }
}

z.config({ customError: (issue) => dutchMessage(issue) });
