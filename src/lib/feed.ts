import type { Publicatie, StatusEntry } from '../schemas/index.ts';
import { recommendationAnchor } from './anchors.ts';
import { STATUS_LABEL } from './status.ts';

export interface FeedItem { title: string; link: string; date: string; description: string }

/** Feed items: every publication, and every dated status of a recommendation; newest first. */
export function feedItems(
  publications: { id: string; data: Publicatie }[],
  statuses: { publicatie: string; entry: StatusEntry }[],
): FeedItem[] {
  const titleOf = new Map(publications.map((p) => [p.id, p.data.titel]));
  const recTitle = new Map(publications.flatMap((p) => p.data.aanbevelingen.map((a) => [`${p.id}#${a.nummer}`, a.titel] as const)));
  const items: FeedItem[] = [
    ...publications.map((p) => ({ title: `Publicatie: ${p.data.titel}`, link: `/publicaties/${p.id}/`, date: p.data.datum, description: p.data.samenvatting })),
    ...statuses.map(({ publicatie, entry }) => ({
      title: `Aanbeveling ${entry.aanbeveling} (${titleOf.get(publicatie) ?? publicatie}): ${STATUS_LABEL[entry.status].toLowerCase()}`,
      link: `/publicaties/${publicatie}/#${recommendationAnchor(entry.aanbeveling)}`,
      date: entry.datum,
      description: `${recTitle.get(`${publicatie}#${entry.aanbeveling}`) ?? ''}. ${entry.toelichting}`.replace(/^\. /, ''),
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'nl'));
}
