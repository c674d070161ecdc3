#!/usr/bin/env python3
"""axe-core (WCAG 2.0/2.1 A and AA rules) in headless Chromium on every page of a built site,
at phone width (375 px) and desktop width (1280 px), plus a reflow check at 320 px (no sideways
scrolling, WCAG 1.4.10). Optionally saves screenshots of chosen pages at both widths.

    a11y.py SITE_DIR [--screenshots OUT_DIR PAGE ...]

Prints every violation as `page @width: rule (impact): help — selector` and a closing line
`a11y: N passed, M failed`. Exit 1 on any violation. No request leaves the machine: the site is
served on 127.0.0.1 and every other host fails to resolve.
"""
import functools, glob, json, os, socket, sys, threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

VENV = os.environ.get("TORV_CHECKS_VENV", os.path.expanduser("~/.cache/torv-site-checks/venv"))
if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(os.path.join(VENV, "bin", "python")):
    os.execv(os.path.join(VENV, "bin", "python"), [os.path.join(VENV, "bin", "python")] + sys.argv)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = [375, 1280]


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def axe_source():
    import selenium_axe_python
    path = glob.glob(os.path.join(os.path.dirname(selenium_axe_python.__file__), "**", "axe.min.js"), recursive=True)[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


def driver(width):
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))  # bound, never listening: the proxy for everything off-machine
    driver.keep = getattr(driver, "keep", []) + [dead]
    o = webdriver.ChromeOptions()
    o.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars",
              f"--window-size={width},900", "--force-device-scale-factor=1", "--disable-background-networking",
              "--disable-component-update", "--no-first-run", "--disable-extensions",
              "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
              f"--proxy-server=http://127.0.0.1:{dead.getsockname()[1]}"):
        o.add_argument(a)
    d = webdriver.Chrome(options=o, service=Service(executable_path="/usr/bin/chromedriver"))
    d.set_page_load_timeout(60)
    d.set_script_timeout(60)
    return d


def is_redirect(path):
    with open(path, encoding="utf-8") as f:
        return 'http-equiv="refresh"' in f.read(2000)


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    root = os.path.abspath(args[0])
    shots_dir, shots = None, []
    if len(args) > 2 and args[1] == "--screenshots":
        shots_dir, shots = args[2], args[3:]
    pages = sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "**", "*.html"), recursive=True))
    pages = [p for p in pages if not is_redirect(os.path.join(root, p))]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    axe = axe_source()
    results = {}

    def run(width):
        d = driver(width)
        try:
            for page in pages:
                d.get(base + page)
                d.execute_script(axe)
                r = d.execute_async_script(
                    "var done = arguments[arguments.length - 1];"
                    "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                    ".then(function (r) { done(r.violations.map(function (v) { return [v.id, v.impact, v.help,"
                    " v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3)]; })); })"
                    ".catch(function (e) { done([['axe-error', 'critical', String(e), []]]); });", TAGS)
                problems = [f"{rule} ({impact}): {help} — {', '.join(targets)}" for rule, impact, help, targets in r]
                if width == WIDTHS[0]:
                    d.set_window_size(320, 900)
                    overflow = d.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                    if overflow > 0:
                        problems.append(f"reflow: the page scrolls sideways by {overflow} px at 320 px wide (WCAG 1.4.10)")
                    d.set_window_size(width, 900)
                if shots_dir and page in shots:
                    os.makedirs(shots_dir, exist_ok=True)
                    height = d.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
                    d.set_window_size(width, height)
                    name = page.replace("/", "_").replace(".html", "")
                    d.save_screenshot(os.path.join(shots_dir, f"{name}-{width}.png"))
                    d.set_window_size(width, 900)
                results[(page, width)] = problems
        finally:
            d.quit()

    threads = [threading.Thread(target=run, args=(w,)) for w in WIDTHS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    failed = 0
    for page in pages:
        bad = False
        for width in WIDTHS:
            for problem in results.get((page, width), ["not checked"]):
                print(f"{page} @{width}px: {problem}")
                bad = True
        failed += bad
    print(f"a11y: {len(pages) - failed} passed, {failed} failed ({len(pages)} pages at {' and '.join(map(str, WIDTHS))} px, axe-core, tags {','.join(TAGS)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
