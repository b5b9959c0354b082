/**
 * Recognising the columns of an export by their usual Dutch names: "Jaar", "Wijk", "Aantal", "Wijkcode",
 * "Percentage (%)", "Peildatum", … A header matches a role when it is one of the names, or starts with one
 * ("Aantal huisbezoeken", "Wijk (naam)").
 */
import { normalize } from './values.ts';

export type Role = 'periode' | 'gebied' | 'waarde' | 'categorie' | 'status' | 'toelichting';

export const ROLE_NAMES: Record<Role, string[]> = {
  periode: ['periode', 'jaar', 'peildatum', 'datum', 'maand', 'kwartaal', 'halfjaar', 'tijdvak', 'verslagperiode', 'jaartal'],
  gebied: ['wijk', 'gebied', 'buurt', 'wijkcode', 'buurtcode', 'gebiedscode', 'wijknaam', 'buurtnaam', 'gebiedsnaam', 'wijkteam', 'gemeente', 'gemeentecode', 'gemeentenaam', 'regio', 'regiocode', 'code'],
  waarde: ['waarde', 'aantal', 'aantallen', 'percentage', 'procent', 'perc', '%', 'totaal', 'getal', 'score', 'bedrag', 'uren', 'cijfer'],
  categorie: ['categorie', 'uitsplitsing', 'groep', 'klasse', 'uitkomst'],
  status: ['status'],
  toelichting: ['toelichting', 'opmerking', 'opmerkingen', 'noot', 'voetnoot', 'bijzonderheden'],
};

/** Which role a header has, if any. */
export function roleOf(header: string): Role | undefined {
  const h = normalize(header);
  if (!h) return undefined;
  const first = h.split(' ')[0]!;
  for (const exact of [true, false])
    for (const [role, names] of Object.entries(ROLE_NAMES) as [Role, string[]][])
      if (names.includes(exact ? h : first)) return role;
  return undefined;
}

export interface ColumnMap {
  /** Column indexes per role, in file order. */
  byRole: Map<Role, number[]>;
  /** Headers as written, by column index. */
  headers: string[];
  /** Headers that match no role. */
  ignored: string[];
}

export function mapColumns(headers: string[]): ColumnMap {
  const byRole = new Map<Role, number[]>();
  const ignored: string[] = [];
  headers.forEach((header, i) => {
    if (!header.trim()) return;
    const role = roleOf(header);
    if (!role) ignored.push(header.trim());
    else byRole.set(role, [...(byRole.get(role) ?? []), i]);
  });
  return { byRole, headers, ignored };
}

/** "periode", "gebied" and "waarde", in the words an editor would use for a column name. */
export const ROLE_EXAMPLES: Record<Role, string> = {
  periode: '"periode", "jaar" of "peildatum"',
  gebied: '"wijk", "gebied", "buurt" of "wijkcode"',
  waarde: '"waarde", "aantal" of "percentage"',
  categorie: '"categorie"',
  status: '"status"',
  toelichting: '"toelichting"',
};
