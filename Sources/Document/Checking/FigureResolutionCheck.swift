import FigureFiles

/// Raster figures whose file asks for a printed size at which they would be below
/// ``FigureMeasurement/minimumDPI``: they are printed smaller than that, never blurrier, so a
/// larger image is needed. (Missing files, missing alt text and unknown formats stop the topic
/// loading, and are reported as such.)
struct FigureResolutionCheck: ContentCheck {
    func findings(in content: ContentLoadReport) -> [Finding] {
        content.library.topics.flatMap { topic in
            ((try? topic.body.blocks(for: .none)) ?? []).flatMap(\.figures).compactMap { figure in
                let measurement = figure.measurement
                guard let widest = measurement.widestPrintWidth, let pixels = measurement.pixelWidth,
                    let dpi = measurement.dpi(printedWidth: measurement.width), dpi < FigureMeasurement.minimumDPI
                else { return nil }
                let wanted = Int((measurement.width / 72 * FigureMeasurement.minimumDPI).rounded(.up))
                return Finding(
                    .warning, file: topic.file, line: figure.line, key: figure.source,
                    "the image is \(pixels) px wide: at its size of \(millimetres(measurement.width)) mm that is \(Int(dpi.rounded())) dpi, "
                        + "so it prints at most \(millimetres(widest)) mm wide (\(Int(FigureMeasurement.minimumDPI)) dpi); "
                        + "supply it at least \(wanted) px wide")
            }
        }
    }

    private func millimetres(_ points: Double) -> Int { Int((points * 25.4 / 72).rounded()) }
}

extension Block {
    /// The figures in the block, inside lists and callouts too.
    var figures: [Figure] {
        switch self {
        case let .figure(figure): [figure]
        case let .list(list): list.items.flatMap { $0.flatMap(\.figures) }
        case let .callout(blocks): blocks.flatMap(\.figures)
        case .heading, .paragraph, .rule, .table: []
        }
    }
}
