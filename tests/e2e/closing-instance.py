#!/usr/bin/python3
"""Plays a Trellis that is quitting: owns the app's single-instance name on the session bus,
and when a new Trellis hands its start over to it, goes away without answering, as an
instance in the middle of exiting does. Prints "ready" once it owns the name and "handed
over" when the call came; exits 0 after that call, 1 if none came within the seconds given."""
import os
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

NAME = "app.trellis.journal.SingleInstance"
PATH = "/app/trellis/journal/SingleInstance"
INTERFACE = """
<node>
  <interface name="org.SingleInstance.DBus">
    <method name="ExecuteCallback">
      <arg type="as" name="argv" direction="in"/>
      <arg type="s" name="cwd" direction="in"/>
    </method>
  </interface>
</node>
"""

seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
loop = GLib.MainLoop()
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
node = Gio.DBusNodeInfo.new_for_xml(INTERFACE)


def on_call(_conn, _sender, _path, _iface, method, _params, _invocation):
    print("handed over", flush=True)
    # Leave without a reply, the way a process that is exiting drops its connection.
    os._exit(0)


bus.register_object(PATH, node.interfaces[0], on_call, None, None)
reply = bus.call_sync(
    "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
    GLib.Variant("(su)", (NAME, 4)),  # DO_NOT_QUEUE
    GLib.VariantType("(u)"), Gio.DBusCallFlags.NONE, -1, None,
)
if reply.unpack()[0] != 1:  # PRIMARY_OWNER
    print("the name is taken", flush=True)
    sys.exit(2)
print("ready", flush=True)
GLib.timeout_add_seconds(seconds, lambda: os._exit(1))
loop.run()
