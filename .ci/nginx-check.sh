#!/usr/bin/env bash
# The redirect map a build writes (`_redirects.nginx`, an nginx `map` snippet) is valid nginx:
# `nginx -t` on a minimal config that includes it, as the snippet's own comment says to (in http {},
# with the two `if`s in server {}). nginx comes from Debian (installed when missing).
# With OLD and NEW addresses (and GONE), nginx is also started on 127.0.0.1 and must answer OLD
# with 301 to NEW and GONE with 410.
# Usage: nginx-check.sh SITE_DIR [OLD NEW [GONE]]
set -euo pipefail
site=$(realpath "${1:?usage: nginx-check.sh SITE_DIR [OLD NEW [GONE]]}")
old=${2:-}; new=${3:-}; gone=${4:-}
[ -f "$site/_redirects.nginx" ] || { echo "nginx-check: $site/_redirects.nginx is missing"; exit 1; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$nginx" ]; then
  echo "nginx-check: installing nginx-light from Debian"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
fi
work=$(mktemp -d)
cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx.conf" <<CONF
daemon on;
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    include $site/_redirects.nginx;
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    server {
        listen 127.0.0.1:$port;
        root $site;
        if (\$torv_redirect) { return 301 \$torv_redirect; }
        if (\$torv_gone) { return 410; }
    }
}
CONF
"$nginx" -t -p "$work" -e "$work/error.log" -c "$work/nginx.conf" 2>&1 | sed 's/^/nginx-check: /'
entries=$(grep -c '^    "' "$site/_redirects.nginx" || true)
if [ -n "$old" ]; then
  "$nginx" -p "$work" -e "$work/error.log" -c "$work/nginx.conf"
  for _ in $(seq 1 50); do [ -f "$work/nginx.pid" ] && break; sleep 0.1; done
  answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$port$old")
  [ "$answer" = "301 http://127.0.0.1:$port$new" ] || { echo "nginx-check: $old answered '$answer', not 301 to $new"; exit 1; }
  if [ -n "$gone" ]; then
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$gone")
    [ "$status" = 410 ] || { echo "nginx-check: $gone answered $status, not 410"; exit 1; }
  fi
  echo "nginx-check: nginx answers $old with 301 to $new${gone:+ and $gone with 410}"
fi
echo "nginx-check: $site/_redirects.nginx is valid nginx ($entries entries)"
