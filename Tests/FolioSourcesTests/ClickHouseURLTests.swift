import Testing

@testable import FolioSources

@Suite struct ClickHouseURLTests {
    @Test func readsUserPasswordHostPortAndDatabase() throws {
        let url = try ClickHouseURL.parse("http://folio:p%40ss@127.0.0.1:18123/tickets")
        #expect(
            url
                == ClickHouseURL(
                    tls: false, user: "folio", password: "p@ss", host: "127.0.0.1", port: 18123, database: "tickets"))
        #expect(url.place == "host 127.0.0.1, port 18123")
    }

    @Test func defaultsAreTheDefaultUserAndTheInterfacesPorts() throws {
        #expect(try ClickHouseURL.parse("http://ch.example.org").port == 8123)
        #expect(try ClickHouseURL.parse("http://ch.example.org").user == "default")
        #expect(try ClickHouseURL.parse("http://ch.example.org/").database == nil)
        #expect(try ClickHouseURL.parse("https://ch.example.org/db").port == 8443)
        #expect(try ClickHouseURL.parse("https://ch.example.org/db").tls)
    }

    @Test(arguments: [
        ("postgres://u:topsecret@db/x", "must start with http:// or https://"),
        ("http://u:topsecret@/x", "names no host"),
        ("http://u:topsecret@db/x?max_result_rows=5", "has a parameter 'max_result_rows'"),
        ("http://u:topsecret@db/x/y", "more than one part"),
    ])
    func aBadURLIsDescribedWithoutItsText(text: String, message: String) {
        do {
            _ = try ClickHouseURL.parse(text)
            Issue.record("\(text) was read")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
            #expect(!error.message.contains("topsecret"))
            #expect(!error.hint.contains("topsecret"))
        }
    }
}
