// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SupplyNet",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SupplyNet", targets: ["SupplyNet"]),
        .library(name: "GraphvizKit", targets: ["GraphvizKit"]),
        .library(name: "SupplyNetExtraction", targets: ["SupplyNetExtraction"]),
        .library(name: "SupplyNetReport", targets: ["SupplyNetReport"]),
        .executable(name: "supplynet", targets: ["SupplyNetCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `swift package generate-documentation`: the DocC catalogs of SupplyNet and GraphvizKit.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // A CSV reader, for `supplynet import` of the transfer register.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // The C library, found with pkg-config. Nothing else lives here.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // GitHub's CommonMark parser and its extensions, found with pkg-config. Nothing else lives here.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The safe Swift layer over Graphviz: the only target that imports CGraphviz.
        .target(name: "GraphvizKit", dependencies: ["CGraphviz"]),
        // The model, loading, validation and DOT encoding. Pure Swift.
        .target(
            name: "SupplyNet",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift")]
        ),
        // Proposes claims from new articles, and scores itself against the curated claims. Pure Swift.
        .target(
            name: "SupplyNetExtraction",
            dependencies: ["SupplyNet", .product(name: "Yams", package: "Yams")]
        ),
        // Reports: Markdown with `supplynet` blocks in, HTML or Markdown with figures and evidence
        // out. Receives SVG from a closure, so it needs no Graphviz. Reads the author's prose with
        // cmark-gfm, in one file (CommonMark.swift) that alone imports CCmarkGFM.
        .target(name: "SupplyNetReport", dependencies: ["SupplyNet", "CCmarkGFM"]),
        // The explorer: the cited network in a browser, over Hummingbird, bound to loopback. Draws
        // through a closure like the report, so it needs no Graphviz of its own.
        .target(
            name: "SupplyNetServer",
            dependencies: [
                "SupplyNet", "SupplyNetReport", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The thin command-line tool.
        .executableTarget(
            name: "SupplyNetCLI",
            dependencies: [
                "SupplyNet",
                "SupplyNetExtraction",
                "SupplyNetReport",
                "SupplyNetServer",
                "GraphvizKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Renders the seed network in process against the `dot` command: prints the ratio.
        .executableTarget(
            name: "RenderBenchmark",
            dependencies: ["SupplyNet", "GraphvizKit"],
            path: "Benchmarks/RenderBenchmark"
        ),
        // Path queries on a bulk file, for Benchmarks/paths/compare.py against NetworkX and rustworkx.
        .executableTarget(
            name: "PathBenchmark",
            dependencies: ["SupplyNet"],
            path: "Benchmarks/PathBenchmark"
        ),
        // Extraction throughput on a corpus of shuffled seed sentences, and memory across many files.
        .executableTarget(
            name: "ExtractBenchmark",
            dependencies: ["SupplyNet", "SupplyNetExtraction"],
            path: "Benchmarks/ExtractBenchmark"
        ),
        // What the test targets share: running a program and capturing its output.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GraphvizKitTests", dependencies: ["GraphvizKit"]),
        .testTarget(name: "SupplyNetExtractionTests", dependencies: ["SupplyNetExtraction", "SupplyNet"]),
        .testTarget(
            name: "SupplyNetTests",
            dependencies: [
                "SupplyNet", "SupplyNetReport", "GraphvizKit", "TestSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `supplynet` binary end to end.
        .testTarget(name: "SupplyNetCLITests", dependencies: ["SupplyNetCLI", "SupplyNet", "SupplyNetReport", "TestSupport"]),
        .testTarget(
            name: "SupplyNetServerTests",
            dependencies: [
                "SupplyNetServer", "SupplyNet", "GraphvizKit", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
