import ArgumentParser

/// How inputs are read: shared by every command that reads documents.
struct InputOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "How to read inputs: auto, text, json, jsonl, xml, html, brat or xmi.",
      discussion: """
        auto decides from each file's extension (.txt text, .json one document, .jsonl JSON \
        Lines, .xml Marquee XML, .html/.htm a web page's visible text, .ann brat standoff with \
        its .txt, .xmi UIMA CAS XMI) and, for standard input, from the first non-blank byte \
        ('{' means JSON Lines, '<' Marquee XML).
        """))
  var inputFormat: InputFormat = .auto

  @Option(help: "Fail any document larger than this many bytes (default 64 MiB).")
  var maxDocumentBytes: Int = 64 << 20

  @Flag(help: "Stop at the first document that fails instead of reporting it and going on.")
  var strict = false

  func validate() throws {
    guard maxDocumentBytes > 0 else {
      throw ValidationError("--max-document-bytes must be positive")
    }
  }
}

/// How a run uses the machine and talks to the user.
struct RunOptions: ParsableArguments {
  @Option(help: "Documents processed in parallel (default: the number of cores).")
  var jobs: Int?

  @Flag(help: "Print no progress and no closing summary; failures are still reported.")
  var quiet = false

  /// The number of worker threads to use.
  var workerCount: Int {
    jobs ?? ProcessInfoCores.count
  }

  func validate() throws {
    if let jobs, jobs < 1 {
      throw ValidationError("--jobs must be at least 1")
    }
  }
}
