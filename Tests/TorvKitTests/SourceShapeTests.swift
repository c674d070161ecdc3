import Foundation
import Testing

/// Issue 12's rule for the code: no function over 60 lines. A function is counted from its `func`
/// or `init` line to the closing brace at the same indentation, both included.
@Suite struct SourceShapeTests {
    static let limit = 60

    /// A `func`, `init`, `init?` or `init!` declaration after any attributes and modifiers; group 1 is its indentation.
    static let declaration =
        #"^(\s*)(?:(?:@\w+(?:\([^)]*\))?|public|private|fileprivate|internal|package|open|static|class|final|override|mutating|nonmutating|convenience|required|nonisolated|dynamic)\s+)*(?:func\s|init[?!]?\s*[(<])"#

    /// Every function and initializer with a body of more than one line: where it starts, how many
    /// lines it has, and its first line. A requirement without a body (in a protocol) is left out:
    /// the search for its closing brace stops at the first line indented less than it.
    static func functions(in source: String) -> [(line: Int, length: Int, text: String)] {
        guard let declaration = try? Regex(declaration) else { return [] }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [(Int, Int, String)] = []
        for (start, line) in lines.enumerated() {
            guard let match = line.firstMatch(of: declaration), let indent = match.output[1].substring.map(String.init) else { continue }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("}"), text.filter({ $0 == "{" }).count == text.filter({ $0 == "}" }).count { continue }
            for end in lines.indices.dropFirst(start + 1) {
                let other = lines[end]
                if other.trimmingCharacters(in: .whitespaces) == "}", other.prefix(while: { $0 == " " }).count == indent.count {
                    result.append((start + 1, end - start + 1, text))
                    break
                }
                let content = other.trimmingCharacters(in: .whitespaces)
                // `#if` lines may stand at the start of a line inside a function.
                if !content.isEmpty, !content.hasPrefix("#"), other.prefix(while: { $0 == " " }).count < indent.count { break }
            }
        }
        return result
    }

    @Test func noFunctionIsLongerThanSixtyLines() throws {
        let sources = TestSite.repository.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var long: [String] = []
        var counted = 0
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let source = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for function in Self.functions(in: source) {
                counted += 1
                if function.length > Self.limit {
                    long.append("Sources/\(path):\(function.line): \(function.length) lines: \(function.text)")
                }
            }
        }
        // The scan found the code at all (a wrong path would pass with nothing to check).
        #expect(counted > 500)
        #expect(long.isEmpty, "functions over \(Self.limit) lines (split them into short, well-named helpers):\n\(long.sorted().joined(separator: "\n"))")
    }

    @Test func theScanMeasuresFromTheDeclarationToItsClosingBrace() throws {
        let body = (1...58).map { "        let x\($0) = \($0)" }.joined(separator: "\n")
        let source = """
            protocol Shape {
                func area() -> Double
                init(size: Double)
            }

            struct Square {
                func short() -> Int { 1 }

                @discardableResult
                private static func sixtyOne(
                ) -> Int {
            \(body)
                }

                public init?(size: Double) {
            \(body)
            #if DEBUG
                    print(size)
            #endif
                }
            }
            """
        let found = Self.functions(in: source)
        // The requirements in the protocol have no body and the one-line function is left out.
        #expect(found.map(\.line) == [10, 72])
        #expect(found.map(\.length) == [61, 63])
        #expect(found.first?.text == "private static func sixtyOne(")
    }
}
