#!/usr/bin/env python3
"""check_reference.py FOLIO [FOLIO_PULL]: the manual (docs/content/en) against the code it describes.
check_reference.py --missing-errors: prints, ready to paste, each message the Errors pages lack.

Run by scripts/check-site (so by `make test`); prints `check-reference: FAIL ...` for each problem and
exits 1 when there is one, 2 on a setup error. Four checks:

reference  Every key the code knows is a row of the manual's reference tables, and every command and
           option a section of its Commands page. The keys are asked of the `folio` binary itself:
           each loader refuses an unknown key with a hint listing the keys it knows (`known keys:
           title, description, …`, YAMLReader.knownKeysHint), so a probe site with `zz_probe:` in
           one place yields exactly the list that loader checks against, whatever file holds it.
           sources.yml is read by `folio-pull` only, so its keys are asked of FOLIO_PULL (default:
           beside FOLIO). Commands and options come from ArgumentParser's own description of each
           program (`--experimental-dump-help`).
kinds      Every chart type the code knows (the `types:` hint of an unknown `type:`) is drawn by a real
           ```chart block of the Charts page.
examples   Every code block that shows Folio Markdown (info string `markdown`) is also a real part of
           its page, outside any code block, so the manual's own build renders it and a broken example
           breaks the build; a code block whose first line is `# file: PATH` (`-- file: PATH` in SQL)
           matches that file's lines; and no other code block shows a ```chart, ```kpi or ```table
           block that nothing renders.
errors     Every error and warning message the Swift sources write (scripts/swift_messages.py: each
           message's literal text, its interpolated values as wildcards) is on a line of a code block
           of the Errors section's pages (docs/content/en/errors/), as Folio prints it (with real
           values) or as a template with `…` for each value; the line may start with the file and
           position, `error: ` or `warning: `, and a block's prefix such as `chart: y: `.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import swift_messages  # scripts/ is on sys.path when this file is run as a script

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = ROOT / "docs/content/en"
# the reference pages, each its section's page (a folder of the manual with an _index.md)
CONFIGURATION, COMMANDS, CHARTS, ERRORS = ("configuration/_index.md", "commands/_index.md", "charts/_index.md",
                                           "errors/_index.md")
PROBE = "zz_probe"
failures = []


def fail(message):
    failures.append(message)
    print(f"check-reference: FAIL {message}")


# ---- a probe site: valid as it is; each probe breaks one place with an unknown key ------------------

BASE_SITE = {
    "content/site.yml": "defaultLanguage: en\nlanguages:\n  en: {name: English, locale: en_GB, title: T, "
                        "description: D}\n",
    "content/en/_index.md": "---\ntitle: Home\ndescription: D\n---\n\nText.\n",
    "content/data/d.csv": "month,v\n2026-01,1\n2026-02,2\n",
    "content/metrics.yml": "m:\n  data: d.csv\n  column: v\n  en: {name: M, description: D}\n",
    "content/events.yml": "e:\n  x: 2026-01\n  en: E\n",
}


def page(block):
    return "---\ntitle: P\ndescription: D\n---\n\n" + block + "\n"


# name -> (files replacing the base site's, manual page, section heading, words the hint names that are
# not keys: the probe site's language codes)
PROBES = {
    "site.yml": ({"content/site.yml": BASE_SITE["content/site.yml"] + f"{PROBE}: 1\n"},
                 CONFIGURATION, "site.yml"),
    "site.yml language": ({"content/site.yml": BASE_SITE["content/site.yml"].replace("D}", f"D, {PROBE}: x}}")},
                          CONFIGURATION, "site.yml"),
    "front matter": ({"content/en/p.md": f"---\ntitle: P\n{PROBE}: 1\n---\n"}, CONFIGURATION, "Front matter"),
    "chart": ({"content/en/p.md": page(f"```chart\ntype: line\ndata: d.csv\nx: month\ny: v\ntitle: T\n{PROBE}: 1\n```")},
              CONFIGURATION, "Chart blocks"),
    "chart reference": ({"content/en/p.md": page(
        f"```chart\ntype: line\ndata: d.csv\nx: month\ny: v\ntitle: T\nreference: [{{value: 1, {PROBE}: 1}}]\n```")},
        CONFIGURATION, "Chart blocks"),
    "chart annotation": ({"content/en/p.md": page(
        f"```chart\ntype: line\ndata: d.csv\nx: month\ny: v\ntitle: T\nannotations: [{{x: 2026-01, label: a, {PROBE}: 1}}]\n```")},
        CONFIGURATION, "Chart blocks"),
    "kpi": ({"content/en/p.md": page(f"```kpi\ndata: d.csv\nx: month\ntiles: [{{column: v}}]\n{PROBE}: 1\n```")},
            CONFIGURATION, "KPI blocks"),
    "kpi tile": ({"content/en/p.md": page(f"```kpi\ndata: d.csv\nx: month\ntiles: [{{column: v, {PROBE}: 1}}]\n```")},
                 CONFIGURATION, "KPI blocks"),
    "table": ({"content/en/p.md": page(f"```table\ndata: d.csv\n{PROBE}: 1\n```")}, CONFIGURATION, "Table blocks"),
    "metrics.yml": ({"content/metrics.yml": BASE_SITE["content/metrics.yml"] + f"  {PROBE}: 1\n"},
                    CONFIGURATION, "metrics.yml"),
    "metrics.yml language": ({"content/metrics.yml": BASE_SITE["content/metrics.yml"].replace("D}", f"D, {PROBE}: x}}")},
                             CONFIGURATION, "metrics.yml"),
    "events.yml": ({"content/events.yml": BASE_SITE["content/events.yml"] + f"  {PROBE}: 1\n"},
                   CONFIGURATION, "events.yml"),
    "data schema": ({"content/data/d.csv.yml": f"{PROBE}: 1\n"}, CONFIGURATION, "Data schemas"),
}
LANGUAGE_CODES = {"en"}  # the probe site's: the metric and event hints list them among the keys


def write_site(folder, replaced):
    for path, text in {**BASE_SITE, **replaced}.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def known_from_hint(hint):
    """`did you mean 'x'? known keys: a, b` -> [a, b]."""
    match = re.search(r"known keys: (.*)$", hint or "")
    return [key.strip() for key in match.group(1).split(",")] if match else None


def folio_check(folio, folder):
    run = subprocess.run([folio, "check", "--source", str(folder), "--format", "json"],
                         capture_output=True, text=True)
    try:
        return json.loads(run.stdout)["diagnostics"]
    except (ValueError, KeyError):
        sys.exit(f"check-reference: `folio check --format json` printed no report:\n{run.stdout}{run.stderr}")


def probe_keys(folio, work):
    """Section (page, heading) -> the keys the code checks there, asked of the binary."""
    sections = {}
    for name, (replaced, page_name, heading) in PROBES.items():
        folder = work / name.replace(" ", "-")
        write_site(folder, replaced)
        hints = [d.get("hint") for d in folio_check(folio, folder) if f"'{PROBE}'" in d.get("message", "")]
        keys = next((k for k in map(known_from_hint, hints) if k), None)
        if keys is None:
            fail(f"probe '{name}': folio did not refuse `{PROBE}:` with a list of known keys "
                 f"(scripts/check_reference.py needs updating)")
            continue
        sections.setdefault((page_name, heading), set()).update(k for k in keys if k not in LANGUAGE_CODES)
    return sections


def probe_chart_types(folio, work):
    folder = work / "chart-type"
    write_site(folder, {"content/en/p.md": page(f"```chart\ntype: {PROBE}\ndata: d.csv\nx: month\ny: v\n```")})
    for diagnostic in folio_check(folio, folder):
        match = re.search(r"types: (.*)$", diagnostic.get("hint") or "")
        if f"'{PROBE}'" in diagnostic.get("message", "") and match:
            return [t.strip() for t in match.group(1).split(",")]
    fail("probe 'chart type': folio did not refuse `type: zz_probe` with the list of types")
    return []


def probe_sources_keys(folio_pull, work):
    folder = work / "sources"
    write_site(folder, {"content/sources.yml": f"s:\n  type: postgres\n  url: ${{X}}\n  {PROBE}: 1\n"})
    run = subprocess.run([folio_pull, "--site", str(folder)], capture_output=True, text=True)
    for line in (run.stdout + run.stderr).splitlines():
        keys = known_from_hint(line)
        if keys:
            return keys
    fail(f"probe 'sources.yml': folio-pull did not refuse `{PROBE}:` with a list of known keys:\n{run.stderr}")
    return []


# ---- the manual's pages: sections, table rows, code blocks ----------------------------------------

def read_page(name):
    return (PAGES / name).read_text(encoding="utf-8")


def fenced_blocks(text):
    """[(info, body lines, first line index, last line index)] of the top-level fenced code blocks."""
    lines, blocks, i = text.split("\n"), [], 0
    while i < len(lines):
        opening = re.match(r"^(`{3,}|~{3,})\s*([^`\s]*)", lines[i])
        if not opening:
            i += 1
            continue
        fence, info, start = opening.group(1), opening.group(2), i
        i += 1
        while i < len(lines) and not re.match(rf"^{fence[0]}{{{len(fence)},}}\s*$", lines[i]):
            i += 1
        blocks.append((info, lines[start + 1:i], start, i))
        i += 1
    return blocks


DIRECTIVES = ("chart", "kpi", "table")  # fenced blocks the build renders as figures, not as code


def outside_code(text):
    """The page's text without its code blocks: what the build renders (chart, KPI and table blocks stay)."""
    lines = text.split("\n")
    for info, _, start, end in reversed(fenced_blocks(text)):
        if info not in DIRECTIVES:
            lines[start:end + 1] = ["\0"]  # a line no text holds: nothing matches across a removed block
    return "\n".join(lines)


def section(text, heading):
    """The lines under `## heading` (or ###), up to the next heading of the same or a higher level."""
    lines = outside_code(text).split("\n")
    for i, line in enumerate(lines):
        match = re.match(r"^(#{1,6}) (.*)$", line)
        if match and match.group(2).strip().strip("`") == heading:
            level, body = len(match.group(1)), []
            for rest in lines[i + 1:]:
                other = re.match(r"^(#{1,6}) ", rest)
                if other and len(other.group(1)) <= level:
                    break
                body.append(rest)
            return body
    return None


def row_names(lines):
    """The `names` in the first cell of each table row."""
    names = set()
    for line in lines:
        if line.startswith("|"):
            first = line.strip().strip("|").split("|")[0]
            names.update(re.findall(r"`([^`]+)`", first))
    return names


def check_keys(sections):
    for (page_name, heading), keys in sorted(sections.items()):
        body = section(read_page(page_name), heading)
        if body is None:
            fail(f"docs/content/en/{page_name}: no section '{heading}' (it lists {', '.join(sorted(keys))})")
            continue
        for key in sorted(keys - row_names(body)):
            fail(f"docs/content/en/{page_name}: section '{heading}' has no table row for the key `{key}`, "
                 f"which the code knows")
    return sum(len(keys) for keys in sections.values())


# ---- commands: ArgumentParser's own description of each program -----------------------------------

def dump_help(program):
    run = subprocess.run([program, "--experimental-dump-help"], capture_output=True, text=True)
    try:
        return json.loads(run.stdout)["command"]
    except (ValueError, KeyError):
        sys.exit(f"check-reference: `{program} --experimental-dump-help` printed no command tree:\n{run.stderr}")


INHERITED = {"-h", "--help", "--version"}  # ArgumentParser gives every subcommand these: documented once, at the top


def commands(command, path):
    """(command path, [argument names as the manual writes them]) for the command and its subcommands."""
    names = []
    for argument in command.get("arguments") or []:
        if not argument.get("shouldDisplay", True):
            continue
        if path != "folio" and {("--" if n["kind"] == "long" else "-") + n["name"]
                                for n in argument.get("names") or []} <= INHERITED:
            continue
        if argument["kind"] == "positional":
            names.append(f"<{argument['valueName']}>")
        else:
            names += [("--" if n["kind"] == "long" else "-") + n["name"] for n in argument.get("names") or []]
    found = [(path, names)]
    for sub in command.get("subcommands") or []:
        if sub["commandName"] != "help":
            found += commands(sub, f"{path} {sub['commandName']}")
    return found


def check_commands(folio, folio_pull):
    text = read_page(COMMANDS)
    tree = commands(dump_help(folio), "folio")
    pull = commands(dump_help(folio_pull), "folio pull")  # `folio pull` passes everything to folio-pull
    tree = [entry for entry in tree if entry[0] != "folio pull"] + pull
    count = 0
    for path, names in tree:
        if path == "folio":  # the top of the page, before the first command's section
            body = outside_code(text).split("\n## ")[0].split("\n")
        else:
            body = section(text, path)
        if body is None:
            fail(f"docs/content/en/{COMMANDS}: no section '{path}' (the command exists)")
            continue
        documented = set()
        for cell in row_names(body):
            documented.update(part.strip() for part in cell.split(","))
        for name in names:
            count += 1
            if name not in documented:
                fail(f"docs/content/en/{COMMANDS}: section '{path}' has no table row for `{name}`")
    return len(tree), count


# ---- chart kinds and examples ----------------------------------------------------------------------

def check_chart_kinds(types):
    live = set()
    for info, body, _, _ in fenced_blocks(read_page(CHARTS)):
        if info == "chart":
            live.update(m.group(1) for m in (re.match(r"^type:\s*(\S+)", line) for line in body) if m)
    for kind in types:
        if kind not in live:
            fail(f"docs/content/en/{CHARTS}: no ```chart block draws `type: {kind}`")


def check_examples():
    shown = files = 0
    for path in sorted(PAGES.glob("**/*.md")):
        text = path.read_text(encoding="utf-8")
        rendered = outside_code(text)
        where = path.relative_to(ROOT)
        for info, body, start, _ in fenced_blocks(text):
            marker = re.match(r"^(?:#|--) file: (\S+)$", body[0]) if body else None
            if info == "markdown":
                shown += 1
                if "\n".join(body) not in rendered:
                    fail(f"{where}:{start + 1}: this Markdown example is not also a real part of the page "
                         f"(write the same lines after it, outside the code block)")
            elif marker:
                files += 1
                source = ROOT / marker.group(1)
                lines = source.read_text(encoding="utf-8").split("\n") if source.is_file() else None
                want = body[1:]
                if lines is None:
                    fail(f"{where}:{start + 2}: {marker.group(1)} does not exist")
                elif not any(lines[i:i + len(want)] == want for i in range(len(lines) - len(want) + 1)):
                    fail(f"{where}:{start + 2}: this block differs from {marker.group(1)} (copy its lines again)")
            elif any(re.match(r"^`{3,}(chart|kpi|table)\s*$", line) for line in body):
                fail(f"{where}:{start + 1}: a ```{info} block shows a chart, KPI or table block that nothing "
                     f"renders: show it in a ````markdown block followed by the real block")
    return shown, files


# ---- errors: every message the code writes is on the Errors pages ------------------------------------

ERROR_PAGES = PAGES / "errors"


def error_page_lines():
    """The message part of every line in a code block of the Errors section: the text after `error: ` or
    `warning: ` when the line has one."""
    found = []
    for path in sorted(ERROR_PAGES.glob("**/*.md")):
        for info, body, _, _ in fenced_blocks(path.read_text(encoding="utf-8")):
            if info in ("", "text"):
                found += [re.split(r"\b(?:error|warning): ", line, maxsplit=1)[-1] for line in body]
    return found


def missing_errors():
    """[(path, line, severity, message template, hint templates)] the Errors pages do not describe, one per
    distinct message."""
    lines, seen, missing = error_page_lines(), set(), []
    for path, line, severity, message, hints in swift_messages.messages(ROOT / "Sources"):
        text = swift_messages.shown(message)
        if text in seen:
            continue
        seen.add(text)
        pattern = re.compile(r"(?:.*?: )?" + swift_messages.pattern(message).pattern)
        if not any(pattern.fullmatch(candidate) for candidate in lines):
            missing.append((os.path.relpath(path, ROOT), line, severity, text, hints))
    return len(seen), missing


def check_errors():
    count, missing = missing_errors()
    for path, line, severity, text, _ in missing:
        fail(f"{path}:{line}: the {severity} `{text}` is not on the Errors pages (docs/content/en/errors/): "
             f"add it to a code block there with what it means (check_reference.py --missing-errors prints it)")
    return count


def print_missing_errors():
    count, missing = missing_errors()
    for path, line, severity, text, hints in missing:
        print(f"{severity}: {text}")
        for hint in hints:
            print(f"  help: {swift_messages.shown(hint)}")
    print(f"check-reference: {len(missing)} of {count} messages missing from docs/content/en/errors/",
          file=sys.stderr)
    return 1 if missing else 0


def main():
    if sys.argv[1:] == ["--missing-errors"]:
        return print_missing_errors()
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        return 2
    folio = os.path.abspath(sys.argv[1])
    folio_pull = os.path.abspath(sys.argv[2]) if len(sys.argv) == 3 else os.path.join(os.path.dirname(folio), "folio-pull")
    for program in (folio, folio_pull):
        if not os.access(program, os.X_OK):
            print(f"check-reference: {program} is missing (build it: swift build --product {os.path.basename(program)})")
            return 2
    work = pathlib.Path(tempfile.mkdtemp())
    try:
        sections = probe_keys(folio, work)
        sections.setdefault((CONFIGURATION, "sources.yml"), set()).update(probe_sources_keys(folio_pull, work))
        keys = check_keys(sections)
        types = probe_chart_types(folio, work)
        check_chart_kinds(types)
        command_count, option_count = check_commands(folio, folio_pull)
        shown, files = check_examples()
        messages = check_errors()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"check-reference: {keys} keys in {len(sections)} reference sections, {len(types)} chart kinds, "
          f"{command_count} commands with {option_count} arguments and options, {shown} Markdown examples, "
          f"{files} file excerpts, {messages} error messages; {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
