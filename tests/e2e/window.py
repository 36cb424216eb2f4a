#!/usr/bin/python3
"""What the X display knows about the app's window, read the way the desktop reads it.

  window.py titles          prints one line per window of the app on screen (WM_CLASS
                            trellis-app): its title, as a taskbar or window switcher shows it
  window.py watch SECONDS   prints "ready", then waits for a window to ask the window manager
                            to minimise it (the WM_CHANGE_STATE/IconicState message that
                            XIconifyWindow sends to the root window), and prints that window's
                            title. Exits 1 if none asks in time.

  window.py dialog wait SECONDS
                            waits until a dialog window (transient for another window, or
                            typed as a dialog: the system's print dialog) is on screen and
                            prints "shown" and its title. Exits 1 if none comes in time.
  window.py dialog close SECONDS
                            closes the dialogs on screen as a person pressing Escape would
                            (the key sent through XTEST to the focused dialog), or, if one is
                            still there after a second, as a window manager's close button
                            would (WM_DELETE_WINDOW); prints "closed" once none is left.

Xvfb runs no window manager, so nothing acts on the request and the window stays drawn; the
request is what a desktop's window manager minimises the window on."""
import sys
import time
from Xlib import X, XK, display, protocol
from Xlib.ext import xtest

d = display.Display()
root = d.screen().root
WM_CHANGE_STATE = d.intern_atom("WM_CHANGE_STATE")
NET_WM_NAME = d.intern_atom("_NET_WM_NAME")
UTF8 = d.intern_atom("UTF8_STRING")
ICONIC = 3
WM_PROTOCOLS = d.intern_atom("WM_PROTOCOLS")
WM_DELETE = d.intern_atom("WM_DELETE_WINDOW")
NET_WM_WINDOW_TYPE = d.intern_atom("_NET_WM_WINDOW_TYPE")
TYPE_DIALOG = d.intern_atom("_NET_WM_WINDOW_TYPE_DIALOG")


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


def dialogs():
    """The dialog windows on screen: top-level, drawn, and transient for another window or
    typed as a dialog."""
    found = []
    for w in root.query_tree().children:
        try:
            if w.get_attributes().map_state != X.IsViewable:
                continue
            kind = w.get_full_property(NET_WM_WINDOW_TYPE, X.AnyPropertyType)
            typed = kind is not None and TYPE_DIALOG in list(kind.value)
            if typed or w.get_wm_transient_for() is not None:
                found.append(w)
        except Exception:
            continue
    return found


if sys.argv[1] == "dialog":
    deadline = time.time() + float(sys.argv[3])
    if sys.argv[2] == "wait":
        while time.time() < deadline:
            shown = dialogs()
            if shown:
                print("shown " + title(shown[0]), flush=True)
                sys.exit(0)
            time.sleep(0.1)
        sys.exit("window: no dialog came")
    asked = time.time()
    escaped = set()
    while time.time() < deadline:
        shown = dialogs()
        if not shown:
            print("closed", flush=True)
            sys.exit(0)
        for w in shown:
            if w.id not in escaped:
                escaped.add(w.id)
                w.set_input_focus(X.RevertToParent, X.CurrentTime)
                d.sync()
                key = d.keysym_to_keycode(XK.string_to_keysym("Escape"))
                xtest.fake_input(d, X.KeyPress, key)
                xtest.fake_input(d, X.KeyRelease, key)
            elif time.time() - asked > 1 and WM_DELETE in (w.get_wm_protocols() or []):
                ev = protocol.event.ClientMessage(window=w, client_type=WM_PROTOCOLS, data=(32, [WM_DELETE, X.CurrentTime, 0, 0, 0]))
                w.send_event(ev, event_mask=X.NoEventMask)
        d.flush()
        time.sleep(0.2)
    sys.exit("window: the dialog stayed open")
elif sys.argv[1] == "titles":
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
