internal import CLibGit2
import Foundation

extension Repository {
    /// The identity `git commit` would use here: `user.name` and `user.email` from the
    /// repository's config, else the global (`~/.gitconfig`) and system ones, with
    /// `Identity.fallback` for whichever is unset.
    public func configuredIdentity() throws(WorkspaceError) -> Identity {
        let config = try make("read the git config") {
            git_repository_config_snapshot(&$0, pointer)
        }
        defer { git_config_free(config) }
        return Identity(
            name: Self.cleaned(string(config, "user.name")) ?? Identity.fallback.name,
            email: Self.cleaned(string(config, "user.email")) ?? Identity.fallback.email)
    }

    /// Reads one string from a config snapshot; nil when unset.
    private func string(_ config: OpaquePointer, _ key: String) -> String? {
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, config, key) == 0, let value else { return nil }
        return String(cString: value)
    }

    /// Git refuses names with angle brackets or line breaks in a signature and trims spaces;
    /// nil when nothing is left.
    static func cleaned(_ value: String?) -> String? {
        guard let value else { return nil }
        let kept = value.filter { !"<>\n\r\0".contains($0) }
            .trimmingCharacters(in: .whitespaces)
        return kept.isEmpty ? nil : kept
    }
}
