/// Escaping for text and attribute values in the HTML view.
enum HTMLEscape {
  /// Escapes `&`, `<`, `>`, `"` and `'`, and shows C0 controls other than tab and line breaks
  /// (which HTML forbids) as U+FFFD, so any review text makes a valid page.
  static func text(_ string: String) -> String {
    var result = ""
    result.reserveCapacity(string.utf8.count)
    for scalar in string.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// A CSS class name made from a label: ASCII letters and digits kept, anything else `-`.
  static func className(_ label: String) -> String {
    var result = ""
    for scalar in label.unicodeScalars {
      let value = scalar.value
      let keep =
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
      result.unicodeScalars.append(keep ? scalar : "-")
    }
    return result.isEmpty ? "x" : result
  }
}
