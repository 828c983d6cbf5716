// stylelint for the site's style sheet (`make lint`): stylelint-config-standard, tuned where the project
// has a reason, each said below.

// Block, element and modifier (BEM), in lower case: the site's classes (`poster__rol`, `poster--a4`) and
// Material's (`md-nav__link`, `--md-default-fg-color--light`) are named so.
const BEM = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)*$/;

export default {
  extends: ["stylelint-config-standard"],
  // A disable comment must say why (`-- reason`), and must still be needed.
  reportDescriptionlessDisables: true,
  reportNeedlessDisables: true,
  reportInvalidScopeDisables: true,
  rules: {
    // Colours come from custom properties only: the site's own, each written once at the top of site.css,
    // and Material's, so that both colour schemes stay in step.
    "color-no-hex": true,
    "color-named": "never",
    "function-disallowed-list": ["rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color"],

    "selector-class-pattern": [BEM, { message: (selector) => `Expected class "${selector}" to be BEM in kebab-case` }],
    "custom-property-pattern": [BEM, { message: (name) => `Expected custom property "${name}" to be BEM in kebab-case` }],

    // min-width/max-width, as Material writes its media queries: site.css repeats some of them, and
    // hooks/material_internals.py finds them in Material's stylesheet by their text. Safari before 16.4
    // ignores a query in range notation, and with it the rule.
    "media-feature-range-notation": "prefix",
    // Material's breakpoints are exact fractions of an em (59.984375em is 959.75px); rounded, they would
    // no longer meet its own at the same width.
    "number-max-precision": 6,
    // Paper sizes as ISO 216 writes them (A3, A4), as the print docs and scripts/build-poster do.
    "value-keyword-case": ["lower", { ignoreKeywords: ["/^A[0-9]$/"] }],
    // The file is ordered by what a reader looks for (a section per part of the site, print after
    // screen), and this rule compares selectors only by their last part: it flags rules for unrelated
    // elements (`.reis > li`, `.poster__tips > li`) and the poster's A4 modifiers, which win by their
    // specificity wherever they stand.
    "no-descending-specificity": null,
  },
};
