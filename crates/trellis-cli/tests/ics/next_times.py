#!/usr/bin/env python3
"""Reads an iCalendar file with a real parser (icalendar) and expands each event's RRULE
(dateutil) in the event's own IANA zone; prints {uid: [first N times, UTC, RFC 3339]} as JSON.
The test compares these with the next times Trellis computes itself."""
import json
import sys
from datetime import timezone
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

path, n = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    cal = Calendar.from_ical(f.read())
out = {}
for event in cal.walk("VEVENT"):
    uid = str(event["UID"]).split("@")[0]
    prop = event["DTSTART"]
    start = prop.dt.replace(tzinfo=ZoneInfo(str(prop.params["TZID"])))
    if "RRULE" in event:
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
        times = list(islice(rule, n))
    else:
        times = [start]
    out[uid] = [t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for t in times]
json.dump(out, sys.stdout)
