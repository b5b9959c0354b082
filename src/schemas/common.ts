import { z } from 'zod';
import './errors-nl.ts';

/** An id: lower-case letters, digits and single hyphens. Ids become URLs and anchors. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `${typeof issue.input === 'string' ? `"${issue.input}" ` : ''}is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "wmo-mantelzorg")`,
  });

/** A non-empty line of text. */
export const text = z.string().trim().min(1, { error: 'mag niet leeg zijn' });

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
      return `"${String(issue.input)}" bestaat niet: ${MONTHS[m! - 1]} ${y} heeft ${daysInMonth(y!, m!)} dagen`;
    },
  }),
);

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A web address (https://…). */
export const url = z.url({ error: 'is geen geldig webadres: begin met https://' });

/**
 * A reference to an entry of `bronnen.json`, with an optional place in it
 * (page, section or line), so a reader can find the fact.
 */
export const bronverwijzing = z.strictObject({
  /** The id of the source in bronnen.json. */
  bron: slug,
  /** Where in the source: "p. 12", "§ 3.2", "bijlage 1". */
  plaats: text.optional(),
});
export type Bronverwijzing = z.infer<typeof bronverwijzing>;

/** A list of source references; may be empty. */
export const bronnen = z.array(bronverwijzing).default([]);

/** The roles through which publications look at the municipality (the "role lens"). */
export const rolLens = z.enum(['opdrachtgever', 'partner', 'regisseur', 'uitvoerder']);
