#!/usr/bin/python3
"""A real org.freedesktop.Notifications server on the session bus that records every Notify call
as a JSON line, so the end-to-end test can count what the app actually sent. Run it with Debian's
python3 (python3-dbus, python3-gi) inside the test's dbus-run-session."""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

IFACE = "org.freedesktop.Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, log):
        name = dbus.service.BusName(IFACE, bus, do_not_queue=True)
        super().__init__(name, "/org/freedesktop/Notifications")
        self.log = log
        self.next_id = 1

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        with open(self.log, "a", encoding="utf-8") as out:
            out.write(json.dumps({"app": str(app), "summary": str(summary), "body": str(body)}) + "\n")
        self.next_id += 1
        return self.next_id - 1

    @dbus.service.method(IFACE, out_signature="as")
    def GetCapabilities(self):
        return ["body"]

    @dbus.service.method(IFACE, out_signature="ssss")
    def GetServerInformation(self):
        return ("intervju-test", "intervju", "1.0", "1.2")

    @dbus.service.method(IFACE, in_signature="u")
    def CloseNotification(self, notification_id):
        pass


if __name__ == "__main__":
    DBusGMainLoop(set_as_default=True)
    Server(dbus.SessionBus(), sys.argv[1])
    print("ready", flush=True)
    GLib.MainLoop().run()
