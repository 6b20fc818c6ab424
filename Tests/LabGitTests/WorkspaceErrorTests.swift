import LabGit
import LabTestSupport
import Testing

@Suite("Error messages")
struct WorkspaceErrorTests {
    @Test("messages are lowercase without a trailing period, and the hint follows on its own line")
    func rendering() throws {
        let commit = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
        #expect(
            WorkspaceError.notARepository(path: "/home/ada/x").description == """
                not a git repository (or any of the parent directories): "/home/ada/x"
                  hint: Run the command inside your lab workspace, or start a lab to create one.
                """)
        #expect(
            WorkspaceError.busy(
                lockFile: "/w/.git/labkit.lock", holderPID: 4242, waited: .seconds(2.5)
            )
            .message == "another lab command (pid 4242) is working in this workspace (waited 2.5 s)"
        )
        #expect(
            WorkspaceError.busy(lockFile: "/l", holderPID: nil, waited: .milliseconds(50)).message
                == "another lab command is working in this workspace (waited 0.0 s)")
        #expect(
            WorkspaceError.detachedHead(commit: commit).message
                == "HEAD is detached at abababa, so a new commit would belong to no branch")
        #expect(WorkspaceError.invalidMessage(reason: "the subject is empty").hint == nil)
    }

    @Test("object ids accept 40 hex digits in either case and nothing else")
    func objectIDs() throws {
        let id = try #require(ObjectID(hex: String(repeating: "AB", count: 20)))
        #expect(id.hex == String(repeating: "ab", count: 20))
        #expect(id.short == "abababa")
        #expect(ObjectID(hex: "abc") == nil)
        #expect(ObjectID(hex: String(repeating: "g", count: 40)) == nil)
    }
}
