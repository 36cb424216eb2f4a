#!/usr/bin/env python3
"""Fails when modules of a crate import each other in a circle.

`docs/architecture.md` promises that the modules form layers: a lower module never reaches up
to one that uses it. This script reads every `use` statement and every `crate::…`,
`super::…` and `self::…` path of a crate's sources, and prints each circle it finds as a chain
of modules with the file and line of every link; it exits 1 if there is one. It reads text
only (no build, no dependency): Python 3 and nothing else.

    scripts/check-module-cycles.py                       # trellis-core and the shell (make lint)
    scripts/check-module-cycles.py SRC[:UNITS[:TOP]]...  # other crates: a `src` folder, which
                                                         # modules' submodules are nodes of their
                                                         # own, and which are the top layer

What a node is. A module is its file: `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is `a::b`, the
crate root (`lib.rs`) is `crate`. Two checks run on that graph:

- between units: every module is counted as the top-level module it sits in (`journal::entry`
  is `journal`), except that the submodules of the modules named after the colon are units of
  their own. For trellis-core that is plain top-level modules (`journal → checkin → journal`);
  for the shell it is top-level modules plus each `commands::…` file, since the commands are
  one layer of many modules (`commands::vault → lifecycle → commands::backup →
  commands::vault`);
- inside a unit: its files, so two siblings that use each other
  (`backup::import ↔ backup::portable`) are a circle too. A submodule reaching up to its own
  parent or ancestor (`use super::Thing`) is how Rust nests modules and is not counted here.

What counts as a link. A path is followed to the module that defines the item, through `pub
use` re-exports (`crate::Vault` is `vault`, `crate::backup::Source` is `backup::import`), so a
re-export (`pub use`, `pub(crate) use`) is not itself a link from the module that re-exports.
Every other `use` and every qualified path in code is one, wherever it appears (a function
body counts as much as the top of the file). `$crate::` in a macro is the macro's caller's
concern and is skipped. Paths into other crates (`trellis_core::…`) are not followed.

The top layer. A module named after the second colon (for the shell: `commands`) is the top
layer: only the crate root (the wiring) and the module itself may use its submodules, so no
module below calls a command. Its own file (`commands/mod.rs`, where the shell declares the
event types the UI receives) may be used from anywhere. A use from below is printed as a
layer error and fails the check like a circle.

What is left out. Test code: `#[cfg(test)]` items (the `mod tests { … }` beside the code),
modules declared under `#[cfg(test)]` and files named `tests.rs`; tests may reach anywhere.
Comments and string literals. `main.rs` when there is a `lib.rs` (the binary only calls the
library). Inline `mod x { … }` blocks that are not tests count as part of their file.
"""
import collections
import os
import re
import sys

DEFAULT = [("crates/trellis-core/src", [], []), ("src-tauri/src", ["commands"], ["commands"])]

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def strip(text):
    """Blanks comments, strings and char literals, keeping every newline (and so every line
    number) in place."""
    out = []
    i, n = 0, len(text)

    def blank(s):
        return "".join(c if c == "\n" else " " for c in s)

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(blank(text[i:j]))
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(blank(text[i:j]))
            i = j
        elif re.match(r'(?:b|c)?r#*"', text[i:i + 260]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'(?:b|c)?r(#*)"', text[i:])
            end = '"' + m.group(1)
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(blank(text[i:j]))
            i = j
        elif c == '"' or (c in "bc" and text.startswith('"', i + 1) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"))):
            j = i + (1 if c == '"' else 2)
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(blank(text[i:j + 1]))
            i = j + 1
        elif c == "'":
            m = re.match(r"'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'])'", text[i:])
            if m:  # a char literal; otherwise a lifetime or a label
                out.append(blank(m.group(0)))
                i += m.end()
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def matching_brace(text, i):
    """The index just past the `}` that closes the `{` at `i`."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j + 1
    return len(text)


def drop_test_items(text):
    """Blanks every item under `#[cfg(test)]`; returns the text and the names of modules
    declared there as files (`#[cfg(test)] mod tests;`)."""
    test_mods = set()
    for m in list(re.finditer(r"#\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]", text)):
        start = m.start()
        if not text[start:m.end()].strip():  # already blanked inside an earlier test item
            continue
        j = m.end()
        semi, brace = text.find(";", j), text.find("{", j)
        decl = re.match(r"\s*(?:#\s*\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+(" + IDENT + r")\s*;", text[j:])
        if decl:
            test_mods.add(decl.group(1))
            end = j + decl.end()
        elif brace >= 0 and (semi < 0 or brace < semi):
            end = matching_brace(text, brace)
        else:
            end = len(text) if semi < 0 else semi + 1
        text = text[:start] + "".join(ch if ch == "\n" else " " for ch in text[start:end]) + text[end:]
    return text, test_mods


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def parse_use_tree(s, base_pos):
    """Expands a use tree (the text after `use`, without the `;`) into (segments, name bound,
    position) leaves. `self` first in a group means the group's own path."""
    tokens = [(m.group(0), base_pos + m.start()) for m in re.finditer(IDENT + r"|::|[{},*]", s)]
    leaves = []

    def item(i, prefix):
        path, pos = list(prefix), tokens[i][1] if i < len(tokens) else base_pos
        while i < len(tokens):
            tok, p = tokens[i]
            if tok == "{":
                i += 1
                while i < len(tokens) and tokens[i][0] != "}":
                    i = item(i, path)
                    if i < len(tokens) and tokens[i][0] == ",":
                        i += 1
                return i + 1
            if tok == "*":
                leaves.append((path, "*", p))
                return i + 1
            if tok in (",", "}"):
                break
            if tok == "as":
                leaves.append((path, tokens[i + 1][0] if i + 1 < len(tokens) else None, pos))
                return i + 2
            if tok != "::":
                if not (tok == "self" and prefix and len(path) == len(prefix)):
                    path.append(tok)
                pos = p
            i += 1
        if path:
            leaves.append((path, path[-1], pos))
        return i

    i = 0
    while i < len(tokens):
        i = item(i, [])
        if i < len(tokens) and tokens[i][0] == ",":
            i += 1
    return leaves


class Crate:
    def __init__(self, src, units):
        self.src = src
        self.units = units
        self.files = {}  # module path (tuple) -> file
        self.texts = {}
        self.reexports = collections.defaultdict(dict)  # module -> name -> absolute path
        self.uses = collections.defaultdict(list)  # module -> [(path, pos, is_reexport, text)]
        self.code_paths = collections.defaultdict(list)
        self._find_files()

    def _find_files(self):
        has_lib = os.path.exists(os.path.join(self.src, "lib.rs"))
        test_only = set()
        found = {}
        for root, _dirs, names in os.walk(self.src):
            for name in names:
                if not name.endswith(".rs"):
                    continue
                rel = os.path.relpath(os.path.join(root, name), self.src)
                parts = rel[:-3].split(os.sep)
                if parts == ["main"] and has_lib:
                    continue
                if parts[-1] == "tests":
                    continue
                if parts[-1] in ("mod", "lib", "main"):
                    parts = parts[:-1]
                found[tuple(parts)] = os.path.join(root, name)
        for mod, path in sorted(found.items()):
            with open(path, encoding="utf-8") as f:
                text, test_mods = drop_test_items(strip(f.read()))
            test_only |= {mod + (t,) for t in test_mods}
            self.texts[mod] = text
        for mod, path in found.items():
            if any(mod[:k] in test_only for k in range(1, len(mod) + 1)):
                self.texts.pop(mod, None)
                continue
            self.files[mod] = path

    def is_module(self, path):
        return tuple(path) in self.files

    def absolute(self, mod, segs):
        """Makes a path written in module `mod` absolute (a list of segments from the crate
        root), or None for a path into another crate."""
        segs = list(segs)
        if not segs:
            return None
        if segs[0] == "crate":
            return segs[1:]
        if segs[0] in ("super", "self"):
            base = list(mod)
            while segs and segs[0] in ("super", "self"):
                if segs.pop(0) == "super":
                    if not base:
                        return None
                    base.pop()
            return base + segs
        if self.is_module(tuple(mod) + (segs[0],)):
            return list(mod) + segs
        return None

    def resolve(self, path, depth=0):
        """Follows an absolute path to the module defining its item, through re-exports."""
        k = len(path)
        while k > 0 and not self.is_module(path[:k]):
            k -= 1
        mod = tuple(path[:k])
        rest = path[k:]
        if rest and depth < 16:
            target = self.reexports.get(mod, {}).get(rest[0])
            if target is not None:
                return self.resolve(target + rest[1:], depth + 1)
        return mod

    def scan(self):
        for mod, text in self.texts.items():
            if mod not in self.files:
                continue
            for m in re.finditer(r"(?<![\w$])((?:pub\s*(?:\([^)]*\))?\s*)?)use\s+([^;]*);", text):
                is_reexport = bool(m.group(1).strip())
                for segs, alias, pos in parse_use_tree(m.group(2), m.start(2)):
                    path = self.absolute(mod, segs)
                    if path is None:
                        continue
                    if is_reexport and alias and alias != "*":
                        self.reexports[mod][alias] = path
                    self.uses[mod].append((path, pos, is_reexport, "::".join(segs)))
            code = re.sub(r"(?<![\w$])(?:pub\s*(?:\([^)]*\))?\s*)?use\s+[^;]*;", lambda x: re.sub(r"[^\n]", " ", x.group(0)), text)
            for m in re.finditer(r"(?<![\w$:])(" + IDENT + r")((?:\s*::\s*" + IDENT + r")+)", code):
                first = m.group(1)
                if first not in ("crate", "super", "self") and not self.is_module(tuple(mod) + (first,)):
                    continue
                segs = [first] + re.findall(IDENT, m.group(2))
                path = self.absolute(mod, segs)
                if path is not None:
                    self.code_paths[mod].append((path, m.start(), False, "::".join(segs)))

    def unit(self, mod):
        if not mod:
            return ("crate",)
        if mod[0] in self.units and len(mod) > 1:
            return mod[:2]
        return mod[:1]

    def edges(self):
        """(from module, to module) -> first (file, line, path text) seen."""
        out = {}
        for mod in self.files:
            for path, pos, is_reexport, text in self.uses[mod] + self.code_paths[mod]:
                if is_reexport:
                    continue
                to = self.resolve(path)
                if to == mod:
                    continue
                key = (mod, to)
                where = (self.files[mod], line_of(self.texts[mod], pos), text)
                if key not in out or where[1] < out[key][1]:
                    out[key] = where
        return out


def name(mod):
    return "::".join(mod) if mod else "crate"


def sccs(nodes, succ):
    """Tarjan's strongly connected components."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        work = [(v, iter(sorted(succ.get(v, ()))))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        while work:
            node, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(succ.get(w, ())))))
                    advanced = True
                    break
                if w in on:
                    low[node] = min(low[node], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                out.append(comp)

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def cycles(graph):
    """One shortest circle through every link that lies on a circle, without repeats."""
    succ = collections.defaultdict(set)
    for a, b in graph:
        succ[a].add(b)
    nodes = set(succ) | {b for _, b in graph}
    found = {}
    for comp in sccs(nodes, succ):
        if len(comp) < 2:
            continue
        inside = set(comp)
        for a in sorted(comp):
            for b in sorted(succ[a] & inside):
                # shortest way back from b to a
                prev, queue = {b: None}, collections.deque([b])
                while queue and a not in prev:
                    x = queue.popleft()
                    for y in sorted(succ[x] & inside):
                        if y not in prev:
                            prev[y] = x
                            queue.append(y)
                back, x = [], a
                while x is not None:
                    back.append(x)
                    x = prev[x]
                chain = [a] + back[::-1]  # a, b, ..., a
                ring = chain[:-1]
                k = ring.index(min(ring))
                ring = tuple(ring[k:] + ring[:k])
                found[ring] = True
    return sorted(found, key=lambda r: (len(r), r))


def check(src, units, top=()):
    crate = Crate(src, units)
    crate.scan()
    edges = crate.edges()
    between = {}
    for (a, b), where in edges.items():
        ua, ub = crate.unit(a), crate.unit(b)
        if ua != ub and ((ua, ub) not in between or where < between[(ua, ub)][1]):
            between[(ua, ub)] = ((a, b), where)
    within = {}
    for (a, b), where in edges.items():
        if crate.unit(a) == crate.unit(b) and b != a[:len(b)]:  # a child reaching up is nesting
            within[(a, b)] = ((a, b), where)
    found = []
    for graph in (between, within):
        for ring in cycles(graph):
            links = [(ring[i], ring[(i + 1) % len(ring)]) for i in range(len(ring))]
            found.append((ring, [(x, y, graph[(x, y)]) for x, y in links]))
    below = sorted(
        (where, a, b) for (a, b), where in edges.items() if len(b) > 1 and b[0] in top and a and a[0] != b[0]
    )
    if found:
        among = sorted({m for ring, _ in found for m in ring})
        print(f"check-module-cycles: {src}: {len(found)} import circle(s) among {', '.join(name(m) for m in among)}")
    if below:
        print(f"check-module-cycles: {src}: {len(below)} use(s) of the top layer ({', '.join(top)}) from below")
    for (file, line, text), a, b in below:
        print(f"{src}: layer: {name(a)} uses {name(b)}, above it: {file}:{line} ({text})")
    for ring, links in found:
        print(f"{src}: import circle: " + " → ".join(name(m) for m in ring + (ring[0],)))
        for x, y, ((fa, fb), (file, line, text)) in links:
            via = "" if (fa, fb) == (x, y) else f" ({name(fa)} uses {name(fb)})"
            print(f"    {name(x)} → {name(y)}{via}: {file}:{line} ({text})")
    return len(found) + len(below)


def main(args):
    targets = []
    for a in args:
        src, _, rest = a.partition(":")
        units, _, top = rest.partition(":")
        targets.append((src, [u for u in units.split(",") if u], [t for t in top.split(",") if t]))
    if not targets:
        here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        os.chdir(here)
        targets = DEFAULT
    total = 0
    for src, units, top in targets:
        n = check(src, units, top)
        if not n:
            print(f"check-module-cycles: {src}: no import circle" + (", nothing below uses the top layer" if top else ""))
        total += n
    if total:
        print(f"check-module-cycles: {total} import circle(s) or layer error(s) in all; docs/architecture.md says which way each layer may reach")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
