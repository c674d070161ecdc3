import Foundation

/// Runs a program the tests need (the `torv` executable, the repository's site checker) and
/// collects what it prints.
enum ProgramRun {
    /// The debug build of the command line, which `swift test` builds beside the tests.
    static let torv = TestSite.repository.appendingPathComponent(".build/debug/torv")

    /// Runs `program` with `arguments` (in `folder` when given) and returns its exit status and
    /// standard output; with `withErrors`, standard error is in the output too, else it is dropped.
    static func run(
        _ program: URL, _ arguments: [String], in folder: URL? = nil, withErrors: Bool = false
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = withErrors ? output : FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
