# The core's own words that reach a person, in English. Every other language's core.ftl holds
# the same ids; a message it lacks is said in English.

## Notifications of reminders. They never say what a person wrote, unless the person allowed a
## reminder to show its words ($name: the app's name as shown, "Trellis" or the neutral one).
notice-one-due = A reminder is due.
notice-many-due = { $count } reminders are due.
notice-missed = { $count ->
    [one] A reminder came due while { $name } was closed or the computer was asleep.
   *[other] { $count } reminders came due while { $name } was closed or the computer was asleep.
  }
