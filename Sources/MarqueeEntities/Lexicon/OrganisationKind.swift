/// The kind of an organisation; the raw values are the `kind` feature of ORG annotations.
public enum OrganisationKind: String, CaseIterable, Sendable, Hashable {
  /// A production studio or company.
  case studio
  /// A theatrical or home-video distributor.
  case distributor
  /// A streaming service.
  case streamer
  /// A television broadcaster or channel.
  case broadcaster
  /// A film festival or one of its sections.
  case festival
  /// An award, or the body that gives it.
  case award
  /// A band or music group.
  case band
  /// Any other organisation: institutes, publications, agencies.
  case other
}
