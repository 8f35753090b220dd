import Foundation

/// A progress line on standard error (messages, MB, rate, time left), only when it is a terminal.
final class Progress: @unchecked Sendable {
    // Used from the consuming thread only.
    private let enabled: Bool
    private let totalBytes: Int
    private let started = Date()
    private var messages = 0
    private var bytes = 0
    private var lastDraw = Date.distantPast

    init(enabled: Bool, totalBytes: Int) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func advance(messages: Int, bytes: Int) {
        self.messages += messages
        self.bytes += bytes
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = Date()
        draw()
    }

    func finish() {
        guard enabled else { return }
        draw()
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw() {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let mb = Double(bytes) / 1_000_000
        let rate = Double(messages) / elapsed
        var line = String(format: "\r%d messages, %.1f MB, %.0f msg/s", messages, mb, rate)
        if totalBytes > 0, bytes > 0, bytes < totalBytes {
            let left = elapsed * Double(totalBytes - bytes) / Double(bytes)
            line += String(format: ", %.0f s left  ", left)
        }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
