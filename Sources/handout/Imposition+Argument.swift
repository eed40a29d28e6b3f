import ArgumentParser
import Document

extension Layout.Booklet.Imposition: ExpressibleByArgument {}
