import Foundation

/// Reads standard input up to a limit, so a huge pipe cannot exhaust memory.
enum StandardInput {
    static func read(limit: Int) -> [UInt8] {
        let data = (try? FileHandle.standardInput.read(upToCount: limit)) ?? nil
        return Array(data ?? Data())
    }
}
