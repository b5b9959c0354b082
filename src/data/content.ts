import { getCollection, type CollectionEntry } from 'astro:content';
import { indicators } from './indicators.ts';

/**
 * All content, read once per build and indexed by id. Pages take what they need from here
 * instead of each calling getCollection.
 */
async function load() {
  const [ketens, verandertheorie, indicatoren, verhalen, publicaties, aanbevelingen, trajecten, gemeenten, kaders, begrippen, bronnen, organisaties, paginas] =
    await Promise.all([
      getCollection('ketens'), getCollection('verandertheorie'), indicators(), getCollection('verhalen'),
      getCollection('publicaties'), getCollection('aanbevelingen'), getCollection('trajecten'), getCollection('gemeenten'),
      getCollection('kaders'), getCollection('begrippen'), getCollection('bronnen'), getCollection('organisaties'), getCollection('paginas'),
    ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  const byTitle = (a: { data: { titel: string } }, b: { data: { titel: string } }) => a.data.titel.localeCompare(b.data.titel, 'nl');
  return {
    ketens: ketens.sort((a, b) => a.data.volgorde - b.data.volgorde || a.data.naam.localeCompare(b.data.naam, 'nl')),
    verandertheorie: byId(verandertheorie),
    indicatoren: indicatoren.sort(byTitle),
    verhalen: verhalen.sort((a, b) => b.data.datum.localeCompare(a.data.datum) || byTitle(a, b)),
    publicaties: publicaties.sort((a, b) => b.data.datum.localeCompare(a.data.datum)),
    aanbevelingen,
    trajecten: trajecten.sort(byTitle),
    gemeenten: gemeenten.sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    kaders: kaders.sort(byTitle),
    begrippen: begrippen.sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl')),
    bronnen: byId(bronnen),
    organisaties: byId(organisaties),
    paginas: byId(paginas),
  };
}

let cached: ReturnType<typeof load> | undefined;
export const content = () => (cached ??= load());
export type Content = Awaited<ReturnType<typeof load>>;
export type { CollectionEntry };
