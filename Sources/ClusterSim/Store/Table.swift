public import KubeModel

/// The stored objects of one kind, in creation order (deterministic, unlike `Dictionary`).
///
/// Slots in creation order plus a key → slot index: lookups, inserts and removals are O(1)
/// (a removal leaves a hole, compacted once holes are half the slots), which keeps a cluster of
/// 150,000 pods from paying a shift of the whole table for every pod that goes away.
public struct Table<T: StoredKind>: Sendable {
    /// An object with what the store knows about it beyond its metadata.
    public struct Entry: Sendable {
        public var object: T
        /// When it was created, to the millisecond (metadata timestamps have whole seconds).
        public let createdAt: VirtualTime
        /// Global creation order: ties in `createdAt` are broken by it.
        public let sequence: UInt64
    }

    struct Slot: Sendable {
        let key: ObjectKey
        var entry: Entry
    }

    /// Creation order; nil where an object was removed.
    private(set) var slots: [Slot?] = []
    private var positions: [ObjectKey: Int] = [:]
    private var holes = 0

    public init() {}

    public subscript(key: ObjectKey) -> T? {
        positions[key].flatMap { slots[$0]?.entry.object }
    }

    public func entry(_ key: ObjectKey) -> Entry? {
        positions[key].flatMap { slots[$0]?.entry }
    }

    /// Every object, oldest first.
    public var all: [T] { slots.compactMap { $0?.entry.object } }

    public var count: Int { positions.count }

    mutating func insert(_ object: T, key: ObjectKey, at time: VirtualTime, sequence: UInt64) {
        let entry = Entry(object: object, createdAt: time, sequence: sequence)
        if let position = positions[key] {
            slots[position]?.entry = entry
            return
        }
        positions[key] = slots.count
        slots.append(Slot(key: key, entry: entry))
    }

    mutating func replace(_ object: T, key: ObjectKey) {
        guard let position = positions[key] else { return }
        slots[position]?.entry.object = object
    }

    mutating func remove(_ key: ObjectKey) -> Entry? {
        guard let position = positions.removeValue(forKey: key) else { return nil }
        let entry = slots[position]?.entry
        slots[position] = nil
        holes += 1
        if holes > 64, holes * 2 > slots.count { compact() }
        return entry
    }

    private mutating func compact() {
        slots.removeAll { $0 == nil }
        holes = 0
        for (position, slot) in slots.enumerated() {
            if let slot { positions[slot.key] = position }
        }
    }
}
