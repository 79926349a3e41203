// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Byline", targets: ["Byline"]),
        .library(name: "BylineCore", targets: ["BylineCore"]),
        .executable(name: "byline", targets: ["BylineCLI"]),
        .executable(name: "byline-benchmark", targets: ["BylineBenchmark"]),
        .executable(name: "byline-fuzz", targets: ["BylineFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian. CICU only carries the link flags; ICUBridge is the one
        // file that includes ICU headers (see README, "The C boundary").
        .systemLibrary(
            name: "CICU", path: "Modules/CICU", pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]),
        // icu-uc's pkg-config flags link the common library only; the calendars are in i18n.
        .target(name: "ICUBridge", dependencies: ["CICU"], path: "Modules/ICUBridge",
                linkerSettings: [.linkedLibrary("icui18n")]),
        .systemLibrary(
            name: "CUTF8Proc", path: "Modules/CUTF8Proc", pkgConfig: "libutf8proc",
            providers: [.apt(["libutf8proc-dev"])]),

        // The neural entity tagger's matrix loop, AVX2 + FMA when the CPU has them (chosen at run time).
        .target(name: "NeuralKernels", path: "Modules/NeuralKernels"),

        .target(name: "BylineCore"),
        .target(name: "Normalization", dependencies: ["BylineCore", "CUTF8Proc"]),
        .target(name: "Segmentation", dependencies: ["BylineCore", "ICUBridge"]),
        .target(name: "Formats", dependencies: ["BylineCore"]),
        .target(
            name: "EntityTagging", dependencies: ["BylineCore", "NeuralKernels"],
            resources: [.copy("Resources/ner.model"), .copy("Resources/ner-accurate.model")]),
        .target(name: "NumberExtraction", dependencies: ["BylineCore", "ICUBridge"]),
        .target(name: "QuoteAttribution", dependencies: ["BylineCore"]),
        .target(name: "Evaluation", dependencies: ["BylineCore", "Formats"]),
        // One name per person across documents: reads the entity and quote layers (docs/people.md).
        .target(name: "EntityLinking", dependencies: ["BylineCore", "Normalization", "Formats"]),
        .target(name: "Byline", dependencies: ["BylineCore", "Normalization", "Segmentation", "Formats", "Evaluation", "EntityTagging",
                     "NumberExtraction", "QuoteAttribution", "EntityLinking"]),
        // The executable's folder is BylineCLI, not byline: a name that differs from Byline only
        // by case merges with it on a case-insensitive file system (macOS's default).
        .executableTarget(
            name: "BylineCLI",
            dependencies: ["Byline", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "BylineBenchmark",
            dependencies: ["Byline", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The libFuzzer target over the readers, the pipeline and the writers (docs/fuzzing.md);
        // a stub executable unless scripts/fuzz.sh builds it with -DBYLINE_FUZZ.
        .executableTarget(name: "BylineFuzz", dependencies: ["Byline"]),

        // What the test targets share: fixture paths, the golden-text diff, running a process,
        // scratch directories.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BylineCoreTests", dependencies: ["BylineCore"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization", "TestSupport"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Byline", "TestSupport"]),
        .testTarget(
            name: "EvaluationTests", dependencies: ["Evaluation", "Byline", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "EntityTaggingTests", dependencies: ["EntityTagging", "Byline", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "NumberExtractionTests", dependencies: ["NumberExtraction", "Byline", "TestSupport"]),
        .testTarget(name: "QuoteAttributionTests", dependencies: ["QuoteAttribution", "Byline", "TestSupport"]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "Byline", "TestSupport"]),
        .testTarget(name: "EntityLinkingTests", dependencies: ["EntityLinking", "Byline", "TestSupport"]),
        // Imports Foundation next to both C wrappers: proves the _FoundationICU clash is avoided.
        .testTarget(name: "FoundationInteropTests", dependencies: ["Byline", "Normalization", "Segmentation"]),
        .testTarget(name: "BylineTests", dependencies: ["Byline", "TestSupport"]),
        .testTarget(name: "BylineCLITests", dependencies: ["BylineCLI", "Byline", "TestSupport"]),
    ]
)
