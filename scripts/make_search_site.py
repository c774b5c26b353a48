#!/usr/bin/env python3
"""Generate a Swedish site large enough that its search index has many shards of every kind.

    scripts/make_search_site.py OUT QUERIES.json [--pages 600] [--seed 30]

Each page has ten `##` sections of filler words from a small vocabulary (so common stems exceed the
index's postings cap) and one section whose heading holds a word no other page uses (`zq` and the
page number in letters). QUERIES.json gets twenty such words with the section they must find, in
scripts/check_search_browser.py's format, and a two-word query whose words stand together in one
page's section and far apart in another's (phrase proximity must rank the first first): it exercises the script's stem hash, the manifest and the
document shards, which a small fixture (one shard of each) cannot. Standard library only; same
arguments, same bytes.
"""
import argparse, json, random
from pathlib import Path

WORDS = """kund kunder kundtjänst service lojalitet förtroende bemötande ärende ärenden svarstid väntetid
medarbetare team ledare coachning återkoppling löfte löften kanal kanaler telefon chatt mätning nyckeltal
mål resultat förbättring kvalitet nöjdhet upplevelse samtal kontakten lösning problem fråga frågor svar
och att som det är en ett för med på av till i om men när så den de vi""".split()


def letters(number):
    out = ""
    while True:
        out = "abcdefghij"[number % 10] + out
        number //= 10
        if not number:
            return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("queries")
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--seed", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    content = Path(args.out) / "content"
    (content / "sv").mkdir(parents=True, exist_ok=True)
    (content / "site.yml").write_text(
        "defaultLanguage: sv\nlanguages:\n  sv:\n    name: Svenska\n    locale: sv_SE\n"
        "    title: Sökprov\n    description: Många sidor för sökindexet.\n", encoding="utf-8")
    (content / "sv" / "_index.md").write_text("---\ntitle: Start\n---\nVälkommen.\n", encoding="utf-8")
    for page in range(args.pages):
        sections = []
        for section in range(10):
            text = " ".join(rng.choice(WORDS) for _ in range(60))
            sections.append(f"## Del {section + 1}\n\n{text.capitalize()}.\n")
        unique = "zq" + letters(page)
        sections.insert(rng.randrange(11), f"## Om {unique}\n\nHär står {unique} en gång.\n")
        (content / "sv" / f"sida-{page}.md").write_text(
            f"---\ntitle: Sida {page}\n---\n" + "\n".join(sections), encoding="utf-8")
    # Phrase proximity: both pages have each query word once, in their text; the page where they
    # stand together must come first, although the other is earlier in the index (which breaks ties).
    (content / "sv" / "sida-alfa.md").write_text(
        "---\ntitle: Ahus isär\n---\n## Långt isär\n\nEn xylofon står här, och långt senare, "
        "efter många andra ord om annat, ligger ett yxskaft.\n", encoding="utf-8")
    (content / "sv" / "sida-beta.md").write_text(
        "---\ntitle: Öland intill\n---\n## Tätt intill\n\nHär ligger ett xylofon yxskaft.\n",
        encoding="utf-8")
    chosen = rng.sample(range(args.pages), 20)
    pairs = [["zq" + letters(page), f"sv/sida-{page}/index.html#om-zq{letters(page)}"] for page in chosen]
    pairs.append(["xylofon yxskaft", "sv/sida-beta/index.html#tatt-intill", "first"])
    Path(args.queries).write_text(json.dumps({"sv/sok/index.html": pairs}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
