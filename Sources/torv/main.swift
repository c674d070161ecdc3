import ArgumentParser
import Foundation

// Usage errors exit with 2 (as the README promises), not ArgumentParser's 64.
do {
    var command = try Torv.parseAsRoot()
    if let serve = command as? Serve {
        try await serve.serve()
    } else {
        try command.run()
    }
} catch {
    let code = Torv.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((Torv.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Torv.exit(withError: error)
}
