#!/usr/bin/env python3
"""Draws the Trellis mark: a diagonal lattice on a calm green rounded square, with a leaf.
Writes icons/*.png at the sizes Tauri asks for, then the Windows icon.ico and the macOS
icon.icns from icon.png with the Tauri CLI's `tauri icon` (ui/node_modules, after npm ci).
Standard library only (zlib PNG writer), 4x supersampled for smooth edges. Run from the
project root: python3 scripts/make-icons.py"""
import math, os, shutil, struct, subprocess, tempfile, zlib

BG = (63, 111, 92)       # sage green, the app's accent
LATTICE = (244, 241, 232)
LEAF = (176, 214, 160)

def inside_rounded(x, y, r):
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def near_lattice(x, y, w):
    # Two families of diagonal bars, spaced 1/3 apart, clipped to an inner square.
    if not (0.2 <= x <= 0.8 and 0.18 <= y <= 0.82):
        return False
    for d in (x + y, x - y + 1):
        f = (d * 3) % 1.0
        if min(f, 1 - f) < w * 3 / math.sqrt(2):
            return True
    return False

def in_leaf(x, y):
    # A leaf: the intersection of two circles, tilted, at the top right of the lattice.
    cx, cy = 0.70, 0.26
    a = math.radians(-40)
    u = (x - cx) * math.cos(a) - (y - cy) * math.sin(a)
    v = (x - cx) * math.sin(a) + (y - cy) * math.cos(a)
    r, off = 0.13, 0.085
    return (u ** 2 + (v - off) ** 2 <= r * r) and (u ** 2 + (v + off) ** 2 <= r * r)

def pixel(x, y, size):
    if not inside_rounded(x, y, 0.22):
        return None
    if in_leaf(x, y):
        return LEAF
    w = 0.035 if size >= 64 else 0.05
    if near_lattice(x, y, w):
        return LATTICE
    return BG

def render(size):
    ss = 4
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    x = (px + (sx + 0.5) / ss) / size
                    y = (py + (sy + 0.5) / ss) / size
                    c = pixel(x, y, size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a:
                k = acc[3] / 255
                row += bytes([int(acc[0] / k), int(acc[1] / k), int(acc[2] / k), a])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
    with open(f"icons/{name}", "wb") as f:
        f.write(render(size))
    print("wrote icons/" + name)

with tempfile.TemporaryDirectory() as out:
    subprocess.run(["ui/node_modules/.bin/tauri", "icon", "icons/icon.png", "-o", out], check=True, stdout=subprocess.DEVNULL)
    for name in ("icon.ico", "icon.icns"):
        shutil.copy(os.path.join(out, name), f"icons/{name}")
        print("wrote icons/" + name)
