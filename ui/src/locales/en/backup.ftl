# Settings → Backup & export.
backup-title = Backup & export

# Backup & export → Snapshots: the settings and the list.
backup-snapshots-title = Snapshots
backup-snapshots-intro = A snapshot is a sealed copy of your whole journal. { $name } takes one at most once a day, after you change something (the first after you first write something). It opens with the passphrase you had on that day.
backup-snapshots-folder = Folder
backup-snapshots-folder-default = The usual folder, next to your journal.
backup-snapshots-last = Last one
backup-snapshots-none = None yet
backup-snapshots-problem = The last automatic snapshot did not work: { $problem }. { $name } will try again later, and you can take one now.
backup-snapshots-change-folder = Change folder…
backup-snapshots-use-default = Use the usual folder
backup-snapshots-folder-hint = A folder that is synced or on another disk keeps your journal safe if this computer breaks.
backup-keep-label = How many snapshots to keep
backup-keep-save = Save
backup-keep-hint = From { $min } to { $max }. The oldest go first.
backup-snapshot-now = Take a snapshot now
backup-snapshots-list-title = Your snapshots
backup-snapshot-check = Check
backup-snapshot-check-label = Check the snapshot of { $when }
backup-snapshot-restore = Restore…
backup-snapshot-restore-label = Restore the snapshot of { $when }…
backup-snapshots-show-fewer = Show fewer
backup-snapshots-show-all = Show all { $count }
backup-panel-close = Close

# Backup & export → Snapshots: what the settings and "Take a snapshot now" did.
backup-folder-changed = From now on, snapshots go to { $folder }.
backup-folder-default = Snapshots go to the usual folder again: { $folder }.
backup-keep-problem = Choose a whole number from { $min } to { $max }.
backup-keep-saved =
    { $count ->
        [one] The newest { $count } snapshot is kept.
       *[other] The newest { $count } snapshots are kept.
    }
backup-snapshot-taken = Snapshot taken: { $when }, { $size }, with { $holds }.
backup-snapshot-taken-plain = Snapshot taken.

# Backup & export → Snapshots: checking one, in its panel under the list's row.
backup-check-passphrase = The passphrase you had on that day
backup-check-go = Check it
backup-check-busy = Checking…
backup-check-whole =
    { $count ->
        [one] All { $count } record read. This snapshot is whole.
       *[other] All { $count } records read. This snapshot is whole.
    }
backup-check-holds = It holds { $holds }.
# A record that could not be read: its kind (entry, boundary, worksheet, agreement, reminder, draft, safety_check, share) and id.
backup-check-damaged-record = { $kind } { $id }
backup-check-checked =
    { $count ->
        [one] { $count } record checked.
       *[other] { $count } records checked.
    }
backup-check-unreadable =
    { $count ->
        [one] { $count } record could not be read: { $names }.
       *[other] { $count } records could not be read: { $names }.
    }
backup-check-rest-fine = The rest of this snapshot is fine.
backup-check-wrong-passphrase = That passphrase does not open this snapshot. A snapshot opens with the passphrase you had on the day it was made.

# Backup & export → Snapshots: restoring one, in its panel. The command-line option sits between the two parts.
backup-restore-explain = Restoring puts a copy of this snapshot into a new, empty folder. It never replaces the journal you are using now. You then open the copy by starting { $name } with
backup-restore-explain-end = and that folder.
backup-restore-go = Choose a new folder and restore
# $option and $command are what to type, as they are.
backup-restored = The snapshot is restored into { $folder }. Your journal here is just as it was. To open the copy, start the app with { $option } (or, in a terminal, { $command }).
backup-restore-not-empty = That folder is not empty. Choose a new, empty folder: a restore never writes over anything.

# Settings → Change passphrase: what a new key did with the snapshots made under the old one.
backup-rekeyed-replaced =
    { $count ->
        [one] { $count } snapshot made with the old key was deleted, and a new one took its place.
       *[other] { $count } snapshots made with the old key were deleted, and a new one took their place.
    }
backup-rekeyed-removed =
    { $count ->
        [one] { $count } snapshot made with the old key was deleted. Take a new one in Backup & export below.
       *[other] { $count } snapshots made with the old key were deleted. Take a new one in Backup & export below.
    }
backup-rekeyed-not-changed = Snapshots in { $folder } were not changed: that folder could not be reached. Delete them, or they still open with the old passphrase and recovery code (the next snapshot taken there replaces them).

# What a snapshot, a backup file or an export holds, in counts only.
backup-count-entries =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
backup-count-boundaries =
    { $count ->
        [one] { $count } boundary
       *[other] { $count } boundaries
    }
backup-count-worksheets =
    { $count ->
        [one] { $count } worksheet
       *[other] { $count } worksheets
    }
backup-count-agreements =
    { $count ->
        [one] { $count } agreement
       *[other] { $count } agreements
    }
backup-count-reminders =
    { $count ->
        [one] { $count } reminder
       *[other] { $count } reminders
    }
backup-count-drafts =
    { $count ->
        [one] { $count } unsaved check-in
       *[other] { $count } unsaved check-ins
    }
# The last two counts of a list; $rest is the ones before, joined by commas.
backup-list = { $rest } and { $last }
backup-holds-nothing = no records yet
backup-holds-unreadable = cannot be read
backup-left-out =
    { $count ->
        [one] { $count } record could not be read and was left out: { $names }. It is damaged in your journal too; everything else is in the file.
       *[other] { $count } records could not be read and were left out: { $names }. They are damaged in your journal too; everything else is in the file.
    }
# One record that was left out, named in backup-left-out's list: $kind is what it is, $id its id.
backup-left-out-record = { $kind ->
        [safety_check] private check
       *[other] { $kind }
    } { $id }
backup-left-out-version = an earlier version of { $kind ->
        [safety_check] private check
       *[other] { $kind }
    } { $id }
# Sizes: $unit is KB, MB, GB or TB.
backup-size-bytes =
    { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
backup-size = { $size } { $unit }

# Backup & export → Backup file. The command (age -d) sits between the last two parts.
backup-file-title = Backup file
backup-file-intro = One encrypted file with everything in your journal (entries with their earlier versions, boundaries, worksheets, agreements and reminders), to keep somewhere safe or to move to another computer. It has its own passphrase, which may differ from the one you unlock with.
backup-file-tools = Opening it with other tools
backup-file-tools-format = The file is a standard age file (age-encryption.org) that holds your journal as JSON.
backup-file-tools-command = The
backup-file-tools-command-end = command opens it with the file’s passphrase, without this app.
backup-file-stays = Your settings, and a check-in you have not saved yet, stay on this computer.
# Before the path of the file being made.
backup-file-saving-to = Saving to
backup-file-passphrase = A passphrase for this file
backup-file-passphrase-repeat = Type it again
backup-file-make = Make the backup file
backup-file-cancel = Cancel
backup-file-choose = Make a backup file…
backup-file-saved = The backup file is saved: { $path }. It holds { $holds }.
backup-file-saved-opens = It opens with the passphrase you just chose.

# Backup & export → Readable copy (export).
backup-export-title = Readable copy
backup-export-warning = Anyone who can open these files can read everything in them. Keep them somewhere private, and delete them when you are done.
backup-export-intro = Markdown files open in any text editor, one file for each entry. JSON is for other apps.
backup-export-markdown = Export as Markdown files…
backup-export-json = Export as JSON…
backup-export-progress = Export progress
backup-export-written = Written { $done } of { $total }…
backup-exported-json = Exported { $counts } as JSON to { $path }.
backup-exported-markdown = Exported { $counts } as Markdown files into { $path }.

# Backup & export → Import. jrnl and Day One are other journal apps.
backup-import-title = Import
backup-import-intro = Bring in entries from another journal app, or from an export or backup file made here. Entries that are already here are left as they are, and if anything in the file is wrong, nothing is imported.
backup-import-source = What are you importing?
backup-source-jrnl-hint = the JSON file from jrnl --export json
backup-source-day-one-hint = its export zip, or the Journal.json inside it
backup-source-own-hint = a JSON export, or a .age backup file made here
# Before the name of the file chosen.
backup-import-file = File:
backup-import-passphrase = The backup file’s passphrase
backup-import-go = Import
backup-import-choose-another = Choose another file…
backup-import-choose = Choose a file to import…
backup-imported-entries =
    { $count ->
        [one] Imported { $count } entry.
       *[other] Imported { $count } entries.
    }
backup-imported-records =
    { $count ->
        [one] Imported { $count } record.
       *[other] Imported { $count } records.
    }
backup-import-nothing-new = Nothing new to import.
backup-import-empty = There was nothing to import in this file.
backup-import-some-there =
    { $count ->
        [one] { $count } was already here and was left as it is.
       *[other] { $count } were already here and were left as they are.
    }
backup-import-all-entries-there =
    { $count ->
        [one] The one entry was already here and was left as it is.
       *[other] All { $count } entries were already here and were left as they are.
    }
backup-import-all-records-there =
    { $count ->
        [one] The one record was already here and was left as it is.
       *[other] All { $count } records were already here and were left as they are.
    }
backup-import-photos-skipped =
    { $count ->
        [one] { $count } photo was skipped: your journal keeps text only.
       *[other] { $count } photos were skipped: your journal keeps text only.
    }
backup-import-wrong-passphrase = That passphrase does not open this backup. Nothing was imported.

# Backup & export: why something did not work, and what it left as it was.
backup-nothing-imported = Nothing was imported.
backup-nothing-changed = Nothing was changed.
backup-failed-exists = Something is already there, and this app never writes over files. Choose a new name, or a new, empty folder.
backup-failed-disk-full = The disk is full. Make some room, then try again.
backup-failed-locked = Your journal is locked. Unlock it, then try again.

# Backup & export: what the task running is doing.
backup-busy-folder = Choosing a folder…
backup-busy-choose-backup = Choosing where to save…
backup-busy-choose-import = Choosing a file…
backup-busy-keep = Saving…
backup-busy-snapshot = Taking a snapshot…
backup-busy-check = Checking the snapshot…
backup-busy-restore = Restoring…
backup-busy-backup = Making the backup file…
backup-busy-export = Exporting…
backup-busy-import = Importing…

# Settings → Your computers: keeping the journal in step with another computer, before it starts.
sync-title = Your computers
sync-loading = Looking…
sync-intro = Keep this journal in step with another computer of yours, through a folder that Syncthing, Nextcloud, Dropbox or a USB stick already keeps in step. Only sealed files go there: nobody who sees the folder can read what you wrote, or tell what kind of thing it is.
sync-intro-hint = Keep the journal itself out of that folder. Each computer keeps its own passphrase.
sync-name-label = This computer’s name
sync-name-placeholder = Laptop
sync-name-missing = Give this computer a name first, such as “Laptop”, so the other one can tell them apart.
sync-start = Start with this computer…
sync-start-busy = Starting…
sync-join = Join my other computer…
sync-join-busy = Joining…
sync-start-hint = Start on the computer that has your journal now; join from the other one, choosing the same shared folder as it appears there.
sync-lost-title = My other computer is lost or broken
sync-lost-intro = When no computer in step is at hand to let this one in, the recovery code of one that synced through the folder can. This computer joins with the same shared folder and brings in everything written there.
sync-lost-code-label = That computer’s recovery code
sync-lost-join = Join with this code…
sync-lost-hint = Then remove the lost computer from the list, so it reads nothing new if someone finds it.

# Settings → Your computers: once it syncs. $engine is the program that syncs a folder (Syncthing, Dropbox…).
sync-folder = Folder
sync-this-computer = This computer
sync-journal-in-synced-folder = Your journal itself is inside a folder { $engine } keeps in step. When two computers write the same journal file, it gets damaged. Move the journal out of that folder, and let only the shared folder be synced.
sync-waiting-intro = This computer waits to be let in. On your other computer, open Settings → Your computers. When it shows these same six words, choose “Yes, they match” there.
sync-waiting-hint = If the words differ, do not let it in: someone else may have put a key in the folder.
sync-asking = A computer wants to join.
sync-asking-named = A computer wants to join: { $name }.
sync-asking-words = Its screen should show these six words:
sync-approve = Yes, they match
sync-approve-hint = If they differ, leave it: it gets nothing until you say yes.
sync-computers-title = Computers
sync-computer-unnamed = A computer not named yet
sync-remove = Remove…
sync-remove-label = Remove { $name }…
sync-remove-label-unnamed = Remove this computer…
sync-remove-hint = It keeps what it already has.
sync-remove-confirm = Remove it
sync-cancel = Cancel
sync-no-other = No other computer yet. On your other computer, choose “Join my other computer” with this same folder.
sync-now = Sync now
sync-now-busy = Syncing…
sync-now-read = Brought in { $count }…
sync-now-hint = It also syncs by itself every few seconds while it is unlocked; never while it is locked.
sync-recovery-ready = If this computer is ever lost, another one can join in its place with this computer’s recovery code.
sync-problem = The last sync did not work: { $problem }
# $for: what the sync waits for; $folder, $words or $computer (a short id) say which.
sync-waiting-item =
    { $for ->
        [folder] Waiting: the folder { $folder } is not there (a drive not plugged in?).
        [approval] Waiting to be let in on a computer already in step; the words to compare: { $words }.
        [file] Waiting: a file from computer { $computer } has not arrived yet.
        [whole_file] Waiting: a file from computer { $computer } has not fully arrived yet, or cannot be read.
       *[other_computer] Waiting: changes from computer { $computer } wait for another computer’s.
    }
sync-two-computers-title = Changed on two computers at once
sync-two-computers-hint = Nothing was lost: for an entry or a worksheet both versions are in your list; for the rest, the other version is in its history.
# $kind: what the record is; $what: what the two computers did to it.
sync-two-computers-item =
    { $kind ->
        [entry] A journal entry
        [boundary] A boundary
        [worksheet] A worksheet
        [agreement] An agreement
        [reminder] A reminder
        [draft] An unsaved draft
        [safety_check] A private check
        [share] Something your partner shared
       *[other] A record
    }: { $what ->
        [changed_then_deleted] changed on two computers, then deleted; the other version is kept
        [deleted_and_changed] deleted on one computer and changed on another; it is kept
       *[changed] changed on two computers
    }
sync-leave = Stop syncing on this computer…
sync-leave-hint = Everything stays on this computer; it just stops syncing.
sync-leave-confirm = Stop syncing here

# Settings → Your computers: where each computer stands, and what a task did.
sync-state-this-one = This computer
sync-state-asks = Asks to join
sync-state-removed = Removed: it reads nothing written since
sync-state-in-step = In step
sync-state-in-step-since = In step · last change { $when }
sync-report-joined = This computer was let in, and is in step now.
sync-report-sent =
    { $count ->
        [one] sent { $count } change
       *[other] sent { $count } changes
    }
sync-report-received =
    { $count ->
        [one] brought in { $count } change
       *[other] brought in { $count } changes
    }
# $what: what was sent and brought in, joined by a comma.
sync-report-done = Done: { $what }.
sync-report-nothing = Nothing new on either side.
sync-report-two-computers =
    { $count ->
        [one] One was changed on two computers at once; both versions are kept.
       *[other] { $count } were changed on two computers at once; both versions are kept.
    }
sync-started = This computer now keeps your journal in step through that folder. On your other computer, choose “Join my other computer” with the same folder.
sync-recovered = The recovery code let this computer in: it is in step now, and brings in everything the others wrote. If that code’s computer is lost, remove it from the list of computers.
sync-approved = { $name } can join now. It brings everything in at its next sync.
sync-approved-unnamed = That computer can join now. It brings everything in at its next sync.
sync-removed = { $name } was removed. It keeps what it already had, and reads nothing written from now on.
sync-removed-unnamed = That computer was removed. It keeps what it already had, and reads nothing written from now on.
sync-left = This computer no longer syncs. Everything stays here; the shared folder is left as it is.
