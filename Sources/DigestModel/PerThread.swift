import Foundation

/// One `Value` per thread, made on a thread's first use and released when the thread ends: for
/// state a worker keeps to itself (compiled patterns, charset converters, what it has already read).
/// Nothing held here is ever seen by two threads.
public final class PerThread<Value: AnyObject>: @unchecked Sendable {
    // Set once in init, then only read: pthread keys are safe to use from any thread.
    private var key = pthread_key_t()
    private let make: @Sendable () -> Value

    public init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
    }

    /// This thread's value.
    public var current: Value {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Value>.fromOpaque(pointer).takeUnretainedValue()
        }
        let value = make()
        pthread_setspecific(key, Unmanaged.passRetained(value).toOpaque())
        return value
    }
}
