#!/usr/bin/env python3
"""Drives the search page in headless Chromium, as a reader would, and checks what it finds.

    search.py SITE_DIR

For each case (page, words, a result that must be found): opens the page, types the words into the
labelled field with the keyboard, waits for the polite live region to announce the count, and reads
the results list. Also checks that ArrowDown moves from the field to the first result (visible
focus), that axe (WCAG 2.1 A/AA) finds nothing on the page with results shown, and that the page
without JavaScript explains itself and lists every page. No request leaves the machine. Exit 1 on
any failure.
"""
import functools, os, sys, threading, time
from http.server import ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import a11y  # noqa: E402  (re-executes in the checks' venv, like a11y.py itself)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

CASES = [
    ("soeg/index.html", "rengøring", "Ren Start", "da"),
    ("en/search/index.html", "cleaning", "Ren Start", "en"),
]
# A word only the other language has: found there, and marked with that language.
OTHER = ("soeg/index.html", "cleaning", "Ren Start", "en")


def results(d, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        status = d.find_element(By.CSS_SELECTOR, ".search-status").text
        items = d.find_elements(By.CSS_SELECTOR, ".search-list > li")
        if status and items:
            return status, [(li.find_element(By.CSS_SELECTOR, "a").text, li.get_attribute("lang") or "") for li in items]
        time.sleep(0.2)
    return d.find_element(By.CSS_SELECTOR, ".search-status").text, []


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    root = os.path.abspath(sys.argv[1])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(a11y.Quiet, directory=root))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    axe = a11y.axe_source()
    failures = []
    d = a11y.driver(1280)
    try:
        for page, words, wanted, language in CASES:
            d.get(base + page)
            field = d.find_element(By.CSS_SELECTOR, "#search-field")
            label = d.find_element(By.CSS_SELECTOR, "label[for=search-field]").text
            if not label or not field.is_displayed():
                failures.append(f"{page}: the search field is not shown with a label")
                continue
            if d.find_element(By.CSS_SELECTOR, ".search-no-script").is_displayed():
                failures.append(f"{page}: the no-JavaScript note is shown although JavaScript runs")
            field.click()
            field.send_keys(words)
            status, found = results(d)
            titles = [title for title, _ in found]
            print(f"{page}: “{words}” → {status} {titles[:6]}")
            if wanted not in titles:
                failures.append(f"{page}: searching “{words}” did not find {wanted} (found {titles})")
            live = d.find_element(By.CSS_SELECTOR, ".search-status")
            if live.get_attribute("aria-live") != "polite" or str(len(found)) not in status and len(found) < 20:
                failures.append(f"{page}: the count is not announced in a polite live region ({status!r})")
            for title, lang in found:
                if lang and lang == language:
                    failures.append(f"{page}: result {title} carries lang={lang}, the page's own language")
            field.send_keys(Keys.ARROW_DOWN)
            focused = d.switch_to.active_element
            first = d.find_elements(By.CSS_SELECTOR, ".search-list a")[:1]
            if not first or focused != first[0]:
                failures.append(f"{page}: ArrowDown in the field does not move to the first result")
            else:
                outline = d.execute_script(
                    "var s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth, s.boxShadow];", focused)
                if outline[0] == "none" and outline[2] == "none":
                    failures.append(f"{page}: the focused result has no visible focus ({outline})")
            d.execute_script(axe)
            violations = d.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help; })); })"
                ".catch(function (e) { done(['axe-error: ' + e]); });", a11y.TAGS)
            failures += [f"{page} with results: {v}" for v in violations]
            # Without JavaScript: the explanation and the list of every page.
            html = open(os.path.join(root, page), encoding="utf-8").read()
            if 'class="search-no-script"' not in html or html.count("<li><a href=") < 20:
                failures.append(f"{page}: without JavaScript the page does not explain itself and list every page")
        page, words, wanted, other = OTHER
        d.get(base + page)
        field = d.find_element(By.CSS_SELECTOR, "#search-field")
        field.click()
        field.send_keys(words)
        status, found = results(d)
        print(f"{page}: “{words}” → {status} {found[:4]}")
        if (wanted, other) not in found:
            failures.append(f"{page}: “{words}” did not find {wanted} with lang={other} from the other language (found {found})")
    finally:
        d.quit()
        httpd.shutdown()
    for failure in failures:
        print("FAIL", failure)
    print(f"search: {len(CASES) - len({f.split(':')[0] for f in failures})} of {len(CASES)} pages passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
