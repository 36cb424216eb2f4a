#!/usr/bin/env python3
"""Sync through a real engine: two Syncthing instances on 127.0.0.1, each beside its own vault.

Two computers, "the laptop" and "the desk", each have their own vault (own passphrase) and their
own Syncthing, which share one folder over loopback only: no global or local discovery, no
relays, no NAT or STUN, no usage or crash reports, no upgrade checks, GUI/REST on 127.0.0.1;
the laptop's Syncthing calls the desk's at its loopback port (the sockets both hold are checked
at the end).
Trellis never talks to the network; it only runs `trellis sync now` on each side, as the app does
every few seconds, and this test looks at what `trellis` then lists.

1. The laptop starts syncing; the desk joins by the six words; each one's records reach the other.
2. On each side an entry is added, the other side's boundary edited, the other side's entry
   deleted and a reminder added: all of it shows on the other side.
3. With the link down (each Syncthing pauses the other device through the REST API) the same
   entry is edited on both sides; with the link back, both sides end with two entries holding
   the two texts, and the same records.

Every wait polls (`trellis sync now`, then a look) for up to SYNC_ENGINE_TIMEOUT seconds (60),
so a loaded machine only makes it slower. Stdlib only.

  TRELLIS_BIN   the trellis binary [$CARGO_TARGET_DIR/debug/trellis, with CARGO_TARGET_DIR
                defaulting to ~/.cache/trellis/target]
  KEEP=1        keep the temporary folder (it is kept anyway when something fails)
"""

import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

TIMEOUT = float(os.environ.get("SYNC_ENGINE_TIMEOUT", "60"))
POLL = 0.3
FOLDER_ID = "trellis-sync"

T0 = time.monotonic()


def say(msg):
    print(f"sync-engine: {msg}", flush=True)


class Failed(Exception):
    """Something did not arrive (or did not start); the message names it."""


def trellis_bin():
    if os.environ.get("TRELLIS_BIN"):
        return os.environ["TRELLIS_BIN"]
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(os.path.expanduser("~"), ".cache/trellis/target")
    return os.path.join(target, "debug", "trellis")


def die_with_parent():
    """Syncthing dies with this script, even if it is killed with SIGKILL (Linux)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def free_ports(n):
    """n distinct free loopback ports (held open together, so they differ, then let go)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


# Talking to 127.0.0.1 only: never through a proxy from the environment.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Computer:
    def __init__(self, root, name, title, binary):
        self.name = name  # "laptop"
        self.title = title  # "Laptop", its name in Trellis
        self.bin = binary
        self.dir = os.path.join(root, name)
        self.vault = os.path.join(self.dir, "vault")
        self.passfile = os.path.join(self.dir, "passphrase")
        self.folder = os.path.join(self.dir, "Sync", "trellis")
        self.st_home = os.path.join(self.dir, "syncthing")
        self.st_log = os.path.join(self.dir, "syncthing.log")
        self.proc = None
        self.last_sync = ""
        os.makedirs(self.dir)
        with open(os.open(self.passfile, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(f"the {name}'s own passphrase {secrets.token_hex(8)}\n")

    # --- trellis --------------------------------------------------------------------------
    def run(self, *args, stdin=""):
        return subprocess.run(
            [self.bin, "--vault", self.vault, "--passphrase-file", self.passfile, *args],
            input=stdin, capture_output=True, text=True, timeout=120,
        )

    def ok(self, *args, stdin=""):
        out = self.run(*args, stdin=stdin)
        if out.returncode != 0:
            raise Failed(f"on the {self.name}: `trellis {' '.join(args)}` failed ({out.returncode}): {out.stderr.strip()}")
        return out.stdout

    def json(self, *args):
        return json.loads(self.ok(*args, "--json"))

    def sync_now(self):
        self.last_sync = self.ok("sync", "now").strip()

    def entries(self):
        return {e["id"]: e for e in self.json("journal", "list", "--limit", "100000")}

    def boundaries(self):
        return {b["boundary"]["id"]: b["boundary"] for b in self.json("boundary", "list")}

    def reminders(self):
        return {r["id"]: r for r in self.json("reminder", "list")}

    # --- syncthing ------------------------------------------------------------------------
    def st_generate(self):
        subprocess.run(
            ["syncthing", "generate", f"--home={self.st_home}", "--no-default-folder"],
            check=True, capture_output=True, timeout=120,
        )
        out = subprocess.run(
            ["syncthing", "serve", f"--home={self.st_home}", "--device-id"],
            check=True, capture_output=True, text=True, timeout=120,
        )
        self.device_id = out.stdout.strip()
        self.apikey = secrets.token_urlsafe(24)

    def st_configure(self, listen_port, gui_port, other, dials):
        """Loopback only; the other computer (at its loopback address if this one `dials`);
        the shared folder."""
        self.gui = f"127.0.0.1:{gui_port}"
        path = os.path.join(self.st_home, "config.xml")
        tree = ET.parse(path)
        cfg = tree.getroot()
        gui = cfg.find("gui")
        gui.set("enabled", "true")
        gui.set("tls", "false")
        gui.find("address").text = self.gui
        gui.find("apikey").text = self.apikey
        opts = cfg.find("options")
        for tag in ("listenAddress", "globalAnnounceServer"):
            for el in opts.findall(tag):
                opts.remove(el)
        settings = {
            "listenAddress": f"tcp://127.0.0.1:{listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "announceLANAddresses": "false",
            "urAccepted": "-1",
            "urSeen": "3",
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "stunKeepaliveStartS": "0",
            "stunKeepaliveMinS": "0",
            "stunServer": "",
            "startBrowser": "false",
            "restartOnWakeup": "false",
            # Dial the other computer again soon after the link comes back (default 60 s).
            "reconnectionIntervalS": "1",
            # Not niced below the builds of a busy machine.
            "setLowPriority": "false",
        }
        for tag, value in settings.items():
            el = opts.find(tag)
            if el is None:
                el = ET.SubElement(opts, tag)
            el.text = value

        # The other computer. Only one of the two dials: when both dial each other at the same
        # moment (at the start, or when the link comes back) Syncthing 1.19 can hang until its
        # 20 s Hello timeout ("Failed to exchange Hello messages … i/o timeout"). The other waits
        # to be called: "dynamic", with discovery off, is an address it never dials.
        dev = ET.fromstring(ET.tostring(cfg.find("defaults/device")))
        dev.set("id", other.device_id)
        dev.set("name", other.name)
        dev.find("address").text = f"tcp://127.0.0.1:{other.listen_port}" if dials else "dynamic"
        cfg.insert(list(cfg).index(gui), dev)

        # The shared folder, with both computers; changes are seen by inotify within a second
        # (and by a rescan every 10 s should the watcher be short of inotify watches).
        folder = ET.fromstring(ET.tostring(cfg.find("defaults/folder")))
        folder.attrib.update(
            id=FOLDER_ID, label="Trellis", path=self.folder, type="sendreceive",
            rescanIntervalS="10", fsWatcherEnabled="true", fsWatcherDelayS="1",
        )
        own = folder.find("device")
        own.set("id", self.device_id)
        peer = ET.fromstring(ET.tostring(own))
        peer.set("id", other.device_id)
        folder.insert(list(folder).index(own) + 1, peer)
        cfg.insert(0, folder)
        tree.write(path)
        os.makedirs(os.path.join(self.folder, ".stfolder"))

    def st_start(self):
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        # STMONITORED: one process, without the monitor that would restart it (and whose child
        # would outlive a killed monitor), so it dies with this script and is stopped by its id.
        env.update(HOME=self.dir, STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1", STMONITORED="1")
        log = open(self.st_log, "w")
        self.proc = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.st_home}", "--no-browser", "--no-restart",
             "--no-upgrade", "--no-default-folder", "--skip-port-probing"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
            preexec_fn=die_with_parent, start_new_session=True,
        )
        log.close()

    def st_stop(self):
        if not self.proc:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.proc.pid, sig)  # its own process group (start_new_session)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(15)
                return
            except subprocess.TimeoutExpired:
                continue

    def rest(self, path, method="GET"):
        req = urllib.request.Request(f"http://{self.gui}{path}", method=method, headers={"X-API-Key": self.apikey})
        try:
            with HTTP.open(req, timeout=10) as resp:
                body = resp.read()
        except (OSError, urllib.error.URLError) as e:
            raise Failed(f"the {self.name}'s Syncthing: {method} {path}: {e}") from e
        return json.loads(body) if body.strip() else None

    def connected(self, other):
        conn = self.rest("/rest/system/connections")["connections"].get(other.device_id, {})
        return bool(conn.get("connected"))

    def log_tail(self, n=15):
        try:
            with open(self.st_log, errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""


def wait(what, check, sync=(), since=None, timeout=TIMEOUT):
    """Polls until check() returns no missing items, running `trellis sync now` on each computer
    in `sync` first, for up to `timeout` seconds. Prints the seconds since `since` (when it was
    written; else since the wait began) and returns them; raises Failed naming what is missing."""
    start = time.monotonic()
    since = since or start
    while True:
        for c in sync:
            c.sync_now()
        missing = check()
        now = time.monotonic()
        if not missing:
            say(f"  {what}: {now - since:.1f} s")
            return now - since
        if now - start > timeout:
            lines = "\n".join(f"    - {m}" for m in missing)
            last = "".join(f"\n    last `trellis sync now` on the {c.name}: {c.last_sync!r}" for c in sync)
            raise Failed(f"{what}: not there after {timeout:.0f} s:\n{lines}{last}")
        time.sleep(POLL)


def loopback_only(computers):
    """Every socket a Syncthing holds is on 127.0.0.1 at both ends (a look at this moment)."""
    def addr(hexaddr):
        ip, port = hexaddr.split(":")
        raw = bytes.fromhex(ip)
        # /proc/net keeps each 32-bit word in host (little-endian) order.
        raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
        if len(raw) == 16 and raw[:12] == b"\0" * 10 + b"\xff\xff":
            raw = raw[12:]
        return raw, int(port, 16)

    def ok(raw):
        return raw == b"\0" * len(raw) or (raw[0] == 127 if len(raw) == 4 else raw == b"\0" * 15 + b"\1")

    bad = []
    for c in computers:
        if c.proc.poll() is not None:
            bad.append(f"the {c.name}'s Syncthing exited ({c.proc.returncode}) before the end")
            continue
        pid = c.proc.pid
        inodes = set()
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if link.startswith("socket:["):
                inodes.add(link[8:-1])
        for proto in ("tcp", "tcp6", "udp", "udp6"):
            try:
                with open(f"/proc/{pid}/net/{proto}") as f:
                    rows = f.readlines()[1:]
            except OSError:
                continue
            for row in rows:
                cols = row.split()
                if cols[9] not in inodes:
                    continue
                (local, lport), (remote, rport) = addr(cols[1]), addr(cols[2])
                if proto.startswith("udp") or not ok(local) or local == b"\0" * len(local) or not ok(remote):
                    bad.append(f"the {c.name}'s Syncthing has a {proto} socket {local.hex()}:{lport} -> {remote.hex()}:{rport}")
    return bad


def main():
    binary = trellis_bin()
    if not os.access(binary, os.X_OK):
        raise Failed(f"no trellis binary at {binary} (build it with `cargo test --workspace`, or set TRELLIS_BIN)")
    if not shutil.which("syncthing"):
        raise Failed("syncthing is not installed (`make setup` installs it; or apt-get install syncthing)")
    version = subprocess.run(["syncthing", "serve", "--version"], capture_output=True, text=True).stdout.split()
    root = tempfile.mkdtemp(prefix="trellis-syncthing-")
    laptop = Computer(root, "laptop", "Laptop", binary)
    desk = Computer(root, "desk", "Desk", binary)
    both = (laptop, desk)
    failures = []
    kept = bool(os.environ.get("KEEP"))
    try:
        # --- two computers, two Syncthings ------------------------------------------------
        for c in both:
            c.ok("init", "--kdf-work-factor", "4")
            c.st_generate()
        ports = free_ports(4)
        laptop.listen_port, desk.listen_port = ports[0], ports[1]
        laptop.st_configure(ports[0], ports[2], desk, dials=True)
        desk.st_configure(ports[1], ports[3], laptop, dials=False)
        say(f"Syncthing {version[1] if len(version) > 1 else '?'} twice on 127.0.0.1 (listening on {ports[0]} and "
            f"{ports[1]}, the laptop's dialing the desk's; no discovery, relays, NAT, reports or upgrades), in {root}")

        def started(c):
            """Answering on its REST address, listening on its loopback port."""
            def check():
                if c.proc.poll() is not None:
                    raise Failed(f"the {c.name}'s Syncthing exited ({c.proc.returncode}):\n{c.log_tail()}")
                try:
                    status = c.rest("/rest/system/status")
                except Failed:
                    return [f"the {c.name}'s Syncthing answering on {c.gui}"]
                listener = status.get("connectionServiceStatus", {}).get(f"tcp://127.0.0.1:{c.listen_port}", {})
                if listener.get("error") is not None or not listener.get("lanAddresses"):
                    return [f"the {c.name}'s Syncthing listening on 127.0.0.1:{c.listen_port} ({listener})"]
                if status.get("discoveryEnabled") or len(status.get("connectionServiceStatus", {})) != 1:
                    raise Failed(f"the {c.name}'s Syncthing discovers or listens elsewhere: {status}")
                return []
            return check

        def linked(up):
            state = "connected to" if up else "cut off from"
            return lambda: [f"the {a.name}'s Syncthing {state} the {b.name}'s"
                            for a, b in ((laptop, desk), (desk, laptop)) if a.connected(b) != up]

        # The desk first, so that the laptop's first call finds it listening.
        desk.st_start()
        wait("the desk's Syncthing started", started(desk))
        laptop.st_start()
        wait("the laptop's Syncthing started", started(laptop))
        for c in both:
            opts = c.rest("/rest/config/options")
            wrong = {k: opts.get(k) for k, v in {
                "globalAnnounceEnabled": False, "localAnnounceEnabled": False, "relaysEnabled": False,
                "natEnabled": False, "urAccepted": -1, "autoUpgradeIntervalH": 0,
                "crashReportingEnabled": False, "listenAddresses": [f"tcp://127.0.0.1:{c.listen_port}"],
            }.items() if opts.get(k) != v}
            if wrong:
                raise Failed(f"the {c.name}'s Syncthing does not run with the settings written: {wrong}")
        wait("they connected over loopback", linked(True))

        # --- 1. set up: the laptop starts, the desk joins by the six words ----------------
        say("1. the laptop starts syncing; the desk joins by the six words")
        lap_entry = laptop.ok("journal", "add", stdin="Title: Written on the laptop\n\nzqlapfirst before any sync.").strip()
        lap_bound = laptop.ok("boundary", "add", stdin="zqlapbound Phones away at dinner").strip()
        laptop.ok("sync", "folder", laptop.folder, "--name", laptop.title)
        wait("the folder's id reached the desk",
             lambda: [] if os.path.isfile(os.path.join(desk.folder, "folder-id")) else [f"folder-id in {desk.folder}"],
             since=time.monotonic())
        desk_entry = desk.ok("journal", "add", stdin="Title: Written on the desk\n\nzqdeskfirst before joining.").strip()
        desk_bound = desk.ok("boundary", "add", stdin="zqdeskbound Knock before coming in").strip()
        words = desk.ok("sync", "join", desk.folder, "--name", desk.title).strip()
        joined = time.monotonic()
        if len(words.split()) != 6:
            raise Failed(f"`trellis sync join` on the desk printed {words!r}, not six words")
        asking = []

        def desk_asks():
            asking[:] = [c for c in laptop.json("sync", "devices") if c["state"] == "asks_to_join"]
            return [] if asking else ["the desk asking to join, in `trellis sync devices` on the laptop"]

        wait("the desk's request to join reached the laptop", desk_asks, since=joined)
        if asking[0]["words"] != words:
            raise Failed(f"the laptop shows the words {asking[0]['words']!r}, the desk {words!r}")
        laptop.ok("sync", "approve", asking[0]["id"], "--words", words)
        approved = time.monotonic()

        def has(side, wanted):
            """wanted: (description, predicate on a snapshot of `side`)."""
            def check():
                snap = {"entries": side.entries(), "boundaries": side.boundaries(), "reminders": side.reminders()}
                listed = [f"{r['title']!r} ({r['says']})" for r in snap["reminders"].values()]
                return [f"{d} on the {side.name}" + (f"; it lists {listed}" if "reminder" in d else "")
                        for d, pred in wanted if not pred(snap)]
            return check

        def entry_with(eid, word):
            return lambda s: eid in s["entries"] and word in s["entries"][eid]["body"]

        def boundary_with(bid, word):
            return lambda s: bid in s["boundaries"] and word in s["boundaries"][bid]["text"]

        wait("the approval and the laptop's entry and boundary reached the desk", has(desk, [
            ("the laptop's entry", entry_with(lap_entry, "zqlapfirst")),
            ("the laptop's boundary", boundary_with(lap_bound, "zqlapbound")),
        ]), sync=[desk], since=approved)
        # The desk wrote what it held before joining at the sync that found it approved.
        wait("the desk's entry and boundary, made before it joined, reached the laptop", has(laptop, [
            ("the desk's entry", entry_with(desk_entry, "zqdeskfirst")),
            ("the desk's boundary", boundary_with(desk_bound, "zqdeskbound")),
        ]), sync=[laptop], since=time.monotonic())

        # --- 2. on each side: an entry, a boundary edit, a delete, a reminder -------------
        say("2. each side adds an entry, edits the other's boundary, deletes the other's entry, adds a reminder")
        made = {}
        for me, other_entry, other_bound, at in ((laptop, desk_entry, desk_bound, "19:00"),
                                                 (desk, lap_entry, lap_bound, "08:30")):
            tag = "zq" + me.name
            eid = me.ok("journal", "add", stdin=f"Title: Later on the {me.name}\n\n{tag}later a second entry.").strip()
            me.ok("boundary", "edit", other_bound, "--status", "agreed",
                  stdin=f"Note: {tag}note talked\n{tag}edit the boundary in other words")
            me.ok("journal", "delete", other_entry)
            rid = me.ok("reminder", "add", "custom", "--every", "weekly", "--days", "sun", "--at", at,
                        stdin=f"Note: {tag}remnote\n{tag}rem tea together").strip()
            me.sync_now()
            made[me.name] = dict(entry=eid, bound=other_bound, deleted=other_entry, reminder=rid, tag=tag, at=at,
                                 written=time.monotonic())

        for me, other in ((laptop, desk), (desk, laptop)):
            m = made[other.name]

            def reminder_ok(s, m=m):
                r = s["reminders"].get(m["reminder"])
                return bool(r) and m["tag"] + "rem" in r["title"] and r["rule"].get("at", "").startswith(m["at"]) \
                    and r["rule"].get("repeat", {}).get("days") == ["sun"]

            try:
                wait(f"the {other.name}'s entry, boundary edit, delete and reminder reached the {me.name}", has(me, [
                    (f"the {other.name}'s new entry ({m['tag']}later)", entry_with(m["entry"], m["tag"] + "later")),
                    (f"the {other.name}'s edit of a boundary ({m['tag']}edit, agreed)",
                     lambda s, m=m: boundary_with(m["bound"], m["tag"] + "edit")(s)
                     and s["boundaries"][m["bound"]]["status"] == "agreed"),
                    (f"the {other.name}'s delete of an entry (still listed)",
                     lambda s, m=m: m["deleted"] not in s["entries"]),
                    (f"the {other.name}'s reminder ({m['tag']}rem, Sundays at {m['at']}; `trellis reminder list`)",
                     reminder_ok),
                ]), sync=[me], since=m["written"])
            except Failed as e:
                failures.append(str(e))
                say(f"  FAILED: {e}")

        # --- 3. the same entry edited on both sides while the link is down ----------------
        say("3. the link goes down (each Syncthing pauses the other); both edit the same entry")
        target = made["laptop"]["entry"]
        laptop.rest(f"/rest/system/pause?device={desk.device_id}", "POST")
        desk.rest(f"/rest/system/pause?device={laptop.device_id}", "POST")
        wait("the link is down", linked(False))
        for me in both:
            me.ok("journal", "edit", target,
                  stdin=f"Title: Edited apart\n\nzq{me.name}apart edited on the {me.name} while the link was down.")
            me.sync_now()
        for me, other in ((laptop, desk), (desk, laptop)):
            me.sync_now()
            if any(f"zq{other.name}apart" in e["body"] for e in me.entries().values()):
                raise Failed(f"the {other.name}'s edit reached the {me.name} while the link was down")
        # The desk first: it waits to be called, and the laptop calls as soon as it resumes.
        desk.rest(f"/rest/system/resume?device={laptop.device_id}", "POST")
        laptop.rest(f"/rest/system/resume?device={desk.device_id}", "POST")
        resumed = time.monotonic()
        wait("the link is back", linked(True), since=resumed)

        def two_kept(side):
            def check():
                entries = side.entries()
                lap = [i for i, e in entries.items() if "zqlaptopapart" in e["body"]]
                dsk = [i for i, e in entries.items() if "zqdeskapart" in e["body"]]
                missing = []
                if len(lap) != 1:
                    missing.append(f"one entry with the laptop's text (found {len(lap)}) on the {side.name}")
                if len(dsk) != 1:
                    missing.append(f"one entry with the desk's text (found {len(dsk)}) on the {side.name}")
                if lap and dsk and set(lap) == set(dsk):
                    missing.append(f"the two texts as two entries, not one, on the {side.name}")
                if target not in lap + dsk:
                    missing.append(f"the edited entry itself ({target}) on the {side.name}")
                status = side.json("sync", "status")
                if not any(t["id"] == target for t in status["two_computers"]):
                    missing.append(f"the entry listed as changed on two computers in `trellis sync status` on the {side.name}")
                return missing
            return check

        for me in both:
            try:
                wait(f"two kept versions on the {me.name} (after the link came back)", two_kept(me), sync=[me],
                     since=resumed)
            except Failed as e:
                failures.append(str(e))
                say(f"  FAILED: {e}")

        # --- the end: the same records on both ------------------------------------------
        def same():
            a, b = laptop.entries(), desk.entries()
            ka = {i: (e["title"], e["body"]) for i, e in a.items()}
            kb = {i: (e["title"], e["body"]) for i, e in b.items()}
            ba = {i: (x["text"], x["status"]) for i, x in laptop.boundaries().items()}
            bb = {i: (x["text"], x["status"]) for i, x in desk.boundaries().items()}
            missing = []
            if ka != kb:
                missing.append(f"the same entries on both (laptop {sorted(ka.values())}, desk {sorted(kb.values())})")
            if ba != bb:
                missing.append(f"the same boundaries on both (laptop {sorted(ba.values())}, desk {sorted(bb.values())})")
            return missing

        try:
            wait("both computers hold the same entries and boundaries", same, sync=[laptop, desk])
        except Failed as e:
            failures.append(str(e))
            say(f"  FAILED: {e}")

        bad = loopback_only(both)
        if bad:
            failures.append("a Syncthing is not on 127.0.0.1 alone:\n" + "\n".join(f"    - {b}" for b in bad))
    except Failed as e:
        failures.append(str(e))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        kept = True  # an unexpected error: keep what it left, to look at
        raise
    finally:
        for c in both:
            c.st_stop()
        if failures:
            kept = True
            for c in both:
                print(f"--- the {c.name}'s Syncthing log, last lines ({c.st_log}):\n{c.log_tail()}", file=sys.stderr)
        if kept:
            say(f"the files are kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)

    if failures:
        for f in failures:
            print(f"sync-engine: FAILED: {f}", file=sys.stderr)
        return 1
    say(f"passed in {time.monotonic() - T0:.1f} s")
    return 0


def on_term(signum, _frame):
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)
    try:
        sys.exit(main())
    except Failed as e:
        print(f"sync-engine: FAILED: {e}", file=sys.stderr)
        sys.exit(1)
