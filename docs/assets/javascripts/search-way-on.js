/*
 * The way on from a search (loaded by search-on-demand.js when the search is first used). When a search
 * finds nothing, Material only says so; this offers "Alle tips", "Hulp en melden" and every role page
 * under that line. A search for the subject as a whole, one that puts "Alle tips" first (the search words
 * of data/zoekwoorden.yml lead there), gets the two general pages above its results.
 * Every link is taken from the site's own navigation, except "Alle tips" when the navigation lacks it.
 * While these links are shown, Enter in the search box is handled here (hooks/material_internals.py (12)).
 */
(() => {
  "use strict"

  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base, location.href)

  const WAY_ON = "zoeken-verder"

  /* Pages of the site's navigation whose path (from the site's root) passes `test`, with their titles */
  function navigationLinks(test) {
    const found = new Map()
    for (const link of document.querySelectorAll(".md-nav--primary a.md-nav__link[href]")) {
      const url = new URL(link.getAttribute("href"), location.href)
      const path = decodeURI(url.pathname.slice(base.pathname.length))
      url.hash = ""
      if (test(path) && !found.has(url.href))
        found.set(url.href, link.textContent.trim())
    }
    return [...found].map(([href, text]) => ({ href, text }))
  }

  /* The page `name` (`hulp-en-melden`) in the navigation, with directory or .html addresses */
  function pageLink(name) {
    return navigationLinks(path => [`${name}/`, `${name}.html`, `${name}/index.html`].includes(path))[0]
  }

  /* "Alle tips": from the navigation; else next to "Hulp en melden", addressed the same way */
  function allTipsLink(help) {
    const found = pageLink("alle-tips")
    if (found) return found
    const href = help ? help.href.replace(/hulp-en-melden(?=[/.][^/]*$|\/$)/, "alle-tips") : new URL("alle-tips/", base).href
    return { href, text: "Alle tips" }
  }

  function paragraph(text) {
    const line = document.createElement("p")
    line.textContent = text
    return line
  }

  function list(links) {
    const items = document.createElement("ul")
    for (const { href, text } of links) {
      const entry = document.createElement("li")
      const link = document.createElement("a")
      link.href = href
      link.textContent = text
      entry.append(link)
      items.append(entry)
    }
    return items
  }

  function generalLinks() {
    const help = pageLink("hulp-en-melden")
    return [allTipsLink(help), ...(help ? [help] : [])]
  }

  /* Nothing found: say so, and offer the general pages and every role. A query of only spaces finds nothing too */
  function wayOn(query) {
    const box = document.createElement("nav")
    box.className = `${WAY_ON} md-search-result__article md-typeset`
    box.setAttribute("aria-label", "Verder zoeken")
    box.append(
      paragraph(query
        ? `We vonden niets voor „${query}”. Probeer een ander woord, of kijk hier verder:`
        : "Typ een woord om te zoeken, of kijk hier verder:"),
      list(generalLinks())
    )
    const roles = navigationLinks(path => path.startsWith("rollen/"))
    if (roles.length)
      box.append(paragraph("Tips per rol:"), list(roles))
    return box
  }

  /* The first result is "Alle tips": the search words for the subject as a whole lead there */
  function leadsToAllTips(result) {
    const first = result.querySelector(".md-search-result__item > a.md-search-result__link[href]")
    if (!first) return false
    const url = new URL(first.getAttribute("href"), location.href)
    url.search = url.hash = ""
    return url.href === new URL(allTipsLink(pageLink("hulp-en-melden")).href, location.href).href
  }

  /* A search for the subject as a whole: the general pages first */
  function topicLinks() {
    const box = document.createElement("nav")
    box.className = `${WAY_ON} md-search-result__article md-typeset`
    box.setAttribute("aria-label", "Algemene informatie")
    box.append(paragraph("Over dit onderwerp in het algemeen:"), list(generalLinks()))
    return box
  }

  function watchResults() {
    const query = document.querySelector("[data-md-component=search-query]")
    const result = document.querySelector("[data-md-component=search-result]")
    if (!query || !result) return
    const meta = result.firstElementChild
    const { "search.result.none": none, "search.result.placeholder": placeholder } = config.translations
    const update = () => {
      result.querySelector(`.${WAY_ON}`)?.remove()
      const shown = meta.textContent.trim(), typed = query.value.trim()
      if (!query.value || shown === placeholder) return
      if (shown === none)
        meta.after(wayOn(typed))
      else if (leadsToAllTips(result))
        meta.after(topicLinks())
    }
    new MutationObserver(update).observe(meta, { childList: true, characterData: true, subtree: true })
    update()
    query.addEventListener("keydown", event => enter(event, result))
  }

  /*
   * Enter in the search box, while the links of this script are shown. Material's own Enter (which sees
   * the keys only on `window`, after this) opens the result with the highest score; it takes every link in
   * the result list for a result, throws on these, and the form submits. So here Enter opens Material's best
   * result, as Material would; when nothing was found, it moves the focus to the first link of the way on.
   */
  function enter(event, result) {
    const offered = result.querySelector(`.${WAY_ON}`)
    if (event.key !== "Enter" || event.isComposing || event.metaKey || event.ctrlKey || !offered) return
    event.preventDefault()
    event.stopPropagation()
    const [best] = [...result.querySelectorAll("a[href] > [data-md-score]")]
      .sort((one, other) => other.dataset.mdScore - one.dataset.mdScore)
    if (best)
      best.parentElement.click()
    else
      offered.querySelector("a[href]").focus()
  }

  watchResults()
})()
