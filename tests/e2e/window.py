#!/usr/bin/python3
"""What the X display knows about the app's window, read the way the desktop reads it.

  window.py titles          prints one line per window of the app on screen (WM_CLASS
                            trellis-app): its title, as a taskbar or window switcher shows it
  window.py watch SECONDS   prints "ready", then waits for a window to ask the window manager
                            to minimise it (the WM_CHANGE_STATE/IconicState message that
                            XIconifyWindow sends to the root window), and prints that window's
                            title. Exits 1 if none asks in time.

Xvfb runs no window manager, so nothing acts on the request and the window stays drawn; the
request is what a desktop's window manager minimises the window on."""
import sys
import time
from Xlib import X, display

d = display.Display()
root = d.screen().root
WM_CHANGE_STATE = d.intern_atom("WM_CHANGE_STATE")
NET_WM_NAME = d.intern_atom("_NET_WM_NAME")
UTF8 = d.intern_atom("UTF8_STRING")
ICONIC = 3


def title(w):
    p = w.get_full_property(NET_WM_NAME, UTF8)
    if p is not None and p.value:
        v = p.value
        return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
    name = w.get_wm_name()
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else (name or "")


def app_windows(w):
    try:
        cls = w.get_wm_class()
        children = w.query_tree().children
    except Exception:
        return []
    # GTK's unmapped group leader window shares the class; only windows on screen count.
    shown = w.get_attributes().map_state == X.IsViewable
    found = [w] if shown and cls and "trellis-app" in cls else []
    for c in children:
        found += app_windows(c)
    return found


if sys.argv[1] == "titles":
    for w in app_windows(root):
        print(title(w))
elif sys.argv[1] == "watch":
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    d.flush()
    print("ready", flush=True)
    deadline = time.time() + float(sys.argv[2])
    while time.time() < deadline:
        if d.pending_events():
            ev = d.next_event()
            if ev.type == X.ClientMessage and ev.client_type == WM_CHANGE_STATE and ev.data[1][0] == ICONIC:
                print("minimise " + title(ev.window), flush=True)
                sys.exit(0)
        else:
            time.sleep(0.01)
    sys.exit("window: no window asked to be minimised")
