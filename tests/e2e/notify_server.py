#!/usr/bin/python3
"""A real org.freedesktop.Notifications server on the session bus that records every Notify call
as a JSON line (the id it returned, app, summary, body and actions), so the end-to-end test can
count what the app actually sent. Run it with Debian's python3 (python3-dbus, python3-gi) inside
the test's dbus-run-session.

With --actions it says it shows actions (GetCapabilities lists "actions"), and the test plays the
user: each line on standard input, {"invoke": <id>, "action": <key>}, makes it emit
ActionInvoked(id, key) and then NotificationClosed(id, 2), as a server does when the user clicks
a notification or one of its buttons. Each is recorded as {"invoked": id, "action": key}."""
import json
import os
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

IFACE = "org.freedesktop.Notifications"
# NotificationClosed's reason: dismissed by the user.
DISMISSED = 2


class Server(dbus.service.Object):
    def __init__(self, bus, log, actions):
        name = dbus.service.BusName(IFACE, bus, do_not_queue=True)
        super().__init__(name, "/org/freedesktop/Notifications")
        self.log = log
        self.actions = actions
        self.next_id = 1
        self.pending = b""

    def record(self, entry):
        with open(self.log, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        notification_id = self.next_id
        self.next_id += 1
        self.record({"id": notification_id, "app": str(app), "summary": str(summary), "body": str(body),
                     "actions": [str(a) for a in actions]})
        return notification_id

    @dbus.service.method(IFACE, out_signature="as")
    def GetCapabilities(self):
        return ["body", "actions"] if self.actions else ["body"]

    @dbus.service.method(IFACE, out_signature="ssss")
    def GetServerInformation(self):
        return ("intervju-test", "intervju", "1.0", "1.2")

    @dbus.service.method(IFACE, in_signature="u")
    def CloseNotification(self, notification_id):
        pass

    @dbus.service.signal(IFACE, signature="us")
    def ActionInvoked(self, notification_id, action_key):
        pass

    @dbus.service.signal(IFACE, signature="uu")
    def NotificationClosed(self, notification_id, reason):
        pass

    def on_input(self, fd, condition):
        # Read as it comes (a buffered readline could keep a second line from GLib's sight).
        chunk = os.read(fd, 4096)
        if not chunk:
            return False
        self.pending += chunk
        *lines, self.pending = self.pending.split(b"\n")
        for line in lines:
            order = json.loads(line)
            notification_id, key = order["invoke"], order["action"]
            self.ActionInvoked(dbus.UInt32(notification_id), key)
            self.NotificationClosed(dbus.UInt32(notification_id), dbus.UInt32(DISMISSED))
            self.record({"invoked": notification_id, "action": key})
        return True


if __name__ == "__main__":
    DBusGMainLoop(set_as_default=True)
    server = Server(dbus.SessionBus(), sys.argv[1], "--actions" in sys.argv[2:])
    if server.actions:
        GLib.io_add_watch(sys.stdin.fileno(), GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                          server.on_input)
    print("ready", flush=True)
    GLib.MainLoop().run()
