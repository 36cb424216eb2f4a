#!/usr/bin/python3
"""Asks every top-level X11 window called "Trellis" to close, the way a window manager's close
button does (a WM_DELETE_WINDOW client message), so the app's own close handling runs.
WebDriver's "close window" destroys the webview directly and would skip it."""
from Xlib import X, display, protocol

d = display.Display()
root = d.screen().root
WM_PROTOCOLS = d.intern_atom("WM_PROTOCOLS")
WM_DELETE = d.intern_atom("WM_DELETE_WINDOW")
sent = 0

def walk(w):
    global sent
    try:
        name = w.get_wm_name()
        children = w.query_tree().children
    except Exception:
        return
    if name == "Trellis" and WM_DELETE in (w.get_wm_protocols() or []):
        ev = protocol.event.ClientMessage(window=w, client_type=WM_PROTOCOLS, data=(32, [WM_DELETE, X.CurrentTime, 0, 0, 0]))
        w.send_event(ev, event_mask=X.NoEventMask)
        sent += 1
    for c in children:
        walk(c)

walk(root)
d.flush()
print(sent)
