import Foundation

/// The one check for numbers that come from outside: the command line, a batch manifest, the
/// web form or a JSON body, and layout files all go through it.
///
/// A value passes only when it is a finite number inside the rule's range; nothing converts it to
/// a whole number or prints it before it has passed. Messages state the rule, never the value
/// given (a manifest may hold a patient's details in the wrong column).
public struct NumberRule: Sendable, Equatable {
    public let range: ClosedRange<Double>
    /// What the number counts, for messages (`points`, `millimetres`); nil for a plain number.
    public let unit: String?
    /// Whether only whole numbers pass (a speaking rate in words a minute, say).
    public let isWhole: Bool

    public init(_ range: ClosedRange<Double>, unit: String? = nil, whole: Bool = false) {
        self.range = range
        self.unit = unit
        isWhole = whole
    }

    /// `value` when it is finite, within the range and, for a rule of whole numbers, whole; nil
    /// otherwise (NaN and infinities included).
    public func check(_ value: Double) -> Double? {
        value.isFinite && range.contains(value) && (!isWhole || value == value.rounded()) ? value : nil
    }

    /// The number written in `text` when it passes: plain decimal notation (`12`, `12.5`, `1.25e1`),
    /// spaces around it allowed; no hexadecimal, `nan` or `inf`.
    public func value(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 40, trimmed.utf8.allSatisfy(Self.isDecimalByte),
            let value = Double(trimmed)
        else { return nil }
        return check(value)
    }

    /// The rule in words, e.g. "a number of points from 12 to 36".
    public var requirement: String {
        "a \(isWhole ? "whole " : "")number\(unit.map { " of \($0)" } ?? "") from \(Self.written(range.lowerBound)) to \(Self.written(range.upperBound))"
    }

    /// `value` as people write it: whole numbers without a decimal point. Safe for any value,
    /// however large, infinite or NaN (it never converts out of range to an integer).
    public static func written(_ value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        return String(Int64(value))
    }

    private static func isDecimalByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}
