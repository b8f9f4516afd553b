# Helpers at help points and their administrators. Most of these pages are
# still to be moved into this file.

help-notice-cleared = This computer has been cleared. Nothing of the person you helped is left in this browser.
help-notice-declined = They did not agree, so you cannot see or do anything for them.
help-notice-suspended = The helper is suspended. From their next click they cannot help anyone, and any help session they had open has ended.
help-notice-reinstated = The helper can help people again.
