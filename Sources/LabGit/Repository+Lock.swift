import Foundation

extension Repository {
    /// The lock lab commands hold while they change this workspace:
    /// `.git/labkit.lock`, a name git itself never uses.
    public var workspaceLock: WorkspaceLock {
        WorkspaceLock(file: gitDirectory.appendingPathComponent("labkit.lock"))
    }
}
