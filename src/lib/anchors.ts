/** Stable anchors: built from ids and numbers, never from positions, so they survive reordering. */
const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
export const findingAnchor = (nummer: string) => `bevinding-${clean(nummer)}`;
export const recommendationAnchor = (nummer: string) => `aanbeveling-${clean(nummer)}`;
export const figureAnchor = (indicator: string) => `figuur-${indicator}`;
export const milestoneAnchor = (id: string) => `mijlpaal-${id}`;
export const studyAnchor = (publicatie: string) => `studie-${publicatie}`;
