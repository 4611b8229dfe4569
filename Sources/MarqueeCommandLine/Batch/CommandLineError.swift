/// Errors that end a whole command-line run (as opposed to one failed document).
enum CommandLineError: Error, CustomStringConvertible {
  /// Reading or writing failed.
  case io(String)
  /// The arguments cannot work together.
  case usage(String)

  var description: String {
    switch self {
    case .io(let message): return message
    case .usage(let message): return message
    }
  }
}
