#!/usr/bin/env bash
# Builds Gleaner and serves it on http://127.0.0.1:8080 (opens nothing).
. "$(dirname "$0")/setup.sh"
trunk serve --release "$@"
