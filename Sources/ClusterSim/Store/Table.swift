public import KubeModel

/// The stored objects of one kind, in creation order (deterministic, unlike `Dictionary`).
///
/// Slots in creation order plus a key → slot index: lookups, inserts and removals are O(1)
/// (a removal leaves a hole, compacted once holes are half the slots), which keeps a cluster of
/// 150,000 pods from paying a shift of the whole table for every pod that goes away.
///
/// Each object lives in an immutable box that a write replaces: `read` and `forEach` lend the
/// stored value to a closure, so a controller that looks at a few fields of a `Pod` does not pay
/// for copying all of it (a retain per string, array and map inside).
public struct Table<T: StoredKind>: Sendable {
    /// An object with what the store knows about it beyond its metadata.
    public struct Entry: Sendable {
        public var object: T
        /// When it was created, to the millisecond (metadata timestamps have whole seconds).
        public let createdAt: VirtualTime
        /// Global creation order: ties in `createdAt` are broken by it.
        public let sequence: UInt64
    }

    /// One stored version of an object, shared by every reader until the next write.
    final class Box: Sendable {
        let object: T
        let createdAt: VirtualTime
        let sequence: UInt64

        init(_ object: consuming T, createdAt: VirtualTime, sequence: UInt64) {
            self.object = object
            self.createdAt = createdAt
            self.sequence = sequence
        }

        var entry: Entry { Entry(object: object, createdAt: createdAt, sequence: sequence) }
    }

    struct Slot: Sendable {
        let key: ObjectKey
        var box: Box
    }

    /// Creation order; nil where an object was removed.
    private(set) var slots: [Slot?] = []
    private var positions: [ObjectKey: Int] = [:]
    private var holes = 0

    public init() {}

    public subscript(key: ObjectKey) -> T? {
        box(key)?.object
    }

    public func entry(_ key: ObjectKey) -> Entry? {
        box(key)?.entry
    }

    /// The result of `body` on the object stored under `key`, read in place (nil if absent).
    public func read<R>(_ key: ObjectKey, _ body: (T) throws -> R) rethrows -> R? {
        guard let box = box(key) else { return nil }
        return try body(box.object)
    }

    /// Calls `body` on every object, oldest first, reading each in place.
    public func forEach(_ body: (ObjectKey, T) throws -> Void) rethrows {
        for slot in slots {
            guard let slot else { continue }
            try body(slot.key, slot.box.object)
        }
    }

    /// The global creation order of the object under `key`, without copying the object.
    public func sequence(of key: ObjectKey) -> UInt64? {
        box(key)?.sequence
    }

    /// Whether an object is stored under `key`.
    public func contains(_ key: ObjectKey) -> Bool {
        positions[key] != nil
    }

    /// Every object, oldest first.
    public var all: [T] { slots.compactMap { $0?.box.object } }

    public var count: Int { positions.count }

    func box(_ key: ObjectKey) -> Box? {
        guard let position = positions[key] else { return nil }
        return slots[position]?.box
    }

    mutating func insert(_ object: T, key: ObjectKey, at time: VirtualTime, sequence: UInt64) {
        let box = Box(object, createdAt: time, sequence: sequence)
        if let position = positions[key] {
            slots[position]?.box = box
            return
        }
        positions[key] = slots.count
        slots.append(Slot(key: key, box: box))
    }

    mutating func replace(_ object: T, key: ObjectKey) {
        guard let position = positions[key], let old = slots[position]?.box else { return }
        slots[position]?.box = Box(object, createdAt: old.createdAt, sequence: old.sequence)
    }

    mutating func remove(_ key: ObjectKey) -> Entry? {
        guard let position = positions.removeValue(forKey: key) else { return nil }
        let entry = slots[position]?.box.entry
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
