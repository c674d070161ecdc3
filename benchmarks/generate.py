#!/usr/bin/env python3
"""Deterministic generator of a bilingual Torv site with N pages (N/2 translation pairs).

    benchmarks/generate.py N OUT_DIR

Each page has front matter and 600-1,200 words of Danish or English text with headings, lists,
emphasis and links to other pages (with anchors). Pages sit in folders of 50, each with an
index page. The templates are the repository's own. Same N, same bytes.
"""
import os
import random
import shutil
import sys

DA = ("socialøkonomi virksomhed fællesskab arbejdsmarked borger kommune ansvar partnerskab værdi "
      "beskæftigelse rummelighed indsats frivillig netværk strategi udvikling samarbejde job mål "
      "og i at det en til som med for på er af de den har vil skal kan der ikke").split()
EN = ("social economy enterprise community labour market citizen municipality responsibility "
      "partnership value employment inclusion effort volunteer network strategy development "
      "cooperation job goal and in to the a for with on is of that have will must can not").split()
FOLDER_SIZE = 50


def sentence(rng, words):
    n = rng.randint(6, 16)
    s = " ".join(rng.choice(words) for _ in range(n))
    return s[0].upper() + s[1:] + "."


def body(rng, words, lang, links):
    out = []
    target_words = rng.randint(600, 1200)
    count = 0
    section = 0
    while count < target_words:
        section += 1
        out.append(f"## {sentence(rng, words)[:-1]} {{#afsnit-{section}}}\n")
        for _ in range(rng.randint(2, 4)):
            para = [sentence(rng, words) for _ in range(rng.randint(3, 6))]
            if links and rng.random() < 0.5:
                key, anchor = rng.choice(links)
                para.insert(1, f"Se [{rng.choice(words)}]({key}.{lang}.md#{anchor}).")
            if rng.random() < 0.5:
                para[0] = "*" + para[0][:-1] + "*."
            if rng.random() < 0.3:
                para[-1] = "**" + para[-1][:-1] + "**."
            text = " ".join(para)
            count += len(text.split())
            out.append(text + "\n")
        if rng.random() < 0.6:
            items = [f"- {sentence(rng, words)}" for _ in range(rng.randint(3, 6))]
            count += sum(len(i.split()) for i in items)
            out.append("\n".join(items) + "\n")
        if rng.random() < 0.3:
            out.append(f"### {sentence(rng, words)[:-1]}\n")
            out.append(sentence(rng, words) + " " + sentence(rng, words) + "\n")
    return "\n".join(out)


def main(n, out):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "content"))
    shutil.copytree(os.path.join(repo, "templates"), os.path.join(out, "templates"))
    shutil.copytree(os.path.join(repo, "content", "i18n"), os.path.join(out, "content", "i18n"))
    pairs = n // 2
    folders = max(1, (pairs + FOLDER_SIZE - 1) // FOLDER_SIZE)
    with open(os.path.join(out, "content", "site.yaml"), "w", encoding="utf-8") as f:
        settings = open(os.path.join(repo, "content", "site.yaml"), encoding="utf-8").read().split("navigation:")[0]
        # No search page in the generated site, so no `search: true` (and no Pagefind in the timings).
        f.write("".join(line for line in settings.splitlines(keepends=True) if not line.startswith("search:")))
        f.write("navigation:\n" + "".join(f"  - page: afsnit-{i:03d}/index\n" for i in range(min(folders, 5))))
    rng = random.Random(20261122)
    keys = []
    for i in range(pairs):
        folder = f"afsnit-{i // FOLDER_SIZE:03d}"
        name = "index" if i % FOLDER_SIZE == 0 else f"side-{i:05d}"
        keys.append(f"{folder}/{name}")
    # Home pages (counted among the pairs' budget only loosely: N is the number of content pages).
    for lang, words, title in (("da", DA, "Forside"), ("en", EN, "Home")):
        with open(os.path.join(out, "content", f"index.{lang}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: {title}\nsummary: {title} for the benchmark site.\nlayout: home\n---\n\n")
            f.write("\n".join(f"- [{k}]({k}.{lang}.md)" for k in keys if k.endswith("/index")) + "\n")
    for i, key in enumerate(keys):
        folder, name = key.split("/")
        os.makedirs(os.path.join(out, "content", folder), exist_ok=True)
        # Links go to earlier pages' first section, so every anchor exists.
        links = [(os.path.relpath(keys[j], folder), "afsnit-1") for j in rng.sample(range(len(keys)), min(3, len(keys)))]
        for lang, words in (("da", DA), ("en", EN)):
            slug = "" if name == "index" else f"slug: {name}-{lang}\n"
            if name == "index" and lang == "en":
                slug = f"slug: section-{folder[-3:]}\n"
            title = sentence(rng, words)[:-1][:70]
            fm = (f"---\ntitle: \"{title} {i}\"\n{slug}summary: \"{sentence(rng, words)[:150]}\"\n"
                  f"weight: {i}\ndate: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}\ntoc: {'true' if i % 3 == 0 else 'false'}\n---\n\n")
            with open(os.path.join(out, "content", folder, f"{name}.{lang}.md"), "w", encoding="utf-8") as f:
                f.write(fm + body(rng, words, lang, links))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    main(int(sys.argv[1]), sys.argv[2])
