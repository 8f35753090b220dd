import ArgumentParser
import Foundation

/// An error that stops a run, with the exit status it documents (`build --help`).
enum CLIError: LocalizedError {
    /// The readers found more (or fewer) messages than ended up grouped, unreadable or outside.
    case countsDoNotReconcile(read: Int, accounted: Int)
    /// The run read no message, and would replace a published month that holds notices.
    case wouldReplaceWithNothing(month: String, notices: Int)

    var errorDescription: String? {
        switch self {
        case .countsDoNotReconcile(let read, let accounted):
            return
                "the counts do not reconcile: \(read) messages were read but \(accounted) are grouped, unreadable or outside the month; this is a bug in notice-digest, please report it with the input's shape"
        case .wouldReplaceWithNothing(let month, let notices):
            return
                "this run found no message of \(month), and \(month) is already published with \(notices) notices; it is kept. Check the inputs, or give --replace to publish the empty month"
        }
    }

    /// 70 (EX_SOFTWARE): an internal error.
    var exitCode: ExitCode {
        switch self {
        case .countsDoNotReconcile: return ExitCode(70)
        // 65 (EX_DATAERR): the input holds nothing for the month.
        case .wouldReplaceWithNothing: return ExitCode(65)
        }
    }

    /// Prints the error to standard error and stops with its status.
    func stop() -> ExitCode {
        FileHandle.standardError.write(Data(("notice-digest: " + (errorDescription ?? "error") + "\n").utf8))
        return exitCode
    }
}
