public import Foundation

/// One student's submission as found on disk, before anything in it is read.
public struct Submission: Sendable, Hashable {
    /// What the path holds.
    public enum Kind: String, Sendable, Hashable {
        /// A working copy (a folder with `.git`).
        case repository
        /// A bare repository (`git clone --bare`).
        case bare
        /// A git bundle, as `lab export` writes.
        case bundle
        /// On the roster with nothing submitted.
        case none
        /// Neither: it is reported with a reason and graded as nothing.
        case unknown
    }

    /// The student id: from the roster, else `name`.
    public var id: String
    /// The folder or repository name without `.git` or `.bundle`.
    public var name: String
    public var location: URL
    /// The path as shown in outputs.
    public var displayPath: String
    public var kind: Kind
    /// Why this is not a submission that can be read (set for `.unknown`).
    public var problem: String?
    /// The path of an earlier submission with the same student id, when there is one.
    public var duplicateOf: String?

    public init(
        id: String, name: String, location: URL, displayPath: String, kind: Kind,
        problem: String? = nil
    ) {
        self.id = id
        self.name = name
        self.location = location
        self.displayPath = displayPath
        self.kind = kind
        self.problem = problem
    }
}
