# The notice after something is deleted or removed ("Boundary deleted."), with a way to put it back.
common-undo = Undo
common-dismiss = Dismiss

# A record that cannot be read, in a list. $what names it: "This boundary", "This agreement".
common-damaged-title = { $what } can't be read
# $date is the day it was written.
common-damaged-written = Written { $date }. Everything else is safe.
common-damaged-delete-ask = Delete…
common-damaged-confirm = Delete it for good? Nothing in it can be read, so this cannot be undone.
common-damaged-delete = Delete
common-damaged-keep = Keep

# The banner over every screen when records could not be read: "2 entries and one boundary
# could not be read and may be damaged. Everything else is safe; each can be deleted from its
# list (the journal, Together → Boundaries)." First how many of each kind:
common-damaged-count-entry = { $count ->
    [one] one entry
   *[other] { $count } entries
}
common-damaged-count-boundary = { $count ->
    [one] one boundary
   *[other] { $count } boundaries
}
common-damaged-count-worksheet = { $count ->
    [one] one worksheet
   *[other] { $count } worksheets
}
common-damaged-count-agreement = { $count ->
    [one] one agreement
   *[other] { $count } agreements
}
common-damaged-count-reminder = { $count ->
    [one] one reminder's words
   *[other] { $count } reminders' words
}
common-damaged-count-draft = { $count ->
    [one] one unsaved check-in
   *[other] { $count } unsaved check-ins
}
# Plain words: the banner shows in the main window, where someone else may glance at it.
common-damaged-count-safety-check = { $count ->
    [one] one private check
   *[other] { $count } private checks
}
common-damaged-count-share = { $count ->
    [one] one share from your partner
   *[other] { $count } shares from your partner
}
# Where each kind can be deleted.
common-damaged-where-entry = the journal
common-damaged-where-boundary = Together → Boundaries
common-damaged-where-worksheet = Together → Expectations
common-damaged-where-agreement = Together → Agreements
common-damaged-where-reminder = Reminders
common-damaged-where-draft = Check-in → Start over
common-damaged-where-safety-check = Safety & help → Take the private check → Save
common-damaged-where-share = your partner's next share
# The last two kinds of a list of them ("2 entries and one boundary"); the ones before are joined by commas.
common-damaged-and = { $rest } and { $last }
# $list is the kinds and how many ("2 entries and one boundary"), $count how many records in all,
# $where the places to delete them ("the journal, Together → Boundaries").
common-damaged-banner = { $list } could not be read and may be damaged. Everything else is safe; { $count ->
    [one] it
   *[other] each
} can be deleted from its list ({ $where }).

# A record's history (boundaries, agreements): each version, newest first.
# $noun is what the record is: "boundary" or "agreement".
common-timeline-created = { $noun ->
    [boundary] The boundary was written.
    [agreement] The agreement was written.
   *[other] The { $noun } was written.
}
common-timeline-unchanged = Saved with no change to the wording.
# The note written with a change, in the person's own words.
common-timeline-note = “{ $note }”
# Read out for the arrow between the words before and after a change.
common-timeline-changed-to = changed to
common-timeline-empty = No history yet.

## Date and time fields: the day, the month in words and the year, in the language's order,
## and a time on the 24-hour clock. The placeholders show in an empty part.

date-day = Day
date-day-placeholder = dd
date-month = Month
date-month-none = month
date-year = Year
date-year-placeholder = yyyy
date-clear = Clear the date
time-hour = Hour
time-hour-placeholder = hh
time-minute = Minute
time-minute-placeholder = mm
