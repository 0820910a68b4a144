#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), after embed-bundle.sh: writes into the
# built sw.js the app shell it precaches on install and a version named after
# every file of the build, so that any change to the site installs as an update
# and the caches of older builds are removed.
set -euo pipefail
cd "${TRUNK_STAGING_DIR:?run by trunk}"
test -f sw.js
# The shell: the page and everything it loads before a first analysis.
mapfile -t shell < <(
  find . -maxdepth 1 -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.webmanifest' \) ! -name sw.js
  find icons -type f
  echo ./models/lexicon.glx
)
for file in "${shell[@]}"; do
  test -f "$file" || { echo "precache.sh: $file is missing from the build" >&2; exit 1; }
done
version=$(find . -type f ! -name sw.js -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
entries=$(printf '%s\n' "${shell[@]#./}" | sort | sed 's/.*/"&"/' | paste -sd, - | sed 's/,/, /g')
sed -i -e "s|^const VERSION = .*|const VERSION = \"$version\";|" -e "s|^const SHELL = .*|const SHELL = [\"./\", $entries];|" sw.js
grep -q "^const VERSION = \"$version\";" sw.js || { echo "precache.sh: sw.js has no VERSION line" >&2; exit 1; }
grep -q '^const SHELL = \["\./", "' sw.js || { echo "precache.sh: sw.js has no SHELL line" >&2; exit 1; }
echo "precache.sh: sw.js version $version, ${#shell[@]} files in the shell"
