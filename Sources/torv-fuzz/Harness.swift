// Fuzzing harness for Torv (see Fuzz/README.md).
//
// Built normally, this is a replayer: `torv-fuzz page|data|markdown|template FILE…` runs each file through
// the target and reports any that take over 10 s (a crash ends the process with the file named).
// Built with `-sanitize=fuzzer -D FUZZING`, it is a libFuzzer target; TORV_FUZZ_TARGET picks which.
import Foundation
import TorvKit

/// The bilingual site the inputs are read for (Danish first, as in content/site.yaml).
let fixture = FuzzTargets.Fixture(languages: ["da", "en"])

#if FUZZING
let fuzzTarget = ProcessInfo.processInfo.environment["TORV_FUZZ_TARGET"] ?? "page"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    _ = FuzzTargets.run(fuzzTarget, Array(UnsafeBufferPointer(start: data, count: size)), fixture: fixture)
    return 0
}

/// libFuzzer's driver, for programs that have their own entry point.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links executables with this entry point; hand control to libFuzzer.
@_cdecl("torv_fuzz_main")
public func torvFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
}
#else
@main
struct Replayer {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first, ["page", "data", "markdown", "template"].contains(target) else {
            FileHandle.standardError.write(Data("usage: torv-fuzz page|data|markdown|template FILE…\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FileHandle.standardError.write(Data("\(path)\n".utf8))
            let start = Date()
            _ = FuzzTargets.run(target, [UInt8](data), fixture: fixture)
            let seconds = Date().timeIntervalSince(start)
            if seconds > 10 { print("slow (\(Int(seconds)) s): \(path)") }
            count += 1
        }
        print("torv-fuzz \(target): \(count) inputs replayed, no crash")
    }
}
#endif
