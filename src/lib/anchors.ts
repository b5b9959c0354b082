/**
 * Stable anchors: built from ids and numbers, never from positions, so they survive reordering. Every
 * `#…` a page links to or sets comes from here, so a link and its target cannot drift apart.
 */
import { toSlug } from '../schemas/ids.ts';

export const findingAnchor = (nummer: string) => `bevinding-${toSlug(nummer)}`;
export const recommendationAnchor = (nummer: string) => `aanbeveling-${toSlug(nummer)}`;
export const figureAnchor = (id: string) => `figuur-${id}`;
export const milestoneAnchor = (id: string) => `mijlpaal-${id}`;
export const studyAnchor = (publicatie: string) => `studie-${publicatie}`;
/** A node of a verandertheorie on its keten page (results, but also the other layers). */
export const nodeAnchor = (id: string) => `resultaat-${id}`;
export const assumptionAnchor = (id: string) => `aanname-${id}`;
