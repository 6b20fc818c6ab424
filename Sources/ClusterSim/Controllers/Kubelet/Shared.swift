/// An immutable value behind a reference: copying the holder retains one object instead of
/// every string, array and map inside the value.
final class Shared<Value> {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
