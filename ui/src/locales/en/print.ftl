# The print screen: going back ($screen is the name of the screen it came from), what to print, and on which paper.
print-back = Back to { $screen }
print-title = Print
print-intro = Worksheets to fill in together at the table, your boundaries and agreements on paper, or notes to bring to a counsellor.
print-what = What to print
print-document-worksheet-blank = Expectations worksheet, blank
print-document-worksheet = Expectations worksheet, filled in
print-document-boundaries = Boundaries
print-document-agreements = Agreements
print-document-packet = Notes for a counsellor
print-worksheet-label = Worksheet
print-untitled = Untitled
print-no-worksheet = There is no saved worksheet yet. Start one under Together → Expectations, or print a blank one.
print-every-boundary = Every boundary, not only the agreed ones
print-packet-from = From
print-packet-to = To
print-packet-range-hint = Without dates: the last { $days } days. Only what you choose here goes into the notes.
print-packet-tags = Only entries with these tags
print-packet-tags-hint = (none ticked: every entry in the range)
print-packet-boundaries = Boundaries to include
print-packet-agreements = Agreements to include
print-paper = Paper
print-paper-a4 = A4
print-paper-letter = US Letter
print-show = Show the pages
print-making = Laying out the pages. A long document takes a little while.
print-stop = Stop
# The pages shown, and saving or printing them.
print-page-count =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
print-save = Save as PDF…
print-print = Print…
print-opening-dialog = Opening the print dialog…
print-cannot-instead = You can save them as a PDF instead, and print that from another program or another computer.
print-not-encrypted = A PDF is not encrypted: anyone who has the file can read it. Keep it somewhere private, or delete it when you are done.
print-page-alt = Page { $page } of { $count }
print-other-pages =
    { $count ->
        [one] The other page is in the PDF.
       *[other] The other { $count } pages are in the PDF.
    }
print-placeholder-making = Making the pages…
print-placeholder-changed = The choice changed. “Show the pages” shows the new pages here.
# Said after saving ($path is where the file went) or printing. $what is what was printed: "pages" (a document's), "code" (the recovery code) or "entry" (a journal entry).
print-saved =
    { $count ->
        [one] Saved { $count } page to { $path }.
       *[other] Saved { $count } pages to { $path }.
    }
print-after-sent =
    { $what ->
        [code] The code went to the printer you chose.
        [entry] The entry went to the printer you chose.
       *[pages] The pages went to the printer you chose.
    }
print-after-failed =
    { $what ->
        [code] The code could not be printed: no printer on this computer took them.
        [entry] The entry could not be printed: no printer on this computer took them.
       *[pages] The pages could not be printed: no printer on this computer took them.
    }
# One journal entry on paper: its mood, 1 to 5, in words.
print-entry-mood =
    Mood { $mood } of 5 ({ $mood ->
        [1] very low
        [2] low
        [3] okay
        [4] good
       *[5] very good
    })
