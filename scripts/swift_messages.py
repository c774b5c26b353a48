#!/usr/bin/env python3
r"""swift_messages.py: every error and warning message Folio's Swift sources write, as templates.

Used by scripts/check_reference.py (the manual's Errors pages must describe each one). A message is the
string literal given where a diagnostic is made: `Diagnostic(location, "…")`, a YAML reader's or block's
`x.error("…", at:)`, the named helpers `problem("…")` (JSON) and `failure("…", log:)` (Chromium), and the
wording closure of `unknownKeys(…) { "unknown key '\($0)'" }`. Interpolations (`\(name)`) and other
values joined in become placeholders, shown as `…`; `c ? "a" : "b"` and `x ?? "b"` give one template per
branch. A message passed on as a value (SQLite's, a database server's, a YAML parser's) is described by
the literal it is wrapped in, or not at all: those are the outside world's words.

Run as a script it prints each template: `path:line: error: message` and its `help:` lines.
"""
import pathlib
import re
import sys


CALL = re.compile(r"(?:(?<![\w.])(Diagnostic|problem|failure)|\.(error)|(?<!\w)(unknownKeys))\(")
KNOWN_KEYS_HINT = ["did you mean '", None, "'? known keys: ", None]  # YAMLReader.knownKeysHint


def string_end(text, i):
    """Index just past the Swift string literal starting at text[i] (a quote), and its parts:
    [str | None] where None is an interpolation."""
    multi = text.startswith('"""', i)
    j = i + (3 if multi else 1)
    parts, buf = [], []
    while j < len(text):
        c = text[j]
        if c == "\\":
            n = text[j + 1]
            if n == "(":
                parts.append("".join(buf)); buf = []
                j = skip_parens(text, j + 1)
                parts.append(None)
                continue
            buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}.get(n, n))
            j += 2
            continue
        if multi and text.startswith('"""', j):
            j += 3
            break
        if not multi and c == '"':
            j += 1
            break
        buf.append(c)
        j += 1
    parts.append("".join(buf))
    if multi:  # drop the first newline and the closing line's indentation
        joined = [p for p in parts]
        if isinstance(joined[0], str):
            joined[0] = joined[0].lstrip("\n")
    return j, [p for p in parts if p != ""]


def skip_parens(text, i):
    """text[i] is '(' (or [ {); returns the index past its partner, strings skipped."""
    depth, j = 0, i
    while j < len(text):
        c = text[j]
        if c == '"':
            j, _ = string_end(text, j)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def arguments(text, i):
    """The top-level arguments of the call whose '(' is text[i]: [(label, expression text)], and the end."""
    end = skip_parens(text, i)
    inner, args, start, j = text[i + 1:end - 1], [], 0, 0
    while j < len(inner):
        c = inner[j]
        if c == '"':
            j, _ = string_end(inner, j)
            continue
        if c in "([{":
            j = skip_parens(inner, j)
            continue
        if c == ",":
            args.append(inner[start:j]); start = j + 1
        j += 1
    args.append(inner[start:])
    out = []
    for a in args:
        m = re.match(r"\s*([A-Za-z_]\w*)\s*:(?!:)\s*(.*)$", a, re.S)
        out.append((m.group(1), m.group(2).strip()) if m and not a.strip().startswith('"') else (None, a.strip()))
    return out


def alternatives(expression):
    """The expression's top-level alternatives: `c ? a : b` gives a and b, `a ?? b` gives a and b."""
    j, depth = 0, 0
    while j < len(expression):
        c = expression[j]
        if c == '"':
            j, _ = string_end(expression, j)
            continue
        if c in "([{":
            j = skip_parens(expression, j)
            continue
        if expression.startswith(" ?? ", j):
            return alternatives(expression[:j]) + alternatives(expression[j + 4:])
        if expression.startswith(" ? ", j):
            rest, k = expression[j + 3:], 0
            while k < len(rest):  # the ':' of this '?', past strings and brackets
                if rest[k] == '"':
                    k, _ = string_end(rest, k)
                    continue
                if rest[k] in "([{":
                    k = skip_parens(rest, k)
                    continue
                if rest.startswith(" : ", k):
                    return alternatives(rest[:k]) + alternatives(rest[k + 3:])
                k += 1
        j += 1
    return [expression.strip()]


def templates(expression):
    """Each alternative of a message expression as its literal parts (see template), those with any."""
    return [t for t in (template(a) for a in alternatives(expression)) if t is not None]


def template(expression):
    """The literal parts of a message expression: [str | None] (None: a value filled in), or None when
    the expression holds no string literal."""
    parts, j, literal = [], 0, False
    while j < len(expression):
        c = expression[j]
        if c == '"':
            j, found = string_end(expression, j)
            parts += found
            literal = True
            continue
        if c in "([{":
            j = skip_parens(expression, j)
            if not parts or parts[-1] is not None:
                parts.append(None)
            continue
        if c.isspace() or c == "+":
            j += 1
            continue
        k = j
        while k < len(expression) and not expression[k].isspace() and expression[k] not in '+"([{':
            k += 1
        if not parts or parts[-1] is not None:
            parts.append(None)
        j = k
    if not literal or not any(isinstance(p, str) and p.strip(" :,.'") for p in parts):
        return None
    return parts


def without_comments(text):
    """The Swift text with its comments blanked out (offsets and line numbers kept), strings left alone."""
    out, j = list(text), 0
    while j < len(text):
        if text[j] == '"':
            j, _ = string_end(text, j)
        elif text.startswith("//", j):
            end = text.find("\n", j)
            end = len(text) if end < 0 else end
            out[j:end] = " " * (end - j)
            j = end
        elif text.startswith("/*", j):
            end = text.find("*/", j)
            end = len(text) if end < 0 else end + 2
            out[j:end] = [c if c == "\n" else " " for c in text[j:end]]
            j = end
        else:
            j += 1
    return "".join(out)


def messages(sources):
    """[(path, line, severity, message parts, hint parts or None)] for every message written in Sources."""
    found = []
    for path in sorted(pathlib.Path(sources).rglob("*.swift")):
        text = path.read_text(encoding="utf-8")
        code = without_comments(text)
        for m in CALL.finditer(code):
            name, paren = m.group(1) or m.group(2) or m.group(3), m.end() - 1
            before = code[max(0, m.start() - 20):m.start()]
            if re.search(r"func\s*$", before):
                continue
            args = arguments(code, paren)
            if name.endswith("unknownKeys"):  # the wording is a closure: trailing, or the `message:` argument
                after = skip_parens(code, paren)
                closure = re.match(r"\s*\{", code[after:])
                body = (code[after + closure.end():skip_parens(code, after + closure.end() - 1) - 1] if closure
                        else next((e.strip("{} \n") for label, e in args if label == "message"), ""))
                line = code.count("\n", 0, m.start()) + 1
                found += [(str(path), line, "error", t, [KNOWN_KEYS_HINT]) for t in templates(body)]
                continue
            positional = [e for label, e in args if label is None]
            index = 1 if name == "Diagnostic" else 0
            if len(positional) <= index:
                continue
            hint = next((templates(e) for label, e in args if label == "hint"), [])
            warning = any(label == "severity" and "warning" in e for label, e in args)
            line = code.count("\n", 0, m.start()) + 1
            for message in templates(positional[index]):
                found.append((str(path), line, "warning" if warning else "error", message, hint))
    return found


def shown(parts):
    return "".join("…" if p is None else p for p in parts)


def pattern(parts):
    return re.compile("".join(".*?" if p is None else re.escape(p) for p in parts))


def main(arguments):
    root = pathlib.Path(arguments[0]) if arguments else pathlib.Path(__file__).resolve().parent.parent / "Sources"
    found = messages(root)
    for path, line, severity, message, hints in found:
        print(f"{path}:{line}: {severity}: {shown(message)}")
        for hint in hints:
            print(f"  help: {shown(hint)}")
    print(f"swift_messages: {len(found)} message templates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


