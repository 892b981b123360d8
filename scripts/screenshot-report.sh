#!/usr/bin/env bash
# Look at the HTML report as a reader does: run restore-text --format html over some inputs
# (default: examples/) and take a screenshot of the page with headless Chromium. Run by hand,
# not in CI. Needs a built dist/ (npm run build) and Chromium (Debian: apt-get install chromium).
#
#   scripts/screenshot-report.sh [OUT.png] [restore-text arguments...]
#   scripts/screenshot-report.sh /tmp/report.png --no-context examples/
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/restore-text-report.png}"
shift || true
args=("$@")
[ ${#args[@]} -eq 0 ] && args=("$root/examples")
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: no Chromium found (apt-get install chromium)" >&2
  exit 2
fi
work="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$work" "$profile"' EXIT
node "$root/bin/restore-text.js" --format html --report "$work/report.html" "${args[@]}"
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size=1280,1700 --screenshot="$out" "file://$work/report.html" 2>/dev/null
echo "screenshot-report: $out (report: ${#args[@]} input argument(s))"
