/// The labels of the `entities` layer.
public enum EntityLabel: String, Sendable, Hashable, CaseIterable {
  /// A performer in an acting or voice role.
  case cast = "CAST"
  /// A person credited for non-acting work; the `job` feature says which.
  case crew = "CREW"
  /// A fictional person or creature, or a real person as portrayed.
  case character = "CHARACTER"
  /// The title of a work; the `work` feature says what kind.
  case title = "TITLE"
  /// Any other real person.
  case person = "PERSON"
  /// A studio, distributor, streamer, festival, award, band or broadcaster.
  case org = "ORG"
}
