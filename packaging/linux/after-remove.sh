#!/bin/sh
# Runs after the package is removed (dpkg: "remove" or "purge"; rpm: 0 packages left).
# Removing the program never touches anyone's journal, and says so.
case "$1" in
  remove | purge | 0)
    cat <<'TEXT'
Trellis was removed. Journals were not: each person's vault stays in their home folder
(~/.local/share/trellis unless they chose another place), sealed with their passphrase.
Installing Trellis again opens it as it was. To delete a vault for good, delete that folder.
TEXT
    ;;
esac
exit 0
