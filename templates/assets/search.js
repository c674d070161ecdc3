// The search page's results list, on Pagefind's JavaScript API (the index `torv build` writes into
// /pagefind/ of the finished site; nothing is loaded from another host). Without JavaScript the
// page shows its A–Z list of every page instead. Texts come from the page (data attributes), so
// this file holds no language.
const root = document.querySelector(".search[data-bundle]");
if (root) start(root);

async function start(root) {
  const form = root.querySelector(".search-form");
  const field = root.querySelector("#search-field");
  const box = root.querySelector(".search-results");
  const status = root.querySelector(".search-status");
  const list = root.querySelector(".search-list");
  const pageLanguage = document.documentElement.lang;
  root.querySelector(".search-no-script").hidden = true;
  form.hidden = false;

  let pagefind;
  try {
    pagefind = await import(root.dataset.bundle + "pagefind.js");
    await pagefind.options({ baseUrl: new URL(root.dataset.bundle + "../", location.href).pathname });
    await pagefind.init();
  } catch (error) {
    box.hidden = false;
    status.textContent = root.dataset.failed;
    return;
  }
  // The other languages' indexes too (the languages of the page's hreflang alternates): a word
  // found only in another language still leads somewhere. Their results come last, with `lang`.
  const others = [...document.querySelectorAll('link[rel="alternate"][hreflang]')]
    .map((link) => link.hreflang).filter((code) => code !== "x-default" && code !== pageLanguage);
  for (const language of new Set(others)) {
    try {
      // `./`: Pagefind skips an index whose address equals the primary one, though the language differs.
      await pagefind.mergeIndex(root.dataset.bundle + "./", { language });
    } catch (error) {
      // That language's index is missing: search the others.
    }
  }

  let latest = 0;
  async function run(query) {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query.trim()) {
      box.hidden = true;
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 200);
    if (search === null || ticket !== latest) return;  // a newer search replaced this one
    const all = await Promise.all(search.results.slice(0, 40).map((result) => result.data()));
    const own = (item) => !item.meta.lang || item.meta.lang === pageLanguage;
    const data = all.filter(own).concat(all.filter((item) => !own(item))).slice(0, 20);
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(item));
    box.hidden = false;
    const count = search.results.length;
    status.textContent = count === 0 ? root.dataset.none
      : count === 1 ? root.dataset.one : root.dataset.many.replace("{count}", String(count));
  }

  function item(data) {
    const li = document.createElement("li");
    const language = data.meta.lang;
    if (language && language !== pageLanguage) li.lang = language;
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    const heading = document.createElement("h3");
    heading.append(link);
    const excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt;  // Pagefind's excerpt: the page's text, escaped, with <mark> around the words found
    li.append(heading, excerpt);
    if (data.meta.sample) {
      const note = document.createElement("p");
      note.className = "meta";
      note.textContent = data.meta.sample;
      li.append(note);
    }
    return li;
  }

  field.addEventListener("input", () => run(field.value));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(field.value);
  });
  // Arrow keys move between the field and the results; Tab works as everywhere else.
  root.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll("a")];
    const index = links.indexOf(document.activeElement);
    if (document.activeElement === field && event.key === "ArrowDown" && links.length) {
      links[0].focus();
    } else if (index >= 0) {
      const next = event.key === "ArrowDown" ? links[index + 1] : index === 0 ? field : links[index - 1];
      if (next) next.focus();
    } else {
      return;
    }
    event.preventDefault();
  });

  const initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    field.value = initial;
    run(initial);
  }
}
