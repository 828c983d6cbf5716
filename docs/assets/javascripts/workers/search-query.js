/*
 * Dutch query handling in front of Material's own search worker, which this file loads unchanged.
 *
 * Material adds a trailing wildcard to every query word, so a word finds only index words that start
 * with it: lunr's Dutch stemmer never sees a query word ("verhoor" misses "verhoren"), diacritics must
 * match exactly ("zorgcoordinator" misses "zorgcoördinator") and a typo finds nothing. Material 9 has
 * no setting for this (custom query transforms were removed in 9.0), so before Material's worker sees a
 * query, each whole query word is spelled as the index spells it:
 *   - a word typed without diacritics that starts an index word with them gets them (zorgcoordinator ->
 *     zorgcoördinator), even if some index word also starts with it as typed: Dutch text writes
 *     them, people typing leave them out (stop words excepted: "een" stays "een");
 *   - a word that starts no index word: the same word with the index's diacritics, if it has other ones
 *     (cliënt -> client);
 *   - else, for a word of five letters or more, the index word it most likely means, one edit away:
 *     Dutch stems one edit apart (verhoor/verhoren, signaal/signalen, veranderd/veranderen), or the
 *     word, or the start of an index word as long as it, one edit away (a typo: one letter wrong,
 *     missing or extra, or two letters swapped). The closest wins; ties go to the shorter, then the
 *     alphabetically first word, so a query word becomes one word and results do not flood;
 *   - else, for a Dutch compound the index does not hold (leerlingengedrag), its parts: the longest
 *     leading part of five letters or more that starts an index word (leerlingen), and the rest after a
 *     linking s, e or en (gedrag), if the rest finds an index word too; else the leading part alone.
 * A stop word followed by more words is dropped: lunr leaves stop words out of the index, so the
 * wildcard would only make it match the start of other words ("op" -> "oprechte"); the last word stays,
 * as it may be the start of a word still being typed. Words with search syntax, and everything around
 * the words, pass through untouched. The rewritten words are the ones Material highlights in the
 * results and, with `search.highlight`, on the page.
 *
 * hooks/material_internals.py points Material's `__config.search` at this file and passes the name of
 * Material's worker as `?material=`; both live in the same folder, so Material's worker still finds
 * its language files at `../lunr/`.
 */

const SETUP = 0
const QUERY = 2
const SHORTEST_CORRECTED_WORD = 5
const SHORTEST_COMPOUND_HEAD = 5
const SHORTEST_COMPOUND_TAIL = 3
const LINKING_LETTERS = ["", "s", "e", "en"]
const MAX_EDITS = 1
const WHOLE_WORD = /(?<=^|\s)[\p{L}'’]+(?=\s|$)/gu

/* Material's worker file: on `file://`, the iframe-worker shim runs this file as a page script */
const script = typeof document === "undefined" ? self.location.href : document.currentScript.src
const materialWorker = new URL(new URL(script).searchParams.get("material"), script)

let setup = null
let vocabulary = null

/* Lower case, without diacritics: "Zorgcoördinator" -> "zorgcoordinator" */
function fold(word) {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
}

/* lunr's support for the site's language, which Material's worker loads on setup */
function language() {
  return lunr[setup.config.lang[0]] || lunr
}

function stemOf(word) {
  return language().stemmer(new lunr.Token(word)).toString()
}

/* Words of the search index with their folded spelling and stem; lunr leaves stop words out, so do we */
function indexWords({ config, docs }) {
  const separator = new RegExp(config.separator)
  const words = new Set()
  for (const doc of docs)
    for (const field of Object.keys(config.fields))
      if (typeof doc[field] === "string")
        for (const word of doc[field].replace(/<[^>]*>/g, " ").toLowerCase().split(separator))
          if (word && language().stopWordFilter(word))
            words.add(word)
  return [...words].map(word => ({ word, folded: fold(word), stem: stemOf(word) }))
}

/*
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours;
 * Infinity at once for words whose lengths alone differ by more than MAX_EDITS
 */
function distance(a, b) {
  if (Math.abs(a.length - b.length) > MAX_EDITS)
    return Infinity
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i])
  for (let j = 1; j <= b.length; j++) rows[0][j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
    }
  return rows[a.length][b.length]
}

/* `part` (folded) as the start of an index word is spelled there, or null if no index word starts so */
function indexSpelling(part) {
  const found = vocabulary.find(entry => entry.word.startsWith(part)) ||
    vocabulary.find(entry => entry.folded.startsWith(part))
  return found ? found.word.slice(0, part.length) : null
}

/*
 * A Dutch compound the index does not hold ("leerlingengedrag"): its longest leading part of at least
 * five letters that starts an index word ("leerlingen"), and the rest after a linking s, e or en if the
 * rest, as it is or as `correct` spells it (a word form, a typo, a compound again), finds an index word
 * ("gedrag"); else the leading part alone. Null when no leading part starts an index word.
 */
function splitCompound(word) {
  let longestHead = null
  for (let end = word.length - SHORTEST_COMPOUND_TAIL; end >= SHORTEST_COMPOUND_HEAD; end--) {
    const head = indexSpelling(word.slice(0, end))
    if (!head)
      continue
    longestHead ??= head
    for (const link of LINKING_LETTERS) {
      const rest = word.slice(end)
      if (!rest.startsWith(link) || rest.length - link.length < SHORTEST_COMPOUND_TAIL)
        continue
      const tail = rest.slice(link.length)
      const spelled = indexSpelling(tail) ?? (tail.length >= SHORTEST_CORRECTED_WORD ? correct(tail) : tail)
      if (spelled !== tail || indexSpelling(tail))
        return `${head} ${spelled}`
    }
  }
  return longestHead
}

/* The index's spelling of a query word: the word itself if an index word starts with it */
function correct(queryWord) {
  const word = queryWord.normalize("NFC").toLowerCase()
  const folded = fold(word)
  const accented = folded === word && language().stopWordFilter(word) &&
    vocabulary.find(entry => entry.word !== entry.folded && entry.folded.startsWith(folded))
  if (accented)
    return accented.word.slice(0, word.length)
  if (vocabulary.some(entry => entry.word.startsWith(word)))
    return queryWord
  const spelled = vocabulary.find(entry => entry.folded.startsWith(folded))
  if (spelled)
    return spelled.word.slice(0, word.length)
  if (word.length < SHORTEST_CORRECTED_WORD)
    return queryWord
  const stem = stemOf(word)
  const candidates = vocabulary
    .map(entry => ({
      word: entry.word,
      edits: Math.min(
        distance(stem, entry.stem),
        distance(folded, entry.folded),
        distance(folded, entry.folded.slice(0, folded.length))
      )
    }))
    .filter(candidate => candidate.edits <= MAX_EDITS)
    .sort((a, b) => a.edits - b.edits || a.word.length - b.word.length || a.word.localeCompare(b.word))
  if (candidates.length)
    return candidates[0].word
  return splitCompound(folded) ?? queryWord
}

function rewrite(query) {
  vocabulary ||= indexWords(setup)
  const end = query.trimEnd().length
  return query.replace(WHOLE_WORD, (word, offset) =>
    offset + word.length < end && !language().stopWordFilter(word.toLowerCase()) ? "" : correct(word)
  )
}

/*
 * Registered before Material's worker, so this listener sees every message first. A query is handed on
 * to Material's listener as a new message with the rewritten query; everything else passes as it is.
 */
const rewritten = new WeakSet()
addEventListener("message", event => {
  const message = event.data
  if (rewritten.has(event) || !message) return
  if (message.type === SETUP) {
    setup = message.data
    vocabulary = null
  } else if (message.type === QUERY && setup) {
    event.stopImmediatePropagation()
    const forward = new MessageEvent("message", { data: { ...message, data: rewrite(message.data) } })
    rewritten.add(forward)
    dispatchEvent(forward)
  }
})

importScripts(`${materialWorker}`)
