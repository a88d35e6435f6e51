#!/usr/bin/env bash
# Builds a private copy of the site in /tmp so that several people (or helpers) can check their work
# without fighting over dist/ and .astro/ in the shared tree: scripts/private-build.sh NAME
set -euo pipefail
name=${1:?usage: scripts/private-build.sh NAME}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=/tmp/private-build-$name
rm -rf "$dir" && mkdir -p "$dir"
cp -r "$root"/{src,content,public,astro.config.mjs,tsconfig.json,package.json} "$dir"/
ln -s "$root/node_modules" "$dir/node_modules"
cd "$dir" && npx astro build 2>&1 | grep -vE 'MODULE_LEVEL|^\s*[│╭╰─]|Help:|use astro:head' | tail -25
echo "built into $dir/dist"
