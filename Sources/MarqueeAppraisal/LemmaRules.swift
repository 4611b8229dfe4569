/// The documented rules that map an inflected token to the base forms the lexicon lists.
///
/// A token that is not listed as written is tried under these candidates; a candidate counts
/// only for entries whose part of speech takes that ending:
///
/// | ending | tried as | parts of speech |
/// |---|---|---|
/// | -ies | -y | noun, verb |
/// | -es, -s (not -ss) | stem | noun, verb |
/// | -ied | -y | verb |
/// | -ed | stem, stem + e, undoubled stem (stopped → stop) | verb |
/// | -ing | stem, stem + e, undoubled stem | verb |
/// | -ier, -iest | -y | adj |
/// | -er, -est | stem, stem + e, undoubled stem | adj |
///
/// Irregular forms (fell → fall, worse → bad) come from `lemmas/irregular.tsv`. Stems shorter
/// than three letters are never tried, so "thing" is not read as "th" + "ing".
struct LemmaRules: Sendable {
  /// A base form to try and the parts of speech it may have.
  struct Candidate: Sendable, Equatable {
    var lemma: String
    var partsOfSpeech: Set<PartOfSpeech>
  }

  /// Irregular forms: form → candidates.
  var irregular: [String: [Candidate]]

  /// The candidates for `token` (already lowercased), most specific first; never `token` itself.
  func candidates(for token: String) -> [Candidate] {
    var result = irregular[token] ?? []
    let nounVerb: Set<PartOfSpeech> = [.noun, .verb]
    func add(_ lemma: String, _ pos: Set<PartOfSpeech>) {
      guard lemma.count >= 3, lemma != token else { return }
      result.append(Candidate(lemma: lemma, partsOfSpeech: pos))
    }
    func stems(_ stem: String, _ pos: Set<PartOfSpeech>) {
      add(stem, pos)
      add(stem + "e", pos)
      if let last = stem.last, stem.count >= 4, stem.dropLast().last == last,
        !"aeiouls".contains(last)
      {
        add(String(stem.dropLast()), pos)
      }
    }
    if token.hasSuffix("ies") {
      add(String(token.dropLast(3)) + "y", nounVerb)
    } else if token.hasSuffix("es") {
      add(String(token.dropLast(2)), nounVerb)
      add(String(token.dropLast(1)), nounVerb)
    } else if token.hasSuffix("s"), !token.hasSuffix("ss") {
      add(String(token.dropLast(1)), nounVerb)
    }
    if token.hasSuffix("ied") {
      add(String(token.dropLast(3)) + "y", [.verb])
    } else if token.hasSuffix("ed") {
      stems(String(token.dropLast(2)), [.verb])
    }
    if token.hasSuffix("ing") {
      stems(String(token.dropLast(3)), [.verb])
    }
    if token.hasSuffix("iest") {
      add(String(token.dropLast(4)) + "y", [.adjective])
    } else if token.hasSuffix("ier") {
      add(String(token.dropLast(3)) + "y", [.adjective])
    } else if token.hasSuffix("est") {
      stems(String(token.dropLast(3)), [.adjective])
    } else if token.hasSuffix("er") {
      stems(String(token.dropLast(2)), [.adjective])
    }
    return result
  }

  /// Reads the irregular-forms table (`form`, `lemma`, `pos`).
  static func irregularForms(from rows: [TSVRow]) throws(LexiconError) -> [String: [Candidate]] {
    var table: [String: [Candidate]] = [:]
    for row in rows {
      let form = row.column(0)
      let lemma = row.column(1)
      guard row.columns.count >= 3, !form.isEmpty, !lemma.isEmpty else {
        throw row.error("expected three columns: form, lemma, pos")
      }
      guard let pos = PartOfSpeech(rawValue: row.column(2)) else {
        throw row.error("column 'pos' is \"\(row.column(2))\"; expected verb, adj or noun")
      }
      table[form, default: []].append(Candidate(lemma: lemma, partsOfSpeech: [pos]))
    }
    return table
  }
}
