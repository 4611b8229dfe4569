/// The kind of work a title names; the raw values are the `work` feature of TITLE annotations.
public enum WorkType: String, CaseIterable, Sendable, Hashable {
  /// A film: feature, short or documentary.
  case film
  /// A television or streaming series, including miniseries.
  case series
  /// One episode of a series.
  case episode
  /// A novel, memoir, comic or other book.
  case book
  /// A stage play or musical.
  case play
  /// A song.
  case song
  /// A music album.
  case album
  /// A video or board game.
  case game
  /// Any other work.
  case other
}
