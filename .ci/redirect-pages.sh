#!/usr/bin/env bash
# Redirect and gone pages pass the W3C Nu checker and axe, and the redirect map is valid nginx that
# answers as it should. The real site has no old addresses yet, so this builds a copy of it with one
# alias (the strategy's old address) and one withdrawn page (`gone: true` in content/redirects.yaml).
# Usage: redirect-pages.sh path/to/torv   (after .ci/site-checks/install.sh)
set -euo pipefail
torv=$(realpath "${1:?usage: redirect-pages.sh path/to/torv}")
checks=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r content templates "$work/"
cd "$work"
sed -i '0,/^title: /s//aliases: [\/strategi-for-socialoekonomi\/]\ntitle: /' content/strategi/index.da.md
printf -- '- from: /tilbagetrukket/\n  gone: true\n' > content/redirects.yaml
"$torv" build --output site --today 2026-11-22 >build.txt 2>&1 || { cat build.txt; exit 1; }
redirect=site/strategi-for-socialoekonomi/index.html
gone=site/tilbagetrukket/index.html
for page in "$redirect" "$gone"; do [ -f "$page" ] || { cat build.txt; echo "redirect-pages: $page was not written"; exit 1; }; done
grep -q 'http-equiv="refresh"' "$redirect" || { echo "redirect-pages: $redirect has no refresh"; exit 1; }

# The Nu checker on the two pages as they are.
mkdir -p nu/strategi-for-socialoekonomi nu/tilbagetrukket
cp "$redirect" nu/strategi-for-socialoekonomi/; cp "$gone" nu/tilbagetrukket/
bash "$checks/site-checks/validate_html.sh" nu

# axe on the two pages served beside the site's assets. A browser leaves a redirect page at once,
# so axe checks it with its meta refresh taken out (everything a reader sees stays).
mkdir -p axe
cp -r site/assets axe/ 2>/dev/null || true
cp -r nu/* axe/
sed -i '/http-equiv="refresh"/d' axe/strategi-for-socialoekonomi/index.html
python3 "$checks/site-checks/a11y.py" axe

# The map: valid nginx, and nginx sends the old address to the new one and answers 410 for the gone one.
bash "$checks/nginx-check.sh" site /strategi-for-socialoekonomi/ /strategi/ /tilbagetrukket/
echo "redirect-pages: redirect and gone pages pass the Nu checker, axe and nginx"
