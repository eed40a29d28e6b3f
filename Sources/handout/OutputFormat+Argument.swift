import ArgumentParser
import HandoutKit

extension OutputFormat: ExpressibleByArgument {}
