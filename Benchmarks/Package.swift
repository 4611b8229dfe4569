// swift-tools-version: 6.1
// Marquee's benchmarks, kept apart so the main build stays lean. Run from this folder:
//   swift package benchmark
// Results, the machine they ran on and how to read them: README.md.

import PackageDescription

/// One benchmark suite: an executable in `Benchmarks/<name>` using the shared corpus and the
/// Marquee modules it measures.
func suite(_ name: String, measuring modules: [String]) -> Target {
  .executableTarget(
    name: name,
    dependencies: ["BenchmarkCorpus", .product(name: "Benchmark", package: "package-benchmark")]
      + (["MarqueeCore"] + modules).map { .product(name: $0, package: "Marquee") },
    path: "Benchmarks/\(name)",
    plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
  )
}

let package = Package(
  name: "MarqueeBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Marquee", path: ".."),
    .package(
      url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    .target(
      name: "BenchmarkCorpus",
      dependencies: [
        .product(name: "MarqueeCore", package: "Marquee"),
        .product(name: "MarqueeText", package: "Marquee"),
      ],
      path: "Benchmarks/BenchmarkCorpus"
    ),
    suite("JSONBenchmarks", measuring: []),
    suite("XMLBenchmarks", measuring: ["MarqueeXML"]),
    suite("ExportBenchmarks", measuring: ["MarqueeFormats"]),
    suite("SegmentBenchmarks", measuring: ["MarqueeText"]),
    suite("EntitiesBenchmarks", measuring: ["MarqueeText", "MarqueeEntities"]),
    suite("EvaluateBenchmarks", measuring: ["MarqueeText", "MarqueeAppraisal"]),
  ]
)
