import Foundation
import LabTestSupport
import Testing

/// The binary runner gives every `lab` a fixed environment: a caller's `LANG=ko_KR.UTF-8` or
/// `LABKIT_COURSE` used to change what several command tests saw.
@Suite("The tests' lab runs in a fixed environment")
struct FixedEnvironmentTests {
    static let hostile = [
        "PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "ko_KR.UTF-8", "LC_ALL": "ko_KR.UTF-8",
        "LC_MESSAGES": "ko_KR.UTF-8", "LANGUAGE": "ko", "LABKIT_COURSE": "/nonexistent",
        "GIT_DIR": "/nonexistent/.git", "NO_COLOR": "", "TERM": "xterm-256color",
    ]

    @Test func onlyWhatCannotChangeLabIsPassedOn() {
        #expect(
            LabBinary.environment([:], parent: Self.hostile) == [
                "PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C",
                "LABKIT_COURSE": LabBinary.root.path, "NO_COLOR": "1",
            ])
        #expect(
            LabBinary.environment(["LANG": "ko_KR.UTF-8"], parent: Self.hostile)["LANG"]
                == "ko_KR.UTF-8")
    }

    @Test func aKoreanCallerStillSeesTheEnglishCourse() throws {
        let run = try LabBinary.run(["list"], parent: Self.hostile)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Kubernetes reliability, hands-on\n"))
        #expect(run.stdout.hasSuffix("\nStart with: lab start scaling\n"))
    }
}
