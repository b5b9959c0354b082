/**
 * Plain Dutch filler text for the synthetic site: sentences built from word lists with a seeded random source.
 * Safe for MDX and YAML: no braces, angle brackets, colons at line start or placeholders.
 */
import type { Random } from './random.ts';

const SUBJECTS = [
  'Het wijkteam', 'De medewerker van het wijkteam', 'Een inwoner', 'De mantelzorger', 'De huisarts', 'De wijkverpleegkundige',
  'Het steunpunt', 'De consulent', 'De gemeente', 'De buurtcoach', 'Een vrijwilliger', 'De ketenpartner', 'Het team',
  'De jongerenwerker', 'De schuldhulpverlener', 'De opbouwwerker',
];
const VERBS = [
  'bespreekt', 'regelt', 'ziet', 'merkt', 'organiseert', 'volgt', 'ondersteunt', 'meldt', 'plant', 'evalueert',
  'verbetert', 'deelt', 'vraagt naar', 'zoekt samen met de inwoner naar', 'noteert',
];
const OBJECTS = [
  'de zorgen over geld', 'een huisbezoek', 'de hulp bij het huishouden', 'een gesprek aan de keukentafel',
  'de afspraken met de huisarts', 'een plan voor de komende maanden', 'de wachttijd voor ondersteuning',
  'een cursus over geldzaken', 'de signalen uit de buurt', 'een passende plek voor dagbesteding',
  'de belasting van de mantelzorger', 'de terugkoppeling aan de verwijzer', 'een kort overleg met de school',
  'de ervaringen van bewoners', 'een traject naar werk', 'de toegang tot de voedselbank',
];
const TAILS = [
  'voordat er een crisis ontstaat', 'samen met de ketenpartners', 'in de eigen wijk', 'binnen twee weken',
  'zonder lange wachtlijst', 'op een vast moment in de week', 'met hulp van een tolk', 'in overleg met de familie',
  'na een melding van de buren', 'volgens de afspraken in de keten', 'als de situatie daarom vraagt',
];
const OPENERS = ['Daarna', 'In de praktijk', 'Volgens de betrokkenen', 'Na een paar weken', 'Ook', 'Soms', 'Meestal', 'Toch'];
const HEADINGS = ['Wat er gebeurde', 'Wat het wijkteam deed', 'Wat we ervan leren', 'Hoe het verder ging', 'Wat inwoners merken'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence of roughly 10–18 words. */
export function sentence(r: Random): string {
  const subject = r.pick(SUBJECTS);
  const [verb, ...particle] = r.pick(VERBS).split(' ');
  const rest = `${particle.length ? `${particle.join(' ')} ` : ''}${r.pick(OBJECTS)}${r.chance(0.7) ? ` ${r.pick(TAILS)}` : ''}`;
  // Dutch puts the verb second: "Daarna regelt het wijkteam …".
  if (r.chance(0.3)) return `${r.pick(OPENERS)} ${verb} ${subject.charAt(0).toLowerCase()}${subject.slice(1)} ${rest}.`;
  return `${subject} ${verb} ${rest}.`;
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(r: Random, min = 2, max = 4): string {
  return Array.from({ length: r.int(min, max) }, () => sentence(r)).join(' ');
}

/** A body of a few paragraphs, some under a level-2 heading, as Markdown. `lead` is the first line. */
export function body(r: Random, paragraphs: number, lead?: string): string {
  const parts: string[] = [];
  if (lead) parts.push(lead);
  const headings = r.sample(HEADINGS, Math.min(HEADINGS.length, Math.floor(paragraphs / 2)));
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 2 === 1 && headings.length) parts.push(`## ${headings.shift()}`);
    parts.push(paragraph(r));
  }
  return parts.join('\n\n') + '\n';
}

/** A short title of 3–6 words. */
export function title(r: Random): string {
  const object = r.pick(OBJECTS);
  return cap(`${r.pick(['meer aandacht voor', 'samen werken aan', 'beter zicht op', 'sneller', 'dichtbij', 'op tijd'])} ${object}`);
}
