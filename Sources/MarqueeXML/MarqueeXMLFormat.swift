/// Marquee's standoff XML: the names, the namespace and the rules of the format.
///
/// A file holds one `<document>` or a `<corpus>` of many. The text sits in one `<text>` element,
/// exactly as in the document; every annotation points into it with half-open offsets counted in
/// Unicode scalars, the same numbers as in Marquee's JSON. `Schemas/marquee.xsd` describes the
/// format exactly.
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <corpus xmlns="https://marquee.example/ns/1" version="1" offsetUnit="unicode-scalar">
/// <document id="sound-of-metal">
///   <text>Riz Ahmed is superb.&#13;
/// </text>
///   <metadata><string key="source">sound-of-metal.txt</string></metadata>
///   <layer name="entities">
///     <a id="e1" start="0" end="9" label="CAST"><bool key="lead">true</bool></a>
///   </layer>
///   <relation id="r1" label="plays" from="e1" to="e2"/>
///   <summary><double key="score">0.75</double></summary>
///   <stage name="segment" version="0.1.0"><int key="maxLength">400</int></stage>
/// </document>
/// </corpus>
/// ```
///
/// - `<document>` holds, in order: `<text>`, an optional `<metadata>`, any number of `<layer>`
///   (each with `<a>` annotations: `id`, `start`, `end`, optional `label`), any number of
///   `<relation>`, an optional `<summary>` and any number of `<stage>` (provenance).
/// - JSON values are typed elements, so a value read back is the value written: `<null/>`,
///   `<bool>true</bool>`, `<int>3</int>` (a 64-bit integer), `<double>3.0</double>` (any other
///   number, `INF`, `-INF` and `NaN` included), `<string>…</string>`, `<array>…</array>` and
///   `<object>…</object>`. Members of an object — and the features of `<a>`, `<relation>`, the
///   settings of `<stage>`, `<metadata>` and `<summary>` — carry their name in `key` and keep
///   their order; elements of an array have no `key`.
/// - A carriage return in text is written `&#13;` (an XML parser would otherwise turn CR LF into
///   LF). Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE;
///   U+FFFF) are written in text and string values as the marker `<c u="0000"/>` (four hex
///   digits), and in attribute values as `\u0000` with the attribute named in the element's
///   `esc` attribute (where `\\` is a backslash). Nothing is ever lost.
/// - Text longer than a megabyte is split by empty comments (`<!---->`), because libxml2 — like
///   other parsers — limits a single text node; comments are not part of the text, so readers and
///   XPath's `string()` see the text whole.
/// - The root element (`<corpus>`, or `<document>` for a file of its own) carries the namespace,
///   `version="1"` and `offsetUnit="unicode-scalar"`.
public enum MarqueeXMLFormat {
  /// The XML namespace of every Marquee element.
  public static let namespace = "https://marquee.example/ns/1"
  /// The format version written in the root's `version` attribute.
  public static let version = "1"
  /// The unit of every offset, written in the root's `offsetUnit` attribute.
  public static let offsetUnit = "unicode-scalar"
}
