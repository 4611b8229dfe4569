/// A small map from entity label to a score, kept inline: the label evidence of a mention and the
/// summed scores of a cluster.
///
/// It answers the part of `[EntityLabel: Int]`'s interface the tagger uses, without a heap
/// allocation per mention or the reference counting that comes with copying one.
///
/// ```swift
/// var evidence = LabelScores()
/// evidence[.cast] = 2
/// evidence[.cast, default: 0] += 1   // 3
/// evidence[.crew]                    // nil
/// ```
struct LabelScores: Sendable, Sequence {
  /// One lane per label (in `EntityLabel.allCases` order); `Int32.min` marks a label with no score.
  private var lanes = SIMD8<Int32>(repeating: Int32.min)

  /// No label has a score.
  var isEmpty: Bool { lanes == SIMD8(repeating: Int32.min) }

  /// The score of `label`, or nil when it has none; setting nil removes it.
  subscript(label: EntityLabel) -> Int? {
    get {
      let value = lanes[Self.lane(label)]
      return value == Int32.min ? nil : Int(value)
    }
    // Scores are small sums of strengths: clamping never changes one.
    set { lanes[Self.lane(label)] = newValue.map { Int32(clamping: $0) } ?? Int32.min }
  }

  /// The score of `label`, or `defaultValue` when it has none.
  subscript(label: EntityLabel, default defaultValue: Int) -> Int {
    get { self[label] ?? defaultValue }
    set { self[label] = newValue }
  }

  /// The labels with a score.
  var keys: LazyMapSequence<LabelScores, EntityLabel> { lazy.map(\.key) }

  /// The scores.
  var values: LazyMapSequence<LabelScores, Int> { lazy.map(\.value) }

  /// The labels with their scores, in `EntityLabel.allCases` order.
  func makeIterator() -> Iterator { Iterator(lanes: lanes) }

  /// Walks the labels that have a score.
  struct Iterator: IteratorProtocol {
    fileprivate let lanes: SIMD8<Int32>
    private var lane = 0

    fileprivate init(lanes: SIMD8<Int32>) { self.lanes = lanes }

    mutating func next() -> (key: EntityLabel, value: Int)? {
      while lane < LabelScores.labels.count {
        defer { lane += 1 }
        if lanes[lane] != Int32.min { return (LabelScores.labels[lane], Int(lanes[lane])) }
      }
      return nil
    }
  }

  fileprivate static let labels: [EntityLabel] = [.cast, .crew, .character, .title, .person, .org]

  @inline(__always)
  private static func lane(_ label: EntityLabel) -> Int {
    switch label {
    case .cast: 0
    case .crew: 1
    case .character: 2
    case .title: 3
    case .person: 4
    case .org: 5
    }
  }
}
