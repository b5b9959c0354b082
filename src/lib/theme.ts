import type { Site } from '../schemas/index.ts';

/**
 * A value made safe for a declaration inside a <style> element: characters that could end the
 * declaration, the rule or the element are written as CSS escapes. The schema already refuses them;
 * this is the second line of defence.
 */
export function cssValue(value: string): string {
  return value.replace(/[<>{};\\\n\r\f@!&/]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `);
}

/**
 * CSS custom properties from the municipality's design tokens in site.json: our own `--vt-*`
 * properties and the NL Design System (Utrecht) component tokens they feed.
 */
export function themeCss(thema: Site['thema']): string {
  const vars: Record<string, string> = {
    '--vt-primary': thema.primair,
    '--vt-primary-text': thema.primairTekst,
    '--vt-link': thema.link,
    '--vt-focus': thema.focus,
    '--vt-text': thema.tekst,
    '--vt-bg': thema.achtergrond,
    '--vt-surface': thema.vlak,
    '--vt-font': thema.lettertype,
    '--utrecht-document-color': thema.tekst,
    '--utrecht-document-background-color': thema.achtergrond,
    '--utrecht-document-font-family': thema.lettertype,
    '--utrecht-link-color': thema.link,
    '--utrecht-link-hover-color': thema.tekst,
    '--utrecht-link-visited-color': thema.link,
    '--utrecht-focus-outline-color': thema.focus,
    '--utrecht-heading-color': thema.primair,
    '--utrecht-page-header-background-color': thema.primair,
    '--utrecht-page-header-color': thema.primairTekst,
    '--utrecht-page-footer-background-color': thema.vlak,
    '--utrecht-page-footer-color': thema.tekst,
    '--utrecht-table-header-background-color': thema.vlak,
    '--utrecht-skip-link-background-color': thema.primair,
    '--utrecht-skip-link-color': thema.primairTekst,
  };
  thema.grafiek.forEach((c, i) => (vars[`--vt-series-${i + 1}`] = c));
  return `:root{${Object.entries(vars).map(([k, v]) => `${k}:${cssValue(v)}`).join(';')}}`;
}
