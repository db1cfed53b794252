#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest. `npm test` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "browsers"
bash scripts/ensure-browsers.sh

step "typecheck"
node node_modules/typescript/bin/tsc -p tsconfig.json

step "lint"
node node_modules/eslint/bin/eslint.js --max-warnings 0 .
node node_modules/prettier/bin/prettier.cjs --check --log-level warn .

step "import circles"
# madge follows every import under src/, type-only and dynamic ones too, and fails on a circle.
npm run --silent check:circles

step "unit tests (Node)"
node node_modules/vitest/vitest.mjs run

step "build and bundle sizes"
npm run --silent build
node scripts/size.mjs

step "framework types: React 19 and Preact TSX, Vue templates against the built package"
# Every element in TSX, and `@ts-expect-error` lines for a misspelled attribute and wrong types.
node node_modules/typescript/bin/tsc -p test/types/tsconfig.json
# Every element in a Vue SFC (vue-tsc, strict templates); mistakes.vue must fail, line by line.
node --test test/types/vue.test.mjs

step "package: every entry imports in Node; editor files; the packed tarball installs; README theming"
node --test test/package/
node scripts/readme-theming.mjs --check

step "strict-CSP pages with Trusted Types (Chromium); a failed form submit in Firefox ESR"
node --test test/csp/

step "browser tests (Chromium, Firefox ESR)"
node node_modules/@web/test-runner/dist/bin.js
