#!/usr/bin/env bash
# The checks must fail on a page with a missing alt text, a low-contrast colour and an external
# font link, and name the page and the problem.
set -uo pipefail
cd "$(dirname "$0")/../.."
fixture=.ci/fixtures/bad-site
fail=0
expect() {  # expect NAME OUTPUT PATTERN...
  local name=$1 output=$2; shift 2
  for pattern in "$@"; do
    if ! grep -q -- "$pattern" <<<"$output"; then echo "selftest: $name did not report: $pattern"; fail=1; fi
  done
}
out=$(python3 .ci/check_site.py "$fixture"); rc=$?
[ $rc = 1 ] || { echo "selftest: check_site.py exited $rc, expected 1"; fail=1; }
expect check_site "$out" "index.html: 1 image(s) without alt text" "index.html: <link> loads https://fonts.googleapis.com/css2?family=Inter from another host"
out=$(python3 .ci/site-checks/a11y.py "$fixture"); rc=$?
[ $rc = 1 ] || { echo "selftest: a11y.py exited $rc, expected 1"; fail=1; }
expect a11y "$out" "index.html @375px: color-contrast (serious)" "index.html @1280px: image-alt (critical)"
if [ $fail = 0 ]; then echo "selftest: 2 passed, 0 failed"; else echo "selftest: the checks missed problems"; fi
exit $fail
