// swift-tools-version: 6.1
// Marquee's benchmarks, kept apart so the main build stays lean. Run from this folder:
//   swift package benchmark
// Results, the machine they ran on and how to read them: README.md.

import PackageDescription

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
    .executableTarget(
      name: "JSONBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "MarqueeCore", package: "Marquee"),
      ],
      path: "Benchmarks/JSONBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "XMLBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "MarqueeCore", package: "Marquee"),
        .product(name: "MarqueeXML", package: "Marquee"),
      ],
      path: "Benchmarks/XMLBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "ExportBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "MarqueeCore", package: "Marquee"),
        .product(name: "MarqueeFormats", package: "Marquee"),
      ],
      path: "Benchmarks/ExportBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "SegmentBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "MarqueeCore", package: "Marquee"),
        .product(name: "MarqueeText", package: "Marquee"),
      ],
      path: "Benchmarks/SegmentBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "EvaluateBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "MarqueeCore", package: "Marquee"),
        .product(name: "MarqueeText", package: "Marquee"),
        .product(name: "MarqueeAppraisal", package: "Marquee"),
      ],
      path: "Benchmarks/EvaluateBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "EntitiesBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "MarqueeCore", package: "Marquee"),
        .product(name: "MarqueeText", package: "Marquee"),
        .product(name: "MarqueeEntities", package: "Marquee"),
      ],
      path: "Benchmarks/EntitiesBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
  ]
)
