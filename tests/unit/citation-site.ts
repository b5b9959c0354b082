/** The site and data version the citation tests cite from (the real Zaanstad site settings, a fixed commit). */
export const site = {
  titel: 'Sociale Wijkteams Zaanstad: evaluaties en verandertheorie',
  basisUrl: 'https://sociale-wijkteams.zaanstad.nl',
  uitgever: 'Gemeente Zaanstad',
  gemeenteId: 'zaanstad',
  licentie: { naam: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
};
export const version = { hash: '2f2c73ffa2bdfc60604207824d250eea34c2068e', short: '2f2c73f', date: '2025-06-17' };
