/// Provenance: one stage that ran over a document, with the version and settings it ran with.
public struct StageRecord: Sendable, Hashable {
  /// The stage's stable name (`"segment"`).
  public var name: String
  /// The stage's version (`"0.1.0"`).
  public var version: String
  /// The settings that changed its behaviour, as given.
  public var settings: JSONObject

  /// Creates a provenance record.
  public init(name: String, version: String, settings: JSONObject = JSONObject()) {
    self.name = name
    self.version = version
    self.settings = settings
  }
}
