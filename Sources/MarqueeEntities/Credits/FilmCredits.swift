/// What a researcher knows about the film a review is about: its title, year, cast with the
/// characters they play and crew with their jobs.
///
/// The `entities` stage uses credits to settle labels and jobs ("Ahmed" is CAST, "Marder" is the
/// director), to recognise characters named once without a cue, and to find short titles
/// ("The Lightning Thief" for "Percy Jackson & the Olympians: The Lightning Thief"). Give them
/// per document in the metadata under `credits`, or per corpus with `--credits FILE`; read
/// them with ``FilmCredits/read(json:)`` and ``FilmCredits/read(tsv:)``.
public struct FilmCredits: Sendable, Hashable {
  /// One performer and the characters they play.
  public struct Cast: Sendable, Hashable {
    /// The performer's full name.
    public var name: String
    /// The characters' names as credited ("Ruben Stone"); may be empty.
    public var characters: [String]

    /// A cast credit.
    public init(name: String, characters: [String] = []) {
      self.name = name
      self.characters = characters
    }
  }

  /// One person credited for non-acting work.
  public struct Crew: Sendable, Hashable {
    /// The person's full name.
    public var name: String
    /// One of the CREW jobs: director, writer, cinematographer, composer, editor, producer,
    /// production-designer, costume-designer, sound, visual-effects, other.
    public var job: String

    /// A crew credit.
    public init(name: String, job: String) {
      self.name = name
      self.job = job
    }
  }

  /// The full title ("Percy Jackson & the Olympians: The Lightning Thief").
  public var title: String
  /// The year of release, when known.
  public var year: Int?
  /// The work type of the title: film (the default), series, episode, …
  public var work: String
  /// The cast, most prominent first.
  public var cast: [Cast]
  /// The crew.
  public var crew: [Crew]

  /// Credits for one work.
  public init(
    title: String, year: Int? = nil, work: String = "film", cast: [Cast] = [], crew: [Crew] = []
  ) {
    self.title = title
    self.year = year
    self.work = work
    self.cast = cast
    self.crew = crew
  }

  /// The jobs a credits file may give a crew member.
  public static let jobs: Set<String> = [
    "director", "writer", "cinematographer", "composer", "editor", "producer",
    "production-designer", "costume-designer", "sound", "visual-effects", "other",
  ]
}
