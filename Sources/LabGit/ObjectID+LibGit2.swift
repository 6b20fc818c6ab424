internal import CLibGit2

extension ObjectID {
    /// Converts libgit2's 20 raw bytes to hex.
    init(_ oid: git_oid) {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(40)
        withUnsafeBytes(of: oid.id) { bytes in
            for byte in bytes {
                text.append(digits[Int(byte >> 4)])
                text.append(digits[Int(byte & 0x0F)])
            }
        }
        hex = String(decoding: text, as: UTF8.self)
    }

    /// Reads the id libgit2 returned through a pointer that is documented never to be null.
    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    /// The 20 raw bytes libgit2 takes.
    var oid: git_oid {
        var oid = git_oid()
        let nibbles = hex.utf8.map { byte -> UInt8 in
            switch byte {
            case 0x30...0x39: byte - 0x30
            default: byte - 0x61 + 10
            }
        }
        withUnsafeMutableBytes(of: &oid.id) { bytes in
            for index in bytes.indices {
                bytes[index] = nibbles[2 * index] << 4 | nibbles[2 * index + 1]
            }
        }
        return oid
    }
}
