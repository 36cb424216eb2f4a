# First run: making the journal.
unlock-create-title = Welcome to { $name }
unlock-create-intro = { $name } keeps a private journal on this computer. Everything you write is encrypted with a passphrase only you know.
unlock-create-passphrase-label = Choose a passphrase
unlock-repeat-label = Type it again
unlock-create-hint = A few unrelated words make a passphrase that is easy to remember and hard to guess. If you forget it, only your recovery code can open your journal.
unlock-create-busy = Creating…
unlock-create-submit = Create my journal

# The unlock screen: why it locked, and the passphrase.
unlock-title = Unlock { $name }
unlock-reason-idle = { $name } locked itself after a quiet while.
unlock-reason-slept = { $name } locked itself while the computer was asleep.
unlock-reason-screen-locked = { $name } locked itself when the screen locked.
unlock-reason-locked = { $name } is locked.
unlock-reason-closed = { $name } is locked. It kept running in the tray for your reminders.
unlock-reason-rekeyed = Your journal was given a new key in another window. Unlock with the new passphrase.
unlock-pending-kept = What you were writing is kept, and saved as soon as you unlock.
unlock-passphrase-label = Passphrase
unlock-wrong-passphrase = That passphrase didn't open your journal. Take your time and try again.
unlock-checking = Checking your passphrase…
unlock-forgot = Forgot passphrase?
unlock-busy = Unlocking…
unlock-submit = Unlock

# Recovering with the recovery code: the code, then a new passphrase.
unlock-recover-title = Recover with your code
unlock-recover-intro = Type the recovery code you saved when you started your journal, then choose a new passphrase. Your entries stay as they are.
unlock-recovery-code-label = Recovery code
unlock-recover-code-hint = Spaces, dashes and capital letters don't matter.
unlock-recover-passphrase-label = New passphrase
unlock-recover-missing-code = Type your recovery code.
unlock-recover-back = Back
unlock-recover-busy = Recovering…
unlock-recover-submit = Recover and unlock

# The recovery code, shown once (after making the journal, or asking for a new code).
unlock-code-title = Your recovery code
unlock-code-replaces = This new code replaces your old one, which no longer works.
unlock-code-ready = Your journal is ready.
unlock-code-what-for = If you ever forget your passphrase, this code opens your journal and lets you set a new one.
unlock-code-once = It is shown only this once.
unlock-code-not-kept = { $name } does not keep it. Write it down or print it, and keep it somewhere private.
unlock-code-copy = Copy
unlock-code-copied = Copied
unlock-code-print = Print…
unlock-code-save-kit = Save a recovery kit (PDF)…
# $keys: the keys that copy ("Ctrl+C").
unlock-code-copied-said = Copied. { $name } takes it off the clipboard again in a minute.
unlock-code-copy-failed = The code is selected: press { $keys } to copy it.
unlock-code-kit-hint = The recovery kit is a page with this code and how to use it. A PDF is not encrypted: print it, then delete the file.
# $path: where the PDF was saved.
unlock-code-kit-saved = Saved the recovery kit to { $path }. Print it, keep the paper somewhere private, and delete the file.
unlock-code-print-failed = The code could not be printed: no printer on this computer took it. Save a recovery kit (PDF) instead and print it from another program, or write the code down.
# Printed above the code, on paper only.
unlock-code-print-heading = { $name } recovery code. Keep this page private. With it, anyone can open your journal. Spaces do not matter when you type it.
unlock-code-saved-check = I have saved my recovery code
unlock-code-continue = Continue

# A passphrase field, on every screen that asks for one.
unlock-field-show = Show
unlock-field-hide = Hide
unlock-field-show-label = Show passphrase
unlock-field-hide-label = Hide passphrase
unlock-field-caps-lock = Caps Lock is on.

# Choosing a new passphrase: what is still missing before it can be used.
unlock-missing-choose = Choose a passphrase of a few words.
unlock-missing-checking = Checking the passphrase…
unlock-missing-weak = Add another word or two. The passphrase is still easy to guess.
unlock-missing-repeat = Type the passphrase again to confirm it.
unlock-missing-differ = The two passphrases differ.

# The strength meter under a new passphrase: its name, each score, and its tips.
unlock-strength = Strength:
unlock-strength-checking = Checking…
unlock-strength-very-weak = Very weak
unlock-strength-weak = Weak
unlock-strength-fair = Fair
unlock-strength-good = Good
unlock-strength-strong = Strong
unlock-strength-common-together = These words are common together; one only you would pick makes it much harder to guess.
unlock-strength-longer = Longer is harder to guess: add another word.
unlock-strength-add-own-word = Add another word or two that only you would pick.
# The estimator's own tips (it has them in English only), said about a passphrase.
unlock-strength-tip-straight-row = Straight rows of keys on your keyboard are easy to guess.
unlock-strength-tip-simple-repeat = Repeated characters like "aaa" are easy to guess.
unlock-strength-tip-extended-repeat = Repeated character patterns like "abcabcabc" are easy to guess.
unlock-strength-tip-sequences = Common character sequences like "abc" are easy to guess.
unlock-strength-tip-recent-years = Recent years are easy to guess.
unlock-strength-tip-dates = Dates are easy to guess.
unlock-strength-tip-top-ten = This is a heavily used passphrase.
unlock-strength-tip-top-hundred = This is a frequently used passphrase.
unlock-strength-tip-common = This is a commonly used passphrase.
unlock-strength-tip-similar-to-common = This is similar to a commonly used passphrase.
unlock-strength-tip-word-by-itself = Single words are easy to guess.
unlock-strength-tip-names-by-themselves = Single names or surnames are easy to guess.
unlock-strength-tip-common-names = Common names and surnames are easy to guess.
unlock-strength-tip-user-inputs = There should not be any personal or page related data.
unlock-strength-tip-pwned = Your passphrase was exposed by a data breach on the Internet.
unlock-strength-tip-reverse-words = Avoid reversed spellings of common words.
unlock-strength-tip-avoid-dates = Avoid dates and years that are associated with you.
unlock-strength-tip-avoid-recent-years = Avoid recent years.
unlock-strength-tip-associated-years = Avoid years that are associated with you.
unlock-strength-tip-avoid-sequences = Avoid common character sequences.
unlock-strength-tip-repeated = Avoid repeated words and characters.
unlock-strength-tip-another-word = Add more words that are less common.
unlock-strength-tip-use-words = Use multiple words, but avoid common phrases.
unlock-strength-tip-change-elsewhere = If you use this passphrase elsewhere, you should change it.

# Settings → auto-lock: the time typed, said back (the whole number as typed, no thousands separator).
unlock-auto-lock-range = Choose a whole number of minutes from { NUMBER($min, useGrouping: 0) } to { NUMBER($max, useGrouping: 0) } (a day). A short time keeps what you wrote safe if you step away; a long one asks for your passphrase less often.
unlock-auto-lock-saved-minutes = Saved: it locks after { $minutes ->
        [one] { NUMBER($minutes, useGrouping: 0) } minute
       *[other] { NUMBER($minutes, useGrouping: 0) } minutes
    } without activity.
unlock-auto-lock-saved-hours = Saved: it locks after { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } without activity.
