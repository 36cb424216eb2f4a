# The core's own words that reach a person, in English. Every other language's core.ftl holds
# the same ids; a message it lacks is said in English.

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
