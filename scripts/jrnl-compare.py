#!/usr/bin/env python3
"""Trellis and jrnl side by side (`make jrnl-compare`): the same 10,000 entries in both, the
KDFs made about equal, and the whole-process CPU seconds (user + system, of the process and
its children) of adding one entry, searching, listing the last 10 and exporting everything.

jrnl is installed from PyPI into its own virtualenv (~/.cache/trellis/jrnl-venv, jrnl 4.2). The
entries are written once as a jrnl journal, encrypted by jrnl's own code (PBKDF2-SHA256, 100,000
iterations, then Fernet); `jrnl --export json` of that journal is imported into a new Trellis
vault made with scrypt work factor 13, so both hold exactly the same words. jrnl reads its
password from standard input (it is run without a terminal); Trellis from a passphrase file.

Prints the median of several runs of each, and the ratio. A benchmark prints figures; it
asserts nothing. Usage: scripts/jrnl-compare.py [--trellis BIN] [--entries N] [--runs N]
"""

import argparse
import hashlib
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

JRNL_VERSION = "4.2"
PASSWORD = "bench passphrase"
WORDS = (
    "trust talk honest worry calm dinner walk phone message late work friend family promise "
    "listen angry sad tired hope home weekend morning evening quiet space time money plan week "
    "kind gentle careful open question answer apology sorry thanks laugh cry hug together alone "
    "remember forget small step boundary expect agree fair change slowly again better harder "
    "minute hour day month garden coffee train rain sun window kitchen book music film sister "
    "brother mother father colleague neighbour doctor therapist journal write read breathe"
).split()


def venv_jrnl() -> Path:
    venv = Path.home() / ".cache/trellis/jrnl-venv"
    jrnl = venv / "bin/jrnl"
    if not jrnl.exists():
        print(f"jrnl-compare: installing jrnl {JRNL_VERSION} into {venv}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin/pip"), "install", "-q", f"jrnl=={JRNL_VERSION}"], check=True)
    return jrnl


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def journal_text(n: int) -> str:
    """n entries in jrnl's file format, one every ~5 hours from 2019, of about 600 characters
    like the bench's, a tag on every fifth and a rare word ("lighthouse") on every hundredth."""
    rng = random.Random(7)
    start = datetime(2019, 1, 1, 8, 0, 0)
    out = []
    for i in range(n):
        when = start + timedelta(minutes=300 * i + rng.randrange(60))
        title = sentence(rng, rng.randrange(3, 7))[:-1]
        paragraphs = [" ".join(sentence(rng, rng.randrange(6, 16)) for _ in range(rng.randrange(2, 6)))
                      for _ in range(rng.randrange(2, 4))]
        if i % 100 == 0:
            paragraphs[0] += " We walked to the lighthouse."
        if i % 5 == 0:
            paragraphs[-1] += f" @{rng.choice(['checkin', 'worry', 'gratitude', 'talk'])}"
        out.append(f"[{when:%Y-%m-%d %I:%M:%S %p}] {title}\n" + "\n\n".join(paragraphs) + "\n\n")
    return "".join(out)


def cpu(cmd, env, stdin=b"", out=None) -> float:
    """Runs cmd and returns the CPU seconds it and its children used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, env=env, input=stdin, stdout=out or subprocess.DEVNULL,
                          stderr=subprocess.PIPE, start_new_session=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"jrnl-compare: {cmd[0]} {' '.join(cmd[1:3])} failed: {done.stderr.decode()[-400:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(runs: int, make) -> float:
    return statistics.median(cpu(*make(i)) for i in range(runs))


def kdf_ms(fn, runs=5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    target = Path(os.environ.get("CARGO_TARGET_DIR", Path.home() / ".cache/trellis/target"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trellis", default=str(target / "release/trellis-app"),
                    help="the Trellis binary (the app's binary runs the command when given a subcommand)")
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    trellis = Path(args.trellis)
    if not trellis.exists():
        raise SystemExit(f"jrnl-compare: no {trellis}; run make package (or cargo build --release -p trellis-app)")
    jrnl = venv_jrnl()

    work = Path(tempfile.mkdtemp(prefix="trellis-jrnl-"))
    try:
        run(args, trellis, jrnl, work)
    finally:
        shutil.rmtree(work)


def run(args, trellis: Path, jrnl: Path, work: Path) -> None:
    # jrnl, in a home of its own: its config, and the journal written by its own encryption.
    home = work / "home"
    (home / ".config/jrnl").mkdir(parents=True)
    journal = work / "journal.txt"
    (home / ".config/jrnl/jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: true\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n    encrypt: true\n"
        f"linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\nversion: v{JRNL_VERSION}\n"
    )
    python = jrnl.parent / "python"
    plain = work / "plain.txt"
    plain.write_text(journal_text(args.entries))
    subprocess.run([str(python), "-c", (
        "import sys; from jrnl.encryption.Jrnlv2Encryption import Jrnlv2Encryption as E\n"
        "e = E('default', {}); e.password = sys.argv[2]\n"
        "open(sys.argv[3], 'wb').write(e.encrypt(open(sys.argv[1]).read()))"),
        str(plain), PASSWORD, str(journal)], check=True)
    plain.unlink()
    jenv = {"HOME": str(home), "PATH": os.environ["PATH"], "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "LANG": "C.UTF-8"}
    pw = (PASSWORD + "\n").encode()

    # The same entries in Trellis: jrnl's JSON export, imported into a new vault.
    exported = work / "jrnl.json"
    with exported.open("wb") as f:
        cpu([str(jrnl), "--export", "json"], jenv, pw, f)
    passfile = work / "pass"
    passfile.write_text(PASSWORD + "\n")
    vault = work / "vault"
    tenv = {"PATH": os.environ["PATH"], "HOME": str(home), "TRELLIS_VAULT": str(vault),
            "TRELLIS_PASSPHRASE_FILE": str(passfile), "LANG": "C.UTF-8"}
    cpu([str(trellis), "init", "--kdf-work-factor", "13"], tenv)
    cpu([str(trellis), "import", "--from", "jrnl", str(exported)], tenv)
    listed = subprocess.run([str(trellis), "journal", "list", "--limit", "100000", "--json"], env=tenv,
                            capture_output=True, check=True).stdout.count(b'"id"')
    print(f"entries: {args.entries} written to jrnl, {listed} in Trellis after importing jrnl's JSON export")

    # The KDFs alone, in this Python (OpenSSL): jrnl's PBKDF2 and the scrypt that Trellis's
    # passphrase slot uses at work factor 13 (N = 2^13, r = 8, p = 1, as age's scrypt recipient).
    pbkdf2 = kdf_ms(lambda: hashlib.pbkdf2_hmac("sha256", PASSWORD.encode(), b"s" * 16, 100_000))
    scrypt = kdf_ms(lambda: hashlib.scrypt(PASSWORD.encode(), salt=b"s" * 16, n=2**13, r=8, p=1, dklen=32))
    print(f"kdf_ms: jrnl PBKDF2-SHA256 100k {pbkdf2:.1f}, Trellis scrypt 2^13 {scrypt:.1f}")

    common, rare = "honest", "lighthouse"
    rows = []
    figures = [
        ("add one entry",
         lambda i: ([str(jrnl), f"Added {i}. The bench adds one entry with a few words."], jenv, pw),
         lambda i: ([str(trellis), "journal", "add"], tenv, f"Title: Added {i}\n\nThe bench adds one entry with a few words.\n".encode())),
        (f"search '{common}' (common), 20 shown",
         lambda i: ([str(jrnl), "-contains", common, "-n", "20"], jenv, pw),
         lambda i: ([str(trellis), "journal", "search", "--limit", "20"], tenv, f"{common}\n".encode())),
        (f"search '{rare}' (1 in 100), 20 shown",
         lambda i: ([str(jrnl), "-contains", rare, "-n", "20"], jenv, pw),
         lambda i: ([str(trellis), "journal", "search", "--limit", "20"], tenv, f"{rare}\n".encode())),
        ("list the last 10",
         lambda i: ([str(jrnl), "-n", "10"], jenv, pw),
         lambda i: ([str(trellis), "journal", "list", "--limit", "10"], tenv, b"")),
        ("export everything (JSON)",
         lambda i: ([str(jrnl), "--export", "json", "--file", str(work / f"j{i}.json")], jenv, pw),
         lambda i: ([str(trellis), "export", "--out", str(work / f"t{i}.json")], tenv, b"")),
    ]
    for name, j, t in figures:
        jr = median_cpu(max(3, args.runs // 2), j)
        tr = median_cpu(args.runs, t)
        rows.append((name, jr, tr))
        print(f"{name}: jrnl {jr:.3f} s, Trellis {tr:.3f} s, {jr / tr:.1f}x", flush=True)

    print("\n| CPU seconds, median | jrnl 4.2 | Trellis | jrnl ÷ Trellis |\n|---|---:|---:|---:|")
    for name, jr, tr in rows:
        print(f"| {name} | {jr:.2f} | {tr:.3f} | {jr / tr:.0f}× |")


if __name__ == "__main__":
    main()
