/** All content schemas, for the site build, the check script and the tests alike. */
export { siteSchema, gebiedSchema, type Site, type Gebied } from './site.ts';
export { ketenSchema, strategie, type Keten } from './keten.ts';
export { verandertheorieSchema, resultSoorten, type Verandertheorie, type Knoop, type Verband, type Aanname } from './verandertheorie.ts';
export { indicatorSchema, observatieSchema, type Indicator, type Observatie } from './indicator.ts';
export { verhaalSchema, type Verhaal } from './verhaal.ts';
export { publicatieSchema, type Publicatie, type Bevinding, type Aanbeveling } from './publicatie.ts';
export { aanbevelingStatusSchema, aanbevelingStatus, type AanbevelingStatusFile, type StatusEntry } from './aanbeveling-status.ts';
export { trajectSchema, type Traject, type Mijlpaal } from './traject.ts';
export { gemeenteSchema, kenmerkLabels, kenmerkVelden, type Gemeente, type KenmerkVeld } from './gemeente.ts';
export { kaderSchema, type Kader } from './kader.ts';
export { begripSchema, type Begrip } from './begrip.ts';
export { bronSchema, type Bron } from './bron.ts';
export { organisatieSchema, type Organisatie } from './organisatie.ts';
export { slug, bronverwijzing, type Bronverwijzing } from './common.ts';
export { paginaSchema, type Pagina } from './pagina.ts';
export { omleidingenSchema, type Omleidingen } from './omleidingen.ts';
export { wijkkaartSchema, KAART_CRS, type Wijkkaart, type WijkkaartFeature } from './wijkkaart.ts';
