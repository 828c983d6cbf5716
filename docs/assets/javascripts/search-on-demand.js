/* Search on demand: see overrides/partials/search-on-demand.html */
(() => {
  "use strict"

  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base, location.href)
  const indexUrl = new URL("search/search_index.json", base).href
  const workerUrl = new URL(config.search, location.href).href
  const script = document.currentScript.src

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
    const wayOn = document.createElement("script")
    wayOn.src = new URL("search-way-on.js", script).href
    document.body.append(wayOn)
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
  /* Material's sitemap next to each hreflang link of the head: never sent (hooks/material_internals.py (16)) */
  const alternateSitemaps = new Set(Array.from(
    document.querySelectorAll("link[rel=alternate][hreflang]"), link => new URL("sitemap.xml", link.href).href
  ))
  XMLHttpRequest.prototype.send = function (...args) {
    if (alternateSitemaps.has(requested.get(this))) return
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

  /* Focus on the search box (a click, Tab, Material's keys f, s and /, a `?q=` link); the search opened */
  document.addEventListener("focusin", event => {
    if (event.target instanceof Element && event.target.matches("[data-md-component=search-query]")) use()
  })
  document.addEventListener("change", event => {
    if (event.target instanceof HTMLInputElement && event.target.id === "__search" && event.target.checked) use()
  })
})()
