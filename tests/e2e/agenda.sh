#!/usr/bin/env bash
# `planlint agenda` end to end, each format read by a real consumer (tests/e2e/agenda_check.py):
# JSON with python json, CSV with python csv, iCalendar with Debian's python3-icalendar (UIDs
# stable across runs, a re-import moves an event instead of adding one), and the HTML page in
# headless Debian Chromium: a screenshot, the DOM it built (every plan and deadline), and its
# net log (no request left the page; checked against a control page that does make requests).
set -uo pipefail
planlint=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
today=2027-03-01
fail=0

# Debian's python3-icalendar is installed for /usr/bin/python3, which may not be the first
# python3 on PATH.
py=""
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import icalendar' 2>/dev/null; then py=$candidate; break; fi
done
[ -n "$py" ] || { echo "python3-icalendar missing: run scripts/install-deps.sh"; exit 1; }
command -v chromium >/dev/null 2>&1 || { echo "chromium missing: run scripts/install-deps.sh"; exit 1; }

# ---- json, csv, ics ----------------------------------------------------------------------------
for format in json csv ics html; do
  if ! "$planlint" agenda examples --today $today --format $format >"$work/agenda.$format"; then
    echo "FAIL: planlint agenda --format $format"
    fail=1
  fi
done
"$planlint" agenda examples --today $today --format ics >"$work/agenda2.ics"
"$planlint" agenda examples --today 2027-03-02 --format ics >"$work/agenda-later.ics"
cmp -s "$work/agenda.ics" "$work/agenda2.ics" || { echo "FAIL: two runs give different ics files"; fail=1; }
"$py" tests/e2e/agenda_check.py formats "$work" examples || fail=1

# A new evaluation of Mål 1 moves its event (same UID, new date) and adds none.
mkdir -p "$work/before/examples" "$work/after/examples"
cp examples/barn-specialboernehjem.plan "$work/before/examples/"
sed '/^## Mål 2:/i ### Evaluering 25-08-2026\nKvalitativ: Asta tager trøjen på med hjælp til ét ærme.\nKvantitativ: 5 af 7 morgener.\nBeslutning: fortsæt\n' \
  examples/barn-specialboernehjem.plan >"$work/after/examples/barn-specialboernehjem.plan"
(cd "$work/before" && "$planlint" agenda examples --today 2026-09-01 --format ics >"$work/before.ics")
(cd "$work/after" && "$planlint" agenda examples --today 2026-09-01 --format ics >"$work/after.ics")
"$py" tests/e2e/agenda_check.py moved "$work/before.ics" "$work/after.ics" || fail=1

# ---- html in headless chromium -----------------------------------------------------------------
# A control page that does load from the network, to show that the net-log check sees it.
cat >"$work/leak.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title>
<link rel="stylesheet" href="https://example.invalid/x.css"></head>
<body><p>control</p><img src="http://127.0.0.1:9/pixel.png" alt=""></body></html>
EOF
chrome() {  # netlog file, then chromium arguments; bounded in time, fresh profile each run
  local log=$1
  shift
  HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_CACHE_HOME="$work/.cache" timeout 90 chromium \
    --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" \
    --log-net-log="$work/$log" --net-log-capture-mode=Default --enable-logging=stderr --v=0 "$@"
}
chrome screenshot.netlog.json --hide-scrollbars --window-size=1280,2000 --screenshot="$work/agenda.png" \
  "file://$work/agenda.html" >/dev/null 2>"$work/chromium.err" || { echo "FAIL: chromium --screenshot"; fail=1; }
chrome dom.netlog.json --dump-dom "file://$work/agenda.html" >"$work/dom.html" 2>>"$work/chromium.err" ||
  { echo "FAIL: chromium --dump-dom"; fail=1; }
chrome leak.netlog.json --dump-dom "file://$work/leak.html" >/dev/null 2>/dev/null || { echo "FAIL: chromium (control page)"; fail=1; }
(cd "$root" && "$py" tests/e2e/agenda_check.py html "$work" examples) || fail=1

if [ "$fail" != 0 ]; then
  echo "agenda e2e: failed (chromium's messages:)"
  grep -v -E 'dbus|Fontconfig' "$work/chromium.err" | tail -20
fi
exit "$fail"
