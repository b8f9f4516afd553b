#!/usr/bin/env python3
"""Fails when a module imports across the floors that docs/architecture.md sets out.

Rules checked (over every `use` tree, expanded, and every inline `crate::` path):
  - a feature (src/features/<name>/) names no other feature;
  - platform/, providers/, components/, domain/ and sim/ name no feature;
  - domain/ names nothing of components/, platform/, providers/ or sim/;
  - components/ names nothing of platform/, providers/ or sim/;
  - sim/ (an outside system) names no platform module but the secret type it
    hands over in demo settings, and nothing of components/.
Only app.rs, state.rs, main.rs, lib.rs and src/bin/ may name every feature.
Run: python3 scripts/check-layers.py  (exit status 1 on any breach).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def expand(tree):
    """Expands a use tree like `crate::{a::{b, c}, d}` into full paths."""
    tree = re.sub(r"\s+", "", re.sub(r"\s+as\s+", "@as@", tree))
    out = []

    def walk(prefix, t):
        depth, start, parts = 0, 0, []
        if "{" not in t:
            out.append(prefix + t)
            return
        i = t.index("{")
        head, body = t[:i], t[i + 1 : t.rindex("}")]
        for j, ch in enumerate(body):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                parts.append(body[start:j])
                start = j + 1
        parts.append(body[start:])
        for p in parts:
            if p:
                walk(prefix + head, p)

    walk("", tree)
    return [p.replace("@as@", " as ") for p in out]


def paths_of(text):
    text = strip_comments(text)
    found = []
    for m in re.finditer(r"\buse\s+([^;]+);", text):
        # Only real use trees: the word "use" in a string is followed by prose.
        if re.fullmatch(r"[\w:{},\s*]+", m.group(1)):
            found.extend(expand(m.group(1)))
    found.extend(re.findall(r"(?:crate|front_door)::[A-Za-z_][\w:]*", text))
    return found


def floor_of(path):
    rel = path.relative_to(SRC).parts
    if rel[0] == "features":
        return ("feature", rel[1].removesuffix(".rs"))
    if rel[0] in ("platform", "providers", "components", "domain", "sim"):
        return (rel[0], None)
    return ("root", None)


def named(p):
    """(floor, feature) a path names, for paths starting at the crate root."""
    m = re.match(r"(?:crate|front_door|\$crate)::(\w+)(?:::(\w+))?", p)
    if not m:
        return None
    top, second = m.group(1), m.group(2)
    if top == "features":
        return ("feature", second)
    return (top, None)


def breaches(path):
    floor, feature = floor_of(path)
    text = path.read_text()
    bad = []
    for p in paths_of(text):
        n = named(p)
        if floor == "feature" and p.startswith("super::super::"):
            bad.append(p)
            continue
        if n is None:
            continue
        target, other = n
        if floor == "feature":
            if target == "feature" and other != feature:
                bad.append(p)
            if target in ("state", "app", "sim"):
                bad.append(p)
        elif floor in ("platform", "providers", "components", "domain", "sim"):
            if target in ("feature", "state", "app"):
                bad.append(p)
            if floor == "domain" and target in ("components", "platform", "providers", "sim"):
                bad.append(p)
            if floor == "components" and target in ("platform", "providers", "sim"):
                bad.append(p)
            if floor == "sim" and (target == "components" or (target == "platform" and "secret" not in p)):
                bad.append(p)
    return sorted(set(bad))


def main():
    failed = False
    files = sorted(SRC.rglob("*.rs"))
    for f in files:
        for p in breaches(f):
            failed = True
            print(f"{f.relative_to(ROOT)}: {floor_of(f)[0]} must not name {p}")
    if failed:
        print("Layer check failed: see docs/architecture.md for the floors and their rules.")
        return 1
    print(f"Layer check passed ({len(files)} files).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
