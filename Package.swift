// swift-tools-version: 6.1
import PackageDescription

/// Settings every LabKit module builds with (the ones hummingbird uses; see docs/architecture.md).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "LabKit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lab", targets: ["lab"]),
        .executable(name: "labkit-bench", targets: ["LabBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Arrows point down only: each target lists just the layers below it.
        .target(name: "LabDiagnostics", swiftSettings: strictSettings),
        .target(name: "KubeModel", dependencies: ["LabDiagnostics"], swiftSettings: strictSettings),
        .target(
            name: "ClusterSim",
            dependencies: [
                "KubeModel",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "KubeYAML",
            dependencies: ["LabDiagnostics", "KubeModel", "Yams"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LabKit",
            dependencies: ["LabDiagnostics", "KubeModel", "KubeYAML", "ClusterSim"],
            swiftSettings: strictSettings
        ),
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .target(name: "LabGit", dependencies: ["CLibGit2"], swiftSettings: strictSettings),
        // The student's workspace: labs (LabKit) recorded as git commits (LabGit); the one owner
        // of its format (layout, tags, trailers, result document), which grading reads through.
        .target(
            name: "LabWorkspace",
            dependencies: ["LabKit", "LabGit", "LabDiagnostics"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LabGrading",
            dependencies: ["LabKit", "LabGit", "LabWorkspace", "LabDiagnostics", "KubeYAML"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LabCommands",
            dependencies: [
                "LabDiagnostics", "KubeModel", "KubeYAML", "ClusterSim", "LabKit",
                "LabGit", "LabWorkspace", "LabGrading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lab", dependencies: ["LabCommands"], swiftSettings: strictSettings),
        // Helpers the tests and the benchmark share (not a product): workspaces scripted
        // through the workspace format, the checkout's course, real git for checking.
        .target(
            name: "LabTestSupport",
            dependencies: ["LabKit", "LabGit", "LabWorkspace"],
            path: "Tests/LabTestSupport",
            swiftSettings: strictSettings
        ),
        // `swift run -c release labkit-bench`: the performance targets (docs/benchmarks.md).
        .executableTarget(
            name: "LabBench",
            dependencies: [
                "ClusterSim", "KubeModel", "LabKit", "LabWorkspace", "LabGrading", "LabTestSupport",
            ],
            path: "Benchmarks/LabBench",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KubeModelTests",
            dependencies: ["KubeModel", "LabDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ClusterSimTests",
            dependencies: ["ClusterSim", "KubeModel"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KubeYAMLTests",
            dependencies: ["KubeYAML", "KubeModel", "LabDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LabKitTests",
            dependencies: ["LabKit", "ClusterSim", "KubeModel", "KubeYAML", "LabDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LabGitTests",
            dependencies: ["LabGit", "LabTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LabWorkspaceTests",
            dependencies: ["LabWorkspace", "LabKit", "LabGit", "LabTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LabGradingTests",
            dependencies: ["LabGrading", "LabWorkspace", "LabKit", "LabGit", "LabTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LabCommandsTests",
            dependencies: [
                "LabCommands", "LabDiagnostics", "LabGrading", "LabKit", "LabGit",
                "LabTestSupport",
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Coverage-guided fuzzing harnesses (docs/fuzzing.md), only when LABKIT_FUZZ=1: they link
// libFuzzer (`-sanitize=fuzzer`), which a plain `swift build` does not, so `make fuzz-cov` is the
// one way they are built (with its own build folder).
if Context.environment["LABKIT_FUZZ"] == "1" {
    let harnesses: [(name: String, folder: String, dependencies: [Target.Dependency])] = [
        ("FuzzManifestLoader", "ManifestLoader", ["KubeYAML", "LabDiagnostics"]),
        ("FuzzScenario", "Scenario", ["LabKit", "LabDiagnostics"]),
        ("FuzzLabDefinition", "LabDefinition", ["LabKit", "LabDiagnostics"]),
        (
            "FuzzWorkspaceRecords", "WorkspaceRecords",
            ["LabGit", "LabWorkspace", "LabKit", "LabGrading"]
        ),
        ("FuzzBundleImport", "BundleImport", ["LabGit"]),
    ]
    package.targets += [
        .systemLibrary(name: "CFuzzer", path: "Fuzz/CFuzzer"),
        .target(
            name: "FuzzSupport", dependencies: ["CFuzzer"], path: "Fuzz/Support",
            swiftSettings: strictSettings),
    ]
    for harness in harnesses {
        package.targets.append(
            .executableTarget(
                name: harness.name, dependencies: ["FuzzSupport"] + harness.dependencies,
                path: "Fuzz/\(harness.folder)", swiftSettings: strictSettings))
        package.products.append(.executable(name: harness.name, targets: [harness.name]))
    }
}
