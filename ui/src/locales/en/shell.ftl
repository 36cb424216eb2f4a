# The screens' names: the main menu in the header, and wherever a screen is named ("Back to …").
shell-view-journal = Journal
shell-view-mood = Mood
shell-view-library = Library
shell-view-together = Together
shell-view-checkin = Check-in
shell-view-reminders = Reminders
shell-view-print = Print
shell-view-settings = Settings
shell-view-worry = When the worry spikes
shell-view-safety-check = Is this safe?
# The header: the main menu's name for screen readers, and Lock ($keys is the shortcut, "Ctrl+L").
shell-nav-label = Main
shell-lock = Lock
shell-lock-title = Lock now ({ $keys })
# Banners under the header: the close button of each.
shell-dismiss = Dismiss
# A link that leads where the app cannot go now.
shell-out-of-sight = That is out of sight while you are together. End “together” with your passphrase to open it.
shell-not-yet = That is not in this version yet. Until then, your journal is a good place for it.
shell-notice-write = Write in the journal
# After opening with the recovery code.
shell-after-recovery = You opened { $name } with your recovery code. If anyone else may have seen it, make a new one now; if someone knew your old passphrase, give your journal a new key too.
shell-open-settings = Open Settings
# The weekly check-in offered on the journal's screen, and what is said once it is set ($says comes from the reminder, e.g. "every Sunday at 19:00").
shell-offer-checkin-label = A weekly check-in
shell-offer-checkin = Would a weekly check-in help? About twenty minutes to look back on the week, with your partner or on your own. { $name } can remind you every Sunday at 19:00; you can change the day and time, or remove it, under Reminders.
shell-offer-checkin-yes = Yes, remind me
shell-offer-checkin-not-now = Not now
shell-checkin-set = Done: a weekly check-in reminder, { $says }. You can change it or remove it under Reminders.
shell-open-reminders = Open Reminders
