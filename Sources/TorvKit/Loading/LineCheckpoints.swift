import Synchronization

/// For a long line outside ASCII: about every `SourceFile.checkpointSpacing` bytes, a character
/// boundary (byte offset in the line) and the characters before it, so that the character column of
/// any position costs at most that many bytes of counting, however many positions the line has.
/// Made the first time a column on the line is asked for (most files never need one), then kept.
final class LineCheckpoints: Sendable {
    struct Mark: Sendable {
        var byte: Int
        var characters: Int
    }

    private let lines = Mutex<[Int: [Mark]]>([:])

    func marks(line: Int, make: () -> [Mark]) -> [Mark] {
        if let marks = lines.withLock({ $0[line] }) { return marks }
        let marks = make()
        lines.withLock { $0[line] = marks }
        return marks
    }
}
