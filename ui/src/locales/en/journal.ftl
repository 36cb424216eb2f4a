# The journal screen: its frame, the buttons over the list, and what shows when no entry is open.
journal-title = Journal
journal-entries-label = Entries
journal-entry-label = Entry
journal-new-entry = New entry
journal-start-from-prompt = Start from a prompt
journal-open-worry = When the worry spikes
journal-empty-title = Your journal
journal-empty-intro = Write what happened, what you felt and what you told yourself about it. Nobody else can read it.
# "Start a <new entry>, pick a <prompt> if you are not sure where to begin, or open an entry from the list."
# The two words in angle brackets are shown in bold, between the pieces around them.
journal-empty-hint-start = Start a
journal-empty-hint-new-entry = new entry
journal-empty-hint-middle = , pick a
journal-empty-hint-prompt = prompt
journal-empty-hint-end = if you are not sure where to begin, or open an entry from the list.
# "Shortcuts: Ctrl N new entry · Ctrl F search · …": the keys are shown before each word.
journal-shortcuts = Shortcuts:
journal-shortcut-new-entry = new entry
journal-shortcut-search = search
journal-shortcut-save = save now
journal-shortcut-lock = lock
journal-shortcut-hide = hide
# The notice after an entry is deleted, with Undo beside it.
journal-deleted = Entry deleted.

# The list of entries: search, tags, search results, on this day, and the entries.
journal-search-label = Search entries
# $shortcut is the keys that go to the search ("Ctrl F").
journal-search-placeholder = Search entries ({ $shortcut })
journal-tags-filter-label = Filter by tag
journal-tag-paused = Searching all entries — the tag filter #{ $tag } is paused until the search is cleared.
journal-found = { $count ->
    [one] Found in { $count } entry
   *[other] Found in { $count } entries
}
journal-found-elsewhere-only = No entries found
journal-found-nothing = Nothing found
journal-found-together = Also in Together
journal-kind-boundary = Boundary
journal-kind-worksheet = Worksheet
journal-kind-agreement = Agreement
journal-untitled = Untitled
journal-on-this-day = On this day
journal-tagged = Tagged #{ $tag }
journal-all-entries = All entries
journal-no-entries = No entries yet.
journal-check-in-mark = Check-in
# After an entry's date in the list: its mood, 1 to 5.
journal-row-mood = mood { $mood }/5
journal-damaged = This entry can't be read
journal-show-more = Show more

# The entry being written: the bar over it, saving, printing, sharing and deleting.
journal-status-new = New entry
journal-status-saved = Saved
journal-status-unsaved = Editing…
journal-status-saving = Saving…
journal-status-error = Not saved
journal-date-label = Date
journal-time-label = Time
journal-preview = Preview
journal-edit = Edit
journal-print = Print…
journal-print-failed = The entry could not be printed: no printer on this computer took it. You can copy its text into another program to print it.
journal-share-check-in = Share with my partner…
journal-share-check-in-title = Share this check-in's summary with your partner
journal-share-letter = Share as a letter…
journal-share-letter-title = Share the saved entry with your partner, as a letter
journal-delete-ask = Delete…
# After the reason a save failed.
journal-save-failed-kept = Your text is still here; { $name } will keep trying.
journal-delete-confirm = Delete this entry? You can undo right after.
journal-delete = Delete
journal-delete-keep = Keep it
journal-title-label = Title
journal-title-placeholder = Title
journal-body-label = Entry (Markdown)
journal-body-placeholder = Write here. Markdown works: **bold**, *italic*, - lists.
journal-preview-label = Preview
# Shown over the screen when a save was kept as a new entry.
journal-kept-apart = This entry was changed or deleted in another window since you opened it, so your text was saved as a new entry beside it. Nothing was lost.

# The mood of an entry, 1 to 5.
journal-mood-legend = Mood
journal-mood-not-set = not set
journal-mood-level = { $mood ->
    [1] Very low
    [2] Low
    [3] Okay
    [4] Good
   *[5] Very good
}
# $label is the level's word (journal-mood-level).
journal-mood-button = Mood { $mood } of 5, { $label }

# The tags of an entry. $key is the key that adds a tag ("Enter").
journal-tags-label = Tags
journal-tags-hint = { $key } to add
journal-tag-remove = Remove tag { $tag }

# "This is about…": the boundaries and agreements an entry is linked to.
journal-about-label = This is about
journal-about-open = { $kind ->
    [boundary] Open this boundary
   *[agreement] Open this agreement
}
journal-about-gone = (no longer there)
journal-about-remove = Remove the link to { $name }
journal-about-choose-label = Link this entry to a boundary or an agreement
journal-about-choose = Link a boundary or agreement…
journal-about-boundaries = Boundaries
journal-about-agreements = Agreements

# "Start from a prompt": the dialog to choose a prompt.
journal-prompts-title = Start from a prompt
journal-prompts-close = Close
journal-prompts-search = Search prompts
journal-prompts-pick-for-me = Pick one for me
journal-prompts-groups-label = Show the prompts of
journal-prompts-all = All
journal-prompts-count = { $count ->
    [one] { $count } prompt
   *[other] { $count } prompts
}
journal-prompts-found = { $count ->
    [one] { $count } prompt found
   *[other] { $count } prompts found
}
journal-prompts-none = No prompt has those words. Try another word, or “{ journal-prompts-all }”.
journal-prompts-loading = Loading…

# The mood chart: the average mood by day over 30, 90 or 365 days.
journal-chart-title = Mood over time
journal-chart-range-label = Range
journal-chart-range = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# "Average mood over the last 30 days: <3.5> of 5, from 4 entries on 3 days." The average is shown in bold.
journal-chart-average-start = Average mood over the last { $days } days:
journal-chart-average-value = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }
journal-chart-average-end = of 5, from { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
} on { $moodDays ->
    [one] { $moodDays } day
   *[other] { $moodDays } days
}.
journal-chart-empty = No moods recorded in the last { $days } days. Choose a mood when you write an entry to see it here.
journal-chart-label = Line chart of average daily mood, 1 to 5, over the last { $days } days
# One day in the chart's text for screen readers: its date and its average mood.
journal-chart-day = { $date }: { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
journal-chart-tooltip = Mood { NUMBER($mood, minimumFractionDigits: 1, maximumFractionDigits: 1) } of 5
journal-chart-note = Moods go up and down; that is part of it. The trend over weeks says more than any single day.
