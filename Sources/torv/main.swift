import ArgumentParser
import Foundation

// Usage errors exit with 2 (as the README promises), not ArgumentParser's 64.
do {
    var command = try Torv.parseAsRoot()
    try command.run()
} catch {
    let code = Torv.exitCode(for: error)
    if code == .validationFailure {
        let message = Torv.fullMessage(for: error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(2)
    }
    Torv.exit(withError: error)
}
