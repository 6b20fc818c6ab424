public import LabGit
public import LabKit

/// How a workspace writes its commits: the LabKit version recorded, the language of copied
/// instructions, who and when to sign as, and how long to wait for another lab command.
public struct WorkspaceSettings: Sendable {
    /// Recorded in every commit (`LabKit-Version`) and in `.lab/workspace.json`.
    public var labkitVersion: String
    /// The language of the instructions copied into a lab's folder and of result texts.
    public var language: Language
    /// Where commit times come from; tests pass `.fixed` so commit ids are reproducible.
    public var clock: SignatureClock
    /// Who signs the commits; nil uses git config (`user.name`, `user.email`), else
    /// `Identity.fallback`.
    public var author: Identity?
    /// How long a writing command waits for another one to finish before giving up.
    public var lockWait: Duration

    public init(
        labkitVersion: String, language: Language = .en, clock: SignatureClock = .system,
        author: Identity? = nil, lockWait: Duration = .seconds(10)
    ) {
        self.labkitVersion = labkitVersion
        self.language = language
        self.clock = clock
        self.author = author
        self.lockWait = lockWait
    }
}
