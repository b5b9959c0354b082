import { z } from 'zod';
import './errors-nl.ts';
import { SLUG_PATTERN } from './ids.ts';
import { monthLabel } from './periods.ts';

/** An id: lower-case letters, digits and single hyphens. Ids become URLs and anchors. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, {
    error: (issue) => `${typeof issue.input === 'string' ? `"${issue.input}" ` : ''}is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "wmo-mantelzorg")`,
  });

/** Characters that must never hide in text: NUL and other control characters, and bidi overrides that reorder what a reader sees. */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Names a hidden character for an editor, e.g. "een NUL-teken (U+0000)". */
export function hiddenCharacter(value: string): string | undefined {
  const ch = HIDDEN.exec(value)?.[0];
  if (ch === undefined) return undefined;
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === '\u0000') return `een NUL-teken (${code})`;
  if (/[\u202a-\u202e\u2066-\u2069]/.test(ch)) return `een onzichtbaar teken dat de leesrichting omdraait (${code})`;
  return `een onzichtbaar stuurteken (${code})`;
}

/** A non-empty line of text, without hidden characters. */
export const text = z.string().trim().min(1, { error: 'mag niet leeg zijn' }).superRefine((value, ctx) => {
  const hidden = hiddenCharacter(value);
  if (hidden) ctx.addIssue({ code: 'custom', message: `bevat ${hidden}; haal het weg (typ de tekst opnieuw of plak hem als platte tekst)`, input: value });
});

const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date as `JJJJ`, `JJJJ-MM` or `JJJJ-MM-DD`. Less precision means "approximately then".
 * YAML turns unquoted dates into Date objects and an unquoted year into a number; both are accepted
 * and written back as text.
 */
export const datum = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
    return value;
  },
  z.string().regex(DATE_PATTERN, {
    error: (issue) => `${typeof issue.input === 'string' ? `"${issue.input}" ` : ''}is geen geldige datum: schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ (bijvoorbeeld 2024-11-01)`,
  }).refine((d) => {
    if (!DATE_PATTERN.test(d)) return true; // already reported above
    const [y, m, day] = d.split('-').map(Number);
    return day === undefined || day <= daysInMonth(y!, m!);
  }, {
    error: (issue) => {
      const [y, m] = String(issue.input).split('-').map(Number);
      return `"${String(issue.input)}" bestaat niet: ${monthLabel(y!, m!)} heeft ${daysInMonth(y!, m!)} dagen`;
    },
  }),
);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a web address may not be published; undefined when it may. Pure, so scripts and tests use it too. */
export function urlProblem(value: string, options: { relative?: boolean; mailto?: boolean } = {}): string | undefined {
  const allowed = `alleen https://, http://${options.mailto ? ', mailto:' : ''}${options.relative ? ' of een pad op deze site (/…)' : ''}`;
  const shown = `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (/\s/.test(value.trim()) || value.trim() !== value || HIDDEN.test(value)) return `${shown} is geen geldig webadres: het bevat spaties of onzichtbare tekens`;
  if (options.relative && value.startsWith('/') && !value.startsWith('//')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return `${shown} is geen geldig webadres: begin met https://${options.relative ? ' of met / voor een pagina op deze site' : ''}`;
  if (scheme === 'mailto' && options.mailto) return /^mailto:[^@\s]+@[^@\s]+$/i.test(value) ? undefined : `${shown} is geen geldig e-mailadres: schrijf mailto:naam@voorbeeld.nl`;
  if (scheme !== 'http' && scheme !== 'https') return `${shown} gebruikt "${scheme}:"; dat is niet toegestaan: ${allowed}`;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return `${shown} is geen geldig webadres: begin met https://`;
  }
  if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost') return `${shown} is geen geldig webadres: na https:// hoort een domeinnaam zoals www.zaanstad.nl`;
  if (parsed.username || parsed.password) return `${shown} bevat een gebruikersnaam of wachtwoord; haal dat weg`;
  return undefined;
}

const urlSchema = (options: Parameters<typeof urlProblem>[1]) =>
  z.string().superRefine((value, ctx) => {
    const problem = urlProblem(value, options);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** An absolute web address (https:// or http://). Every other scheme (javascript:, data:, …) is refused. */
export const url = urlSchema({});

/** A link a reader can follow: https://, http://, mailto: or a path on this site (/…). */
export const link = urlSchema({ relative: true, mailto: true });

/** An id that points to an entry of another collection ("ketens"), or to a list inside one ("verandertheorie.knopen"); the editor offers a choice from it. */
export const verwijzing = (collectie: string) => slug.meta({ verwijst: collectie });

/**
 * A reference to an entry of `bronnen.json`, with an optional place in it
 * (page, section or line), so a reader can find the fact.
 */
export const bronverwijzing = z.strictObject({
  /** The id of the source in bronnen.json. */
  bron: verwijzing('bronnen').meta({ title: 'Bron', description: 'Kies de bron uit de lijst met bronnen.' }),
  /** Where in the source: "p. 12", "§ 3.2", "bijlage 1". */
  plaats: text.meta({ title: 'Plaats in de bron', description: 'Waar in de bron het staat: "p. 12", "§ 3.2" of "bijlage 1".' }).optional(),
}).meta({ title: 'Bron', description: 'Waar dit vandaan komt.' });
export type Bronverwijzing = z.infer<typeof bronverwijzing>;

/** A list of source references; may be empty. */
export const bronnen = z.array(bronverwijzing).default([]).meta({ title: 'Bronnen', description: 'Waar dit vandaan komt: kies de bron en noem de plaats erin.' });

/** The roles through which publications look at the municipality (the "role lens"). */
export const rolLens = z.enum(['opdrachtgever', 'partner', 'regisseur', 'uitvoerder']);
