/// Where the render stage puts each finished page when a build streams its output (`Staging`),
/// instead of holding every page until the end.
protocol OutputSink: Sendable {
    func accept(_ file: OutputFile)
}
