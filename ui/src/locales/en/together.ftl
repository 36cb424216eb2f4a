# Together: the view's tabs, and starting "together at this computer".
together-title = Together
together-tabs-label = Tools for the two of you
together-tab-boundaries = Boundaries
together-tab-expectations = Expectations
together-tab-agreements = Agreements
together-tab-partner = With my partner
together-only-shared = Only what is for both of you shows.
together-start = Start together…
together-start-title = Show only the shared tools; your journal and private pages need your passphrase to come back
together-print = Print…

# The header while together at this computer, and the dialog that ends it.
together-badge = Together
together-end-ask = End…
together-end-title = End “together”
together-end-text = Your journal and private pages come back once you type your passphrase.
together-end-passphrase-label = Your passphrase
together-end = End
together-stay = Stay together

# Together → With my partner: connecting with the partner's own app.
together-partner-title = With my partner
together-never-owed = Sharing is never owed: you choose each page, see exactly what goes, and there is no unsend. If someone demands to see what you write, that is not a trust issue.
together-read-safety-first = Read Safety first
together-connected-with = Connected with { $partner }
together-connected-since = Since { $day } · the words were
together-open-share = Open a share from { $partner }…
together-forget-question = Forget the connection? Shares kept here stay.
together-forget = Forget
together-forget-keep = Keep it
together-forget-ask = Forget this connection…
together-drop-hint = You can also drop a share file on this window.
together-how-to-share = To share a page, open it (a worksheet, an agreement, a journal entry) and choose “Share with my partner…”.
together-connect-title = Connect with my partner
together-connect-text = Each of you gives the other your { $name }’s card. It holds no secret: it only lets them make shares for you, and check that yours come from you.
together-my-card-label = Your card
together-my-card-qr = Your card as a QR code
together-card-copy = Copy
together-card-copied = Copied
together-my-card-hint = Copy it into a message to them, or let them read the code with their phone and send it to themselves.
together-their-card-label = Their card
together-compare-words = Both screens should show these six words. Compare them together, in person or on a call:
together-words-differ = If their screen shows other words, a card was changed on the way: do not connect.
together-partner-name-label = What do you call them?
together-connect = Yes, they match: connect

# Together → With my partner: the shares received, and what was done with them.
together-shared-with-you = Shared with you
together-share-from = From { $partner } · arrived { $day }
together-in-your-agreements = In your agreements.
together-open-agreement = Open it
together-agreement-other-words = Your agreement has other words (version { $version }).
together-take-their-words = Take their words
together-keep-agreement = Keep in my agreements
together-fill-label = Put their expectations beside mine in
together-fill-choose = Choose a worksheet…
together-fill = Fill in
together-connected-said = Connected with { $partner }. What you share is theirs to keep: there is no unsend.
together-forgotten-said = The connection is forgotten. Shares kept here stay; new ones are not opened until you connect again.
together-share-opened-before = This share was opened before; nothing new was kept.
together-share-kept = Kept a share from { $partner }.
together-filled-said = { $partner }'s expectations are in “{ $title }” now, as told by them.
together-took-their-words = Your agreement has { $partner }'s words now; yours are in its history.
together-agreement-kept = It is in your agreements now.

# Where an agreement held with the partner stands. $partner is their name, or one of these two.
together-your-partner = your partner
together-your-partner-start = Your partner
together-both-agreed = You both agreed to version { $version } on { $day }.
together-i-agreed = You agreed to version { $version } on { $day }; { $partner } has not said yet.
together-they-agreed = { $partner } agreed to version { $version } on { $day }. Share it back, ticking “I agree”, to tell them you do too.
together-agreed-then-changed = You both agreed to version { $agreed } on { $day }; the words have changed since (version { $version } now).
together-shared-not-agreed = Shared with { $partner }: version { $version }, not agreed by either of you yet.

# Share with my partner…: exactly what goes, shown before the file is saved.
together-share-with = Share with { $partner }
together-share-with-partner = Share with my partner
together-share-close = Close
together-share-connect-first = Connect with your partner’s { $name } first: you exchange cards and compare six words, once.
together-share-connect = Connect with my partner…
together-share-areas = Areas to share
together-share-agree = I agree to these words (the share says so, and your ledger keeps the day)
together-share-exact = This is exactly what { $partner } will see:
together-share-exact-they = This is exactly what they will see:
together-share-never-owed = Sharing is never owed. There is no unsend: once they have the file, their copy is theirs.
together-share-done = Done
together-share-save = Save the file…
together-share-cancel = Cancel
together-share-saved = Saved. Give the file to { $partner } however you like: a USB stick, a message, a folder you both use.

# Shared pages, read-only: as they show before they go and when they arrive.
together-item-worksheet = Expectations worksheet “{ $title }”
together-item-boundaries =
    { $count ->
        [one] A boundary
       *[other] { $count } boundaries
    }
together-item-agreement = An agreement
together-item-letter = A letter: “{ $title }”
together-item-middle-ground = Middle ground:
together-item-why = Why:
together-item-if-crossed = If it is crossed:
together-item-version = Version { $version }
together-item-you-agree = you agree to these words
together-item-they-agreed = { $partner } agreed to these words on { $day }
together-item-written = Written { $day }

# The weekly check-in: its heading, and the safety question asked before it starts.
checkin-title = Weekly check-in
checkin-intro = About twenty minutes, with your partner or on your own. Take the steps in order, skip what doesn't fit this week, and go gently. On your own, leave your partner's lines empty.
checkin-loading = Getting this week's agenda ready…
checkin-try-again = Try again
checkin-safety-question = Is it safe for you to talk or write about this right now?
checkin-together-choice = We are doing this together at this computer: keep my journal and private pages out of sight until I type my passphrase.
checkin-safe-yes = Yes, it is safe
checkin-safe-no = No, or I am not sure

# The weekly check-in: the steps, by title and by short name (the row of steps).
checkin-steps-label = Steps of the check-in
checkin-step-count = Step { $step } of { $total }
checkin-step-last-time-title = Last week's thing to try
checkin-step-went-well-title = What went well
checkin-step-boundaries-title = Boundaries since last time
checkin-step-agreements-title = Agreements due for a look
checkin-step-on-my-mind-title = One thing on my mind
checkin-step-appreciations-title = Appreciations
checkin-step-next-week-title = One thing to try next week
checkin-step-last-time-name = Last time
checkin-step-went-well-name = Went well
checkin-step-boundaries-name = Boundaries
checkin-step-agreements-name = Agreements
checkin-step-on-my-mind-name = On my mind
checkin-step-appreciations-name = Appreciations
checkin-step-next-week-name = Next week

# The weekly check-in: what each step asks.
checkin-restored = Your answers from before are back, just as you left them.
checkin-optional = (optional)
checkin-in-their-words = (in their words)
checkin-in-their-words-optional = (in their words, optional)
checkin-last-time-said = Last time, on { $day }, you said you would try:
checkin-last-time-said-undated = Last time you said you would try:
checkin-last-time-label = How did it go?
checkin-went-well-hint = One thing each, however small. Start here: it sets the tone.
checkin-went-well-me-label = One thing that went well for me
checkin-went-well-partner-label = One thing that went well for my partner
checkin-only-ours = Only your shared boundaries (“ours”) show while you are together.
checkin-boundaries-none = No moments were logged on your boundaries since { $day }. If one was honoured or crossed, you can log it in Together → Boundaries and come back; your answers here stay.
checkin-boundaries-hint = The moments logged since { $day }. Talk about what helped, and what was hard, without keeping score.
checkin-boundary-counts-honoured = honoured { $count }×
checkin-boundary-counts-crossed = crossed { $count }×
checkin-boundary-counts-both = honoured { $honoured }×, crossed { $crossed }×
checkin-moment-honoured = honoured
checkin-moment-crossed = crossed
checkin-boundary-note-label = What we said about it
checkin-agreements-none = No agreement is due for a look this week.
checkin-agreements-hint = For each: does it still work? Keep it, change its words, or retire it. Leave one for another week if you run out of time.
checkin-decision-keep = Keep it
checkin-decision-keep-help = It still works as it is.
checkin-decision-change = Change it
checkin-decision-change-help = Keep it, in new words.
checkin-decision-retire = Retire it
checkin-decision-retire-help = It has done its job.
checkin-decision-not-this-week = Not this week
checkin-agreement-new-words = Its new words
checkin-agreement-history-note = A note for its history
checkin-agreement-note = A note
checkin-agreement-note-hint = (optional; kept in this check-in, the agreement stays as it is)
checkin-on-my-mind-hint = You can skip this step. Take turns, about one thing each. Start with “I feel … about … and I need …”, with no blame.
checkin-on-my-mind-listen = Together: the other one listens, then says back what they heard before they answer.
checkin-on-my-mind-me-label = One thing on my mind
checkin-on-my-mind-partner-label = One thing on my partner's mind
checkin-appreciations-hint = Something specific you noticed and were glad of. Say it out loud, then write it down.
checkin-appreciation-me-label = One appreciation from me
checkin-appreciation-partner-label = One appreciation from my partner
checkin-next-week-hint = One small, concrete thing for the coming week. Next week's check-in opens with it.
checkin-next-week-label = One thing to try next week

# The weekly check-in: moving through it, keeping the answers, starting over.
checkin-back = ← Back
checkin-next = Next
checkin-save = Save the check-in
checkin-kept-as-you-write = Your answers are kept, locked in your journal, as you write them: close { $name } and they are here next time.
checkin-start-over-ask = Start over…
checkin-start-over-question = Throw these answers away?
checkin-start-over = Start over
checkin-keep-answers = Keep them
checkin-keep-failed = Your answers could not be kept for later: { $reason }
checkin-change-needs-words = “{ $agreement }” is marked to change: write its new words, or choose another answer.
checkin-nothing-written = Nothing is written yet. Answer at least one question before saving.

# The weekly check-in, once saved.
checkin-saved-title = Saved in your journal
checkin-saved-text = “{ $title }” is in your journal, marked as a check-in.
checkin-saved-linked-boundaries =
    “{ $title }” is in your journal, marked as a check-in, linked to { $count ->
        [one] { $count } boundary
       *[other] { $count } boundaries
    }.
checkin-saved-linked-agreements =
    “{ $title }” is in your journal, marked as a check-in, linked to { $count ->
        [one] { $count } agreement
       *[other] { $count } agreements
    }.
checkin-saved-linked-both =
    “{ $title }” is in your journal, marked as a check-in, linked to { $boundaries ->
        [one] { $boundaries } boundary
       *[other] { $boundaries } boundaries
    } and { $agreements ->
        [one] { $agreements } agreement
       *[other] { $agreements } agreements
    }.
checkin-saved-next-week = Next week's check-in will open with what you chose to try:
checkin-saved-out-of-sight = It is in your journal, out of sight while you are together.
checkin-open-in-journal = Open it in the journal
checkin-share = Share with my partner…
checkin-back-to-checkin = Back to the check-in

# When the worry spikes: the thought record, its steps by title and by short name.
worry-title = When the worry spikes
worry-intro = A page to get through a wave of worry: wait before you check, write it out, and choose what to ask. It is saved in your journal. Skip any step.
worry-steps-label = Steps of the thought record
worry-step-count = Step { $step } of { $total }
worry-step-now-title = Name it, and wait before you check
worry-step-happened-title = What happened
worry-step-story-title = The story I told myself
worry-step-evidence-title = The evidence
worry-step-after-title = How strong is the worry now?
worry-step-ask-title = What I will ask, and when
worry-step-now-name = Right now
worry-step-happened-name = What happened
worry-step-story-name = The story
worry-step-evidence-name = Evidence
worry-step-after-name = After
worry-step-ask-name = Ask

# When the worry spikes: the quiet twenty-minute wait. $step is the short name of the step "After".
worry-wait-label = The twenty-minute wait
worry-wait-over = The twenty minutes are up.
worry-wait-over-rate = How strong is the worry now? You can rate it again at the step “{ $step }”.
worry-wait-done = Done
worry-wait-minutes-left =
    { $count ->
        [one] { $count } minute left.
       *[other] { $count } minutes left.
    }
worry-wait-hint = Please do not check anything until then. Breathe out slowly, walk around, or wash your face with cool water. You can keep writing here.
worry-wait-stop = Stop the timer
worry-wait-start = Wait twenty minutes first
worry-wait-start-hint = A quiet timer shows here. Nothing else happens when it ends.

# When the worry spikes: what each step asks.
worry-scale-hint = (0 is calm, 10 is the strongest it gets)
worry-before-legend = How strong is the worry right now?
worry-after-legend = How strong is the worry now?
worry-now-name-it = Say it to yourself: “This is a worry spike.” The feeling is real. The story it tells may not be.
worry-now-wait-first = Checking their phone or calling again and again can bring relief for a few minutes, then the worry comes back stronger. So wait first.
worry-afraid = If you are afraid of your partner, the worry may be telling you something real.
worry-read-safety-first = Read Safety first
worry-happened-hint = Only the facts, as a camera would see them. “She said she'd be home at six. It is now seven.”
worry-happened-label = What happened
worry-story-hint = What did the worry say was going on? Write it as it came. “She is with someone else.”
worry-story-label = The story I told myself
worry-evidence-for-label = Evidence for the story
worry-evidence-for-hint = (facts that back it up)
worry-evidence-against-label = Evidence against the story
worry-evidence-against-hint = (facts that do not fit, and what else could explain it)
worry-evidence-real = The evidence for the story looks real to me
# "Then this may not be… [If your partner struggles to trust you] looks at… If you are afraid of your partner, [read Safety first]." The bracketed parts are links.
worry-real-maybe-not = Then this may not be a worry spike. Your doubt may have a basis, and that is a different situation.
worry-real-article = If your partner struggles to trust you
worry-real-article-about = looks at doubt that has a basis, from both sides.
worry-real-afraid = If you are afraid of your partner,
worry-real-read-safety-first = read Safety first
worry-after-hint = Rate it again. Seeing it drop, even a little, shows that worry rises and falls on its own.
worry-ask-hint = A calm time tends to go better than a panic. Plan one clear question, starting with how you felt. If asking anything feels unsafe, skip this step.
worry-ask-label = What I will ask
worry-ask-when-label = When I will ask it

# When the worry spikes: moving through it, saving, and once saved.
worry-back = ← Back
worry-next = Next
worry-save = Save in my journal
worry-foot = Your answers stay on this screen until you save them, and a lock keeps them until you unlock again.
worry-nothing-written = Write at least one answer, or rate the worry, before you save.
worry-saved-title = Saved in your journal
# Then the tag "#thought record" (from the core), then worry-saved-find.
worry-saved-tagged = “{ $title }” is in your journal, tagged
worry-saved-find = You can find it with search, and change it there like any entry.
worry-open-in-journal = Open it in the journal
worry-start-new = Start a new one
