/// A JSON object that keeps its keys in the order they were inserted or read.
///
/// Order matters to Marquee: features and metadata are written back in the order they came, so a
/// document read and written again is byte-identical. Objects in annotations are small, so lookup
/// is a linear scan.
public struct JSONObject: Sendable, Hashable {
  /// The members, in order. Keys are unique.
  public private(set) var entries: [(key: String, value: JSONValue)]

  /// An empty object.
  public init() { entries = [] }

  /// An object with the given members; a repeated key keeps its last value in its first position.
  public init(_ members: [(String, JSONValue)]) {
    entries = []
    entries.reserveCapacity(members.count)
    for (key, value) in members { self[key] = value }
  }

  /// An object with members already known to have unique keys, kept as given with no check (the
  /// reader's and hot paths' constructor: ``init(_:)`` scans for repeats, O(n²)). A repeated key
  /// here would break the object's invariant, so pass only distinct keys.
  public init(uniqueEntries: [(key: String, value: JSONValue)]) {
    entries = uniqueEntries
  }

  /// Whether the object has no members.
  public var isEmpty: Bool { entries.isEmpty }

  /// The number of members.
  public var count: Int { entries.count }

  /// The keys, in order.
  public var keys: [String] { entries.map(\.key) }

  /// The value for `key`; setting `nil` removes the member, setting a new key appends it.
  ///
  /// - Complexity: O(n) in the number of members.
  public subscript(key: String) -> JSONValue? {
    get {
      for entry in entries where entry.key == key { return entry.value }
      return nil
    }
    set {
      if let index = entries.firstIndex(where: { $0.key == key }) {
        if let newValue {
          entries[index].value = newValue
        } else {
          entries.remove(at: index)
        }
      } else if let newValue {
        entries.append((key, newValue))
      }
    }
  }

  /// Adds every member of `other`, replacing values of keys already present.
  public mutating func merge(_ other: JSONObject) {
    for (key, value) in other.entries { self[key] = value }
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.entries.count == rhs.entries.count else { return false }
    for (left, right) in zip(lhs.entries, rhs.entries)
    where left.key != right.key || left.value != right.value {
      return false
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(entries.count)
    for entry in entries {
      hasher.combine(entry.key)
      hasher.combine(entry.value)
    }
  }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init(elements)
  }
}

extension JSONObject: Sequence {
  public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
    entries.makeIterator()
  }
}
