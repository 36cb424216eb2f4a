# The `trellis` command's own words, in English: what it prints for people (confirmations,
# warnings, prompts, the lines around the recovery code). Ids, dates, paths and `--json` are
# never translated; text between backticks is a command or a flag, kept as it is.

## Creating a journal, passphrases and recovery codes

init-created = Created a new vault in { $dir }.
init-code-below = Below is your recovery code. It is shown only this once.
init-write-it-down = Write it down or print it, and keep it somewhere safe and private:
init-what-it-does = it opens the vault and sets a new passphrase if you forget yours.
passwd-changed = Passphrase changed. Use the new one from now on; your recovery code still works.
passwd-resealing = Resealing { $done } of { $total } records…
passwd-rekeyed = Passphrase changed and the vault re-keyed. Old copies of the vault, the old passphrase
passwd-rekeyed-old = and the old recovery code open nothing written from now on.
passwd-new-code = Your new recovery code is below. It is shown only this once; keep it somewhere private:
recover-done = Recovered. The vault now opens with your new passphrase.
recover-code-still-works = Your recovery code still works. If anyone else may have seen it, make a new one now:
recovery-new-made = Made a new recovery code; the old one no longer opens the vault.
recovery-new-shown-once = It is shown only this once. Write it down or print it, and keep it somewhere private:
warning-weak-work-factor = warning: a work factor of { $n } is weak; use it only for tests and benchmarks
error-no-data-folder = could not find your data folder; pass --vault DIR or set TRELLIS_VAULT

## Asking for secrets

prompt-passphrase = Passphrase
prompt-new-passphrase = New passphrase
prompt-repeat-passphrase = Repeat the new passphrase
prompt-backup-passphrase = Backup passphrase
passphrases-differ = the two passphrases differ; nothing was changed, try again
no-terminal = no passphrase given and no terminal to ask on; use --passphrase-file FILE, TRELLIS_PASSPHRASE_FILE or TRELLIS_PASSPHRASE
secret-passphrase = passphrase
secret-new-passphrase = new passphrase
secret-recovery-code = recovery code
secret-backup-passphrase = backup passphrase
warning-readable-secret-file = warning: other users can read the { $what } file { $file }; make it private with `chmod 600`
error-read-secret-file = could not read the { $what } file { $file }

## The journal

untitled = (untitled)
journal-damaged-row = (damaged: this entry cannot be read)
journal-check-in = check-in
journal-mood = mood { $mood }/5
journal-tags = tags: { $tags }
journal-prompt = prompt: { $prompt }
journal-about-boundary = about boundary { $id }
journal-about-agreement = about agreement { $id }
journal-saved = Saved entry { $id }.
journal-deleted = Deleted entry { $id }.
journal-no-match = No entries match.
journal-nothing-today = Nothing was written on this day in earlier years.
journal-tags-and-no-tags = --no-tags removes every tag; give new tags or --no-tags, not both
search-no-words = give the words to search for on standard input
warning-damaged-records = warning: { $count } { $count ->
    [one] record
   *[other] records
} could not be read (damaged): { $list }

## Printing

pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
print-wrote = Wrote { $file } ({ $pages }).
print-wrote-private = Wrote { $file } ({ $pages }). A PDF is not encrypted: keep it private, or delete it when done.
print-name-a-worksheet = name a worksheet (ID) or ask for --blank
print-from-after-to = --from comes after --to; swap them

## Snapshots, backups, export and import

snapshot-taken = Snapshot taken; it opens with the passphrase and recovery code the vault has now.
snapshot-none = No snapshots yet. `trellis snapshot create` takes one.
snapshot-restored = Restored into { $dir }. Open it with `trellis --vault { $dir } …` and the snapshot's passphrase.
backup-wrote = Wrote { $count } records to { $file }. It opens with the passphrase you chose for it, in Trellis or with `age -d`.
export-writing = Writing { $done } of { $total } files…
export-done = Exported { $entries } entries, { $boundaries } boundaries, { $worksheets } worksheets, { $agreements } agreements and { $reminders } reminders to { $file }. Anyone who can open it can read it.
import-done = Imported { $count } records; { $already } were already here and were left as they are.
import-photos-skipped = { $count } photos were skipped: Trellis keeps text only.
warning-left-out = warning: { $count } damaged records were left out: { $list }

## The library

library-in-english = This article is not in your language yet; here it is in English.
library-no-match = No articles match.
error-read-file = could not read { $file }

## What a snapshot holds, and snapshots after re-keying

snapshot-holds = The snapshot holds { $holds }.
snapshot-all-read = It opens and all { $count } records and earlier versions read.
snapshot-unreadable = cannot be read
snapshot-damaged = { $count } cannot be read: { $list }
holds-none = no records
holds-entries = { $count } { $count ->
    [one] entry
   *[other] entries
}
holds-boundaries = { $count } { $count ->
    [one] boundary
   *[other] boundaries
}
holds-worksheets = { $count } { $count ->
    [one] worksheet
   *[other] worksheets
}
holds-agreements = { $count } { $count ->
    [one] agreement
   *[other] agreements
}
holds-reminders = { $count } { $count ->
    [one] reminder
   *[other] reminders
}
holds-drafts = { $count } { $count ->
    [one] unsaved check-in
   *[other] unsaved check-ins
}
# The last two of a list: "12 entries, 3 boundaries and 1 reminder".
list-and = { $rest } and { $last }
rekey-snapshots-replaced = Deleted { $count } { $count ->
    [one] snapshot
   *[other] snapshots
} made with the old key, and took a new one in its place: { $path }
rekey-snapshots-deleted = Deleted { $count } { $count ->
    [one] snapshot
   *[other] snapshots
} made with the old key. A new one could not be taken now; take one with `trellis snapshot create`.
rekey-snapshots-not-changed = warning: snapshots in { $folder } were not changed (the folder could not be reached or changed). Delete them, or they still open with the old passphrase and recovery code. The next snapshot taken there replaces them.

## Reminders

reminder-snoozed-all = Snoozed { $count } { $count ->
    [one] reminder
   *[other] reminders
}.
reminder-snoozed-until = Snoozed until { $when }.
reminder-skipped = Skipped. Next: { $when }.
reminder-paused = Paused. It fires again once resumed.
reminder-resumed = Resumed. Next: { $when }.
reminder-nothing-due = Nothing is due.
reminder-wrote-ics = Wrote { $file }. Its titles are neutral; the words of your reminders stay in Trellis.
reminder-none = No reminders yet. Add one: trellis reminder add checkin --every weekly --days sun --at 19:00
reminder-no-zone = This computer's time zone could not be read, so the reminder keeps UTC times. To choose its zone: trellis reminder edit { $id } --zone Europe/Berlin (or yours)
reminder-removed = Removed.
reminder-state-paused = paused
reminder-state-next = next { $when }
reminder-state-done = done
reminder-damaged = (its words are damaged and cannot be read)
reminder-words-shown = , words shown
reminder-when-none = none
reminder-when-never = never
reminder-not-an-instant = `{ $text }` is not an RFC 3339 instant, like 2026-11-29T19:00:00+01:00
reminder-say-when = say when with --at HH:MM
reminder-once-needs-on = --every once needs --on YYYY-MM-DD
reminder-monthly-needs-day = --every monthly needs --day N
reminder-say-how-often = say how often with --every once|daily|weekly|monthly
reminder-weekly-needs-days = --every weekly needs --days, like sun or mon,thu
reminder-not-a-day = `{ $text }` is not a day of the week

## Boundaries, agreements, worksheets and check-ins

boundary-damaged-row = (damaged: this boundary cannot be read)
boundary-none = No boundaries match.
boundary-saved = Saved boundary { $id }; the earlier version is in its history.
boundary-logged = Logged. Last 30 days: { $honoured } honoured, { $crossed } crossed.
boundary-retired = Retired boundary { $id }; it keeps its history.
boundary-deleted = Deleted boundary { $id } and its history.
agreement-damaged-row = (damaged: this agreement cannot be read)
agreement-none = No agreements yet. Mark a worksheet's middle ground agreed to add one.
agreement-saved = Saved agreement { $id }; the earlier version is in its history.
worksheet-damaged-row = (damaged: this worksheet cannot be read)
worksheet-saved = Saved.
worksheet-saved-agreement = Saved; the middle ground is agreement { $id } in the ledger.
worksheet-no-differences = No differences.
worksheet-no-area = this worksheet has no area `{ $area }`; its areas are: { $areas }
checkin-none = No check-ins yet. Hold the first one with: trellis checkin start
checkin-to-try = (to try: { $what })
checkin-change-needs-words = agreement { $id } is to change: write its new words after `Change { $id }:`

## Asking for each field on a terminal (the form's field names, `Title:`, stay as they are)

ask-last-try-note = How last week's thing to try went
ask-well-me = One thing that went well for me
ask-well-partner = One thing that went well for my partner
ask-boundary-note = A note on a boundary
ask-agreement-change = An agreement kept in new words
ask-mind-me = One thing on my mind
ask-mind-partner = One thing on my partner's mind
ask-thanks-me = One appreciation from me
ask-thanks-partner = One appreciation from my partner
ask-try-next = One thing to try next week
ask-title = Title
ask-tags = Tags, separated by commas
ask-entry-body = Write the entry
ask-search = Search for
ask-packet-tags = Only entries with one of these tags, separated by commas
ask-reminder-title = Its own words (Enter for none)
ask-reminder-note = A longer note (Enter for none)
ask-agreement-text = The agreement
ask-change-note = A note kept with this change
ask-boundary-text = The boundary
ask-boundary-why = Why it matters
ask-boundary-if-crossed = What I will do if it is crossed
ask-short-note = A short note (Enter for none)
ask-worksheet-title = Its title
ask-mine = My expectation
ask-theirs = My partner's expectation
ask-middle = The middle ground
ask-body-end = { $ask } (end with { $keys } on a line of its own):
ask-body-end-editing = { $ask } (end with { $keys } on a line of its own; { $keys } alone keeps it as it is):
ask-keeps = { $ask } (Enter keeps it as it is)

## Reading the words of a form (the field names stay as they are)

words-read-file = could not read the words file { $file }
words-not-a-field-line = line { $line } of the words is not `Field: value`; the fields here are: { $fields }
words-not-json = the words are not valid JSON (line { $line }, column { $column })
words-json-not-an-object = the words in JSON are one object of fields
words-unknown-field = the words have a field this command does not take; its fields are: { $fields }
words-list-not-text = the field { $field } holds a list of something else than text
words-not-text = the field { $field } is not text
words-read-written = could not read what was written
words-read-answer = could not read the answer
words-read-stdin = could not read the words from standard input

## Showing boundaries, agreements and worksheets (a choice's name, like `active`, stays as it is)

boundary-review-due = REVIEW DUE
boundary-tally-30 = 30 days: { $honoured } honoured, { $crossed } crossed
boundary-tally = Last 30 days: { $honoured_30 } honoured, { $crossed_30 } crossed · last 90 days: { $honoured_90 } honoured, { $crossed_90 } crossed
boundary-review-on = review on { $on }
boundary-why = Why it matters
boundary-if-crossed = If it is crossed
boundary-note = Note
boundary-moments = Moments
agreement-revisit = revisit { $on }
agreement-due = DUE
agreement-revisit-on = revisit on { $on }
your-partner = Your partner
history = History
timeline-created = created
timeline-changed = changed
worksheet-filled-in = { $filled } of { $total } areas filled in
worksheet-area-added = added
worksheet-area-removed = removed
worksheet-area-changed = changed: { $fields }
worksheet-mine = Mine
worksheet-theirs-told = Theirs (as they told me)
worksheet-theirs-understood = Theirs (as I understand it)
worksheet-middle = Middle ground
# Each check is `yes`, `no` or `unknown` (not answered yet).
worksheet-checks = Specific: { $specific ->
    [yes] yes
    [no] no
   *[unknown] –
} · Within their control: { $in_control ->
    [yes] yes
    [no] no
   *[unknown] –
} · I'd hold myself to it: { $hold_myself ->
    [yes] yes
    [no] no
   *[unknown] –
} · Room to flex: { $room_to_flex ->
    [yes] yes
    [no] no
   *[unknown] –
} · Leaves each of us free: { $leaves_free ->
    [yes] yes
    [no] no
   *[unknown] –
}
worksheet-revisit-on = Revisit on { $on }
worksheet-agreed = Agreed: agreement { $id }
not-a-choice = `{ $text }` is not a choice here

## The guided weekly check-in (the answers y/n and k/c/r stay as they are)

checkin-unsaved = You started a check-in earlier and did not save it; its answers are kept.
# The words that answer a question, for the command to read: one group per answer, split by
# `/` (yes, then no). English's words are read in every language too.
answer-yes-no = y yes / n no
# Keep, change, then retire.
answer-keep-change-retire = k keep kept / c change / r retire
checkin-go-on = Go on from them? [Y/n; n starts over and throws them away]
checkin-ended-before-start = the answers ended before the check-in began; the earlier answers are still kept
checkin-answer-y-n = Please answer y or n.
checkin-intro = Weekly check-in. About twenty minutes; press Enter to skip a question.
checkin-intro-kept = Each answer is kept as you give it: if you stop, `trellis checkin start` goes on from there.
checkin-last-time = Last time ({ $on }), you said you would try: { $try }
checkin-how-did-it-go = How did it go?
checkin-went-well = What went well
checkin-boundaries-since = Boundaries since { $since }
checkin-no-moments = No moments were logged since then.
checkin-honoured = honoured
checkin-crossed = crossed
checkin-anything-to-say = Anything to say about it? (Enter to go on)
checkin-kept-from-before = (kept from before) { $answer }
checkin-agreements-due = Agreements due for a revisit
checkin-none-due = None are due.
checkin-decision-keep = keep it
checkin-decision-change = change it
checkin-decision-retire = retire it
checkin-decision-talked = talked about it, nothing decided yet
checkin-keep-change-retire = Keep it, change it, or retire it? [k/c/r, Enter for later]
checkin-answer-k-c-r = Please answer k, c, r, or press Enter.
checkin-the-new-words-were = the new words: { $words }
checkin-the-new-words = The new words
checkin-needs-new-words = A changed agreement needs its new words.
checkin-on-my-mind = One thing on my mind (you can skip this)
# How to bring up one thing on your mind gently (the app's screen says the same).
checkin-mind-turns = Take turns. Start with "I feel … about … and I need …", about one thing, with no blame.
checkin-mind-listen = The other one listens, then says back what they heard before they answer.
checkin-appreciations = Appreciations
checkin-next-week = Next week
checkin-ended-before-end = the answers ended before the check-in did; it is not saved, but the answers given are kept: `trellis checkin start` goes on from them

## Syncing with your other computers through a folder (`trellis sync`). The numbers and the
## six words stay as they are.

sync-started = This computer now syncs through { $folder }; { $count } changes written there.
sync-on-the-other = On your other computer: trellis sync join <the same folder, as it is there> --name <its name>
sync-joined-with-code = This computer joined with the recovery code and is in step: it read { $count } changes.
sync-if-code-lost = If that code's computer is lost, remove it from a computer in step (`trellis sync remove`).
sync-asks-to-join = This computer asks to join. On a computer already in step, run `trellis sync devices`
sync-compare-words = and check that it shows these six words, then approve it with them:
sync-approved-now = This computer was approved and is in step now.
sync-wrote-read = Wrote { $sent } changes, read { $received }.
sync-two-at-once = { $count } were about something changed on two computers at once: both are kept (`trellis sync status`).
# $what: what the sync is waiting for, in the core's words.
# $for: what the pass waits for; $folder, $words or $computer (a short id) say which.
sync-waiting =
    { $for ->
        [folder] Waiting: the folder { $folder } is not there (a drive not plugged in?).
        [approval] Waiting: this computer waits to be approved on a computer already in step; the words to compare: { $words }.
        [file] Waiting: a file from computer { $computer } has not arrived yet.
        [whole_file] Waiting: a file from computer { $computer } has not fully arrived yet (or cannot be read).
       *[other_computer] Waiting: changes from computer { $computer } wait for another computer's.
    }
sync-approved = Approved { $id }. It gets everything at its next sync.
sync-removed = Removed { $id }: it reads nothing written from now on. It keeps what it already had.
sync-left = This computer no longer syncs. Its records stay; the folder is left as it is.
sync-reading = Read { $count } changes…
sync-folder = Folder: { $folder }
sync-this-computer = This computer: { $name } ({ $id })
sync-waiting-words = Waiting to be approved; the six words to compare: { $words }
sync-not-written = Changes not written to the folder yet: { $count }
# $engine: the program that keeps a folder in step (Syncthing, Dropbox…).
sync-vault-in-synced-folder = Warning: the vault itself is inside a folder { $engine } keeps in step. Two computers writing one database damage it: move the vault out, and sync only through the sync folder.
sync-two-computers = Changed on two computers at once (both kept):
# One record under sync-two-computers. $at: when; $kind: what the record is; $id: its id; $what:
# what the two computers did to it.
sync-two-computers-line =
    { $at } { $kind ->
        [entry] entry
        [boundary] boundary
        [worksheet] worksheet
        [agreement] agreement
        [reminder] reminder
        [draft] draft
        [safety_check] private check
        [share] shared by your partner
       *[other] record
    } { $id } ({ $what ->
        [changed_then_deleted] changed on two computers, then deleted: the other version kept
        [deleted_and_changed] deleted on one computer, changed on another: kept
       *[changed] changed on two computers
    })
computer-this-one = this computer
computer-in-step-since = in step, last change { $at }
computer-in-step = in step
computer-asks-to-join = asks to join; its words: { $words }
computer-removed = removed
computer-no-name = (no name yet)

## Your partner and what you share with them (`trellis partner`, `trellis share`). $name: what
## the person calls their partner; the answers are read as `answer-yes-no` lists them.

partner-card = This Trellis's card (give it to your partner; it holds no secret):
partner-connected-since = Connected with { $name } since { $since }; the words were: { $words }.
partner-none = Not connected with a partner.
partner-read-card = could not read the card from { $file }
partner-ask-name = What do you call your partner? (shown on what they share)
partner-read-name = could not read the name
partner-words-shown = Your partner's screen should show these six words:
partner-other-words = If it shows other words, do not connect. Type the words to connect:
partner-read-words = could not read the words
partner-connected = Connected with { $name }. What you share is theirs to keep: there is no unsend.
partner-forgot = Forgot the connection. Shares kept here stay.
share-no-agreement = that share holds no agreement
share-kept-agreement = It is in your agreements (id { $id }).
share-opened-before = This share was opened before; nothing new was kept.
share-kept = Kept a share from { $name } (id { $id }):
share-filled-worksheet = Filled your partner's expectation in worksheet { $id }, as told by them.
share-none = No shares from your partner yet.
# One share in the list: $what is what it holds ("expectations worksheet, boundaries").
share-from = from { $name }: { $what }
share-exactly-this = This is exactly what { $name } will see:
share-never-owed = Sharing is never owed. There is no unsend: their copy is theirs.
share-write-it = Write it to { $file }? [y/N]
share-nothing-written = nothing was written
share-wrote = Wrote { $file }. Give it to { $name } however you like: a USB stick, a message, a shared folder.
shared-worksheet = expectations worksheet
shared-boundaries = boundaries
shared-agreement = agreement
shared-letter = letter
shared-check-in = check-in
# A shared item as it is shown: $title is its own title, $on its day (YYYY-MM-DD).
shown-worksheet = Worksheet “{ $title }” ({ $on })
shown-middle = middle ground
shown-boundaries = Boundaries
shown-why = why
shown-if-crossed = if crossed
shown-agreement = Agreement
shown-version-agreed = version { $version }, agreed to on { $on }
shown-version = version { $version }
shown-letter = Letter “{ $title }” ({ $on })
# Where an agreement held with your partner stands. $partner: what you call them; $on: a day in
# words; $agreed: the version you both agreed to, when the words have changed since.
standing-both-on = You both agreed to version { $version } on { $on }.
standing-both = You both agreed to version { $version }.
standing-mine = You agreed to version { $version } on { $on }; { $partner } has not said yet.
standing-theirs = { $partner } agreed to version { $version } on { $on }; share it back with --agree to say you do too.
standing-changed = You both agreed to version { $agreed } on { $on }; the words have changed since (version { $version } now).
standing-held = Held with { $partner }: version { $version }.

## `--help`: what each command and option does (the doc comments clap shows in English, word for
## word), and clap's own words. help-<command>-<subcommand>: a command; help-arg-<name>: an
## option or argument said the same wherever it is; help-<command>-arg-<name>: one said
## differently in that command. FILE, DIR, N and the like name what an option takes: keep them.

help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-help = Print this message or the help of the given subcommand(s)
help-arg-help = Print help
help-arg-version = Print version
help-arg-help-more = Print help (see more with '--help')
help-arg-help-summary = Print help (see a summary with '-h')
help-trellis = Trellis: a private, encrypted journal for working through trust issues.
help-trellis-after = What you write is never an argument (other users could read it, and your shell keeps it): commands read it from standard input as `Field: value` lines and then the text (or JSON), from --from-file FILE, or ask for it on a terminal.
help-arg-vault = The vault folder [default: $TRELLIS_VAULT, else the OS data folder]
help-arg-passphrase-file = Read the passphrase from the first line of FILE [env: TRELLIS_PASSPHRASE_FILE]
help-init = Create a new vault; prints the recovery code once, as the last line
help-init-arg-kdf-work-factor = scrypt work factor (log2 N). Below 18 is weak: only for tests and benchmarks
help-arg-recovery-kit = Also write the recovery kit (a PDF with the code and how to use it) to FILE
help-arg-paper = The recovery kit's paper
help-journal = Write, read and search journal entries
help-journal-add = Add an entry; prints its id. Its title, tags and body (Markdown) are read from standard input as `Title: …` and `Tags: a, b` lines, then the body; or asked for on a terminal
help-arg-mood = Mood from 1 (low) to 5 (good)
help-arg-prompt = The id of the prompt this entry answers
help-arg-from-file = Read the words (`Field: value` lines, then the text; or JSON) from FILE; `-` is standard input. Without it: standard input when piped, else each field is asked for
help-journal-list = List entries, newest first
help-journal-list-arg-limit = How many to show
help-arg-offset = How many to skip first
help-arg-json = Print JSON
help-journal-show = Show one entry
help-journal-edit = Change an entry: only the fields given change. New words are read as for `add` (a field left out stays as it is)
help-arg-no-tags = Remove every tag
help-arg-no-mood = Remove the mood
help-journal-delete = Delete an entry
help-journal-search = Search titles, bodies and tags for the words read from standard input (or asked for); the last word also matches as a prefix
help-journal-search-arg-limit = How many results at most
help-journal-today = Entries written on this day in earlier years
help-journal-tags = Tags with how many entries carry each
help-boundary = Boundaries: add, list, show, edit, history, log moments, retire, delete
help-boundary-add = Add a boundary; prints its id. Its words are read from standard input: `Why:`, `If crossed:` and `Note:` lines, then the boundary's text (or asked for on a terminal)
help-arg-category = A category id from the boundary categories [default: emotional]
help-arg-review-on = When to look at it again
help-boundary-list = List boundaries: due for review first, retired last
help-boundary-list-arg-category = A category id (see `trellis library categories`)
help-arg-search = Only boundaries containing the words read from standard input (or asked for)
help-boundary-show = Show one boundary, its logged moments and counts
help-boundary-edit = Change a boundary: only the fields given change; the old version is kept. New words are read as for `add` (a field left out stays as it is)
help-arg-no-review = Remove the review date
help-boundary-history = Its history: every change with its note, newest first
help-boundary-log = Log a moment the boundary was honoured or crossed; a short note is read from standard input (or asked for)
help-boundary-log-arg-on = The day it happened [default: today]
help-boundary-retire = Retire a boundary: it stays, with its history, marked retired. Why, in a few words, is read from standard input (or asked for)
help-boundary-delete = Delete a boundary and its history
help-worksheet = Expectations worksheets: new, list, show, fill, compare
help-worksheet-new = Start an expectations worksheet; prints its id. Its title is read from standard input (or asked for)
help-worksheet-new-arg-on = Its date [default: today]
help-worksheet-new-arg-from = Copy the answers forward from this worksheet
help-worksheet-list = List worksheets, the latest first
help-worksheet-show = Show a worksheet, area by area
help-worksheet-show-arg-all = Include empty areas
help-worksheet-fill = Fill in one area: only the answers given change. The words are read from standard input as `Mine:`, `Theirs:` and `Middle:` (the middle ground) lines, or asked for
help-arg-area = The area's id (see `trellis worksheet show ID --all`)
help-arg-told = My partner told me theirs (else: as I understand it)
help-arg-understood = Their expectation is as I understand it
help-arg-specific = Is it specific?
help-arg-in-control = Is it within their control?
help-arg-hold-myself = Would I hold myself to it?
help-arg-room-to-flex = Is there room to flex?
help-arg-leaves-free = Does it leave each of us free (friends, privacy, money, saying no)?
help-arg-revisit-on = When to look at it again
help-arg-agreed = Mark the middle ground agreed: it goes into the agreements ledger
help-worksheet-compare = Compare two worksheets area by area
help-agreement = The agreements ledger: list, show, edit
help-agreement-list = List agreements: due ones first
help-agreement-show = Show an agreement and its history
help-agreement-edit = Change an agreement: only the fields given change; the old version is kept. New words are read from standard input: a `Note:` line, then the new text (or asked for)
help-arg-no-revisit = Remove the revisit date
help-reminder = Reminders: list, add, edit, remove; snooze, skip, pause, resume, due and export-ics work from the schedule alone and need no passphrase
help-reminder-list = List reminders with their words, soonest first
help-reminder-add = Add a reminder; prints its id. Its words (a reminder of your own needs them) are read from standard input: a `Note:` line, then the title; or asked for on a terminal
help-arg-purpose = What it is for
help-arg-every = How often
help-arg-on = For --every once: the day
help-arg-days = For --every weekly: the days, like sun or mon,thu
help-arg-day = For --every monthly: the day of the month (the last day when the month is shorter)
help-arg-at = The local time, 24-hour HH:MM
help-arg-zone = An IANA zone like Europe/Berlin [default: this machine's]
help-arg-show-words = Let notifications show its words while Trellis is unlocked: yes or no
help-reminder-edit = Change a reminder: only the options given change. New words are read as for `add` (a field left out stays as it is)
help-reminder-remove = Remove a reminder
help-reminder-snooze = Snooze one reminder, or all that would ask before the snooze ends (no passphrase)
help-reminder-snooze-arg-id = The reminder (or --all)
help-arg-how = 10m, 1h or tomorrow (09:00)
help-reminder-skip = Skip what comes next: a pending snooze, else its next time (no passphrase)
help-reminder-pause = Pause a reminder until resumed (no passphrase)
help-reminder-resume = Resume a paused reminder from now on; what it would have fired meanwhile is not fired
help-reminder-due = What would fire at INSTANT, without recording anything (no passphrase)
help-reminder-due-arg-at = An RFC 3339 instant [default: now]
help-reminder-export-ics = Write the reminders as an iCalendar file with neutral titles (no passphrase)
help-reminder-export-ics-arg-out = Where to write; an existing file is never written over
help-checkin = The weekly check-in: start (guided, or every answer from a file), list, show
help-checkin-start = Hold this week's check-in: asks each question in turn (one answer a line), keeps each answer as it is given and saves it; prints its id. When answers of one not saved are kept, it first asks whether to go on from them (y or n). With `--from-file` (or --kept or --retire) it asks nothing and saves what they say
help-arg-kept = An agreement due for a revisit that still works (repeat for more)
help-arg-retire = An agreement to retire (repeat for more)
help-checkin-start-arg-from-file = Read every answer from FILE (`-`: standard input) as `Field: value` lines: Last try note, Well me, Well partner, Boundary ID (a note on it), Change ID (an agreement's new words), Mind me, Mind partner, Thanks me, Thanks partner, Try next; or as JSON with those fields
help-checkin-list = List the check-ins, newest first
help-checkin-show = Show one check-in
help-print = Print to PDF: the worksheet (blank or filled), boundaries, agreements, a session packet
help-print-worksheet = The expectations worksheet: a saved one by ID, or blank to fill in by hand
help-print-worksheet-arg-id = The worksheet to print (`trellis worksheet list` shows the ids)
help-arg-blank = Print a blank worksheet with every area and room to write
help-print-worksheet-arg-out = The new PDF (never overwritten)
help-print-boundaries = Boundaries with why, what I will do and the review date (the agreed ones by default)
help-print-boundaries-arg-all = Every boundary that is not retired, not only the agreed ones
help-print-agreements = The agreements ledger, the ones due for a talk marked
help-print-packet = Notes for a counsellor: the entries you tick (--entry) or a date range (with tags), their mood chart, and the boundaries and agreements you name. Nothing else
help-print-packet-arg-from = First day (YYYY-MM-DD) [default: 30 days before --to]
help-print-packet-arg-to = Last day (YYYY-MM-DD) [default: today]
help-arg-tagged = Only entries in the range with one of the tags read from standard input, separated by commas (or asked for): tags are private words, never arguments
help-arg-entries = Exactly these entries, whatever the range (repeat)
help-arg-boundaries = Include this boundary (repeat)
help-arg-agreements = Include this agreement (repeat)
help-library = Read and search the article library (no vault needed)
help-arg-lang = The language to read the library in [default: the one of LC_ALL, LC_MESSAGES or LANG if the library is written in it, else English]
help-library-list = List the articles in reading order
help-library-read = Read an article as plain text
help-library-search = Search the articles for the words read from standard input (or asked for): what you look for says something about you, so it is no argument
help-library-categories = List the boundary categories (ids for `trellis boundary add --category`)
help-library-areas = List the expectations worksheet areas (ids for `trellis worksheet fill`)
help-library-render = Print the sanitized HTML of any Markdown file (to preview your own content)
help-passwd = Change the passphrase
help-arg-new-passphrase-file = Read the new passphrase from FILE (else it is asked for twice)
help-passwd-arg-kdf-work-factor = scrypt work factor for the new passphrase [default: 18]
help-arg-rekey = Also replace the vault key: every entry is resealed, a new recovery code is printed (last line), and an old copy of the vault with the old passphrase or code opens nothing written from now on
help-recovery = Recovery codes
help-recovery-new = Make a new recovery code (asks for the passphrase); the old code stops working. Prints the new code once, as the last line
help-recover = Unlock with the recovery code and set a new passphrase
help-recover-arg-recovery-code-file = Read the recovery code from FILE
help-export = Export everything readable (plaintext, on purpose): JSON to FILE, or Markdown into DIR
help-export-arg-out = Where to write; an existing file or a non-empty folder is never written over
help-import = Import from jrnl, Day One or Trellis, all or nothing; a second import adds nothing
help-import-arg-backup-passphrase-file = For a Trellis .age backup: read its passphrase from FILE (else it is asked for)
help-snapshot = Snapshots: sealed copies of the vault
help-snapshot-create = Take a snapshot now (sealed like the vault; needs no passphrase)
help-arg-folder = Where to put it [default: the folder chosen in settings, else `snapshots` in the vault]
help-arg-keep = How many snapshots to keep [default: the setting, 10]
help-snapshot-list = List the snapshots, newest first
help-snapshot-verify = Check that a snapshot opens and every record in it reads, without restoring it
help-snapshot-verify-arg-recovery-code-file = Open it with the recovery code in FILE instead of the passphrase
help-snapshot-restore = Restore a snapshot into a new folder (never over a vault)
help-snapshot-restore-arg-to = The new vault folder: must not exist yet, or be empty
help-backup = The portable backup: one age file with everything
help-backup-create = Write every record into one age file, encrypted with a passphrase chosen for it (it opens with `age -d` too)
help-backup-create-arg-out = The new file (never overwritten), e.g. trellis-backup.age
help-backup-create-arg-backup-passphrase-file = Read the backup's passphrase from FILE (else it is asked for twice)
help-backup-create-arg-kdf-work-factor = scrypt work factor [default: 18]
help-sync = Your computers in step through a shared folder: folder, join, now, status, devices, approve, remove, leave
help-sync-folder = Start syncing through FOLDER (empty or new), as the first computer
help-sync-folder-arg-name = This computer's name, as the others will show it ("Laptop")
help-sync-join = Join the computers that sync through FOLDER; prints six words to compare on a computer already in step, which approves this one (`trellis sync approve`). With no computer in step at hand (it was lost), join with its recovery code instead
help-sync-join-arg-name = This computer's name, as the others will show it ("Desk")
help-sync-join-arg-recovery-code-file = Join with the recovery code (read from FILE) of a computer that synced through FOLDER, in place of the six words
help-sync-now = Sync once now: write what changed here, read what the others wrote
help-sync-status = Where this computer stands: the folder, the computers, what waits
help-sync-devices = The computers: in step, asking to join (with their six words), removed
help-sync-approve = Let a computer that asks to join in, after comparing the six words its screen shows
help-sync-approve-arg-id = The start of its id (from `trellis sync devices`)
help-sync-approve-arg-words = The six words its screen shows, typed here
help-sync-remove = Remove a computer: the folder gets a new key it does not have. It keeps what it already had
help-sync-leave = Stop syncing on this computer (the records stay; the folder is left as it is)
help-partner = Your partner's own Trellis: show this one's card, connect (six words), forget
help-partner-show = This Trellis's card (to give your partner) and who it is connected with
help-partner-connect = Connect with your partner's Trellis: prints the six words to compare with their screen, then connects once they are typed (or given with --words)
help-arg-card-file = Read your partner's card from FILE (the line their `trellis partner show` printed)
help-partner-connect-arg-name = What to call them on what they share (else it is asked for; a name given here can be seen by other programs on this computer)
help-partner-connect-arg-words = The six words both screens show, typed here after comparing them
help-partner-forget = Forget the connection (shares kept stay; new ones are not opened)
help-share = Share chosen pages with your partner as a file, or open a share from them
help-share-worksheet = Share a worksheet: your expectation (and middle ground) in each area written in, or in the areas given
help-arg-areas = Only these areas (their ids, comma-separated)
help-arg-out = Where to write the share (a new file; nothing is ever written over)
help-arg-yes = Write it without asking, after showing it
help-share-boundaries = Share chosen boundaries
help-share-agreement = Share an agreement's words (with its version, so the two of you can agree to the same one)
help-arg-agree = Say in the share that you agree to these words (the ledger keeps the day)
help-share-check-in = Share a saved weekly check-in, as its entry reads
help-share-letter = Share a journal entry written as a letter to your partner
help-share-open = Open a share from your partner and keep it
help-arg-into-worksheet = Also fill "my partner's expectation" of this worksheet with theirs, as told by them
help-share-keep-agreement = Keep the agreement in a share from your partner in your agreements (or take their words for one you both hold; yours stay in its history)
help-share-list = The shares from your partner kept here

## What clap adds to an argument's help, said in the language when it is not English: the
## value it has when not given, the values it takes, the environment variable it reads.
arg-default = [default: { $value }]
arg-possible-values = [possible values: { $values }]
arg-env = [env: { $name }]

## A mistake in how the command was typed, word for word as clap says it in English. $arg: an
## option or argument as the usage writes it ('--format <FORMAT>'); $value: what was typed;
## $name: a command; $values: what would be accepted, joined by commas; $wanted and $given:
## how many values an option takes and how many it was given.
mistake-error = error: { $mistake }
mistake-more = For more information, try '{ $help }'.
mistake-used-twice = the argument '{ $arg }' cannot be used multiple times
mistake-conflict = the argument '{ $arg }' cannot be used with
mistake-conflict-subcommand = the subcommand '{ $name }' cannot be used with
mistake-conflict-others = one or more of the other specified arguments
mistake-no-equals = equal sign is needed when assigning values to '{ $arg }'
mistake-value-missing = a value is required for '{ $arg }' but none was supplied
mistake-invalid-value = invalid value '{ $value }' for '{ $arg }'
mistake-possible-values = [possible values: { $values }]
mistake-unknown-subcommand = unrecognized subcommand '{ $name }'
mistake-missing = the following required arguments were not provided:
mistake-needs-subcommand = '{ $name }' requires a subcommand but one was not provided
mistake-subcommands = [subcommands: { $values }]
mistake-not-utf8 = invalid UTF-8 was detected in one or more arguments
mistake-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
mistake-too-few-values = { $wanted } values required by '{ $arg }'; only { $given } { $given ->
        [0] was
        [1] was
       *[other] were
    } provided
mistake-wrong-number-of-values = { $wanted } values required for '{ $arg }' but { $given } { $given ->
        [0] was
        [1] was
       *[other] were
    } provided
mistake-unknown-argument = unexpected argument '{ $arg }' found
# $what: subcommand, argument or value; $similar: the similar ones, each in quotes.
mistake-similar = tip: { $count ->
        [one] a similar { $what } exists: { $similar }
       *[other] some similar { $what }s exist: { $similar }
    }
