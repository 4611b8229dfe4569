/// How the HTML reader treats each element when it turns a page into visible text.
enum HTMLElements {
  /// What an element does to the text.
  enum Role {
    /// Its content is never shown: scripts, styles, the head.
    case hidden
    /// A block that stands apart as a paragraph: a blank line before and after.
    case paragraph
    /// A block that starts on a new line.
    case line
    /// A forced line break.
    case lineBreak
    /// A table cell: separated from its neighbours by a space.
    case cell
    /// Preformatted text: whitespace kept as written, and a paragraph.
    case preformatted
    /// Inline: no effect on the layout.
    case inline
  }

  /// The role of the element named `name` (lower case, as libxml2 reports HTML names).
  static func role(of name: String) -> Role {
    switch name {
    case "script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math":
      return .hidden
    case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table",
      "section", "article", "header", "footer", "nav", "aside", "main", "figure", "form",
      "fieldset", "address", "hr", "details", "menu", "center":
      return .paragraph
    case "pre", "listing", "xmp", "plaintext":
      return .preformatted
    case "div", "li", "dt", "dd", "tr", "figcaption", "caption", "summary", "legend", "body",
      "html", "option", "thead", "tbody", "tfoot", "title":
      return .line
    case "br":
      return .lineBreak
    case "td", "th":
      return .cell
    default:
      return .inline
    }
  }

  /// The `markup` annotation an element starts, as its label and the features it always has.
  static func markup(of name: String) -> (label: String, level: Int?)? {
    switch name {
    case "i", "em", "cite": return ("emphasis", nil)
    case "q", "blockquote": return ("quotation", nil)
    case "a": return ("link", nil)
    case "h1": return ("heading", 1)
    case "h2": return ("heading", 2)
    case "h3": return ("heading", 3)
    case "h4": return ("heading", 4)
    case "h5": return ("heading", 5)
    case "h6": return ("heading", 6)
    default: return nil
    }
  }
}
