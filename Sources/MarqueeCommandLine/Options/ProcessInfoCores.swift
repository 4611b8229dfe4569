import Foundation

/// The number of processor cores available to this process.
enum ProcessInfoCores {
  /// Active cores, at least 1.
  static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
