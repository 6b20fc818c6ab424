public import KubeModel
public import OrderedCollections

/// The stored objects of one kind, in creation order (deterministic, unlike `Dictionary`).
public struct Table<T: StoredKind>: Sendable {
    /// An object with what the store knows about it beyond its metadata.
    public struct Entry: Sendable {
        public var object: T
        /// When it was created, to the millisecond (metadata timestamps have whole seconds).
        public let createdAt: VirtualTime
        /// Global creation order: ties in `createdAt` are broken by it.
        public let sequence: UInt64
    }

    public private(set) var entries: OrderedDictionary<ObjectKey, Entry> = [:]

    public init() {}

    public subscript(key: ObjectKey) -> T? {
        entries[key]?.object
    }

    public func entry(_ key: ObjectKey) -> Entry? {
        entries[key]
    }

    /// Every object, oldest first.
    public var all: [T] { entries.values.map(\.object) }

    public var count: Int { entries.count }

    mutating func insert(_ object: T, key: ObjectKey, at time: VirtualTime, sequence: UInt64) {
        entries[key] = Entry(object: object, createdAt: time, sequence: sequence)
    }

    mutating func replace(_ object: T, key: ObjectKey) {
        entries[key]?.object = object
    }

    mutating func remove(_ key: ObjectKey) -> Entry? {
        entries.removeValue(forKey: key)
    }
}
