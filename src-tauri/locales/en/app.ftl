# The desktop app's own words, beside the core's (crates/trellis-core/locales): its errors that
# are not the core's, the titles of the system's file dialogs, the tray's menu and its one
# notification. $name: the app's name as shown ("Trellis" or the neutral one); $reason: the
# system's own words for what failed.

## Errors.
error-no-journal = there is no journal yet; create one first
error-journal-exists = a journal already exists; unlock it instead
error-locked-while-laying-out = the journal locked while the pages were being laid out; unlock to see them
error-work-stopped = the work stopped unexpectedly: { $reason }
error-dialog-stopped = the dialog stopped unexpectedly: { $reason }
error-print-dialog = the print dialog could not be opened: { $reason }
error-printing-stopped = printing stopped unexpectedly: { $reason }
error-login-setting = the login setting could not be changed: { $reason }
error-clipboard = the clipboard could not be used: { $reason }
error-no-browser = { $name } could not start your web browser or mail program.
error-link-refused = { $name } only opens web, e-mail and { $name } links.

## The titles of the system's file dialogs, and the kinds of file they show.
dialog-backup = Save the backup
dialog-json = Export as JSON
dialog-new-folder = Choose a new, empty folder
dialog-snapshot-folder = Where should snapshots go?
dialog-sync-folder = Choose the folder your computers share
dialog-pdf = Save as PDF
dialog-share = Save the share for your partner
dialog-open-share = Open a share from your partner
dialog-import = Choose a file to import
filter-backup = age backup
filter-share = { $name } share
filter-exports = Exports

## The tray.
tray-open = Open
tray-lock = Lock
tray-snooze-all = Snooze all 1 hour
tray-quit = Quit
tray-still-running = { $name } is still running in the tray, so your reminders keep coming. Quit it from the tray's menu.
