#!/usr/bin/env bash
# `torv serve` from the command line: serves, prints a warning once, rebuilds on a save, reports a
# broken save, and stops with exit 0 on Ctrl-C (SIGINT).
# Usage: serve-test.sh path/to/torv
set -euo pipefail
torv=$(realpath "$1")
work=$(mktemp -d)
pid=""
# A failed check must not leave the server running.
trap '{ [ -n "$pid" ] && kill "$pid" 2>/dev/null; } || true; rm -rf "$work"' EXIT
cp -r content templates "$work/"
cd "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
fail() { echo "serve-test: $*"; echo "--- stdout"; cat out.txt; echo "--- stderr"; cat err.txt; exit 1; }

"$torv" serve --port "$port" --today 2026-11-22 >out.txt 2>err.txt &
pid=$!
for _ in $(seq 1 100); do grep -q "serving" out.txt 2>/dev/null && break; sleep 0.2; done
grep -q "serving http://127.0.0.1:$port/" out.txt || fail "the server did not start"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ] || fail "/ is not 200"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/findes-ikke/")" = 404 ] || fail "no 404"
warnings=$(grep -c ": warning:" err.txt || true)
grep -Eq "^torv: (watching content/ and templates/ with inotify|checking content/ and templates/ for changes five times a second \(polling\))" out.txt \
  || fail "no line saying how changes are noticed (inotify or polling)"

# A good save rebuilds and does not print the same warnings again.
sed -i 's/^summary: .*/summary: En ny kort beskrivelse./' content/strategi/index.da.md
for _ in $(seq 1 50); do [ "$(grep -c 'rebuilt in' out.txt)" -ge 2 ] && break; sleep 0.2; done
[ "$(grep -c 'rebuilt in' out.txt)" -ge 2 ] || fail "no rebuild after a save"
[ "$(grep -c ": warning:" err.txt || true)" = "$warnings" ] || fail "warnings printed again on a rebuild"
curl -s "http://127.0.0.1:$port/strategi/" | grep -q "En ny kort beskrivelse" || fail "the page did not change"

# An editor's save by rename (a temporary file renamed over the page) rebuilds too.
sed 's/^summary: .*/summary: Gemt som en ny fil./' content/strategi/index.da.md > content/strategi/.index.da.md.tmp
mv content/strategi/.index.da.md.tmp content/strategi/index.da.md
renamed=no
for _ in $(seq 1 50); do
  curl -s "http://127.0.0.1:$port/strategi/" | grep -q "Gemt som en ny fil" && { renamed=yes; break; }
  sleep 0.2
done
[ "$renamed" = yes ] || fail "a save by rename did not change the page"

# A broken save is reported with its position.
printf -- '---\ntitle: [\n---\n' > content/strategi/index.da.md
for _ in $(seq 1 50); do grep -q "error" out.txt && break; sleep 0.2; done
grep -Eq "content/strategi/index.da.md:[0-9]+:[0-9]+: error" err.txt || fail "the broken save was not reported"

kill -INT "$pid"
status=0
wait "$pid" || status=$?
[ "$status" = 0 ] || fail "Ctrl-C exited with $status, not 0"
grep -q "torv: stopped" out.txt || fail "no 'stopped' line"
echo "serve-test: serve, rebuild, warnings once, error report and Ctrl-C all fine (port $port, $warnings warnings at start)"
