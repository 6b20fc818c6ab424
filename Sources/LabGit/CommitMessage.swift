import Foundation

/// A commit message to write: a one-line subject, an optional body, and trailers.
///
/// Rendered as git expects: subject, blank line, body, blank line, one `Key: value` line per
/// trailer, ending in a newline.
public struct CommitMessage: Sendable, Hashable {
    public var subject: String
    public var body: String
    public var trailers: [Trailer]

    public init(subject: String, body: String = "", trailers: [Trailer] = []) {
        self.subject = subject
        self.body = body
        self.trailers = trailers
    }

    /// The exact text stored in the commit.
    ///
    /// Throws `invalidMessage` for an empty or multi-line subject, a trailer key that is not
    /// letters, digits and dashes, or a trailer value with a line break.
    public func rendered() throws(WorkspaceError) -> String {
        let subject = subject.trimmingCharacters(in: .whitespaces)
        guard !subject.isEmpty else { throw .invalidMessage(reason: "the subject is empty") }
        guard !subject.contains(where: \.isNewline) else {
            throw .invalidMessage(reason: "the subject must be a single line")
        }
        var text = subject + "\n"
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty {
            text += "\n" + body + "\n"
        }
        if !trailers.isEmpty {
            text += "\n"
            for trailer in trailers {
                text += try Self.line(for: trailer) + "\n"
            }
        }
        return text
    }

    private static func line(for trailer: Trailer) throws(WorkspaceError) -> String {
        let key = trailer.key
        let allowed = key.allSatisfy { $0 == "-" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        guard !key.isEmpty, allowed else {
            throw .invalidMessage(
                reason: "trailer key \"\(key)\" must be letters, digits and dashes")
        }
        guard !trailer.value.contains(where: \.isNewline) else {
            throw .invalidMessage(reason: "the value of trailer \"\(key)\" must be a single line")
        }
        return "\(key): \(trailer.value.trimmingCharacters(in: .whitespaces))"
    }
}
