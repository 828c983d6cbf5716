/*
 * Query handling in front of Material's own search worker, which this file loads unchanged, for the
 * language of the index it is given (each language has its own index: hooks/search.py).
 *
 * Material adds a trailing wildcard to every query word, so a word finds only index words that start
 * with it: lunr's stemmer never sees a query word ("verhoor" misses "verhoren"), diacritics must
 * match exactly ("zorgcoordinator" misses "zorgcoördinator") and a typo finds nothing. Material 9 has
 * no setting for this (custom query transforms were removed in 9.0), so before Material's worker sees a
 * query, each whole query word is spelled as the index spells it:
 *   - a word typed without diacritics that starts an index word with them gets them (zorgcoordinator ->
 *     zorgcoördinator), even if some index word also starts with it as typed: Dutch text writes
 *     them, people typing leave them out (stop words excepted: "een" stays "een");
 *   - a word that starts no index word: the same word with the index's diacritics, if it has other ones
 *     (cliënt -> client);
 *   - else, for a word of five letters or more, the index word it most likely means, one edit away:
 *     Dutch stems one edit apart (verhoor/verhoren, signaal/signalen, veranderd/veranderen; a stem of
 *     fewer than six letters only by its doubled last letter: klassen/klas), or the word, or (six letters or more) the start of an index word as long as
 *     it, one edit away (a typo: one letter wrong,
 *     missing or extra, or two letters swapped, the first letter kept). The closest wins; ties go to a
 *     whole word before the start of one, then to the shorter word, the one the index has more often,
 *     the alphabetically first, so a query word becomes one word and results do not flood;
 *   - else, if the index's `woordvormen` name them (data/zoekwoorden.<code>.yml: Dutch does, English
 *     does not), the Dutch word forms below;
 *   - else, for a past participle (gedwongen, opgesloten, geronseld): the index word whose stem has the
 *     same consonants as the participle without its "ge" (also after a separable part: op-ge-sloten)
 *     and its ending, vowels aside (dwong ~ dwing, opslot ~ opsluit, ronsel ~ ronsel);
 *   - else, for a Dutch diminutive (nichtje, broertjes): the index word it is made of;
 *   - else, for a Dutch compound the index does not hold (leerlingengedrag): its head, the rest after
 *     the longest leading part of five letters or more that starts an index word and after a linking
 *     s, e or en, if it is a whole index word (gedrag); with the leading part before it only if that is
 *     an index word too (leerlingen), as a compound is a kind of its head (a buurtagent is an agent);
 *     else the leading part alone; or the rest after a leading part of two to four letters (uitprinten);
 *   - a word the index has, and the index's other forms of it, if no title has the word
 *     (zorgcoördinatoren, and zorgcoördinator for the singular);
 *   - in a language that writes its compounds apart (no `samenstellingen`: English), a word typed in full
 *     (another follows) as the index's whole words with its stem, not as the start of longer words ("work" as
 *     "work works working", not "worker").
 * The stemmer and the stop words are those of the index's language (`config.lang`): "recognising" becomes
 * "recognise" in English, "verhoor" becomes "verhoren" in Dutch. Each query word's spelling is kept for
 * the rest of the session, so typing a longer query costs only its new words.
 *
 * The field's search words (data/zoekwoorden.yml) are in the index's field `zoekwoorden`, a list with
 * ", " between them, of the entry each leads to. A query that is one of them (its words as spelled
 * above, compared by stem, each word the start of the search word's or starting with it) is handed on
 * as the search word's own words, so that its entry is found ("printing" as "print", "debts" as
 * "debt"), and gets that entry first among the results: the vocabulary decides where such a query
 * leads, not the score.
 * A query with a search word that leads nowhere (the index config's `nergens`: an errand the site does not
 * cover, "verlengen", "renew"), compared by stem, finds nothing, so that a field word in it ("paspoort
 * verlengen") puts no page first that is about something else: the search shows the way on.
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
const RESULT = 3
const SEARCH_WORDS = "zoekwoorden"
const TITLE = "title"
const ROLE_WORDS = "ook_voor"
const ROLE_DESCRIPTION = "beschrijving"
const SEARCH_WORD_SEPARATOR = ", "
/* The index config's search words that lead nowhere (hooks/search.py, NOWHERE_WORDS) */
const NOWHERE_WORDS = "nergens"
/* What a query that names something the site does not cover leads to: no results */
const NOWHERE = Symbol("nowhere")
/* The word forms an index's config may name in `woordvormen` (hooks/model.py, WORD_FORMS) */
const PAST_PARTICIPLES = "voltooide-deelwoorden"
const COMPOUNDS = "samenstellingen"
const DIMINUTIVES = "verkleinwoorden"
const DIMINUTIVE_ENDINGS = ["etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je"]
const SHORTEST_DIMINUTIVE_BASE = 3
const SHORTEST_PARTICIPLE_BASE = 4
const FEWEST_PARTICIPLE_CONSONANTS = 3
const SEPARABLE_PART_LENGTHS = [0, 2, 3, 4, 5] // ge-sloten, op-ge-sloten, uit-ge-buit, weg-, terug-ge-...
const PARTICIPLE_ENDINGS = /(?:en|d|t)$/
const VOWELS = /(?:ij|[aeiouy])+/g
const SHORTEST_CORRECTED_WORD = 5
const SHORTEST_CORRECTED_STEM_OR_START = 6
const SHORTEST_COMPOUND_LEAD = 5
const SHORTEST_COMPOUND_HEAD = 3
const SHORTEST_PARTIAL_LEAD = 6
const SHORTEST_LEAD = 2
const LONGEST_SHORT_LEAD = 4
const LINKING_LETTERS = ["", "s", "e", "en"]
const MAX_EDITS = 1
const MOST_LETTERS_OF_ANOTHER_FORM = 2
const MOST_OTHER_FORMS = 3
const WHOLE_WORD = /(?<=^|\s)[\p{L}'’]+(?=\s|$)/gu
/* lunr's boost syntax: Material adds no trailing wildcard to a word with it, so it matches whole index words */
const WHOLE_WORD_ONLY = "^1"

/* Material's worker file: on `file://`, the iframe-worker shim runs this file as a page script */
const script = typeof document === "undefined" ? self.location.href : document.currentScript.src
const materialWorker = new URL(new URL(script).searchParams.get("material"), script)

let setup = null
let vocabulary = null
let searchWords = null
let names = null
let titles = null
let rolePages = null
let elsewhere = null
let wordForms = new Set()
let spellings = new Map()
const leadsTo = [] // for each query handed on and not yet answered: the entry it leads to, NOWHERE, or null

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

/*
 * Words of the search index with their folded spelling, stem, how often the index has them and whether a
 * title has them; lunr leaves stop words out, so do we
 */
function indexWords({ config, docs }) {
  const separator = new RegExp(config.separator)
  const words = new Map()
  const titleWords = new Set()
  for (const doc of docs)
    for (const field of Object.keys(config.fields))
      if (typeof doc[field] === "string")
        for (const word of doc[field].replace(/<[^>]*>/g, " ").toLowerCase().split(separator))
          if (word && language().stopWordFilter(word)) {
            words.set(word, (words.get(word) ?? 0) + 1)
            if (field === TITLE) titleWords.add(word)
          }
  return lookup([...words].map(([word, count]) => {
    const stem = stemOf(word)
    const foldedStem = fold(stem)
    const consonants = foldedStem.replace(VOWELS, "_")
    return { word, count, folded: fold(word), stem, foldedStem, consonants, inTitle: titleWords.has(word) }
  }))
}

/*
 * The index words, and the same words by their spelling (folded), stem, folded stem and consonants, and
 * sorted by their spelling and by their folded spelling, so that a query word is looked up, not compared
 * with every index word: on a slow phone each keystroke must stay quick
 */
function lookup(entries) {
  const first = key => {
    const found = new Map()
    for (const entry of entries)
      if (!found.has(entry[key])) found.set(entry[key], entry)
    return found
  }
  const all = key => {
    const found = new Map()
    for (const entry of entries)
      found.set(entry[key], [...found.get(entry[key]) ?? [], entry])
    return found
  }
  const sorted = key => [...entries].sort((a, b) => a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0)
  return {
    entries,
    byFolded: first("folded"),
    byStem: first("stem"),
    byFoldedStem: all("foldedStem"),
    byConsonants: all("consonants"),
    inTitles: new Set(entries.filter(entry => entry.inTitle).map(entry => entry.folded)),
    sortedByWord: sorted("word"),
    sortedByFolded: sorted("folded")
  }
}

/* The index words whose `key` ("word" or "folded") starts with `start`, from those sorted by it */
function startingWith(key, start) {
  const sorted = key === "word" ? vocabulary.sortedByWord : vocabulary.sortedByFolded
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle][key] < start) low = middle + 1
    else high = middle
  }
  const found = []
  for (let at = low; at < sorted.length && sorted[at][key].startsWith(start); at++)
    found.push(sorted[at])
  return found
}

/* The words of a text that lunr indexes: lower case, stop words left out */
function wordsOf(text) {
  return text.toLowerCase().split(new RegExp(setup.config.separator))
    .filter(word => word && language().stopWordFilter(word))
}

/* The words of a query or a search word, as compared with each other: stop words left out, folded stems */
function comparable(text) {
  return wordsOf(text).map(word => fold(stemOf(word))).join(" ")
}

/*
 * The search words of the index's `zoekwoorden` fields by their words as `comparable` gives them, each
 * with the entry it leads to and its own words ("exploitation" and "exploiter" share a stem)
 */
function indexSearchWords({ docs }) {
  const found = new Map()
  for (const doc of docs)
    if (typeof doc[SEARCH_WORDS] === "string")
      for (const word of doc[SEARCH_WORDS].split(SEARCH_WORD_SEPARATOR)) {
        const text = word.replace(/&amp;/g, "&")
        const key = comparable(text)
        found.set(key, [...found.get(key) ?? [], { location: doc.location, words: wordsOf(text) }])
      }
  return found
}

/*
 * Optimal string alignment distance, as far as MAX_EDITS (1) goes: 0 for the same word, 1 for one
 * insertion, deletion, substitution or swap of neighbours, else Infinity. One pass over the words, so
 * comparing a query word with every index word stays cheap on a slow phone.
 */
function distance(a, b) {
  if (Math.abs(a.length - b.length) > MAX_EDITS)
    return Infinity
  let at = 0
  while (at < a.length && at < b.length && a[at] === b[at]) at++
  if (at === a.length && at === b.length)
    return 0
  const rest = (skipA, skipB) => a.slice(at + skipA) === b.slice(at + skipB)
  const swapped = a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
  if (a.length === b.length ? rest(1, 1) || swapped : a.length > b.length ? rest(1, 0) : rest(0, 1))
    return 1
  return Infinity
}

/* `part` (folded) as the start of an index word is spelled there, or null if no index word starts so */
function indexSpelling(part) {
  const found = startingWith("word", part)[0] ?? startingWith("folded", part)[0]
  return found ? found.word.slice(0, part.length) : null
}

/*
 * A Dutch past participle ("gedwongen", "opgesloten"): the shortest index word whose stem has the
 * consonants of the word without "ge" and its ending, vowels aside ("dw_ng"); before that, the shortest
 * index word that starts with the base ("uitgebuit" -> "uitbui" -> "uitbuiten"), so that a participle
 * of a search word is that search word; null if none
 */
function participleBase(word) {
  for (const at of SEPARABLE_PART_LENGTHS) {
    if (word.slice(at, at + 2) !== "ge")
      continue
    const base = (word.slice(0, at) + word.slice(at + 2)).replace(PARTICIPLE_ENDINGS, "")
    if (base.length < SHORTEST_PARTICIPLE_BASE)
      continue
    const shortest = (a, b) => a.word.length - b.word.length || a.word.localeCompare(b.word)
    const started = startingWith("folded", base).sort(shortest)
    if (started.length)
      return started[0].word
    const consonants = base.replace(VOWELS, "_")
    if (consonants.replace(/_/g, "").length < FEWEST_PARTICIPLE_CONSONANTS)
      continue
    const found = [...vocabulary.byConsonants.get(consonants) ?? []].sort(shortest)
    if (found.length)
      return found[0].word
  }
  return null
}

/*
 * A Dutch compound the index does not hold ("leerlingengedrag"). A Dutch compound is a kind of its last
 * part, its head: a "buurtagent" is an "agent", "kinderuitbuiting" is "uitbuiting". The head is the rest
 * after the longest leading part of at least five letters that starts an index word or is one by its
 * stem ("klassen", the plural of "klas"), and after a linking s, e or en; it must be a whole index word,
 * by its spelling or its stem ("gedrag"): as the start of a word, or one edit away from one, it would
 * find another page ("gemeentehuis" is no "huisarts", "schoolplein" no "klein"). A head that is a search
 * word of its own is the compound ("kinderuitbuiting" -> "uitbuiting"): the vocabulary says where it
 * leads. Else the leading part goes with the head if it is a whole index word, by its spelling or its
 * stem ("leerlingen gedrag", "ervaring(s) deskundige", "patiënt gesprek"); as only the start of other
 * words it would lead elsewhere ("buurt" to "buurtwerker"), so the head goes alone. With no head, the
 * longest leading part that starts an index word as it is spelled, and is one as spelled or has six letters
 * or more ("tempozorgen" -> "tempo", "straatcoach" -> "straat", the start of "straatwerker"; "weerbericht" is
 * no "weerb(aarheid)", "klassieke" no "klass(en)"); null when there is none.
 */
function splitCompound(word) {
  let longestLead = null
  let headAlone = null
  for (let end = word.length - SHORTEST_COMPOUND_HEAD; end >= SHORTEST_COMPOUND_LEAD; end--) {
    const wholeLead = wholeIndexWord(word.slice(0, end))
    const spelledLead = indexSpelling(word.slice(0, end))
    const lead = spelledLead ?? wholeLead
    if (!lead)
      continue
    const spelledInFull = vocabulary.byFolded.has(word.slice(0, end))
    longestLead ??= spelledInFull || end >= SHORTEST_PARTIAL_LEAD ? spelledLead : null
    for (const link of LINKING_LETTERS) {
      const rest = word.slice(end)
      if (!rest.startsWith(link) || rest.length - link.length < SHORTEST_COMPOUND_HEAD)
        continue
      const head = wholeIndexWord(rest.slice(link.length))
      if (head && isSearchWord(head))
        return head
      if (head && wholeLead)
        return `${lead} ${head}`
      headAlone ??= head
    }
  }
  return headAlone ?? longestLead ?? afterShortLead(word)
}

/*
 * A Dutch word of a leading part of two to four letters that starts no index word (a separable part of a
 * verb: "uitprinten", "opschrijven") and the rest: the rest, if it is a whole index word of five letters or
 * more ("printen"); else null
 */
function afterShortLead(word) {
  for (let end = SHORTEST_LEAD; end <= LONGEST_SHORT_LEAD; end++) {
    const verb = word.slice(end)
    if (verb.length >= SHORTEST_CORRECTED_WORD && vocabulary.byFolded.has(verb))
      return verb
  }
  return null
}

/* Whether an index word is a search word of its own ("uitbuiting") */
function isSearchWord(word) {
  return (searchWords.get(comparable(word)) ?? []).some(searchWord => searchWord.words.length === 1)
}

/* The index word that `word` (folded) is, by its spelling or its stem; null if none */
function wholeIndexWord(word) {
  const stem = stemOf(word)
  const found = vocabulary.byFolded.get(word) ?? vocabulary.byStem.get(stem)
  return found ? found.word : null
}

/*
 * The index's spelling of a query word (the word itself if an index word starts with it), followed by the
 * index's other forms of it, if it has any (see `otherForms`)
 */
function correct(queryWord) {
  if (!spellings.has(queryWord))
    spellings.set(queryWord, spell(queryWord))
  return spellings.get(queryWord)
}

function spell(queryWord) {
  const word = queryWord.normalize("NFC").toLowerCase()
  const folded = fold(word)
  const accented = folded === word && language().stopWordFilter(word) &&
    startingWith("folded", folded).find(entry => entry.word !== entry.folded)
  if (accented)
    return withOtherForms(accented.word.slice(0, word.length))
  if (startingWith("word", word).length)
    return withOtherForms(queryWord)
  const spelled = startingWith("folded", folded)[0]
  if (spelled)
    return [spelled.word.slice(0, word.length)]
  if (word.length < SHORTEST_CORRECTED_WORD)
    return [queryWord]
  return [oneEditAway(word) ?? derivedForm(folded) ?? queryWord]
}

/*
 * A word the index has, and its other forms there, if any and if no title has the word: a title's word
 * already finds the page it names, and its other forms would count that title twice
 */
function withOtherForms(word) {
  const folded = fold(word)
  return vocabulary.inTitles.has(folded) ? [word] : [word, ...otherForms(word)]
}

/*
 * The index's other forms of a word the index has (words with its stem that do not start with it), as
 * it spells them, handed on after the word so that the search finds those too, below the form typed:
 * "zorgcoördinatoren" -> "zorgcoördinator" (the singular as well), "verhoor" -> "verhoren". The most
 * frequent few, and none shorter than five letters, which would find every word it starts ("werken" has
 * "werk": every compound of it)
 */
function otherForms(word) {
  const folded = fold(word)
  const stem = fold(stemOf(word))
  return (vocabulary.byFoldedStem.get(stem) ?? [])
    .filter(entry => !entry.folded.startsWith(folded) && entry.word.length >= SHORTEST_CORRECTED_WORD)
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, MOST_OTHER_FORMS)
    .map(entry => entry.word)
}

/* The index word a word the index lacks is a form of, by the word forms of the index's language; null if none */
function derivedForm(folded) {
  return (wordForms.has(PAST_PARTICIPLES) ? participleBase(folded) : null) ??
    (wordForms.has(DIMINUTIVES) ? diminutiveBase(folded) : null) ??
    (wordForms.has(COMPOUNDS) ? splitCompound(folded) : null)
}

/*
 * A Dutch diminutive ("nichtje", "broertjes", "zusje"): the index word it is made of, by its spelling or
 * its stem, once its ending (-je, -tje, -pje, -kje, -etje, and their plurals with -s) is off; null if none
 */
function diminutiveBase(word) {
  for (const ending of DIMINUTIVE_ENDINGS.filter(end => word.endsWith(end))) {
    const base = word.slice(0, -ending.length)
    const found = base.length >= SHORTEST_DIMINUTIVE_BASE ? wholeIndexWord(base) : null
    if (found)
      return found
  }
  return null
}

/*
 * The index word a word of five letters or more most likely means, one edit away: as a whole, in its stem
 * (a shorter stem than six letters only when it is the same, or the same without a doubled last letter:
 * "klassen" ~ "klas", but "parking" is no "dark", "painting" no "print" or "pain"),
 * or, for a word of six letters or more, in the start of an index word as long as it (a word of five is too
 * often another word: "bread" is no "break(s)", "music" no "munic(ipal)"); a whole word before the start of
 * a longer one, a shorter word first, then
 * the one the index has more often ("coordinater" is "coordinator", not "coordinates"); null if none is.
 * The first letter stays: people rarely mistype it, and a word that differs there is most often another
 * word ("grooming", stem "groom", is no "room")
 */
function oneEditAway(word) {
  const folded = fold(word)
  const stem = stemOf(word)
  const stemEdits = entry => {
    const edits = distance(stem, entry.stem)
    const undoubled = stem.at(-1) === stem.at(-2) && entry.stem === stem.slice(0, -1)
    return edits === 0 || stem.length >= SHORTEST_CORRECTED_STEM_OR_START || undoubled ? edits : Infinity
  }
  const startEdits = entry => folded.length >= SHORTEST_CORRECTED_STEM_OR_START
    ? distance(folded, entry.folded.slice(0, folded.length))
    : Infinity
  const candidates = vocabulary.entries
    .filter(entry => entry.folded[0] === folded[0])
    .map(entry => {
      const whole = Math.min(stemEdits(entry), distance(folded, entry.folded))
      const start = startEdits(entry)
      return { word: entry.word, count: entry.count, edits: Math.min(whole, start), start: start < whole }
    })
    .filter(candidate => candidate.edits <= MAX_EDITS)
    .sort((a, b) => a.edits - b.edits || a.start - b.start || a.word.length - b.word.length ||
      b.count - a.count || a.word.localeCompare(b.word))
  return candidates.length ? candidates[0].word : null
}

function rewrite(query) {
  vocabulary ||= indexWords(setup)
  searchWords ||= indexSearchWords(setup)
  names ||= indexNames(setup)
  titles ||= indexTitles(setup)
  rolePages ||= new Set(setup.docs.filter(doc => doc[ROLE_DESCRIPTION]).map(doc => doc.location)) // only roles have one
  elsewhere ||= (setup.config[NOWHERE_WORDS] ?? []).map(phrase => comparable(phrase).split(" "))
  if (aboutSomethingElse(query)) {
    leadsTo.push(NOWHERE)
    return query
  }
  const end = query.trimEnd().length
  const complete = (word, offset) => offset + word.length < end
  const stopWord = word => !language().stopWordFilter(word.toLowerCase())
  const spelled = forms => query.replace(WHOLE_WORD, (word, offset) =>
    complete(word, offset) && stopWord(word) ? "" : forms(correct(word), word, offset)
  )
  const typed = [...query.matchAll(WHOLE_WORD)].map(([word]) => word.toLowerCase())
  const searchWord = searchWordOf(spelled(([spelling]) => spelling), typed)
  leadsTo.push(searchWord ? searchWord.location : null)
  if (searchWord)
    return searchWord.words.join(" ")
  const unknown = [...query.matchAll(WHOLE_WORD)]
    .some(({ 0: word, index }) => complete(word, index) && !stopWord(word) && !isKnown(correct(word)[0]))
  return spelled((forms, word, offset) => handOn(forms, word, complete(word, offset), complete(word, offset) || unknown))
}

/*
 * A query word as it goes on to Material's worker, from its spellings (`correct`): as typed, to match whole words
 * only, if `onlyWhole` and the index does not know it (see `isKnown`); typed in full (`inFull`), in a language
 * that writes its compounds apart, as whole words (see `wholeWord`); else its spellings
 */
function handOn(forms, typed, inFull, onlyWhole = inFull) {
  if (onlyWhole && !isKnown(forms[0]))
    return `${typed}${WHOLE_WORD_ONLY}`
  return inFull && !wordForms.has(COMPOUNDS) ? forms.map(wholeWord).join(" ") : forms.join(" ")
}

/*
 * A word typed in full in a language that writes its compounds apart (English: no `samenstellingen`), as the
 * index's whole words with its stem ("work" as "work works working"; the index is not stemmed), not as the start
 * of longer words ("work" is no "worker", "trainers" no "training"); a word the index does not know as it is.
 * Dutch writes compounds as one word, so there a word typed in full still finds the compounds it starts
 * ("school" finds "schoolplein").
 */
function wholeWord(word) {
  const forms = isKnown(word) ? vocabulary.byFoldedStem.get(fold(stemOf(word))) ?? [] : []
  return forms.length ? forms.map(form => `${form.word}${WHOLE_WORD_ONLY}`).join(" ") : word
}

/*
 * Whether a query word's spelling is a word the index knows: each of its words (a compound gives two) a
 * whole index word, by its spelling or its stem. A word typed in full, followed by another, that is only
 * the start of index words is a word the index does not know ("car" of "care", "pet" of "petition"): it is
 * handed on to match whole index words only, so it finds nothing, and once a query has such a word, its
 * last word counts only as a whole word too ("pet shop" finds no "shoplifting"): the search shows the way on
 */
function isKnown(spelling) {
  return spelling.split(" ").every(word => wholeIndexWord(fold(word)) !== null)
}

/*
 * The search word a query is, by stem, each word a longer or shorter form of the search word's own:
 * "debts" and "printing" are "debt" and "print", "ouders vrienden" is no "oudere vriend". Else a search
 * word in a row of the query's words that make up at least half of them ("ask for advice", "poster
 * ophangen"), unless the other words name another page or role themselves (in a row, a page's title or one
 * of a role's other words: "family doctor" is a doctor; "share the tips" names the page "share" leads to).
 * A search word for the subject as a whole (it leads to `config.onderwerp`) leads so with one other word
 * ("trafficking victims", "gedwongen tot seks"), unless a title has both ("mensenhandelsignalen": a tip is
 * about "zachte signalen van mensenhandel"); with more, they say what the query is about ("soft signs of
 * human trafficking"). The longest rows first; if rows of one length lead to two entries, none leads ("geld
 * afdragen": "geld" and "afdragen"), and the score decides. A row that leads to a general page (a sign no tip
 * covers) leads to a role's page instead when another word of the query is a search word for that role: it says
 * who sees the sign ("dochter heeft een veel oudere vriend": a parent), and that page has the tips they act on. A
 * row that leads to another role's tip leads to the page of the role whose person the query names (see `ownerIn`:
 * "mijn zoon heeft veel contant geld"), also when the sign is fewer than half of the query's words (see `seenBy`).
 * A query that starts with a word for the subject and a stop word leads to the subject's page (see `subjectFirst`)
 * when it has no rows, or when its rows lead only to general pages: "uitbuiting in de horeca" and "exploitation in
 * nail bars" are about the subject, though "horeca" and "nail bar" alone are signs that lead to Hulp en melden.
 * Returns the entry it leads to and the words to hand on (see `inPlaceOf`); null if none
 */
function searchWordOf(query, typed) {
  const words = wordsOf(query)
  const folded = words.map(fold)
  const stems = words.map(word => fold(stemOf(word)))
  const owner = ownerIn(typed)
  for (let length = words.length; length > 0 && 2 * length >= words.length; length--) {
    const rows = []
    for (let at = 0; at + length <= words.length; at++) {
      const row = folded.slice(at, at + length)
      const rest = [...folded.slice(0, at), ...folded.slice(at + length)]
      const aboutItself = searchWord => !namesAPage(rest, searchWord.location) &&
        (searchWord.location !== setup.config.onderwerp || rest.length === 1 && !inOneTitle(stems))
      const leads = searchWord => related(row, searchWord) && (!rest.length || aboutItself(searchWord))
      const found = (searchWords.get(stems.slice(at, at + length).join(" ")) ?? []).find(leads)
      const handedOn = found && inPlaceOf(words, at, length, found)
      const location = found && (aboutAPage(found.location)
        ? owner && !rolePages.has(found.location) && !found.location.startsWith(owner) ? owner : found.location
        : roleSaidIn(rest) ?? found.location)
      if (found)
        rows.push({ location, words: handedOn })
    }
    if (!rows.length)
      continue
    const agreed = rows.every(row => row.location === rows[0].location) ? rows[0] : null
    return rows.some(row => aboutAPage(row.location)) ? agreed : subjectFirst(words, folded, stems, typed) ?? agreed
  }
  return subjectFirst(words, folded, stems, typed) ?? (owner && seenBy(owner, words, folded, stems))
}

/*
 * The role page of the one whose person a query names: a search word for a role typed right after a stop word
 * ("my son", "mijn dochter", "her mate"), not after a word that says who it is ("older boyfriend"); null if none
 */
function ownerIn(typed) {
  const named = typed.filter((word, index) =>
    index > 0 && !language().stopWordFilter(typed[index - 1]) && language().stopWordFilter(word))
  return roleSaidIn(named.map(fold))
}

/*
 * A query that names someone's person (see `ownerIn`) and a sign in fewer than half of its words ("my son suddenly
 * has lots of money"): the sign's search word, leading to the owner's role page, as the one who sees the sign acts
 * on its tips; null if none
 */
function seenBy(owner, words, folded, stems) {
  for (let length = words.length - 1; length > 0; length--)
    for (let at = 0; at + length <= words.length; at++) {
      const row = folded.slice(at, at + length)
      const found = (searchWords.get(stems.slice(at, at + length).join(" ")) ?? []).find(searchWord =>
        related(row, searchWord) && !rolePages.has(searchWord.location) && searchWord.location !== setup.config.onderwerp)
      if (found)
        return { location: owner, words: inPlaceOf(words, at, length, found) }
    }
  return null
}

/*
 * A query's words as they go on with a search word in the row of `length` words at `at`: the search word's own
 * words in place of the row ("printing the poster" as "print poster"), the other words as whole words if the index
 * does not know them (see `isKnown`)
 */
function inPlaceOf(words, at, length, searchWord) {
  return [...words.slice(0, at).map(otherWord), ...searchWord.words, ...words.slice(at + length).map(otherWord)]
}

/* Whether a location is a role page or a tip (not a general page) */
function aboutAPage(location) {
  return location.includes("#") || rolePages.has(location)
}

/* The role page that a search word among query words (folded) leads to ("dochter", "student"), or null */
function roleSaidIn(words) {
  for (const word of words) {
    const found = (searchWords.get(fold(stemOf(word))) ?? [])
      .find(searchWord => rolePages.has(searchWord.location) && related([word], searchWord))
    if (found)
      return found.location
  }
  return null
}

/* A query word beside a search word, as it goes on: typed in full (see `handOn`) */
function otherWord(word) {
  return handOn([word], word, true)
}

/* Whether query words (folded) are a search word's own, each a longer or shorter form of its word there */
function related(row, searchWord) {
  return row.every((word, index) => {
    const own = fold(searchWord.words[index])
    return word.startsWith(own) || own.startsWith(word)
  })
}

/*
 * A query that starts with a word for the subject as a whole and a stop word, and says more about it after that
 * ("exploitation in the sex industry", "exploited on building sites"): it leads to the subject's page, unless
 * its other words name a page or role. `typed` is the query's words as typed, stop words too: a subject word
 * followed by other words without one ("schoonmaker krijgt geen loon": a cleaner is a sector's worker) is a sign.
 */
function subjectFirst(words, folded, stems, typed) {
  const positions = typed.flatMap((word, at) => language().stopWordFilter(word) ? [at] : [])
  if (positions.length !== words.length) // a compound typed as one word is two here: "mensenhandelsignalen"
    return null
  for (let length = words.length - 1; length > 0; length--) {
    const rest = folded.slice(length)
    const next = typed[positions[length - 1] + 1]
    const followedByStopWord = next !== undefined && !language().stopWordFilter(next)
    const found = followedByStopWord && (searchWords.get(stems.slice(0, length).join(" ")) ?? []).find(searchWord =>
      searchWord.location === setup.config.onderwerp && related(folded.slice(0, length), searchWord) &&
      !namesAPage(rest, searchWord.location))
    if (found)
      return { location: found.location, words: inPlaceOf(words, 0, length, found) }
  }
  return null
}

/*
 * Whether a query names something the site does not cover: it has a search word that leads nowhere
 * ("paspoort verlengen", "renew a passport"), its words as typed and compared by stem, in a row
 */
function aboutSomethingElse(query) {
  const stems = comparable(query).split(" ")
  return elsewhere.some(phrase => stems.some((_, at) => phrase.every((stem, index) => stems[at + index] === stem)))
}

/* Whether one title (of a page or a part of one) has every word of `stems` (folded stems) */
function inOneTitle(stems) {
  return titles.some(title => stems.every(stem => title.has(stem)))
}

/* Each title of the index (of a page or a part of one) as the folded stems of its words */
function indexTitles({ docs }) {
  return docs.map(doc => new Set(wordsOf(doc[TITLE].replace(/&amp;/g, "&")).map(word => fold(stemOf(word)))))
}

/*
 * The names of the pages and roles, each with the page it names: each page's title and each of a role's other
 * words, each as its words, folded, with their stems ("Parents and friends" -> "parents", "friends")
 */
function indexNames({ docs }) {
  return docs.flatMap(doc => [
    ...doc.location.includes("#") ? [] : [doc[TITLE]],
    ...doc[ROLE_WORDS] ? doc[ROLE_WORDS].split(SEARCH_WORD_SEPARATOR) : []
  ].map(name => ({ location: doc.location, words: wordsOf(name.replace(/&amp;/g, "&")).map(nameWord) })))
    .filter(name => name.words.length)
}

/* A word, folded, with its folded stem (a name's words are stemmed once, not for every query) */
function nameWord(word) {
  const folded = fold(word)
  return { folded, stem: fold(stemOf(folded)) }
}

/*
 * Whether query words (folded) hold the name of a page or role other than `own` in a row, each word the
 * name's word, a form of it with the same stem and at most two letters more or less, or its end of five letters
 * or more, the head of a compound: "family doctor" and "family doctors" do, and "coordinator" names
 * "Zorgcoördinator"; "access" does not name "Accessibility"; "share the tips" names "All tips", the page
 * "share" leads to itself
 */
function namesAPage(words, own) {
  const queryWords = words.map(nameWord)
  const sameWord = (word, named) =>
    Math.abs(word.folded.length - named.folded.length) <= MOST_LETTERS_OF_ANOTHER_FORM && word.stem === named.stem ||
    word.folded.length >= SHORTEST_CORRECTED_WORD && named.folded.length > word.folded.length &&
      named.folded.endsWith(word.folded)
  return names.some(name => name.location !== own && queryWords.some((_, at) => name.words.every((named, index) =>
    at + index < queryWords.length && sameWord(queryWords[at + index], named))))
}

/*
 * Material's result for a query that is a search word: the group of the entry it leads to first, that
 * entry's score just above the best, so the order and Enter (which opens the best score) agree
 */
function leadFirst(result, location) {
  const items = result.items
  const at = items.findIndex(group => group.some(doc => doc.location === location))
  if (at < 0)
    return result
  const best = Math.max(...items.flat().map(doc => doc.score))
  const group = items[at].map(doc => doc.location === location ? { ...doc, score: best + 1 } : doc)
  return { ...result, items: [group, ...items.slice(0, at), ...items.slice(at + 1)] }
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
    wordForms = new Set(setup.config.woordvormen ?? [])
    vocabulary = null
    searchWords = null
    names = null
    titles = null
    rolePages = null
    elsewhere = null
    spellings = new Map()
  } else if (message.type === QUERY && setup) {
    event.stopImmediatePropagation()
    const forward = new MessageEvent("message", { data: { ...message, data: rewrite(message.data) } })
    rewritten.add(forward)
    dispatchEvent(forward)
  }
})

/*
 * Material's worker answers with the global postMessage: a result for a search word leads with its entry, and
 * one for a query about something the site does not cover has no items
 */
const postResult = self.postMessage.bind(self)
self.postMessage = (message, ...rest) => {
  const location = message && message.type === RESULT ? leadsTo.shift() : null
  const data = location === NOWHERE ? { ...message.data, items: [] } : location && leadFirst(message.data, location)
  postResult(data ? { ...message, data } : message, ...rest)
}

importScripts(`${materialWorker}`)
