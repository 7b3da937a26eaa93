#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps CBC's stray `printf`s off standard output while a model is in use.
///
/// CBC 2.10 prints a few lines with `printf` whatever its log level (`1 slacks added`,
/// `row inf 7.1e-12`), which would corrupt `--format json` output. While `body` runs, file
/// descriptor 1 points at `/dev/null`; every stdio stream is flushed (`fflush(NULL)`) on the way
/// in and out, so nothing written before or after is lost or misplaced. Anything another thread
/// writes to standard output meanwhile is discarded too, so solves should not run while other
/// threads print.
enum CbcOutputGuard {
    static func silenced<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        fflush(nil)
        let saved = dup(STDOUT_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if saved >= 0, null >= 0 { dup2(null, STDOUT_FILENO) }
        if null >= 0 { close(null) }
        defer {
            fflush(nil)
            if saved >= 0 {
                dup2(saved, STDOUT_FILENO)
                close(saved)
            }
        }
        return try body()
    }
}
