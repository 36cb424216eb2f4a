# Settings.
settings-language-title = Language
settings-language-label = Show { $name } in
settings-language-system = The system’s language ({ $language })
settings-language-hint = The screens, the library, the worksheets and the unlock screen follow this choice at once. It is kept on this computer.
settings-language-saved = Saved. Every screen now shows this language.

# Settings: the screen's title.
settings-title = Settings

# Settings → Automatic lock. The key (Ctrl L) sits between the hint and settings-lock-key.
settings-lock-title = Automatic lock
settings-lock-label = Lock after this many minutes without activity
settings-lock-save = Save
settings-lock-hint = From { $min } minute to { NUMBER($max, useGrouping: 0) } (a day). { $name } also locks when the screen locks or the computer sleeps.
settings-lock-key = locks at once.

# Settings → Change passphrase.
settings-pass-title = Change passphrase
settings-pass-current = Current passphrase
settings-pass-new = New passphrase
settings-pass-repeat = Type the new one again
settings-pass-type-current = Type your current passphrase.
settings-pass-rekey = Also give your journal a new key
settings-pass-rekey-hint = (recommended if someone knew your old passphrase or recovery code: old copies of your journal then open nothing new; you get a new recovery code)
settings-pass-resealing = Re-sealing { $done } of { $total } entries…
settings-pass-preparing-key = Preparing a new key…
settings-pass-busy = Changing…
settings-pass-submit = Change passphrase
settings-pass-changed = Your passphrase is changed. Use the new one from now on; your recovery code still works.
# Followed by what became of the snapshots, if there were any.
settings-pass-changed-rekeyed = Your passphrase is changed and your journal has a new key. Old copies of your journal, the old passphrase and the old recovery code open nothing written from now on.
settings-pass-wrong = The current passphrase is not right. Nothing was changed.

# Settings → Recovery code.
settings-code-title = Recovery code
settings-code-intro = If you lost your recovery code, or think someone else saw it, make a new one. The old code stops working.
settings-code-confirm = To make a new code, type your passphrase. The old code stops working.
settings-code-passphrase = Your passphrase
settings-code-show = Show a new code
settings-code-cancel = Cancel
settings-code-new = Show a new recovery code…
settings-code-wrong-passphrase = That passphrase is not right. Nothing was changed; your recovery code still works.

# Settings → Earlier versions (of journal entries).
settings-history-title = Earlier versions
settings-history-label = Keep the earlier version of an entry each time I change it
settings-history-hint = Off by default. Earlier versions are encrypted like the entry and deleted with it.
settings-history-on = Each time you change an entry, the earlier version is kept, encrypted like the entry.
settings-history-off = Earlier versions are no longer kept from now on.

# Settings → Privacy on screen. $name is the name shown now: the app's own, or the neutral "Notes".
settings-privacy-title = Privacy on screen
settings-privacy-notes-label = Show the name as “Notes”
settings-privacy-notes-hint = The window title, the taskbar and the unlock screen then say “Notes” instead of the app’s own name. They never show entry titles, counts or dates.
settings-name-notes-on = The window and the unlock screen now say “{ $name }”.
settings-name-notes-off = The window and the unlock screen say “{ $name }” again.
# After the key (Ctrl Shift H).
settings-privacy-hide-key = hides { $name } at once, from any screen: it saves what you are writing, locks, clears anything { $name } copied, and takes the window out of sight. The Hide button at the top does the same.

# Settings → Keyboard shortcuts: what each key does.
settings-keys-title = Keyboard shortcuts
settings-keys-new-entry = New entry
settings-keys-search = Search entries
settings-keys-save = Save now ({ $name } also saves as you type)
settings-keys-lock = Lock now
settings-keys-hide = Hide now: save, lock and take the window out of sight
settings-keys-tab = Move between fields and buttons
