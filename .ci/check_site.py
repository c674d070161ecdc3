#!/usr/bin/env python3
"""Torv's own checks on a built site (Python standard library only).

For every HTML page: it has <html lang>, a unique <title>, a meta description, a canonical link;
its hreflang alternates are reciprocal (A lists B and B lists A); every internal link, asset and
#fragment resolves to a file and an id; every <img> has an alt attribute; nothing (script,
stylesheet, image, font, frame) is loaded from another host. Prints each problem as
`page: message` and a closing line `check_site: N passed, M failed`; exits 1 on any problem.
"""
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.title = ""
        self.in_title = False
        self.description = None
        self.canonical = None
        self.alternates = {}
        self.ids = set()
        self.links = []       # (kind, url)
        self.resources = []   # (tag, url) loaded by the browser
        self.images_without_alt = 0
        self.is_redirect = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            if a.get("name") == "description":
                self.description = a.get("content")
            if (a.get("http-equiv") or "").lower() == "refresh":
                self.is_redirect = True
        elif tag == "link":
            rel = (a.get("rel") or "").lower().split()
            href = a.get("href") or ""
            if "canonical" in rel:
                self.canonical = href
            if "alternate" in rel and a.get("hreflang"):
                self.alternates[a["hreflang"]] = href
            if "stylesheet" in rel or "icon" in rel or "preload" in rel or "manifest" in rel:
                self.resources.append((tag, href))
                self.links.append(("resource", href))
        elif tag == "a" and "href" in a:
            self.links.append(("link", a["href"]))
        elif tag in ("img", "script", "iframe", "source", "video", "audio", "embed", "object"):
            url = a.get("src") or a.get("data") or ""
            if tag == "img" and "alt" not in a:
                self.images_without_alt += 1
            if url:
                self.resources.append((tag, url))
                self.links.append(("resource", url))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def main(root):
    root = os.path.abspath(root)
    pages = {}
    css = []
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if name.endswith(".html"):
                parser = Page()
                with open(path, encoding="utf-8") as f:
                    parser.feed(f.read())
                pages[rel] = parser
            elif name.endswith(".css"):
                css.append(rel)
    problems = []

    def local_target(page_rel, url):
        """The file a site-internal URL points to, or None for other hosts / special schemes."""
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            return None
        path = unquote(parts.path)
        if path == "":
            return page_rel
        if path.startswith("/"):
            target = path.lstrip("/")
        else:
            target = os.path.normpath(os.path.join(os.path.dirname(page_rel), path))
        if target.endswith("/") or target in ("", "."):
            target = os.path.join(target, "index.html")
        elif os.path.isdir(os.path.join(root, target)):
            target = os.path.join(target, "index.html")
        return os.path.normpath(target)

    titles = {}
    for rel, page in sorted(pages.items()):
        if page.is_redirect:
            continue
        if not page.lang:
            problems.append(f"{rel}: <html> has no lang attribute")
        if not page.title.strip():
            problems.append(f"{rel}: no <title>")
        titles.setdefault(page.title.strip(), []).append(rel)
        if not page.description:
            problems.append(f"{rel}: no meta description")
        if page.images_without_alt:
            problems.append(f"{rel}: {page.images_without_alt} image(s) without alt text")
        for tag, url in page.resources:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                problems.append(f"{rel}: <{tag}> loads {url} from another host")
        for kind, url in page.links:
            parts = urlsplit(url)
            if parts.scheme in ("mailto", "tel", "http", "https"):
                continue
            if parts.scheme:
                problems.append(f"{rel}: link with scheme {parts.scheme}: {url}")
                continue
            target = local_target(rel, url)
            if not os.path.exists(os.path.join(root, target)):
                problems.append(f"{rel}: broken link {url}")
                continue
            if parts.fragment and target.endswith(".html"):
                other = pages.get(target)
                if other is not None and unquote(parts.fragment) not in other.ids:
                    problems.append(f"{rel}: link {url} points to a missing #{parts.fragment}")
        # hreflang: every alternate is a page of this site that lists this page back.
        if page.canonical is None:
            problems.append(f"{rel}: no canonical link")
        elif page.alternates and page.canonical not in page.alternates.values():
            problems.append(f"{rel}: its hreflang alternates do not include the page itself")
        for lang, href in sorted(page.alternates.items()):
            if lang == "x-default":
                continue
            path = urlsplit(href).path
            target = local_target(rel, path)
            other = pages.get(target)
            if other is None:
                problems.append(f"{rel}: hreflang {lang} points to {href}, which is not in the site")
                continue
            if other.lang != lang:
                problems.append(f"{rel}: hreflang {lang} points to a page with lang={other.lang}")
            listed = [v for k, v in other.alternates.items() if k != "x-default"]
            if page.canonical and page.canonical not in listed:
                problems.append(f"{rel}: {target} does not list this page back as an alternate")
    for title, rels in titles.items():
        if len(rels) > 1:
            problems.append(f"{rels[0]}: the title '{title}' is also used by {', '.join(rels[1:])}")
    for rel in css:
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            text = f.read()
        for match in re.finditer(r"url\(\s*['\"]?([^'\")]+)", text):
            url = match.group(1)
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                problems.append(f"{rel}: url({url}) loads from another host")
        for match in re.finditer(r"@import\s+(?:url\()?['\"]?([^'\");]+)", text):
            if urlsplit(match.group(1)).scheme in ("http", "https") or match.group(1).startswith("//"):
                problems.append(f"{rel}: @import {match.group(1)} loads from another host")

    # Page weight: the HTML plus the stylesheets it links, against a budget (the printable
    # catalogue, which holds everything on purpose, is exempt).
    budget = 60 * 1024
    weights = []
    for rel, page in pages.items():
        size = os.path.getsize(os.path.join(root, rel))
        for tag, url in page.resources:
            if tag == "link" and not urlsplit(url).scheme:
                target = local_target(rel, url)
                if target and os.path.exists(os.path.join(root, target)):
                    size += os.path.getsize(os.path.join(root, target))
        weights.append((size, rel))
        if size > budget and "/print/" not in "/" + rel:
            problems.append(f"{rel}: weighs {size / 1024:.1f} KB (HTML + CSS), over the budget of {budget // 1024} KB")
    weights.sort(reverse=True)
    if weights:
        heaviest = [w for w in weights if "/print/" not in "/" + w[1]][:1] or weights[:1]
        print(f"page weight: heaviest {heaviest[0][1]} {heaviest[0][0] / 1024:.1f} KB (HTML + CSS); "
              f"median {weights[len(weights) // 2][0] / 1024:.1f} KB; budget {budget // 1024} KB (printable catalogue exempt: "
              + ", ".join(f"{r} {w / 1024:.1f} KB" for w, r in weights if "/print/" in "/" + r) + ")")

    for p in problems:
        print(p)
    checked = len(pages) + len(css)
    failed = len({p.split(":", 1)[0] for p in problems})
    print(f"check_site: {checked - failed} passed, {failed} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: check_site.py SITE_DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
