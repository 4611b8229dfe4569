import MarqueeCore

/// The title shown for a document: its `title` metadata, else its first non-blank line (cut to
/// 80 characters), else its id.
enum DocumentTitle {
  static func of(_ document: Document) -> String {
    if let title = document.metadata["title"]?.stringValue, !title.isEmpty { return title }
    let firstLine = document.text.split(whereSeparator: \.isNewline).first { line in
      line.contains { !$0.isWhitespace }
    }
    guard let firstLine else { return document.id }
    let trimmed = firstLine.trimmingCharacters(in: [" ", "\t"])
    return trimmed.count > 80 ? String(trimmed.prefix(79)) + "…" : trimmed
  }
}

extension Substring {
  /// The text without the given characters at either end.
  func trimmingCharacters(in set: Set<Character>) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
