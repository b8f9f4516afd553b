# The frame of every page: titles, header, footer, the choices of language and
# version, the session timeout warning. Front Door is the service's name and is
# not translated.

title-end = – Front Door – NHS
title-error = Error: { $page }
title-acting = { $page } (acting for { $name })
skip-to-main = Skip to main content
header-home = NHS Front Door homepage
header-account = Account and settings
header-your-details = Your details
sign-out = Sign out
sign-out-shared = Finish and clear this computer
language-choose = Language
data-mode-use-low = Use the low-data version
data-mode-use-standard = Use the standard version
footer-support-links = Support links
footer-help-online = Get help getting online
footer-accessibility = Accessibility statement
footer-privacy = Privacy and cookies
footer-about = Front Door is open-source software for integrated care systems in England.
timeout-title = You will be signed out soon
timeout-body = For your security, we will sign you out if you do nothing for { $minutes ->
        [0] less than a minute
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
timeout-stay = Stay signed in
shared-computer-title = You are using a shared or public computer
shared-computer-download = A file you download stays on this computer after you finish, where other people could open it. Only download it if you can delete it, or print it instead.
