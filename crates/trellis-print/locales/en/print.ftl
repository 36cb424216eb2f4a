# The words of the printed documents (the worksheet, boundaries, agreements, the session notes
# and the recovery kit). Each message is plain text; in the recovery kit, text between
# backticks is a command and prints in a typewriter face.

## On every page.

page-of = Page { $page } of { $pages }
printed-on = Printed on { $date }.
yes = Yes
no = No

## Boundaries, in their list and in the session notes.

boundaries-title = Boundaries
boundaries-none = No boundaries were chosen for this page.
boundary-why = Why it matters
boundary-if-crossed = What I will do if it is crossed
boundary-review-on = Review on
whose-mine = Mine
whose-partners = My partner's
whose-ours = Ours
boundary-status-draft = Draft
boundary-status-discussed = Discussed
boundary-status-agreed = Agreed
boundary-status-needs-revisiting = Needs revisiting
boundary-status-retired = Retired

## The agreements ledger.

agreements-title = Agreements
agreements-none = There are no agreements in the ledger yet.
agreements-due =
    { $count ->
        [one] 1 is due for a talk.
       *[other] { $count } are due for a talk.
    }
ledger-agreement = Agreement
ledger-where = Where it stands
ledger-revisit-on = Revisit on
ledger-due = Due for a talk
agreement-status-new = Not checked yet
agreement-status-kept = In place
agreement-status-needs-revisiting = Needs revisiting
agreement-status-renegotiated = Renegotiated
agreement-status-retired = Retired

## The expectations worksheet.

worksheet-title = Expectations worksheet
worksheet-title-named = Expectations worksheet: { $title }
worksheet-intro =
    For each area, each of you writes what you expect, in your own words. Then look at each
    expectation with the five questions, and write down the middle ground you can both live
    with. There are no wrong answers; take the time you need, and leave an area for another day
    if it is too much for now.
worksheet-names = Names
worksheet-date = Date
worksheet-realism = Realism check
worksheet-partner-1 = Partner 1
worksheet-partner-2 = Partner 2
worksheet-partner-1-expects = Partner 1 expects
worksheet-partner-2-expects = Partner 2 expects
worksheet-middle = Middle ground we agreed
worksheet-middle-agreed = Middle ground we agreed (in the agreements ledger)
worksheet-revisit-on = Revisit on
worksheet-mine = My expectation
worksheet-theirs-understood = My partner's expectation (as I understand it)
worksheet-theirs-told = My partner's expectation (as they told me)
realism-specific = Is it specific?
realism-in-control = Is it within their control?
realism-hold-myself = Would I hold myself to it?
realism-room-to-flex = Is there room to flex?
realism-leaves-free = Does it leave each of us free (friends, privacy, money, saying no)?

## The session notes for a counsellor.

packet-title = Session notes
packet-entries =
    { $count ->
        [one] 1 journal entry
       *[other] { $count } journal entries
    }
packet-boundaries =
    { $count ->
        [one] 1 boundary
       *[other] { $count } boundaries
    }
packet-agreements =
    { $count ->
        [one] 1 agreement
       *[other] { $count } agreements
    }
packet-prepared = Chosen to share, and private. Prepared on { $date }.
packet-mood-title = Mood over these days
packet-mood-about = The average mood of each day, from the entries in these notes.
packet-entries-title = Journal entries
packet-entry-mood = mood { $mood } of 5 ({ $word })
packet-untitled = Untitled
mood-1 = very low
mood-2 = low
mood-3 = okay
mood-4 = good
mood-5 = very good

## The recovery kit.

kit-title = Trellis recovery kit
kit-heading = Your Trellis recovery code
kit-made-on = Made on { $date }.
kit-typing =
    Spaces and capital letters do not matter when you type it. The characters are the digits 0
    and 2 to 9 and the letters, with no I, O or B after the first group.
kit-opens-title = What it opens
kit-opens =
    This code opens your Trellis journal on this computer, and any snapshot of it made since the
    day above. With it, you can set a new passphrase when you have forgotten yours. Anyone who
    has this page can do the same and read everything you wrote, so keep it as you would keep a
    key.
kit-use-title = How to use it
kit-use-app-label = In the app:
kit-use-app = on the unlock screen, choose “Forgot passphrase?”, type the code, and choose a new passphrase.
kit-use-terminal-label = In a terminal:
kit-use-terminal = run `trellis recover` and give it the code when it asks.
kit-use-after = Afterwards, make a new code (Settings, or `trellis recovery new`) in case someone saw this one, and print its kit.
kit-keep-title = Where to keep it
kit-keep =
    Somewhere private that only you can reach and that is not with your computer: with your
    important papers, in a locked drawer, or with someone you trust completely. Not as a photo
    on your phone, and not in your email.
kit-shred = When you make a new code, this one stops working: shred this page then.
kit-checked = I have checked that I can read every character on this page.
