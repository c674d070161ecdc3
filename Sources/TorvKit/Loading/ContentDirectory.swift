import Foundation

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
    /// (starting with `.`) are skipped. A symbolic link that leads outside the folder is reported and skipped.
    public func listFiles(diagnostics: inout [Diagnostic]) -> [String] {
        let fileManager = FileManager.default
        let realRoot = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        var result: [String] = []
        func walk(_ relative: String, depth: Int) {
            let path = relative.isEmpty ? root : absolutePath(relative)
            guard depth < 64, let names = try? fileManager.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
                let childPath = absolutePath(childRelative)
                guard let attributes = try? fileManager.attributesOfItem(atPath: childPath),
                    let type = attributes[.type] as? FileAttributeType
                else { continue }
                var effectiveType = type
                if type == .typeSymbolicLink {
                    let target = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
                    guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                        diagnostics.append(.error(
                            "symlink-outside", at: SourceLocation(path: displayPath(childRelative)),
                            "this is a link to a file outside the folder (\(target)); Torv does not follow it",
                            hint: "copy the file into the folder instead of linking to it"))
                        continue
                    }
                    guard let targetAttributes = try? fileManager.attributesOfItem(atPath: target),
                        let targetType = targetAttributes[.type] as? FileAttributeType
                    else { continue }
                    effectiveType = targetType
                }
                if effectiveType == .typeDirectory {
                    walk(childRelative, depth: depth + 1)
                } else if effectiveType == .typeRegular {
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
            diagnostics.append(.error(
                "unreadable", at: SourceLocation(path: displayPath(relative)), "the file could not be read",
                hint: "check that the file exists and that you have permission to read it"))
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
