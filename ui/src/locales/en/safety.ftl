# Quick hide, at the top of every screen. $keys: its keys ("Ctrl+Shift+H").
safety-hide-button = Hide
safety-hide-title = Hide now: save, lock and take the window out of sight ({ $keys })

# "Safety & help": its button (on every screen, locked too) and its dialog.
safety-help-name = Safety & help
# The button says only the first part in a narrow window.
safety-help-short = Safety
safety-help-and-help = & help
safety-dialog-label = Safety and help
safety-back-to-safety-first = Safety first
safety-close = Close
safety-unlock-first = Unlock { $name } first to use this.
safety-lead = If you are afraid of your partner, your safety comes before anything in this app.
safety-first-danger-now = If you are in danger now, call your local emergency number.
safety-first-counselling = Couples counselling is not the first step when one partner is afraid of the other. Talk on your own first, with a support service or a counsellor who knows about abuse.
safety-first-leaving = Leaving can make things more dangerous for a while. It is safest to plan it with a support service. The “Safety first” article below says where to find one.
safety-check-offer-title = A private check: is this safe?
safety-check-offer = Not sure how serious things are? A short checklist asks about the signs of danger, and answers with next steps that fit. There is no score, and your answers are kept locked in { $name }.
safety-check-offer-button = Take the private check
safety-sharing-title = Sharing with your partner is never owed
safety-sharing = You can share a page you chose with your partner’s own { $name } (Together → With my partner). You see exactly what goes first, and there is no unsend: their copy is theirs. You never owe anyone a look at what you write. If someone demands to see it, or checks it behind your back, that is not a trust issue to work on here: it is a sign of control. The “Safety first” article below says where to find support.
safety-hide-fast-title = Hide this app fast
# Around the keys of quick hide: "Press [Ctrl Shift H], or Hide at the top…".
safety-hide-fast-press = Press
safety-hide-fast = , or Hide at the top of the window. It saves what you are writing, locks, clears anything it copied, and takes the window out of sight. It also locks by itself when your screen locks or the computer sleeps.

# "Safety & help": what the app leaves on the computer, and how to hide or remove each thing.
safety-traces-title = What this app leaves on the computer
safety-traces-intro = Someone who uses this computer could find these things. Here is how to hide or remove each one.
safety-trace-app-title = The app and its menu entry
safety-trace-app = Anyone can see the app is installed. In Settings you can make the window and the unlock screen say “Notes” instead of the app’s own name. To remove the app, uninstall it with your software manager.
safety-trace-tray-title = The tray icon and the login item
safety-trace-tray = While the app runs in the tray (by the clock), it shows its own icon, even when you chose the “Notes” name. If you turned on “Start when I log in”, your list of startup programs shows it as “Notes”, but it starts the program under its own name, which anyone who looks closer can see. An item made by an older version may still show that name. Turn the setting off to remove it.
safety-trace-reminders-title = Reminders and notifications
safety-trace-reminders = Reminders pop up on the screen. They say only that a reminder is due. The one exception: a reminder where you ticked “Show its words in the notification” also shows its own title and note, and only while { $name } is unlocked. Nothing from your journal ever shows. If even a pop-up is a risk, do not turn reminders on, or turn them off.
safety-trace-calendar-title = A calendar file
safety-trace-calendar = If you saved your reminders as a calendar file (.ics) and added it to a calendar, they show on every device that calendar syncs to, and to anyone who shares it. The file itself names the app. Remove the reminders in your calendar app, and delete the file.
safety-trace-snapshots-title = Snapshots and backups
safety-trace-snapshots = Snapshots and backups are locked with your passphrase, but anyone can see they are there. If you chose a folder for snapshots, or saved a backup somewhere, they are kept there, not with the journal. Delete them there too.
safety-trace-printed-codes-title = Printed recovery codes
safety-trace-printed-codes = A printed code can open your journal. Keep it where only you can reach it. If someone may have seen it, make a new code in Settings; the old one stops working.
safety-trace-sync-title = Your other computers and the shared folder
safety-trace-sync = If you keep your journal in step with another computer (Settings → Your computers), everything you write also goes to that computer, and the shared folder holds sealed files anyone who sees it can tell are there. Only join computers that only you use. A recovery code of any of them also opens what is in the shared folder. To stop, remove a computer in Settings, or stop syncing and delete the shared folder.
safety-trace-shares-title = Shares with your partner
safety-trace-shares = A share file you saved is locked to your partner and to you, but anyone who finds it can tell it is there. Once your partner has it, delete it where you left it. Shares from your partner are kept locked in { $name }.
safety-trace-exports-title = Exports and PDFs
safety-trace-exports = Exports and PDFs are not locked: anyone who opens them can read them. Keep them somewhere private. Delete them when you are done, and empty the trash too.
safety-trace-recent-title = Recent files and print history
safety-trace-recent = Your computer may list files you opened or saved lately, such as an export, a PDF or a backup, by name. Your printer may keep a list of what was printed. Clear the recent files list in your file manager or system settings, and the printer's list if it has one.
safety-trace-folder-title = The journal folder
# Before the folder's path (or, if it is not known, safety-trace-folder-default), then a full stop.
safety-trace-folder-where = Your journal is kept in
safety-trace-folder-default = the app's folder in your data folder
safety-trace-folder = It is locked with your passphrase, so nobody can read it without it, but they can see it is there. To remove your journal, quit the app and delete this folder, and any snapshots, backups and exports you made. Deleted files can sometimes be brought back with special tools, so deleting them is no promise that nobody will find them.

# "Is this safe?": the private check, its signs, and the next steps it answers with.
safety-check-title = Is this safe? A private check
safety-check-intro = Tick what is true for you, now or in the past few months. There is no score. When you save, you get next steps that fit what you ticked.
safety-check-danger-now = If you are in danger right now, call your local emergency number.
# Around the keys of quick hide: "Press [Ctrl Shift H] to hide this app at once."
safety-check-hide-press = Press
safety-check-hide-at-once = to hide this app at once.
safety-check-opening = Opening your check…
safety-check-legend = What is true for you?
safety-sign-afraid = I am afraid of my partner.
safety-sign-hurt = They have hit, pushed or hurt me.
safety-sign-choked = They have choked or strangled me, even once.
safety-sign-threatened-to-kill = They have threatened to kill me, themselves, or someone I love.
safety-sign-weapon = They have a gun or another weapon, or have threatened me with one.
safety-sign-worse = The violence is getting worse, or happening more often.
safety-sign-separation = I have left, or I plan to leave, or they think I might.
safety-sign-forced-sex = They have forced or pressured me into sex.
safety-sign-children-or-pets = They have threatened or hurt my children or my pets.
safety-sign-controls = They control my money, my phone, or where I go.
safety-sign-watches = They check my phone, my messages, or where I am.
safety-sign-isolates = They put me down, or keep me from friends and family.
# $date: the day, already written out.
safety-check-last-saved = Last saved on { $date }.
safety-check-save = Save and see next steps
safety-answer-danger-title = Please get help soon
safety-answer-danger-signs = Some of what you ticked are signs of serious danger. You deserve to be safe, and it is not your fault.
safety-answer-danger-contact = Please contact a domestic-abuse helpline or the emergency services soon.
safety-answer-danger-device = Use a phone or computer your partner cannot see or check, such as a friend's phone or a library computer. A helpline can help you make a plan to stay safe.
safety-answer-worry-title = You do not have to work this out alone
safety-answer-worry-signs = What you ticked can be signs of abuse or control. It is not your fault.
safety-answer-worry-helpline = A domestic-abuse helpline can talk it through with you in confidence, even if you are not sure. Call or chat from a phone or computer your partner cannot see or check.
safety-answer-nothing-title = You ticked none of these
safety-answer-nothing-trust = If something still feels wrong, trust that feeling. You can come back to this check at any time.
safety-answer-read-safety-first = Read Safety first: how to find help where you live
safety-answer-read-signs = Read Signs of trust issues
safety-check-kept = Your ticks are locked in your vault, on this computer only. They are not in search, backups or exports. Anyone who can unlock { $name } could see them.
safety-check-clear-ask = Clear my answers…
safety-check-clear-group = Clear my answers
safety-check-clear-question = Clear them now?
safety-check-clear = Clear them
safety-check-keep = Keep them
