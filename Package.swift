// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Torv",
    // Linux only: TorvKit uses Glibc and renameat2(RENAME_EXCHANGE) (see README); no other platform is claimed.
    products: [
        .executable(name: "torv", targets: ["torv"]),
        .library(name: "TorvKit", targets: ["TorvKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Debian's libcmark-dev (cmark 0.30). Only Sources/TorvKit/Markdown/CmarkBridge.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Debian's libvips (8.14): resizing, EXIF orientation, metadata stripping, WebP/JPEG/PNG. Opened
        // with dlopen when the first image is met (Sources/CVips/torv_vips.c), so a run without images
        // does not load it and its hundred libraries. Only Sources/TorvKit/Images/VipsBridge.swift imports it.
        .target(name: "CVips"),
        // One system call Swift's Glibc module does not expose (renameat2 with RENAME_EXCHANGE).
        .target(name: "CTorvSystem"),
        .target(
            name: "TorvKit",
            dependencies: [
                "CCmark",
                "CVips",
                "CTorvSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "torv",
            dependencies: [
                "TorvKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Debian's libmimalloc-dev: mimalloc replaces glibc's malloc in the torv program (not in the
            // tests or the fuzz harness). No code calls it; linking it is enough. See README, "Speed".
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        // Fuzzing harness: a corpus replayer, or a libFuzzer target when built with -sanitize=fuzzer -D FUZZING.
        .executableTarget(name: "torv-fuzz", dependencies: ["TorvKit"]),
        .testTarget(
            name: "TorvKitTests",
            // swift-mustache: the reference Torv's own Mustache renderer is compared with.
            dependencies: ["TorvKit", .product(name: "Mustache", package: "swift-mustache")],
            // Test images, read from the source tree by path.
            exclude: ["Fixtures"]
        ),
    ]
)
