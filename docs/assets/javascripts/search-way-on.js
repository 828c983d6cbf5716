/*
 * The way on from a search (loaded by search-on-demand.js when the search is first used). When a search
 * finds nothing, Material only says so; this offers "Alle tips", "Hulp en melden" and every role page
 * under that line. A search for the subject as a whole, one that puts "Alle tips" first (the search words
 * of data/zoekwoorden.yml lead there), gets the two general pages above its results.
 * The texts come from the page, in its language: the server writes them on <template id="zoeken-verder">
 * (overrides/partials/search-on-demand.html). The links are those of the page's navigation (Material's
 * menu, in every page, in its language and order): the general pages and the role pages keep their Dutch
 * slugs in every language, below the language's root (`__config.base`); offline their addresses end in .html.
 * While these links are shown, Enter in the search box is handled here (hooks/material_internals.py (12)).
 */
(() => {
  "use strict"

  const config = JSON.parse(document.getElementById("__config").textContent)
  const offer = document.getElementById("zoeken-verder")
  const root = new URL(config.base, location.href).href

  const WAY_ON = "zoeken-verder"
  /* The general pages (hooks/model.py GENERAL_PAGES), "Alle tips" first, and the folder of the role pages */
  const GENERAL = ["alle-tips", "hulp-en-melden"]
  const ROLES = "rollen/"

  /* The page at `url` (without query or fragment): its path below the language's root without an ending `/`,
     `/index.html` or `.html` (`alle-tips`, `rollen/docent`); null outside the language's root */
  function pageAt(url) {
    return url.href.startsWith(root) ? url.href.slice(root.length).replace(/(\/index\.html|\.html|\/)$/, "") : null
  }

  /* The navigation's links: the general pages in the order of GENERAL, the role pages in the menu's order */
  function navigation() {
    const links = Array.from(document.querySelectorAll(".md-nav--primary a.md-nav__link[href]"), link => {
      const href = link.getAttribute("href"), url = new URL(href, location.href)
      /* a part of the page (its contents, in the menu on a narrow screen) is no page of its own */
      const page = url.hash || url.search ? null : pageAt(url)
      return { page, href, title: link.textContent.replace(/\s+/g, " ").trim() }
    })
    return {
      general: GENERAL.map(name => links.find(link => link.page === name)).filter(Boolean),
      roles: links.filter(link => link.page?.startsWith(ROLES))
    }
  }

  /* A list of links: `algemeen` (the general pages) or `rollen` */
  function list(name, links) {
    const element = document.createElement("ul")
    element.className = `${WAY_ON}__${name}`
    for (const { href, title } of links) {
      const link = element.appendChild(document.createElement("li")).appendChild(document.createElement("a"))
      link.href = href
      link.textContent = title
    }
    return element
  }

  function paragraph(text) {
    const line = document.createElement("p")
    line.textContent = text
    return line
  }

  function box(label) {
    const element = document.createElement("nav")
    element.className = `${WAY_ON} md-search-result__article md-typeset`
    element.setAttribute("aria-label", label)
    return element
  }

  /* Nothing found: say so, and offer the general pages and every role. A query of only spaces finds nothing too */
  function wayOn(query) {
    const texts = offer.dataset
    const { general, roles } = navigation()
    const element = box(texts.tekstVerderZoeken)
    element.append(
      paragraph(query ? texts.tekstNietsGevonden.replace("{zoekwoord}", () => query) : texts.tekstTypEenWoord),
      list("algemeen", general)
    )
    if (roles.length)
      element.append(paragraph(texts.tekstTipsPerRol), list("rollen", roles))
    return element
  }

  /* The first result is "Alle tips": the search words for the subject as a whole lead there */
  function leadsToAllTips(result) {
    const first = result.querySelector(".md-search-result__item > a.md-search-result__link[href]")
    if (!first) return false
    const url = new URL(first.getAttribute("href"), location.href)
    url.search = url.hash = ""
    return pageAt(url) === GENERAL[0]
  }

  /* A search for the subject as a whole: the general pages first */
  function topicLinks() {
    const texts = offer.dataset
    const element = box(texts.tekstAlgemeneInformatie)
    element.append(paragraph(texts.tekstOverDitOnderwerp), list("algemeen", navigation().general))
    return element
  }

  function watchResults() {
    const query = document.querySelector("[data-md-component=search-query]")
    const result = document.querySelector("[data-md-component=search-result]")
    if (!query || !result || !offer) return
    const meta = result.firstElementChild
    const { "search.result.none": none, "search.result.placeholder": placeholder } = config.translations
    /*
     * After each answer of the search. The links stay as they are when the answer asks for the same ones (the
     * search may answer one query twice): rebuilt, they would take the focus from a visitor who has just
     * moved into them with Enter.
     */
    const update = () => {
      const shown = meta.textContent.trim(), typed = query.value.trim()
      const nothing = query.value && shown === none
      const wanted = !query.value || shown === placeholder ? ""
        : nothing ? `${none} ${typed}`
        : leadsToAllTips(result) ? GENERAL[0] : ""
      const current = result.querySelector(`.${WAY_ON}`)
      if (current && current.dataset.answer === wanted) return
      current?.remove()
      if (!wanted) return
      const element = nothing ? wayOn(typed) : topicLinks()
      element.dataset.answer = wanted
      meta.after(element)
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
