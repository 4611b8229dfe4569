/// What a person in `other-people.tsv` is known for.
public enum NotablePersonKind: String, CaseIterable, Sendable, Hashable {
  /// A film critic or film theorist.
  case critic
  /// A novelist, playwright, poet or other author.
  case writer
  /// A historical or political figure.
  case historical
  /// A musician or singer (not as a film composer).
  case musician
  /// A public figure: business, sport, media.
  case publicFigure = "public-figure"
  /// Anyone else.
  case other
}
