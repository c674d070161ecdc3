#!/usr/bin/env python3
"""Turns a site made by generate.py into the same site for Hugo: the same pages, translation pairs
by file name (name.da.md / name.en.md), per-language slugs, heading ids, and templates equivalent
to Torv's (head with canonical and hreflang alternates, menu, language switcher, breadcrumbs,
table of contents, children lists, footer). Relative .md links are rewritten to Hugo's relref so
Hugo resolves them like Torv.

    benchmarks/hugo_site.py TORV_SITE_DIR HUGO_SITE_DIR
"""
import os, re, shutil, sys

CONFIG = """baseURL = "https://socialoekonomi.kolding.dk/"
title = "Socialøkonomi i Kolding"
defaultContentLanguage = "da"
defaultContentLanguageInSubdir = false
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
enableRobotsTXT = false
[languages.da]
  weight = 1
  languageName = "Dansk"
  title = "Socialøkonomi i Kolding"
[languages.en]
  weight = 2
  languageName = "English"
  title = "Social economy in Kolding"
[markup.goldmark.parser.attribute]
  title = true
[markup.goldmark.renderer]
  unsafe = false
[markup.tableOfContents]
  startLevel = 2
  endLevel = 3
"""

BASEOF = """<!DOCTYPE html>
<html lang="{{ .Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ .Summary | plainify }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="/assets/torv.css">
</head>
<body>
<a class="skip-link" href="#main">Skip</a>
<header class="site-header"><div class="wrap header-row"><a class="site-title" href="{{ "/" | relLangURL }}">{{ site.Title }}</a>
<nav class="language-switcher" aria-label="Language"><ul>
{{ range .Translations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}
</ul></nav></div>
<nav class="main-nav" aria-label="Menu"><ul class="wrap">
<li><a href="{{ "/" | relLangURL }}">Home</a></li>
{{ range first 5 site.Home.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul></nav></header>
{{ if not .IsHome }}<nav class="breadcrumbs wrap" aria-label="Breadcrumb"><ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
<li><span aria-current="page">{{ .Title }}</span></li></ol></nav>{{ end }}
<main id="main" tabindex="-1">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer"><div class="wrap footer-grid"><section><h2>Kontakt</h2>
<p><strong>Kolding Kommune</strong><br>Akseltorv 1, 6000 Kolding</p></section>
<section><ul class="plain"><li><a href="/was/">Tilgængelighedserklæring</a></li></ul><p>Vi bruger ikke cookies.</p></section></div></footer>
</body>
</html>
"""

SINGLE = """{{ define "main" }}<article class="page"><header class="page-header"><h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.summary }}</p>
{{ with .Date }}<p class="meta"><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time></p>{{ end }}</header>
{{ if .Params.toc }}<nav class="toc" aria-label="Contents">{{ .TableOfContents }}</nav>{{ end }}
<div class="content">{{ .Content }}</div></article>{{ end }}
"""

LIST = """{{ define "main" }}<article class="page"><header class="page-header"><h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.summary }}</p></header>
{{ if .Params.toc }}<nav class="toc" aria-label="Contents">{{ .TableOfContents }}</nav>{{ end }}
<div class="content">{{ .Content }}</div>
{{ with .Pages.ByWeight }}<nav class="children"><h2>In this section</h2><ul class="cards">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}
</ul></nav>{{ end }}</article>{{ end }}
"""

LINK = re.compile(r"\]\(([^)#]+\.md)(#[^)]*)?\)")


def convert(src, dst):
    if os.path.exists(dst):
        shutil.rmtree(dst)
    os.makedirs(os.path.join(dst, "layouts", "_default"))
    with open(os.path.join(dst, "hugo.toml"), "w") as f:
        f.write(CONFIG)
    for name, text in (("baseof.html", BASEOF), ("single.html", SINGLE), ("list.html", LIST)):
        with open(os.path.join(dst, "layouts", "_default", name), "w") as f:
            f.write(text)
    shutil.copytree(os.path.join(src, "templates", "assets"), os.path.join(dst, "static", "assets"))
    content = os.path.join(src, "content")
    for folder, _, files in os.walk(content):
        for name in files:
            if not name.endswith(".md"):
                continue
            rel = os.path.relpath(os.path.join(folder, name), content)
            target = rel.replace("index.da.md", "_index.da.md").replace("index.en.md", "_index.en.md")
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            text = text.replace("layout: home\n", "")
            # [x](../a/b.da.md#c) -> [x]({{< relref "../a/b.md#c" >}}): Hugo picks the reader's language.
            # A folder's index page is its section: Hugo 0.111 finds it by the section's path
            # (`/afsnit-000`), not as `index.md` or `_index.md`.
            def ref(m, here=os.path.dirname(rel)):
                path = m.group(1)
                if re.search(r"(^|/)index\.(da|en)\.md$", path):
                    folder = os.path.normpath(os.path.join(here, os.path.dirname(path)))
                    path = "/" if folder in (".", "") else "/" + folder
                else:
                    path = re.sub(r"\.(da|en)\.md$", ".md", path)
                return '](' + '{{< relref "' + path + (m.group(2) or "") + '" >}})'
            text = LINK.sub(ref, text)
            os.makedirs(os.path.join(dst, "content", os.path.dirname(target)), exist_ok=True)
            with open(os.path.join(dst, "content", target), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    convert(sys.argv[1], sys.argv[2])
