/// FNV-1a, the hash upstream's controllers name things with (Go's hash/fnv): stable across runs
/// and machines, unlike Swift's seeded `Hasher`.
struct FNV1a32 {
    private(set) var value: UInt32 = 2_166_136_261

    mutating func write(_ byte: UInt8) {
        value = (value ^ UInt32(byte)) &* 16_777_619
    }

    mutating func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { write(byte) }
    }
}

/// The 64-bit FNV-1a, for picks spread over ranges wider than 32 bits allow.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0100_0000_01b3 }
    }
}
