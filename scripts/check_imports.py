"""The module map, enforced: every `import` in Sources/ and Tests/ against Package.swift, plus the rules below.

Reads `swift package dump-package` (JSON) on standard input. A target may import the system modules and the
targets and products it lists as dependencies in Package.swift, nothing else: Package.swift is the one list of
allowed arrows. On top of it, FORBIDDEN is the short, hand-kept list of arrows that must never exist, whatever
Package.swift says; each is checked against both Package.swift's dependencies and the imports. Prints
`path:line: ...` for each violation and exits 1 (the manual's Architecture page,
docs/content/en/architecture/_index.md).
"""

import json
import pathlib
import re
import sys

# Importable by every module without a dependency: the toolchain's own.
SYSTEM = {"Swift", "Foundation", "FoundationEssentials", "FoundationXML", "Dispatch", "Synchronization",
          "Glibc", "Musl", "Darwin", "_Concurrency"}
# Test targets may also import the test frameworks.
TESTING = {"Testing", "XCTest"}

# Arrows that must never exist. ("never", importer, module, why): that target may not import the module.
# ("only", module, allowed targets, why): no target outside the set may import the module.
FORBIDDEN = [
    ("never", "FolioCharts", "FolioSite", "charts never see pages"),
    ("never", "FolioCharts", "FolioDirectives", "charts never see pages"),
    ("never", "FolioSite", "FolioServer", "the build never sees the server"),
    ("only", "Yams", {"FolioYAML", "FolioYAMLTests"}, "only FolioYAML sees Yams"),
    ("only", "Ccmark", {"FolioMarkdown", "FolioMarkdownTests"}, "only FolioMarkdown sees cmark"),
    ("only", "Cstemmer", {"FolioSearch", "FolioSearchTests"}, "only FolioSearch sees libstemmer"),
    ("only", "PostgresNIO", {"FolioSources", "folio-pull", "FolioSourcesTests"},
     "only the pull program sees PostgresNIO"),
]

# TEMPORARY (issue 28, item 3 moves every YAML reader into FolioYAML): arrows that break a rule above but are
# still in the code. Reported, not failed. Empty this list once that work is merged; `make lint` then holds
# the rule everywhere.
TEMPORARY_EXCEPTIONS: set[tuple[str, str]] = set()

IMPORT = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+"
    r"(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_]\w*)")


def forbidden(importer, module):
    """Why `importer` may never import `module`, or None."""
    for rule in FORBIDDEN:
        if rule[0] == "never" and rule[1] == importer and rule[2] == module:
            return rule[3]
        if rule[0] == "only" and rule[1] == module and importer not in rule[2]:
            return rule[3]
    return None


MODULE_MAP = "docs/content/en/architecture/_index.md"  # the manual's Architecture page holds the module map


def module_map_disagreements(package):
    """Where the manual's module map (the table between the module-map markers) differs from Package.swift."""
    text = pathlib.Path(MODULE_MAP).read_text(encoding="utf-8")
    match = re.search(r"<!-- module-map.*?-->\n(.*?)<!-- /module-map -->", text, re.S)
    if not match:
        return [f"{MODULE_MAP}: the module map (<!-- module-map --> ... <!-- /module-map -->) is missing"]
    written = {}
    for row in match.group(1).splitlines():
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] not in ("Module", "---"):
            written[cells[0]] = [] if cells[1] == "—" else [name.strip() for name in cells[1].split(",")]
    declared = {}
    for target in package["targets"]:
        if target["type"] in ("system", "test") or (target.get("path") or "").startswith("Tests/"):
            continue
        declared[target["name"]] = [next(iter(d.values()))[0] for d in target["dependencies"]]
    problems = []
    for name in sorted(set(written) | set(declared)):
        if written.get(name) != declared.get(name):
            problems.append(
                f"{MODULE_MAP}: the module map says {name} imports {written.get(name, 'nothing (no row)')}, "
                f"Package.swift says {declared.get(name, 'no such target')}: make them agree")
    return problems


def main():
    package = json.load(sys.stdin)
    failures, notes = [], set()

    def violation(where, importer, module, why):
        if (importer, module) in TEMPORARY_EXCEPTIONS:
            notes.add(f"{importer} -> {module} ({why})")
        else:
            failures.append(f"{where}: {importer} may never import {module}: {why}")

    listed = set()
    for target in package["targets"]:
        name = target["name"]
        if target["type"] == "system":
            continue
        folder = pathlib.Path(target.get("path") or ("Tests" if target["type"] == "test" else "Sources") + "/" + name)
        listed.add(folder.as_posix())
        dependencies = set()
        for dependency in target["dependencies"]:
            kind, value = next(iter(dependency.items()))
            dependencies.add(value[0])
        allowed = SYSTEM | dependencies | {name} | (TESTING if target["type"] == "test" else set())
        for module in sorted(dependencies):
            why = forbidden(name, module)
            if why:
                violation(f"Package.swift: target {name}", name, module, why)
        for file in sorted(folder.rglob("*.swift")):
            for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
                match = IMPORT.match(line)
                if not match:
                    continue
                module = match.group(1)
                why = forbidden(name, module)
                if why:
                    violation(f"{file}:{number}", name, module, why)
                elif module not in allowed:
                    failures.append(
                        f"{file}:{number}: {name} imports {module}, which is not among its dependencies in "
                        f"Package.swift ({', '.join(sorted(dependencies)) or 'none'})")

    for root in ("Sources", "Tests"):
        for folder in sorted(pathlib.Path(root).iterdir()):
            if folder.is_dir() and folder.as_posix() not in listed and any(folder.glob("*.swift")):
                failures.append(f"{folder}: Swift files in a folder Package.swift names no target for")

    failures += module_map_disagreements(package)

    for note in sorted(notes):
        print(f"scripts/check-imports: temporary exception (TEMPORARY_EXCEPTIONS in scripts/check_imports.py): {note}",
              file=sys.stderr)
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print("scripts/check-imports: an import breaks the module map "
              "(Package.swift, docs/content/en/architecture/_index.md)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
