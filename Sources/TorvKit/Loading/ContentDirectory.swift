import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists and reads the files of a content or template folder, in a stable order.
public struct ContentDirectory: Sendable {
    /// The folder as given by the user (used to build the paths shown in diagnostics).
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The path shown to users for a file inside the folder.
    public func displayPath(_ relative: String) -> String {
        root == "." ? relative : "\(root)/\(relative)"
    }

    public func absolutePath(_ relative: String) -> String {
        "\(root)/\(relative)"
    }

    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every regular file below the folder, as sorted relative paths. Hidden files and folders
    /// (starting with `.`) are skipped. A symbolic link that leads outside the folder is reported and
    /// skipped. Uses `readdir` directly: it runs on every rebuild of `torv serve`.
    public func listFiles(diagnostics: inout [Diagnostic]) -> [String] {
        let realRoot = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        var result: [String] = []
        func walk(_ relative: String, depth: Int) {
            let path = relative.isEmpty ? root : absolutePath(relative)
            guard depth < 64, let dir = opendir(path) else { return }
            var entries: [(String, UInt8)] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if !name.hasPrefix(".") { entries.append((name, entry.pointee.d_type)) }
            }
            closedir(dir)
            for (name, type) in entries.sorted(by: { $0.0 < $1.0 }) {
                let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
                var kind = type
                if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                    let childPath = absolutePath(childRelative)
                    if type == UInt8(DT_LNK) {
                        let target = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
                        guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                            diagnostics.append(Diagnostic(
                                .symlinkOutside(target: target), at: SourceLocation(path: displayPath(childRelative))))
                            continue
                        }
                    }
                    var info = stat()
                    guard stat(childPath, &info) == 0 else { continue }
                    kind = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
                }
                if kind == UInt8(DT_DIR) {
                    walk(childRelative, depth: depth + 1)
                } else if kind == UInt8(DT_REG) {
                    result.append(childRelative)
                }
            }
        }
        walk("", depth: 0)
        return result
    }

    /// The bytes of a file, or nil with a diagnostic.
    public func read(_ relative: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: absolutePath(relative)) else {
            diagnostics.append(Diagnostic(.unreadable(), at: SourceLocation(path: displayPath(relative))))
            return nil
        }
        return [UInt8](data)
    }

    /// Reads and decodes a text file.
    public func readText(_ relative: String, diagnostics: inout [Diagnostic]) -> SourceFile? {
        guard let bytes = read(relative, diagnostics: &diagnostics) else { return nil }
        let (file, problem) = SourceFile.decode(bytes, path: displayPath(relative))
        if let problem { diagnostics.append(problem) }
        return file
    }
}
