#!/usr/bin/env python3
"""Checks the site's data files with real parsers: every .ics with the `icalendar` library (times,
time zone, CRLF, 75-octet lines), every Atom feed with `feedparser`, every JSON-LD block as JSON
with the required schema.org fields, catalogue.json against the catalogue pages, and sitemap.xml
against the sitemap schema (lxml). Prints problems and `check_data: N passed, M failed`.
"""
import glob, json, os, re, sys

VENV = os.environ.get("TORV_CHECKS_VENV", os.path.expanduser("~/.cache/torv-site-checks/venv"))
if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(os.path.join(VENV, "bin", "python")):
    os.execv(os.path.join(VENV, "bin", "python"), [os.path.join(VENV, "bin", "python")] + sys.argv)

import feedparser  # noqa: E402
import icalendar  # noqa: E402
from lxml import etree  # noqa: E402

root = sys.argv[1] if len(sys.argv) > 1 else "site"
passed, problems = 0, []


def check(name, ok, message):
    global passed
    if ok:
        passed += 1
    else:
        problems.append(f"{name}: {message}")


for path in sorted(glob.glob(os.path.join(root, "**", "*.ics"), recursive=True)):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    long = [n for n, l in enumerate(lines, 1) if len(l) > 75]
    check(path, not long, f"lines longer than 75 octets: {long[:5]}")
    check(path, b"\n" not in raw.replace(b"\r\n", b""), "bare LF line ends")
    cal = icalendar.Calendar.from_ical(raw)
    check(path, any(c.name == "VTIMEZONE" and str(c["TZID"]) == "Europe/Copenhagen" for c in cal.walk()), "no VTIMEZONE Europe/Copenhagen")
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    check(path, len(uids) == len(set(uids)), "UIDs repeat")
    for e in events:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        check(path, str(start.tzinfo) == "Europe/Copenhagen" and start < end and "DTSTAMP" in e and "SEQUENCE" in e and "STATUS" in e,
              f"event {e.get('SUMMARY')}: times, time zone, DTSTAMP, SEQUENCE or STATUS wrong")

for path in sorted(glob.glob(os.path.join(root, "**", "feed.xml"), recursive=True)):
    feed = feedparser.parse(open(path, "rb").read())
    check(path, not feed.bozo and feed.version == "atom10" and feed.entries, f"not a valid Atom feed ({feed.get('bozo_exception')})")
    for entry in feed.entries:
        check(path, entry.get("id") and entry.get("title") and entry.get("updated"), "an entry lacks id, title or updated")

REQUIRED = {"Event": ["name", "startDate", "location"], "Organization": ["name", "address"]}
for path in sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True)):
    html = open(path, encoding="utf-8").read()
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        try:
            data = json.loads(block)
        except ValueError as e:
            check(path, False, f"JSON-LD does not parse: {e}")
            continue
        kind = data.get("@type")
        missing = [k for k in REQUIRED.get(kind, []) if k not in data]
        check(path, data.get("@context") == "https://schema.org" and not missing, f"JSON-LD {kind} lacks {missing}")
        if kind == "Event":
            check(path, data["location"].get("@type") == "Place" and data["location"].get("address", {}).get("@type") == "PostalAddress",
                  "the Event's location is not a Place with a PostalAddress")
            for sub in data.get("subEvent", []):
                check(path, all(k in sub for k in ("name", "startDate", "location")), "a subEvent lacks name, startDate or location")

sitemap = os.path.join(root, "sitemap.xml")
if os.path.exists(sitemap):
    schema = etree.XMLSchema(etree.parse(os.path.join(os.path.dirname(__file__), "..", "schemas", "sitemap.xsd")))
    doc = etree.parse(sitemap)
    check(sitemap, schema.validate(doc), f"not valid against the sitemap schema: {schema.error_log.last_error}")
    locs = doc.findall(".//{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    pages = [p for p in glob.glob(os.path.join(root, "**", "index.html"), recursive=True) if "/was/" not in p]
    check(sitemap, len(locs) == len(pages), f"lists {len(locs)} pages, the site has {len(pages)}")

catalogue = os.path.join(root, "catalogue.json")
if os.path.exists(catalogue):
    data = json.load(open(catalogue, encoding="utf-8"))
    in_json = sorted(f"{e['id']}/{p['id']}" for e in data["enterprises"] for p in e["products"])
    on_pages = []
    for e in data["enterprises"]:
        page = open(os.path.join(root, e["url"]["da"].split("://", 1)[1].split("/", 1)[1], "index.html"), encoding="utf-8").read()
        on_pages += [f"{e['id']}/{pid}" for pid in re.findall(r'<article class="product" id="p-([^"]+)"', page)]
    check(catalogue, in_json == sorted(on_pages), "catalogue.json and the enterprise pages list different products")

for p in problems:
    print(p)
print(f"check_data: {passed} passed, {len(problems)} failed")
sys.exit(1 if problems else 0)
