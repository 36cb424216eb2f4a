# Reminders: the screen's heading.
reminders-title = Reminders
reminders-intro = Gentle nudges for what you want to keep doing: your weekly check-in, a few minutes of writing, a look at your boundaries. A notification says only “a reminder is due” unless you choose otherwise.

# Reminders: what a reminder is for (the "Add" buttons, the form's title and the small heading of each in the list).
reminders-purpose-checkin = Weekly check-in
reminders-purpose-journal = Journaling
reminders-purpose-boundary-review = Boundary review
reminders-purpose-agreement-revisit = Agreements
reminders-purpose-custom = My own
reminders-add-label = Add a reminder
reminders-add = Add:
reminders-empty = No reminders yet. Many people start with a weekly check-in: the same time each week, about twenty minutes, with a partner or alone.

# Reminders → the form for a new or changed reminder.
reminders-form-change = Change this reminder
# $purpose: what it is for, in lower case ("weekly check-in").
reminders-form-new = New reminder: { $purpose }
reminders-form-title = What it says
reminders-form-title-default = (optional: “{ $purpose }” if left empty)
reminders-form-note = A note
reminders-form-optional = (optional)
reminders-form-every = How often
reminders-every-once = Once
reminders-every-day = Every day
reminders-every-week = Every week
reminders-every-month = Every month
# The date of a reminder that comes once.
reminders-form-on = On
# The day of the month of a monthly reminder.
reminders-form-day = On day
reminders-form-day-hint = (the last day in shorter months)
reminders-form-at = At
# The weekdays of a weekly reminder.
reminders-form-days = On these days
reminders-form-show-words = Show its words in the notification
reminders-form-show-words-hint = (only while { $name } is unlocked; anyone who can see your screen could read them)
reminders-form-save = Save changes
reminders-form-add = Add reminder
reminders-form-cancel = Cancel
reminders-missing-day = Choose the day it should remind you.
reminders-missing-weekday = Choose at least one day of the week.
reminders-missing-time = Choose the time it should remind you.
reminders-missing-title = Give your reminder a few words, so you know what it is for.
# Which clock the times are on; $zone and $computer are zones' names ("Central European Time", "UTC").
reminders-zone-computer = Times are your computer’s time ({ $zone }).
reminders-zone-other = Times are { $zone }, not your computer’s time ({ $computer }).

# Reminders → the list: each reminder's line and buttons. $when is a day and time ("Saturday 5 December 2026 at 19:00").
# A repeating rule inside a sentence ($days: the days joined, "Wednesday and Sunday"; $hour: the
# hour as a number; $day: the day of the month as an ordinal number, whose categories are one,
# two, few and other: 1st, 2nd, 3rd, 4th).
reminders-rule-daily = every day at { $time }
reminders-rule-weekly = every { $days } at { $time }
reminders-rule-monthly = every month on the { $day ->
    [one] { $day }st
    [two] { $day }nd
    [few] { $day }rd
   *[other] { $day }th
  } at { $time }
reminders-rule-once = Once, on { $date } at { $time }
reminders-state-paused = Paused
reminders-state-done = Done: it will not remind you again
reminders-state-snoozed = Snoozed until { $when }
reminders-state-next = Next: { $when }
reminders-follows-date = follows its date
reminders-damaged = Its words could not be read; it still reminds you.
reminders-show-words = Show words
reminders-snooze = Snooze…
reminders-snooze-label = Snooze { $title }
reminders-snooze-ten-minutes = 10 minutes
reminders-snooze-one-hour = 1 hour
reminders-snooze-tomorrow = Tomorrow morning
reminders-skip = Skip next
reminders-pause = Pause
reminders-resume = Resume
reminders-change = Change
reminders-remove = Remove…
reminders-remove-confirm = Remove it
reminders-remove-keep = Keep
reminders-removed = Reminder removed.

# Reminders: what was just done, said to a screen reader. $rule is the core's sentence ("Every Sunday at 19:00").
reminders-saved = Saved. { $rule }.
reminders-snoozed = Snoozed until { $when }.
reminders-skipped = Skipped the next one.
reminders-paused = Paused.
reminders-resumed = Resumed.
reminders-put-back = Put back.

# Reminders → When the window is closed.
reminders-running-title = When the window is closed
reminders-running-tray = Closing the window keeps { $name } running in the tray, locked, so reminders still come. Quit it from the tray’s menu.
reminders-running-no-tray = This desktop shows no tray, so closing the window quits { $name }. Reminders come while it is open; ones missed while it was closed are gathered into one notification when it opens again.
reminders-autostart-tray = Start { $name } when I log in
reminders-autostart-tray-hint = (it waits in the tray, locked)
reminders-autostart-window = Open { $name } when I log in
reminders-autostart-window-hint = (its window opens, locked, so reminders can come)
# The title a reminder gets when the person leaves it empty (the same words as the core's).
reminders-default-title-checkin = Weekly check-in
reminders-default-title-journal = A few minutes for your journal
reminders-default-title-boundary-review = Look over your boundaries
reminders-default-title-agreement-revisit = Revisit your agreements
