/*
 * Search on demand: Material's search costs nothing until the visitor uses it.
 *
 * Material 9.8's bundle sets up its search as soon as it runs, on every page: it starts the search
 * worker (`new Worker(__config.search)`, here the site's query worker, which loads Material's worker and,
 * with the index, lunr's language files) and requests `search/search_index.json` with an
 * XMLHttpRequest. This script runs just before the bundle (overrides/partials/search-on-demand.html)
 * and holds both back until the search is used: the search box gets the focus (a click, Tab, or
 * Material's keys f, s and /) or the search is opened (the search icon on a narrow screen). Then the
 * index request goes out and the worker starts, and Material's search UI carries on unchanged: a query
 * typed meanwhile waits in Material for the worker's "ready" message, as it always does.
 *
 * A page opened from a search result (`?h=...`) requests the index at once: Material needs it to mark the
 * found words on the page. From `file://` Material loads the index as a script (`search_index.js`) and
 * waits for the search to be opened before it sets up the worker; the worker is held back there too.
 *
 * When a search finds nothing, Material only says so ("Geen overeenkomende documenten"); this script then
 * offers a way on under that line: "Alle tips", "Hulp en melden" and the role pages, taken from the
 * site's own navigation, so that every link is one the site has.
 */
(() => {
  "use strict"

  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base, location.href)
  const indexUrl = new URL("search/search_index.json", base).href
  const workerUrl = new URL(config.search, location.href).href

  let used = false
  const waiting = []

  /* Run `start` once the search is used; at once if it is already */
  function whenUsed(start) {
    if (used) start()
    else waiting.push(start)
  }

  function use() {
    if (used) return
    used = true
    for (const start of waiting.splice(0)) start()
  }

  /* ------------------------------------------------------------------------
   * The index request: sent when the search is used
   * ---------------------------------------------------------------------- */

  /* Opened from a search result: Material marks the found words on the page with the index's settings */
  const indexAtOnce = new URLSearchParams(location.search).has("h")
  const requested = new WeakMap()
  const { open, send } = XMLHttpRequest.prototype
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    requested.set(this, new URL(url, location.href).href)
    return open.call(this, method, url, ...rest)
  }
  XMLHttpRequest.prototype.send = function (...args) {
    if (indexAtOnce || requested.get(this) !== indexUrl) return send.apply(this, args)
    whenUsed(() => send.apply(this, args))
  }

  /* ------------------------------------------------------------------------
   * The search worker: started when the search is used
   * ---------------------------------------------------------------------- */

  /* Stands in for the worker until the search is used; messages wait, then go on in order */
  class WorkerOnDemand extends EventTarget {
    constructor(Real, args) {
      super()
      this.queue = []
      this.worker = null
      whenUsed(() => {
        if (this.queue === null) return
        this.worker = new Real(...args)
        for (const type of ["message", "messageerror", "error"])
          this.worker.addEventListener(type, event => this.dispatchEvent(
            event instanceof MessageEvent ? new MessageEvent(type, { data: event.data }) : new Event(type)
          ))
        for (const message of this.queue.splice(0)) this.worker.postMessage(...message)
      })
    }

    postMessage(...message) {
      if (this.worker) this.worker.postMessage(...message)
      else if (this.queue) this.queue.push(message)
    }

    terminate() {
      this.queue = null
      if (this.worker) this.worker.terminate()
    }
  }

  /* Material's `new Worker(config.search)` gets the stand-in; any other worker starts as usual */
  let standIn = null
  window.Worker = new Proxy(window.Worker, {
    construct(Real, args, newTarget) {
      if (standIn || new URL(`${args[0]}`, location.href).href !== workerUrl)
        return Reflect.construct(Real, args, newTarget)
      return standIn = new WorkerOnDemand(Real, args)
    }
  })

  /* ------------------------------------------------------------------------
   * What counts as using the search
   * ---------------------------------------------------------------------- */

  /* A link to a search (`?q=...`): Material opens the search and focuses the box, which counts as use */
  document.addEventListener("focusin", event => {
    if (event.target instanceof Element && event.target.matches("[data-md-component=search-query]")) use()
  })
  document.addEventListener("change", event => {
    if (event.target instanceof HTMLInputElement && event.target.id === "__search" && event.target.checked) use()
  })

  /* ------------------------------------------------------------------------
   * Nothing found: a way on
   * ---------------------------------------------------------------------- */

  const WAY_ON = "zoeken-verder"

  /*
   * Words for the subject as a whole, which no single role owns: a search for them gets the general
   * pages ("Alle tips", "Hulp en melden") above its results. Some are not on the poster at all
   * (loverboy, drugsrunner): such a search finds nothing and gets the full way on.
   */
  const SUBJECT = new Set([
    "uitbuiting", "mensenhandel", "arbeidsuitbuiting", "gedwongen", "prostitutie",
    "loverboy", "loverboys", "pooierboy", "pooierboys", "drugsrunner", "drugsrunners"
  ])
  const WITH_SUBJECT = new Set(["seksuele", "criminele", "werk", "arbeid", "slachtoffer", "slachtoffers", "van", "en"])

  /* A query about the subject only: every word is one of the subject's, at least one is from SUBJECT */
  function isSubjectQuery(query) {
    const words = query.toLowerCase().split(/[\s\-,.;:!?"/()]+/).filter(Boolean)
    return words.some(word => SUBJECT.has(word)) && words.every(word => SUBJECT.has(word) || WITH_SUBJECT.has(word))
  }

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

  /* Nothing found: say so, and offer the general pages and every role */
  function wayOn(query) {
    const box = document.createElement("nav")
    box.className = `${WAY_ON} md-search-result__article md-typeset`
    box.setAttribute("aria-label", "Verder zoeken")
    box.append(
      paragraph(`We vonden niets voor „${query}”. Probeer een ander woord, of kijk hier verder:`),
      list(generalLinks())
    )
    const roles = navigationLinks(path => path.startsWith("rollen/"))
    if (roles.length)
      box.append(paragraph("Tips per rol:"), list(roles))
    return box
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
      if (!typed || shown === placeholder) return
      if (shown === none)
        meta.after(wayOn(typed))
      else if (isSubjectQuery(typed))
        meta.after(topicLinks())
    }
    new MutationObserver(update).observe(meta, { childList: true, characterData: true, subtree: true })
  }

  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", watchResults, { once: true })
  else
    watchResults()
})()
