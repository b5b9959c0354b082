import TextFigure from './figures/TextFigure.astro';
import TextFigureNoAnchor from './figures/TextFigureNoAnchor.astro';

/** The components an MDX text may use (the allowlist is src/lib/markdown/safety.ts): pass to <Content components>. */
export const mdxComponents = { Figuur: TextFigure };

/** For pages that show every figure again with its anchor, such as the keten page. */
export const mdxComponentsWithoutAnchors = { Figuur: TextFigureNoAnchor };
