// ESLint for the site's own scripts and the test suite's Node script (`make lint`). ESLint rather than
// Biome: each file here runs in a different place (a page, a search worker, Node), and ESLint's flat
// config gives each exactly its place's globals, so `no-undef` catches a name that is not there (a
// worker has no `window`, a page no `require`); Biome's noUndeclaredVariables accepts the browser's and
// Node's globals in every file. ESLint checks; it does not reformat the files.
import js from "@eslint/js";
import globals from "globals";

export default [
  // Vendored as its authors published it (hooks/assets.py publishes it unchanged too); build output; and
  // what the installs put in the checkout (.gitignore's folders: the virtualenvs hold Material's bundle,
  // axe and lunr, and each bench tool its own node_modules).
  {
    ignores: [
      "docs/assets/javascripts/vendor/",
      "site/",
      "dist/",
      "**/node_modules/",
      ".venv/",
      ".venv-lock/",
    ],
  },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error", reportUnusedInlineConfigs: "error" },
    // Beyond the recommended rules, what ruff's bugbear and pyupgrade are to the Python: no loose
    // comparison, no name that hides another, block-scoped names that change only when they must.
    rules: {
      eqeqeq: "error",
      "no-shadow": "error",
      "no-var": "error",
      "prefer-const": "error",
    },
  },
  {
    // Page scripts: classic scripts (not modules) that share the page with Material's bundle; each
    // keeps its names to itself.
    files: ["docs/assets/javascripts/*.js"],
    rules: { "no-implicit-globals": "error" },
    languageOptions: {
      sourceType: "script",
      globals: {
        ...globals.browser,
        // Material's bundle announces each page on this observable (hooks/material_internals.py checks it).
        document$: "readonly",
      },
    },
  },
  {
    // The search worker runs in front of Material's, which it loads with importScripts.
    files: ["docs/assets/javascripts/workers/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: {
        ...globals.worker,
        // Material's worker brings lunr and its language support.
        lunr: "readonly",
        // On file:// the iframe-worker shim runs the worker as a script in a page.
        document: "readonly",
      },
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
];
