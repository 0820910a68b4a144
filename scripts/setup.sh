# Installs what Gleaner's build and tests need, idempotently and fast when
# already present. Nothing downloads a prebuilt binary: trunk and wasm-bindgen
# are built from crates.io, wasm-opt comes from npm's binaryen, Chromium from Debian.
# Source it: `. scripts/setup.sh [--browser]`.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

step() { printf '\n== %s\n' "$*"; }

if [ "${1:-}" = "--browser" ] && ! command -v apt-get >/dev/null; then
  # Not Debian: the chromium there is used as it is.
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { echo "error: no apt-get to install chromium and chromium-driver with" >&2; exit 1; }
elif [ "${1:-}" = "--browser" ]; then
  # Readers have a current Chromium, so the tests run the newest one Debian ships, not
  # whichever was installed first: the package lists are refreshed once a day (a stamp
  # of our own), and chromium is upgraded when a newer version is there.
  stamp="${XDG_CACHE_HOME:-$HOME/.cache}/gleaner/apt-lists-refreshed"
  if [ -z "$(find "$stamp" -mmin -1440 2>/dev/null)" ]; then
    step "refreshing Debian's package lists (once a day)"
    if $SUDO apt-get update -q; then
      mkdir -p "$(dirname "$stamp")" && touch "$stamp"
    else
      echo "warning: the package lists could not be refreshed: the installed chromium (if any) is kept" >&2
    fi
  fi
  installed=$(dpkg-query -W -f='${Version}' chromium 2>/dev/null || true)
  candidate=$(apt-cache policy chromium | sed -n 's/^ *Candidate: //p')
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ "$installed" != "$candidate" ]; then
    step "installing Debian's chromium and chromium-driver ${candidate:-} (was: ${installed:-none})"
    # A failed upgrade keeps the chromium there is (with a warning); a failed first install fails.
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver \
      || { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && echo "warning: chromium could not be upgraded" >&2; }
  fi
  step "browser: $(/usr/bin/chromium --version 2>/dev/null), driver: $(/usr/bin/chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# The tools are built without optimization: their speed does not matter (trunk
# copies files and runs the others; wasm-bindgen takes under a second either
# way), and trunk's own profile (fat LTO, one codegen unit) took 11 of a
# newcomer's 16 minutes. Unoptimized, trunk builds in 2.5 minutes, wasm-bindgen in 1.
TOOL_PROFILE=(--config profile.release.opt-level=0 --config profile.release.lto=false
  --config profile.release.codegen-units=256 --config profile.release.debug=false
  --config profile.release.incremental=false)

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$WBG" ]; then
  step "building wasm-bindgen-cli $WBG"
  cargo install "${TOOL_PROFILE[@]}" wasm-bindgen-cli@"$WBG" # not --locked: its lockfile pins a crate this registry lacks
fi
if [ "$(trunk --version 2>/dev/null | cut -d' ' -f2)" != 0.21.14 ]; then
  step "building trunk 0.21.14"
  cargo install "${TOOL_PROFILE[@]}" --locked trunk@0.21.14 # 0.22 needs a newer rustc
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm packages (binaryen for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund
fi
cargo fetch --locked >/dev/null # trunk builds offline
