# Shared by the boundaries, worksheet and agreements screens: buttons, labels and history words.
tools-back = Back
tools-edit = Edit
tools-share = Share with my partner…
tools-delete-open = Delete…
tools-delete = Delete
tools-cancel = Cancel
tools-save = Save
tools-save-changes = Save changes
tools-history = History
tools-optional = (optional)
tools-change-note = A note about this change
tools-revisit-on = Revisit on
tools-yes = Yes
tools-no = No

# A field's name in a history or a comparison, and an empty value there.
tools-field-text = Wording
tools-field-whose = Whose
tools-field-category = Category
tools-field-why = Why it matters
tools-field-if-crossed = What I will do if it is crossed
tools-field-status = Status
tools-field-review-on = Review date
tools-field-revisit-on = Revisit date
tools-field-mine = My expectation
tools-field-theirs = My partner's expectation
tools-field-theirs-from = Where my partner's expectation comes from
tools-field-middle = Middle ground we agreed
tools-change-empty = (empty)

# Boundaries: whose a boundary is, and where it stands.
boundaries-whose-mine = Mine
boundaries-whose-partners = My partner's
boundaries-whose-ours = Ours
boundaries-status-draft = Draft
boundaries-status-discussed = Discussed
boundaries-status-agreed = Agreed
boundaries-status-needs-revisiting = Needs revisiting
boundaries-status-retired = Retired

# Boundaries: the list, its filters and an empty list.
boundaries-title = Boundaries
boundaries-intro = What each of you needs to feel safe and respected, and what you will do if it is crossed.
boundaries-add = Add a boundary
boundaries-find-label = Find boundaries
boundaries-search = Search boundaries
boundaries-only-ours = Only your shared boundaries (“ours”) show while you are together.
boundaries-filter-whose = Whose
boundaries-filter-anyone = Anyone's
boundaries-filter-category = Category
boundaries-filter-any-category = Every category
boundaries-filter-status = Status
boundaries-filter-any-status = Any status
boundaries-none-match = No boundaries match.
boundaries-show-all-shared = Show all shared boundaries
boundaries-show-all = Show all boundaries
boundaries-empty = No boundaries yet. A boundary says what you need and what you will do to look after yourself. Start with one that feels small and clear.
boundaries-review-due = Its review date has come.
boundaries-review-due-on = Its review date has come ({ $date }).
boundaries-review-now = Review now
boundaries-damaged-what = This boundary
boundaries-deleted = Boundary deleted.

# Boundaries: one boundary open, with retiring and deleting it.
boundaries-back = All boundaries
boundaries-review-on = review on { $date }
boundaries-detail-why = Why it matters
boundaries-detail-if-crossed = What I will do if it is crossed
boundaries-open-agreement = Open it in Agreements
boundaries-to-agreement = Add to agreements
boundaries-retire-open = Retire…
boundaries-retire-explain = Retiring keeps this boundary and its history, marked as no longer in use.
boundaries-retire-note = A note about why
boundaries-retire = Retire
boundaries-delete-confirm = Delete this boundary and its history? You can undo right after.
boundaries-keep = Keep it
boundaries-retired-notice = Retired. It stays here with its history.
boundaries-added-to-agreements = Added to your agreements.
boundaries-changed-elsewhere = This boundary was changed somewhere else while you were editing. Your text is still here. Look it over, then save again to keep your version.

# Boundaries: moments it was honoured or crossed, and the small tally chart.
boundaries-moments-title = Honoured or crossed
boundaries-log-label = Log a moment
boundaries-moment-on = When
boundaries-moment-note = A short note
boundaries-honoured = Honoured
boundaries-crossed = Crossed
boundaries-moment-remove = Remove
boundaries-moment-remove-label = Remove the moment of { $date }
boundaries-moments-empty = Nothing logged yet. Log a moment when this boundary was honoured or crossed; over time it shows how things are going.
boundaries-moment-removed = Moment removed.
boundaries-tally-label = Last 30 days: honoured { $honoured30 }, crossed { $crossed30 }. Last 90 days: honoured { $honoured90 }, crossed { $crossed90 }.
# After a number: "3 honoured · 1 crossed".
boundaries-tally-honoured = honoured
boundaries-tally-crossed = crossed
boundaries-tally-days = { $days } days
boundaries-tally-bar-honoured = Honoured, { $days } days
boundaries-tally-bar-crossed = Crossed, { $days } days
boundaries-tally-text = Honoured { $honoured } · crossed { $crossed } in { $days } days

# Boundaries: the form to add or edit one.
boundaries-form-new-title = Add a boundary
boundaries-form-edit-title = Edit this boundary
boundaries-form-text = The boundary
boundaries-form-text-example = For example: I will take a break of twenty minutes when we start shouting.
boundaries-form-whose = Whose boundary is it?
boundaries-form-category = Category
boundaries-form-examples = For example:
boundaries-form-why = Why it matters to me
boundaries-form-if-crossed = What I will do if it is crossed
boundaries-form-status = Where it stands
boundaries-form-review-on = Review it on
boundaries-form-note-example = We talked on Sunday and changed 9 pm to 10 pm
boundaries-form-note-hint = It is kept in the boundary's history, next to what changed.
boundaries-form-add = Add boundary
boundaries-form-missing = Write the boundary first.

# Worksheets: the list, and a new worksheet.
worksheets-title = Expectations
worksheets-intro = What each of you expects, area by area, and the middle ground you find together. Start a new worksheet now and then to see what has changed.
worksheets-compare-list-open = Compare two worksheets…
worksheets-empty = No worksheets yet. Your first one can be short: fill in the areas that matter most right now.
worksheets-filled = { $filled } of { $total } { $total ->
    [one] area
   *[other] areas
} filled
worksheets-damaged-what = This worksheet
worksheets-new-title = New worksheet
worksheets-new = New worksheet
worksheets-title-label = Title
worksheets-date-label = Date
# The title a worksheet gets when none is typed.
worksheets-default-title = Our expectations
worksheets-deleted = Worksheet deleted.

# Worksheets: one worksheet open.
worksheets-back = All worksheets
worksheets-from-open = Start a new worksheet from this one
worksheets-compare-open = Compare…
worksheets-rename-open = Rename…
worksheets-delete-confirm = Delete this worksheet and all its answers? You can undo right after. Agreements made from it stay in your agreements.
worksheets-keep = Keep it
worksheets-from-title = A new worksheet from this one
worksheets-from-hint = Your answers are copied forward, so you only change what is different now.
worksheets-from-start = Start it
worksheets-fill-hint = Fill in what you can; empty areas are fine. Answers are saved as you type.
worksheets-own-area-label = Add an area of your own
worksheets-own-area-example = For example: Pets, or Holidays with family
worksheets-own-area-add = Add an area
worksheets-copied-notice = Your answers were copied into this new worksheet. Change what is different now.
worksheets-changed-elsewhere = This worksheet was changed somewhere else, so it was reloaded. What you typed in “{ $area }” is kept.

# Worksheets: one area of a worksheet.
worksheets-area-agreed = Agreed
worksheets-area-saving = Saving…
worksheets-area-unsaved = Not saved yet
worksheets-area-not-saved = Not saved
worksheets-area-filled = Filled in
worksheets-area-empty = Empty
worksheets-area-mine = My expectation
worksheets-area-theirs = My partner's expectation
worksheets-area-theirs-from = Where my partner's expectation comes from
worksheets-their-side-understood = As I understand it
worksheets-their-side-told = As they told me
worksheets-area-middle = The middle ground we agreed
worksheets-area-in-agreements = In your agreements.
worksheets-area-open-agreement = Open it
worksheets-area-update-agreement = Update the agreement
worksheets-area-agree = Mark agreed
worksheets-area-remove-confirm = Remove this area and its answers from this worksheet?
worksheets-area-remove = Remove
worksheets-area-keep = Keep it
worksheets-area-remove-open = Remove this area…

# Worksheets: the realism check of an area, and what it says when an expectation takes freedom away.
worksheets-realism-title = Realism check
worksheets-realism-specific = Is it specific?
worksheets-realism-in-control = Is it within their control?
worksheets-realism-hold-myself = Would I hold myself to it?
worksheets-realism-room-to-flex = Is there room to flex?
worksheets-realism-leaves-free = Does it leave each of us free (friends, privacy, money, saying no)?
worksheets-not-free = An expectation that keeps one of you from friends, privacy, money or saying no is control, not trust.
# "If you feel afraid, read [Safety first]."
worksheets-not-free-afraid-before = If you feel afraid, read
worksheets-not-free-safety-link = Safety first
worksheets-not-free-afraid-after = .
# "If the expectation is yours, [If I am the one who controls] may help."
worksheets-not-free-yours-before = If the expectation is yours,
worksheets-not-free-control-link = If I am the one who controls
worksheets-not-free-yours-after = may help.

# Worksheets: choosing two to compare, and the comparison.
worksheets-compare-pick-title = Compare two worksheets
worksheets-compare-before = Earlier worksheet
worksheets-compare-after = Later worksheet
worksheets-compare-same = Choose two different worksheets.
worksheets-compare = Compare
worksheets-compare-title = Comparing two worksheets
worksheets-compare-earlier = Earlier
worksheets-compare-later = Later
worksheets-compare-show-same = Also show the { $count } { $count ->
    [one] area
   *[other] areas
} with no change
worksheets-compare-nothing = Nothing changed between these two worksheets.
worksheets-compare-change-same = No change
worksheets-compare-change-added = Added
worksheets-compare-change-changed = Changed
worksheets-compare-change-removed = Removed
worksheets-compare-changed-fields = Changed: { $fields }
worksheets-compare-earlier-of = Earlier · { $title }
worksheets-compare-later-of = Later · { $title }
worksheets-compare-marked = (changed)
worksheets-compare-earlier-value = Earlier:
worksheets-compare-later-value = Later:
worksheets-compare-empty = Empty

# Agreements: where an agreement stands.
agreements-status-new = Not checked yet
agreements-status-kept = In place
agreements-status-needs-revisiting = Needs revisiting
agreements-status-renegotiated = Renegotiated
agreements-status-retired = Retired
agreements-standing-made-today = Made today · not checked yet
agreements-revisit-on-date = revisit on { $date }
agreements-between-both = agreed by you both, version { $version }
agreements-between-with = version { $version } with { $partner }
agreements-between-with-partner = version { $version } with your partner
agreements-source-boundary = From the boundary “{ $text }”
agreements-source-a-boundary = From a boundary
agreements-source-area = From the worksheet area “{ $name }”
agreements-source-a-worksheet = From a worksheet

# Agreements: the ledger, and the small form to add one.
agreements-title = Agreements
agreements-intro = What the two of you agreed: written here, or from your worksheets and boundaries. The ones due for a talk come first.
agreements-add-title = Add an agreement
agreements-add-text = What the two of you agreed
agreements-add-example = Phones stay in the kitchen at dinner
# Followed by the keys "Ctrl Enter" and agreements-add-hint-keys.
agreements-add-hint = It shows as “not checked yet” until you mark how it went.
agreements-add-hint-keys = adds it.
agreements-add-revisit = Talk about it again on
agreements-add-kept = What you wrote is still here.
agreements-add = Add agreement
agreements-missing = Write the agreement first.
agreements-added = Added “{ $text }”.
agreements-empty = No agreements yet. Write one above, mark a middle ground agreed in a worksheet, or add a boundary to your agreements.
agreements-due = Time to talk about it again
agreements-damaged-what = This agreement
agreements-deleted = Agreement deleted.

# Agreements: one agreement open, and editing it.
agreements-back = All agreements
agreements-form-title = Edit this agreement
agreements-form-text = The agreement
agreements-form-status = Where it stands
agreements-form-note-example = We talked it over at our check-in
agreements-delete-confirm = Delete this agreement and its history? You can undo right after.
agreements-keep = Keep it
agreements-changed-elsewhere = This agreement was changed somewhere else while you were editing. Your text is still here. Look it over, then save again to keep your version.
