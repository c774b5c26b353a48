import Testing

@testable import FolioSite

@Suite struct TemplateUsageTests {
    @Test func plainTemplatesQualifyWithTheNamesTheyReach() {
        let usage = TemplateUsage(sources: [
            "page": "{{<base}}{{$main}}<h1>{{title}}</h1>{{#previous}}{{href}}{{/previous}}{{/main}}{{/base}}",
            "base": "<html lang=\"{{lang}}\">\n{{> head}}\n{{$main}}{{/main}}{{! a comment {{.}} }}\n{{{content}}}",
            "head": "{{%CONTENT_TYPE:HTML}}<title>{{strings.title}}</title>{{^hasToc}}{{&raw}}{{/hasToc}}",
            "nav": "{{#menu}}{{title}}{{/menu}}",
            "missing": "{{> nowhere}}{{x}}",
        ])
        #expect(
            usage.names["page"]
                == ["title", "previous", "href", "lang", "content", "strings", "hasToc", "raw"])
        #expect(usage.names["nav"] == ["menu", "title"])
        #expect(usage.names["missing"] == ["x"])
    }

    /// Each of these reads a value in a way the shape does not capture, so swift-mustache renders it.
    @Test(arguments: [
        "{{uppercased(title)}}", "{{#list}}{{.}}{{/list}}", "{{>*dynamic}}", "{{=<% %>=}}",
        "<ul>\n  {{> item}}\n</ul>", "\n\t{{$block}}x{{/block}}", "{{ title", "{{{content}}", "{{}}", "{{title..x}}",
        "{{.title}}",
    ])
    func valueDependentTagsDisqualify(source: String) {
        let usage = TemplateUsage(sources: ["page": "<p>{{title}}</p>" + source, "item": "{{x}}", "other": "{{y}}"])
        #expect(usage.names["page"] == nil)
        #expect(usage.names["other"] == ["y"])
    }

    @Test func aPartialThatDisqualifiesDisqualifiesItsUsers() {
        let usage = TemplateUsage(sources: ["page": "{{> part}}", "part": "{{lowercased(x)}}", "solo": "{{x}}"])
        #expect(usage.names["page"] == nil)
        #expect(usage.names["part"] == nil)
        #expect(usage.names["solo"] == ["x"])
    }

    @Test func bundledPageTemplatesQualify() throws {
        let templates = try TemplateSet.load(from: TemplateVariablesTests.folder)
        let page = try #require(templates.usage.names["page"])
        #expect(page.isSuperset(of: ["title", "content", "alternates", "switcher", "previous", "strings"]))
        // The menu is drawn by nav.mustache from its own view, not from the page's (the page names
        // only its label, `strings.menu`, for the link down to it).
        #expect(!page.contains("entries") && !page.contains("isSection"))
        #expect(templates.usage.names["home"] != nil)
    }
}
