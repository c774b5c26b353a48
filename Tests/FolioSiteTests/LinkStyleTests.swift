import Testing

@testable import FolioSite

@Suite struct LinkStyleTests {
    @Test func fileLinksNameIndexHTML() {
        #expect(LinkStyle.fileLinks.href(from: ["sv", "a"], to: ["ro", "b"]) == "../../ro/b/index.html")
        #expect(LinkStyle.fileLinks.href(from: ["sv", "a"], to: ["sv"]) == "../index.html")
        #expect(LinkStyle.fileLinks.href(from: [], to: ["sv"]) == "sv/index.html")
        #expect(LinkStyle.fileLinks.href(from: ["sv"], to: ["sv"]) == "index.html")
    }

    @Test func folderLinksEndAtTheFolder() {
        #expect(LinkStyle.folderLinks.href(from: ["sv", "a"], to: ["sv", "b"]) == "../b/")
        #expect(LinkStyle.folderLinks.href(from: ["sv"], to: ["sv"]) == "./")
    }

    @Test func authorFolderLinksGainIndexHTMLOnlyForFileLinks() {
        #expect(LinkStyle.fileLinks.adjust(authorLink: "../kanaler/#svar") == "../kanaler/index.html#svar")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "..") == "../index.html")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "https://x.org/") == "https://x.org/")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "#top") == "#top")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "bild.png") == "bild.png")
        #expect(LinkStyle.folderLinks.adjust(authorLink: "../kanaler/") == "../kanaler/")
        #expect(LinkStyle.fileLinks.adjust(authorLink: ".#a") == "./index.html#a")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "../împuternicire/#ă") == "../împuternicire/index.html#ă")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "/abs/") == "/abs/")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "") == "")
        #expect(LinkStyle.fileLinks.adjust(authorLink: "mailto:a@b.se") == "mailto:a@b.se")
    }
}
