/**
 * The part of the shared reset only Lit components need (the launcher does without it, which keeps
 * it out of the first-load chunk): the visually-hidden helper and the accessibility floor — in
 * forced-colors mode a real outline on focus even where a component draws its focus ring with a
 * box-shadow (forced colors remove shadows), and with reduced motion no animation or transition.
 * `tokens.ts` appends it to `baseCss`.
 */
export const componentBaseCss = `
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: var(--lb-focus-width) solid Highlight !important;
      outline-offset: 2px !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
