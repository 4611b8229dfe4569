// swift-tools-version: 6.1
// Marquee: standoff annotation of film reviews.
//
// The module split follows the architecture: the document model (MarqueeCore), the analysis
// stages (MarqueeText, …), the formats, and a thin command line (`marquee`). Benchmarks live in
// their own package under Benchmarks/ so this build stays lean.

import PackageDescription

let package = Package(
  name: "Marquee",
  products: [
    .library(name: "MarqueeCore", targets: ["MarqueeCore"]),
    .library(name: "MarqueeText", targets: ["MarqueeText"]),
    .library(name: "MarqueeEntities", targets: ["MarqueeEntities"]),
    .library(name: "MarqueeXML", targets: ["MarqueeXML"]),
    .library(name: "MarqueeAppraisal", targets: ["MarqueeAppraisal"]),
    .library(name: "MarqueeEvaluation", targets: ["MarqueeEvaluation"]),
    .library(name: "MarqueeFormats", targets: ["MarqueeFormats"]),
    .library(name: "MarqueeTestSupport", targets: ["MarqueeTestSupport"]),
    .library(name: "MarqueeCommandLine", targets: ["MarqueeCommandLine"]),
    .executable(name: "marquee", targets: ["marquee"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(name: "MarqueeCore"),
    .target(
      name: "MarqueeText",
      dependencies: ["MarqueeCore"],
      resources: [.process("Resources")]
    ),
    .target(
      name: "MarqueeEntities",
      dependencies: ["MarqueeCore", "MarqueeText"],
      resources: [.process("Resources")]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "MarqueeXML",
      dependencies: ["MarqueeCore", "CLibXML2"],
      resources: [.copy("Resources/marquee.xsd")]
    ),
    .target(name: "MarqueeEvaluation", dependencies: ["MarqueeCore"]),
    .target(name: "MarqueeFormats", dependencies: ["MarqueeCore", "MarqueeXML"]),
    .target(name: "MarqueeTestSupport", dependencies: ["MarqueeCore"]),
    .target(
      name: "MarqueeAppraisal",
      dependencies: ["MarqueeCore"],
      resources: [.process("Resources")]
    ),
    .target(
      name: "MarqueeCommandLine",
      dependencies: [
        "MarqueeCore",
        "MarqueeText",
        "MarqueeEntities",
        "MarqueeXML",
        "MarqueeEvaluation",
        "MarqueeFormats",
        "MarqueeAppraisal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("Resources/marquee-document.schema.json")]
    ),
    .executableTarget(name: "marquee", dependencies: ["MarqueeCommandLine"]),
    .testTarget(
      name: "MarqueeCoreTests",
      dependencies: ["MarqueeCore", "MarqueeTestSupport"]
    ),
    .testTarget(
      name: "MarqueeTextTests",
      dependencies: ["MarqueeText", "MarqueeCore", "MarqueeTestSupport"],
      resources: [.copy("Cases")]
    ),
    .testTarget(
      name: "MarqueeEntitiesTests",
      dependencies: ["MarqueeEntities", "MarqueeCore", "MarqueeText", "MarqueeTestSupport"]
    ),
    .testTarget(
      name: "MarqueeEvaluationTests",
      dependencies: ["MarqueeEvaluation", "MarqueeCore"]
    ),
    .testTarget(
      name: "MarqueeAppraisalTests",
      dependencies: ["MarqueeAppraisal", "MarqueeCore", "MarqueeText", "MarqueeTestSupport"]
    ),
    .testTarget(
      name: "MarqueeXMLTests",
      dependencies: ["MarqueeXML", "MarqueeCore", "MarqueeTestSupport"]
    ),
    .testTarget(
      name: "MarqueeFormatsTests",
      dependencies: ["MarqueeFormats", "MarqueeCore", "MarqueeTestSupport", "marquee"]
    ),
    .testTarget(
      name: "MarqueeCommandLineTests",
      dependencies: ["MarqueeCommandLine", "MarqueeCore", "MarqueeText", "marquee"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
