/// Stage 6: the templates' assets and the content's media, copied as they are (but JPEG, PNG and
/// WebP images, which the image stage writes resized and stripped, never as they are).
enum CopyStage {
    static func run(_ loaded: LoadedSite, diagnostics: inout [Diagnostic]) -> [OutputFile] {
        var files: [OutputFile] = []
        for asset in loaded.assetFiles {
            if let bytes = loaded.templateDirectory.read(asset, diagnostics: &diagnostics) { files.append(OutputFile(path: asset, bytes: bytes)) }
        }
        for media in loaded.content.staticFiles where ResponsiveImage.format(ofFile: media) == nil {
            if let bytes = loaded.contentDirectory.read(media, diagnostics: &diagnostics) { files.append(OutputFile(path: media, bytes: bytes)) }
        }
        return files
    }
}
