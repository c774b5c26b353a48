import FolioTestSupport
import Foundation
import Testing

/// The throwaway PostgreSQL of `scripts/postgres-test-server run swift test` (what `make test` and CI do):
/// its URL is in `FOLIO_TEST_POSTGRES_URL`. Without it the server tests are disabled locally, but under CI
/// (`CI` set) they run and fail, so CI can never pass without the server.
enum TestServer {
    static let environment = ProcessInfo.processInfo.environment
    static let url = environment["FOLIO_TEST_POSTGRES_URL"]
    static let required = url != nil || environment["CI"] != nil
    /// The ticket sample the server loaded as the table `tickets`: `FOLIO_TEST_TICKETS`, which the script
    /// sets, else the file it loads by default (`Tests/Fixtures/tickets`).
    static let tickets =
        environment["FOLIO_TEST_TICKETS"].map { URL(fileURLWithPath: $0) }
        ?? Repository.url("Tests/Fixtures/tickets/tickets.csv")

    /// The URL, or a recorded failure naming how to get one.
    static func requireURL() throws -> String {
        guard let url else {
            Issue.record("FOLIO_TEST_POSTGRES_URL is not set: run `scripts/postgres-test-server run swift test`")
            throw Missing()
        }
        return url
    }

    /// The password in the URL, for the tests that look for it in every output.
    static func password(in url: String) -> String {
        URLComponents(string: url)?.password ?? ""
    }

    struct Missing: Error {}
}
