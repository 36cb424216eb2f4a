# The core's own words that reach a person, in English. Every other language's core.ftl holds
# the same ids; a message it lacks is said in English.

## How a number with decimals is written: the mark between the whole and the tenths ("8.5 MB").
decimal-mark = .

## The plain name the app can show instead of its own (Settings → Privacy on screen), so a
## glance at the screen does not say what the app is for.
app-neutral-name = Notes

## Notifications of reminders. They never say what a person wrote, unless the person allowed a
## reminder to show its words ($name: the app's name as shown, "Trellis" or the neutral one).
notice-one-due = A reminder is due.
notice-many-due = { $count } reminders are due.
notice-missed = { $count ->
    [one] A reminder came due while { $name } was closed or the computer was asleep.
   *[other] { $count } reminders came due while { $name } was closed or the computer was asleep.
  }

## What the unlock, recover and first-run screens hear back when a passphrase or a recovery
## code does not work: the same words as the core's errors, which the command prints.
error-wrong-passphrase = that passphrase does not open this journal; check it and try again, or recover with your recovery code
error-wrong-recovery-code = that recovery code does not open this journal; check each character and try again
error-empty-passphrase = the passphrase is empty; choose a passphrase of several words
error-code-empty = type your recovery code
error-code-character = character { $at } of the recovery code (in group { $group }) cannot be right: a code has only letters and digits, and never B, I, O or 1; check that group against your saved copy
error-code-length = the recovery code has { $found } letters and digits, and should have { $expected }; look for a group with one too many or too few
error-code-checksum = the recovery code has a typing mistake somewhere; compare each group with your saved copy, character by character

## The dates Trellis keeps, as the messages below say them.
date-range = a date between 1970 and 9999

## Words from elsewhere (the system, another program), passed on as they are.
as-is = { $text }

## The vault, its database and its files. $path, $folder: a path as the system writes it;
## $reason: the system's own words for what failed.
error-no-vault = there is no vault in { $path }; create one first (`trellis init`)
error-vault-exists = a vault already exists in { $path }; unlock it, or choose another folder
error-locked = the journal is locked; unlock it first
error-slot-too-costly = the vault's key slot asks for scrypt work 2^{ $work }, above the allowed 2^22; it may be damaged or hostile
error-slot-damaged = the keys that open this journal are damaged; restore it from a backup
error-vault-folder = could not prepare the vault folder { $path }: { $reason }
error-newer-vault = this vault was written by a newer version of Trellis (schema { $found }, this build knows { $known }); update Trellis to open it
error-vault-damaged = the vault database at { $path } is damaged or is not a Trellis vault; restore it from a backup
error-disk-full = the disk is full; free some space and try again (nothing was lost)
error-busy = the journal is open in another window or command; close that and try again
error-index-stopped = the search index stopped while it was being built; lock and unlock to build it again
error-database = the vault database could not be used: { $reason }
error-key-changed = the journal was given a new key in another window or command; unlock it again (nothing was written)
error-file-exists = { $path } already exists; choose another name (Trellis never overwrites a file)
error-file-write = could not write { $path }: { $reason }
error-file-read = could not read { $path }: { $reason }

## Any record. $kind: entry, boundary, worksheet, agreement, reminder, draft, share or
## safety check; $id: its id.
error-record-not-found = no { $kind } with id { $id }; list them to see their ids
error-record-damaged = { $kind } { $id } is damaged and cannot be read; everything else is unaffected
error-record-changed = { $kind } { $id } was changed or deleted elsewhere since it was opened
error-record-too-large = that is too large ({ $size } MB); a record can hold up to { $max } MB of text
error-not-an-id = `{ $text }` is not { $article } { $kind } id; ids look like 0192f3a4-5b6c-7d8e-9f00-112233445566

## The journal and the thought record. $field: the name of a date field, as stored.
error-entry-not-found = no entry with id { $id }; list entries to see their ids
error-entry-damaged = entry { $id } is damaged and cannot be read; the other entries are unaffected
error-entry-changed = entry { $id } was changed or deleted elsewhere since it was opened
error-entry-too-large = the entry is too large ({ $size } MB); entries can hold up to 8 MB of text
error-bad-mood = mood must be a whole number from 1 to 5
error-entry-date = entry { $id }: `{ $field }` must be { date-range }; nothing was saved
error-export-write = could not write the export: { $reason }
error-worry-range = how strong the worry is goes from 0 to { $max }
error-thought-record-empty = this thought record is empty; write at least one answer before saving it

## Boundaries, worksheets and agreements.
error-tool-changed = { $kind } { $id } was changed elsewhere since it was opened; open it again to see the change
error-tool-too-large = that is too large ({ $size } MB); this can hold up to { $max } MB of text
error-empty-worksheet-title = a worksheet's title cannot be empty
error-empty-area-name = an area's name cannot be empty
error-empty-agreement = an agreement's text cannot be empty
error-empty-boundary = a boundary's text cannot be empty
error-too-many-areas = a worksheet can have up to { $count } areas of your own
error-area-not-own = only an area you added can be removed; clear the others instead
error-middle-ground-first = write the middle ground you agreed on first
error-no-such-area = this worksheet has no area `{ $area }`
error-not-a-category = `{ $category }` is not a boundary category; choose one of: { $known }
error-no-such-moment = this boundary has no moment number { $number }
error-no-removed-moment = there is no removed moment to put back

## Reminders. $zone, $time: what was given, as given.
error-rule-no-days = a weekly reminder needs at least one day
error-rule-day = a monthly reminder's day must be between 1 and 31
error-rule-zone = `{ $zone }` is not a time zone Trellis knows; use a name like Europe/Berlin
error-rule-time = `{ $time }` is not a time of day; use 24-hour HH:MM, like 19:00
error-rule-date = a one-time reminder's day (`on`) must be { date-range }, like 2027-05-31
error-reminder-follows-date = this reminder follows a review or revisit date; change that date instead
error-reminder-needs-words = a reminder of your own needs a few words to say what it is
# A reminder's title when the person gave none, by what it is for.
reminder-default-title =
    { $purpose ->
        [checkin] Weekly check-in
        [journal] A few minutes for your journal
        [boundary-review] Look over your boundaries
       *[agreement-revisit] Revisit your agreements
    }
# What a boundary's review reminder or an agreement's revisit reminder is about. $what: the
# boundary's or the agreement's words.
reminder-about =
    { $purpose ->
        [agreement-revisit] Revisit an agreement: { $what }
       *[boundary-review] Review a boundary: { $what }
    }

## The weekly check-in.
error-not-a-check-in = entry { $id } is not a check-in; list the check-ins to see their ids
error-check-in-empty = this check-in is empty; answer at least one question before saving it
error-changed-agreement-needs-words = a changed agreement needs its new words

## The partner: cards, shares. $name: what the person calls their partner. A share refused
## is said as a sentence, then "Nothing was kept."
error-partner-not-connected = connect with your partner first: exchange cards and compare the six words
error-partner-connected = this Trellis is connected with { $name } already; forget that connection first
error-partner-locked = Trellis is locked; unlock it first
error-not-a-card = that is not a partner card from Trellis; it starts with “trellis-partner-1”
error-own-card = that is this Trellis's own card; paste your partner's
error-partner-words-differ = those are not the six words for these two cards; if your partner's screen shows other words, a card was changed on the way: do not connect
error-partner-needs-name = give your partner a name to show on what they share
error-share-no-worksheet = that share holds no worksheet
error-share-no-agreement = that share holds no agreement there
error-share-no-area = nothing to share: no area of this worksheet is written in
error-share-no-boundaries = choose the boundaries to share
error-share-not-a-check-in = that entry is not a weekly check-in
error-share-refused = { $why } Nothing was kept.
error-refused-not-a-share = This is not a share from Trellis.
error-refused-too-large = This file is far too large to be a share from Trellis.
error-refused-not-for-us = This share was not made for this Trellis, or it was changed or cut short on the way.
error-refused-not-from-partner = This share was not made by { $name }'s Trellis.
error-refused-own-share = This is a share you made; it is for your partner.

## Syncing computers. $name: a computer's name.
error-sync-not-set-up = this computer does not sync yet; choose a folder first (`trellis sync folder`)
error-sync-set-up = this computer already syncs through { $folder }
error-sync-folder-in-use = { $folder } already holds the changes of a set of computers; to add this computer to them, join instead (`trellis sync join`)
error-sync-not-a-folder = { $folder } is not a folder Trellis syncs through (it has no folder-id); choose the folder the other computer uses
error-sync-other-vault = the folder now belongs to another vault, so nothing was read or written; choose this vault's folder again
error-sync-not-ours = the folder holds changes under this computer's id that this computer did not write (was this vault restored from a backup, or copied from another computer?); nothing was read or written. Stop syncing here (`trellis sync leave`) and join again as a new computer
error-sync-removed = another computer removed this one from syncing; nothing was read or written
error-sync-no-computer = no computer `{ $name }` asks to join or syncs here; `trellis sync devices` lists them
error-sync-words-differ = those words do not match the ones for that computer; approve it only when both screens show the same six words
error-sync-no-name = give this computer a name (such as "Laptop"), so the others can tell it apart
error-sync-code-opens-nothing = that recovery code opens none of the computers' keys in this folder. Check that it is the code of a computer that synced through this folder (and was not removed), or join with the six words from a computer in step

## Backups, snapshots and imports. $why: one of the messages below, or the words of the
## program that read the file.
error-import-refused = { $why }; nothing was imported
error-backup-damaged = this backup file is damaged or incomplete ({ $why }); nothing was changed
error-backup-passphrase = that passphrase does not open this backup
error-backup-too-costly = it asks for more work than any Trellis backup
error-backup-encrypted = this is an encrypted backup; give the passphrase chosen for it
error-backup-newer = this backup is version { $version }, made by a newer Trellis; update Trellis to import it
error-backup-no-version = this backup has no version
error-not-json = this is not Trellis JSON ({ $reason })
error-not-a-backup = this JSON is not a Trellis backup (no "format": "trellis-backup")
error-file-unexpected = the file does not read as expected: { $reason }
error-restore-not-empty = { $path } is not empty; a snapshot is only ever restored into a new folder
error-snapshot-unreadable = the new snapshot cannot be read back
error-clock-unnameable = the clock reads a time a file name cannot hold
error-not-a-full-path = { $path } is not a full path to a folder
error-folder-not-text = that folder name is not text
error-folder-name-not-text = the folder name { $path } is not text Trellis can pass on
error-no-temporary-name = no free temporary name in the snapshot folder
## A record of an import that could not be written ($kind as above), and why (a reminder
## without a title, or what any record can meet).
error-import-record = { $kind } { $id }: { $why }
error-import-no-title = `title` is empty
## Where a date outside the range sits in a Trellis backup: $kind as above, $index counting
## from 1, then an earlier version, then a moment or an area ($part) of the record.
error-import-date = { $place }: `{ $field }` must be { date-range }
import-place = { $kind } { $index } (counting from 1)
import-place-version = { $place }, earlier version { $version }
import-place-part = { $place }, { $part } { $index }
## What another app's export holds wrong: $app is "jrnl" or "Day One"; $field the name of a
## field in that app's file; $what one of the error-field- messages.
error-not-an-export = this is not a { $app } export: it has no list of "entries"
error-import-not-an-object = entry { $entry } (counting from 1) is not an object
error-import-field = entry { $entry } (counting from 1): `{ $field }` { $what }
error-field-missing = is missing
error-field-text = must be text
error-field-tags = must be a list of text
error-field-list = must be a list
error-field-true-or-false = must be true or false
error-field-too-large = is larger than an entry can hold (8 MB)
error-field-date = must look like 2024-05-31
error-field-time = must look like 21:05
error-field-date-time = must be a date like 2024-05-31T21:05:00Z
error-field-no-such-time = does not exist in your time zone
error-field-date-range = must be { date-range }
error-zip-unreadable = this zip cannot be read ({ $reason })
error-no-day-one-journal = no Day One journal (a .json file) was found there
error-day-one-too-much = this Day One export unpacks to more than { $max } MB of journal text, more than Trellis reads in one import (a zip can be made to unpack far beyond its size); export fewer journals at a time and import each
## A file of a Day One export that cannot be read ($what: one of the import-file messages).
error-import-unreadable = { $what } cannot be read ({ $reason })
import-file-of-folder = a file of the folder
import-file-in-zip = { $name } in the zip
import-the-file = the file

## The library of articles (a fault in the content is a fault in Trellis). $list: the
## languages, each in its own name.
error-library-content = { $file }: { $problem }
error-no-article = no article called `{ $name }`; `trellis library list` shows them all
error-library-language = the library is not written in `{ $lang }`; it is in { $list }
error-library-index = the library index could not be built: { $reason }

## Printing: a document that could not be laid out is a fault in Trellis. $what: one of the
## print-what messages.
error-print-layout = Trellis could not lay out the { $what } (a fault in Trellis, not in what you wrote); please report it
print-what-worksheet-blank = blank worksheet
print-what-worksheet = worksheet
print-what-boundaries = boundaries
print-what-agreements = agreements
print-what-recovery-kit = recovery kit
print-what-packet = session packet

## Dates as the core writes them in words (the saved check-in's title, the printed documents):
## "Sunday 3 May 2026", "3 May 2026".
long-day = { $weekday } { $day } { $month } { $year }
day-month-year = { $day } { $month } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
## "Sun 3 May 2026": a day in short words, as the `trellis` command lists reminders.
short-day = { $weekday } { $day } { $month } { $year }
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## A reminder's rule in words: "every Sunday at 19:00". $at: rule-at, said first; $time: a
## 24-hour HH:MM time; $hour: its hour (0 to 23), for a language that says one o'clock
## differently; $date: a day in words (day-month-year); $days: weekday names joined with
## rule-days-and; $day: the day of the month (1 to 31; the month's last day when it is shorter).
rule-at = at { $time }
rule-once = once, on { $date } { $at }
rule-daily = every day { $at }
rule-weekly = every { $days } { $at }
rule-monthly = every month on the { $day ->
        [1] 1st
        [2] 2nd
        [3] 3rd
        [21] 21st
        [22] 22nd
        [23] 23rd
        [31] 31st
       *[other] { $day }th
    } { $at }
# The last two of the days: "Monday, Tuesday and Friday".
rule-days-and = { $rest } and { $last }

## A saved weekly check-in: its title and the headings of the journal entry written from its
## answers ($what: what the person wrote, as they wrote it).
check-in-title = Weekly check-in, { $date }
check-in-last-try = Last week's thing to try
check-in-we-said = We said we would try: { $what }
check-in-how-it-went = How it went: { $what }
check-in-went-well = What went well
check-in-for-me = For me
check-in-for-partner = For my partner
check-in-boundaries = Boundaries we talked about
check-in-agreements = Agreements we looked at again
check-in-kept = kept
check-in-changed = changed
check-in-retired = retired
check-in-talked = talked about, nothing decided yet
check-in-on-our-minds = One thing on our minds
check-in-from-me = From me
check-in-from-partner = From my partner
check-in-appreciations = Appreciations
check-in-try-next = To try next week
check-in-ledger-note = At our weekly check-in

## The readable Markdown export: the names of its folder and files (without .md, lower case,
## no spaces), and the headings and labels of boundaries.md, worksheets.md, agreements.md and
## reminders.md. $date: a date as 2026-05-03; $whose, $status and $kind: the value as the
## backup's JSON keeps it (mine, partners, ours; draft, needs_revisiting…; honoured, crossed).
md-folder-entries = entries
md-file-entry = entry
md-file-boundaries = boundaries
md-file-worksheets = worksheets
md-file-agreements = agreements
md-file-reminders = reminders
md-boundaries = Boundaries
md-whose = Whose: { $whose ->
        [mine] mine
        [partners] my partner's
       *[ours] ours
    }
md-category = Category: { $category }
md-boundary-status = Status: { $status ->
        [draft] draft
        [discussed] discussed
        [agreed] agreed
        [needs_revisiting] needs revisiting
       *[retired] retired
    }
md-review-on = Review on: { $date }
md-why = Why it matters
md-if-crossed = If it is crossed
md-moments = Moments
md-moment = { $kind ->
        [honoured] honoured
       *[crossed] crossed
    }
md-earlier-versions = Earlier versions
md-worksheets = Expectations worksheets
md-mine = My expectation
md-theirs = My partner's expectation
md-middle = Middle ground
md-yes = yes
md-no = no
# The five questions of the worksheet, each with md-yes, md-no or "—" (not answered).
md-check = Specific: { $specific } · Within their control: { $in_control } · I would hold myself to it: { $hold_myself } · Room to flex: { $room_to_flex } · Leaves each of us free: { $leaves_free }
md-revisit-on = Revisit on: { $date }
md-agreements = Agreements
md-agreement-status = Status: { $status ->
        [new] not looked at yet
        [kept] kept
        [needs_revisiting] needs revisiting
        [renegotiated] renegotiated
       *[retired] retired
    }
md-earlier = Earlier, { $date }: { $text }
md-reminders = Reminders
# $rule: the reminder's rule in words (rule-once, rule-weekly…); $zone: a time zone such as
# Europe/Berlin.
md-when = When: { $rule } ({ $zone })
md-paused = Paused

## A record a backup or an export could not read and left out; $kind as above, $id its id.
left-out-record = { $kind } { $id }
left-out-version = an earlier version of { $kind } { $id }
