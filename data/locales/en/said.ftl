# Words the services say, shown on pages: form errors, statuses, what was done.

## The access history: what was done (carers/service/history.rs)

hist-record-viewed-test-results = Looked at test results
hist-record-viewed-letters = Looked at letters
hist-record-viewed = Looked at the health record
hist-record-downloaded = Downloaded the health record
hist-appointments-viewed = Looked at appointments
hist-appointment-viewed = Looked at an appointment
hist-slots-searched = Looked for appointment times
hist-slot-chosen = Chose an appointment time
hist-booking-viewed = Checked an appointment before booking
hist-booking-confirmed = Confirmed a booking
hist-appointment-booked = Booked an appointment
hist-appointment-not-booked = Tried to book an appointment (not booked)
hist-appointment-changed = Changed an appointment
hist-cancel-requested = Asked to cancel an appointment
hist-appointment-cancelled = Cancelled an appointment
hist-calendar-downloaded = Added an appointment to a calendar
hist-triage-started = Started asking for help
hist-triage-red-flag = Was told to get urgent help
hist-triage-outcome-shown = Was shown what to do next
hist-triage-sent = Sent a request for help to the GP surgery
hist-triage-not-sent = Tried to send a request for help (not sent)
hist-triage-discarded = Deleted a draft request for help
hist-triage-request-viewed = Looked at a request for help
hist-triage-requests-viewed = Looked at requests for help
hist-acting-for-chosen = Chose to act for you
hist-acting-refused = Was refused access
hist-identity-level-too-low = Was refused access (identity not proved enough)
hist-proxy-invited = Invited someone to act for you
hist-proxy-invitation-withdrawn = Withdrew an invitation
hist-proxy-invitation-accepted = Accepted your invitation to act for you
hist-proxy-invitation-refused = Tried to accept an invitation (refused)
hist-proxy-access-changed = Changed what someone can do for you
hist-proxy-access-ended = Ended someone's access to act for you
hist-proxy-access-from-practice = Recorded someone who can act for you
hist-access-history-viewed = Looked at this history
hist-help-agreed = Agreed to help from a helper at a help point
hist-help-declined = Did not agree to help from a helper
hist-help-ended = Ended a help session
hist-helper-code-made = Made a code for a helper
hist-helper-code-used = Used your code to start helping you
hist-account-details-viewed = Looked at account details
hist-signed-in = Signed in
hist-signed-out = Signed out
hist-sign-in-failed = A sign-in failed
hist-sign-in-throttled = Sign-in was paused after too many tries
hist-session-timed-out = Was signed out after a time without activity
hist-stayed-signed-in = Chose to stay signed in
hist-account-created = Created the account
hist-nhs-login-linked = Linked NHS login
hist-nhs-login-refused = NHS login sign-in was refused
hist-identity-level-changed = Identity level changed
hist-two-step-turned-on = Turned on two-step sign-in
hist-two-step-turned-off = Turned off two-step sign-in
hist-recovery-codes-made = Made new recovery codes
hist-gp-linkage-verified = Proved identity with details from the GP surgery
hist-gp-linkage-refused = GP surgery details did not match

# features/carers/service/history.rs
hist-you = You
hist-your-gp-surgery = Your GP surgery

# platform/acting.rs
role-yourself = Yourself
role-carer = Carer
role-parent = Parent
role-lasting-power-of-attorney = Lasting power of attorney
role-court-appointed-deputy = Court-appointed deputy
role-helper-with-you-at-a = Helper, with you at a help point

# platform/acting.rs
scope-their-own-account-details = Their own account details
scope-see-the-health-record-summary = See the health record summary
scope-see-test-results-and-letters = See test results and letters
scope-see-and-manage-appointments = See and manage appointments
scope-ask-for-help-from-the = Ask for help from the GP surgery and see requests

# platform/proxies.rs
proxy-by-you = By you
proxy-by-your-gp-surgery-parental = By your GP surgery (parental responsibility)
proxy-by-your-gp-surgery-lasting = By your GP surgery (lasting power of attorney)
proxy-by-your-gp-surgery-deputy = By your GP surgery (deputy appointed by the Court of Protection)

# platform/assisted.rs
ended-ended-by-the-person-helped = Ended by the person helped
ended-ended-by-you = Ended by you
ended-reached-the-agreed-time = Reached the agreed time
ended-ended-after-no-activity = Ended after no activity
ended-the-person-did-not-agree = The person did not agree
ended-cancelled-before-they-joined = Cancelled before they joined
ended-ended-when-your-account-was = Ended when your account was suspended
ended-ended = Ended

# features/record/mod.rs
record-your-health-record = Your health record
record-health-problems = Health problems
record-medicines = Medicines
record-allergies-and-reactions = Allergies and reactions
record-vaccinations = Vaccinations
record-test-results = Test results
record-letters-and-documents = Letters and documents
record-timeline-of-care = Timeline of care
record-your-health-record-summary = Your health record summary

# features/triage/service/list.rs
status-sent-to-your-surgery = Sent to your surgery
status-received-by-your-surgery = Received by your surgery
status-accepted = Accepted
status-being-dealt-with = Being dealt with
status-completed = Completed
status-closed = Closed
status-not-accepted = Not accepted
status-could-not-be-completed = Could not be completed

# features/helpers/service.rs
staff-not-set-up-yet = Not set up yet
staff-active = Active
staff-suspended = Suspended

# features/helpers/service.rs
done-sent-a-request-to-the = Sent a request to the GP surgery
done-looked-at-requests = Looked at requests

# features/triage/service/list.rs
status-checking-with-your-surgery = Checking with your surgery

# domain/nhs_number.rs
say-form-nhs-number-only-numbers = NHS number must only include numbers and spaces
say-form-nhs-number-10-numbers = NHS number must be 10 numbers
say-form-enter-a-valid-nhs-number = Enter a valid NHS number. You can find it on a letter from your GP or in the NHS App

# domain/person.rs
say-form-enter-your-full-name = Enter your full name
say-form-full-name-must-be-200 = Full name must be 200 characters or fewer
say-form-full-name-must-only-include = Full name must only include letters, spaces, hyphens and apostrophes
say-form-enter-your-email-address = Enter your email address
say-form-enter-an-email-address-in = Enter an email address in the correct format, like name@example.com
say-form-enter-a-password = Enter a password
say-form-password-must-be-8-characters = Password must be 8 characters or more
say-form-password-must-be-128-characters = Password must be 128 characters or fewer
say-form-enter-your-date-of-birth = Enter your date of birth
say-form-date-of-birth-must-include = Date of birth must include a day
say-form-date-of-birth-must-include-2 = Date of birth must include a month
say-form-date-of-birth-must-include-3 = Date of birth must include a year
say-form-date-of-birth-must-be = Date of birth must be a real date
say-form-year-must-include-4-numbers = Year must include 4 numbers
say-form-date-of-birth-must-be-2 = Date of birth must be in the past
say-form-date-of-birth-must-be-3 = Date of birth must be after 1900

# features/account/api.rs
say-acct-enter-your-password = Enter your password
say-acct-enter-a-correct-email-address = Enter a correct email address and password
say-acct-your-sign-in-took-too = Your sign-in took too long. Sign in again
say-acct-enter-the-security-code-from = Enter the security code from your authenticator app
say-acct-the-security-code-is-not = The security code is not right. Enter the 6-digit code your app shows now, or one of your recovery codes
say-acct-enter-the-6-digit-code = Enter the 6-digit code your authenticator app shows
say-acct-the-code-is-not-right = The code is not right. Check the key in your app and enter the code it shows now

# features/account/gp_linkage.rs
say-acct-enter-your-gp-surgerys-ods = Enter your GP surgery's ODS code
say-acct-enter-the-account-id-from = Enter the account ID from your GP surgery
say-acct-enter-the-linkage-key-from = Enter the linkage key from your GP surgery
say-acct-we-do-not-know-a = We do not know a GP surgery with this ODS code. Check the code on the letter from your GP surgery
say-acct-we-could-not-check-these = We could not check these details with your GP surgery just now. Try again later
say-acct-these-details-do-not-match = These details do not match what your GP surgery holds. Check the account ID and linkage key on the letter from your surgery

# features/account/nhs_login/service.rs
say-acct-you-already-have-a-front = You already have a Front Door account with the email address your NHS login uses. Sign in with your email address and password, then link NHS login to your account from 'Your identity'
say-acct-this-nhs-login-is-already = This NHS login is already linked to another Front Door account. Sign in with NHS login to use that account, or contact us if you think this is wrong
say-acct-your-front-door-account-is = Your Front Door account is already linked to a different NHS login. Sign in with that NHS login

# features/account/service.rs
say-acct-you-must-be-16-or = You must be 16 or over to register. If you are under 16, a parent or guardian can get help for you: they sign in to their own Front Door account and choose you under 'Who are you using Front Door for?'
say-acct-choose-a-password-that-is = Choose a password that is harder to guess. This one is on a list of common passwords
say-acct-your-password-must-not-be = Your password must not be your email address
say-acct-an-account-with-this-email = An account with this email address already exists. Sign in, or use a different email address

# features/appointments/api.rs
say-appt-select-what-you-need-an = Select what you need an appointment for
say-appt-that-time-has-just-been = That time has just been taken. Choose another time
say-appt-this-appointment-cannot-be-cancelled = This appointment cannot be cancelled online because it has already happened
say-appt-we-could-not-cancel-your = We could not cancel your appointment just now. You still have this appointment. Try again in a few minutes, or contact the service

# features/appointments/calendar.rs
say-appt-we-could-not-find-that = We could not find that appointment
say-appt-we-could-not-get-this = We could not get this appointment just now. Try again in a few minutes

# features/appointments/service/booking.rs
say-appt-select-a-time-for-your = Select a time for your appointment
say-appt-select-one-of-the-times = Select one of the times shown
say-appt-we-could-not-check-your = We could not check your appointment just now. Try again in a few minutes

# features/appointments/service/cancel.rs
say-appt-select-why-you-are-cancelling = Select why you are cancelling this appointment

# features/carers/service/invitations.rs
say-carer-this-invitation-link-is-not = This invitation link is not right. Ask the person who invited you to send it again.
say-carer-this-invitation-was-withdrawn-by = This invitation was withdrawn by the person who sent it. Ask them to invite you again if they want you to act for them.
say-carer-this-invitation-has-already-been = This invitation has already been used. Each invitation can only be used once.
say-carer-this-invitation-has-expired-invitations = This invitation has expired. Invitations last 7 days. Ask the person who invited you to send a new one.
say-carer-you-cannot-accept-an-invitation = You cannot accept an invitation you sent yourself.
say-carer-this-invitation-was-sent-to = This invitation was sent to someone else. Sign in with the account for the email address the invitation was sent to.
say-carer-to-act-for-someone-else = To act for someone else, you need to prove who you are first. Go to your identity page to prove who you are, then open the invitation link again.
say-carer-to-act-for-someone-else-2 = To act for someone else, sign in with NHS login, or turn on two-step sign-in for your Front Door account and sign in again with a security code. Then open the invitation link again.

# features/carers/service/mod.rs
say-carer-select-who-you-are-using = Select who you are using Front Door for

# features/carers/service/people.rs
say-carer-to-let-someone-act-for = To let someone act for you, you need to prove who you are with photo ID first.
say-carer-to-let-someone-act-for-2 = To let someone act for you, sign in with NHS login, or with your password and a security code.
say-carer-you-need-to-be-16 = You need to be 16 or over to let someone act for you. Your GP surgery can help.
say-carer-select-what-they-can-do = Select what they can do for you
say-carer-enter-the-date-their-access = Enter the date their access ends
say-carer-the-date-their-access-ends = The date their access ends must be a real date
say-carer-the-date-their-access-ends-2 = The date their access ends must be in the future
say-carer-enter-the-full-name-of = Enter the full name of the person you want to act for you
say-carer-enter-the-email-address-of = Enter the email address of the person you want to act for you, not your own
say-carer-select-who-they-are-to = Select who they are to you

# features/helpers/service.rs
say-help-select-the-organisation = Select the organisation
say-help-this-email-address-already-has = This email address already has a Front Door account. Staff accounts need a work email address that is not used for another account
say-help-the-passwords-do-not-match = The passwords do not match. Enter the same password twice
say-help-this-set-up-link-has = This set-up link has been used or has expired. Ask your administrator for a new one
say-help-select-what-the-helper-can = Select what the helper can help you with
say-help-select-how-long-the-helper = Select how long the helper can help you for
say-help-the-person-you-are-helping = The person you are helping needs to sign in again on this screen
say-help-start-helping-someone-first = Start helping someone first
say-help-enter-the-code-from-the = Enter the code from the phone of the person you are helping
say-help-this-code-is-not-right = This code is not right, has been used or has expired. Check it with the person you are helping, or ask them to make a new one

# features/record/service.rs
say-record-in-person = In person
say-record-by-phone-or-video = By phone or video
say-record-appointment-or-visit = Appointment or visit
say-record-this-is-within-the-usual = This is within the usual range.
say-record-this-is-higher-than-the = This is higher than the usual range.
say-record-this-is-lower-than-the = This is lower than the usual range.
say-record-the-lab-marked-this-result = The lab marked this result as outside what is usual.
say-record-the-lab-did-not-give = The lab did not give a usual range for this test.

# features/triage/mod.rs
say-triage-today = Today
say-triage-within-2-working-days = Within 2 working days

# features/triage/service/mod.rs
say-triage-prove-who-you-are-with = Prove who you are with NHS login
say-triage-we-cannot-send-online-requests = We cannot send online requests for you, because we could not find a GP surgery that takes them for you.

# features/triage/service/view.rs
say-triage-we-could-not-find-a = We could not find a GP surgery that takes online requests for you, so nothing was sent. Phone your surgery, or call 111 if you need help today.

# features/record/service.rs
say-record-home-visit = Home visit
say-record-hospital-stay = Hospital stay
say-record-emergency-department = Emergency department

# features/appointments/service/booking.rs
say-appt-could-not-check-time = We could not check that time with { $provider } just now. Try again, or choose another time

# features/account/nhs_login/service.rs
say-acct-nhs-login-sent-too-little = NHS login did not send the details we need to find your records. Try again later

# features/helpers/service.rs
say-help-done-times = { $done } ({ $count } times)

# features/triage/mod.rs
urgency-emergency-call-999 = Emergency: call 999
urgency-emergency-go-to-a-e = Emergency: go to A&E
urgency-urgent-mental-health-crisis-line = Urgent: mental health crisis line
urgency-urgent-call-111 = Urgent: call 111
urgency-routine = Routine
urgency-pharmacy = Pharmacy
urgency-self-care = Self-care
urgency-admin = Admin

# What a helper did today (triage and appointments services)
say-triage-request-sent-to = Request sent to { $to }. Reference { $reference }
say-triage-request-being-sent-to = Request being sent (not yet confirmed by the surgery) to { $to }. Reference { $reference }
say-triage-the-gp-surgery = the GP surgery
say-appt-booked-today = Appointment booked: { $what }, { $day } at { $time }, { $place }. Reference { $reference }
say-appt-asked-for-today = Appointment asked for (not yet confirmed by the provider): { $what }, { $day } at { $time }, { $place }. Reference { $reference }

# Throttling, NHS login, dates and requests that could not be sent
say-acct-nhs-login-unavailable = NHS login is not working at the moment. Sign in with your Front Door email address and password, or try again later
say-acct-nhs-login-not-finished = You did not finish signing in with NHS login. Try again
say-acct-nhs-login-did-not-work = Signing in with NHS login did not work. Try again
say-wait-minutes = Wait { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} before you try again
say-acct-too-many-sign-ins = You have tried to sign in too many times. { $wait }
say-acct-too-many-codes = You have tried too many codes. { $wait }
say-acct-too-many-tries = You have tried too many times. { $wait }
say-help-too-many-codes = Too many codes were not right. { $wait }
say-carer-access-ends-by = The date their access ends must be on or before { $date } ({ $months } months from today)
say-triage-your-gp-surgery = your GP surgery
say-triage-cannot-send-no-nhs-number = We cannot send requests to { $name } for you yet, because we need to be sure of your NHS number first. Prove who you are with NHS login: it takes a few minutes and you need photo ID.
say-triage-cannot-send-not-registered = We cannot send requests to { $name } for you, because they do not have a registration that matches your NHS number and date of birth.
say-triage-phone-practice-on = phone { $practice } on { $phone }
say-triage-contact-practice = contact { $practice }
say-triage-practice-closed = { $practice } is not taking online requests just now. Your answers are saved.
say-triage-not-sent-not-registered = We could not find your registration at { $practice }, so we could not send your request. Please { $call }.
say-triage-not-sent-no-nhs-number = We could not send your request to { $practice }, because we need to be sure of your NHS number first. Prove who you are with NHS login, or { $call }.
say-triage-not-sent-try-again = We could not send your request to { $practice } just now. Your answers are saved. Try again in a few minutes, or { $call }. If it gets worse, call 111.

# features/carers/mod.rs
scope-see-their-health-record-summary = See their health record summary (health problems, medicines, allergies, vaccinations and visits)
scope-see-their-test-results-and = See their test results and letters
scope-see-book-change-and-cancel = See, book, change and cancel their appointments
scope-ask-their-gp-surgery-for = Ask their GP surgery for help for them, and see those requests

# features/carers/mod.rs
relation-partner-husband-or-wife = Partner, husband or wife
relation-daughter = Daughter
relation-son = Son
relation-mother = Mother
relation-father = Father
relation-sister = Sister
relation-brother = Brother
relation-grandchild = Grandchild
relation-another-family-member = Another family member
relation-friend = Friend
relation-paid-carer-or-support-worker = Paid carer or support worker
relation-someone-else = Someone else

# features/helpers/mod.rs
helpscope-see-your-health-record-summary = See your health record summary (health problems, medicines, allergies, vaccinations and visits)
helpscope-see-your-test-results-and = See your test results and letters
helpscope-see-book-change-and-cancel = See, book, change and cancel your appointments
helpscope-ask-your-gp-surgery-for = Ask your GP surgery for help, and see those requests
helpmin-15-minutes = 15 minutes
helpmin-30-minutes = 30 minutes
helpmin-1-hour = 1 hour
helpmin-2-hours-the-longest = 2 hours (the longest)

# providers/mod.rs
kind-gp-surgery = GP surgery
kind-hospital = Hospital
kind-community-health-services = Community health services
kind-mental-health-services = Mental health services
kind-adult-social-care = Adult social care
kind-health-and-care-service = Health and care service

# A calendar file's description (appointments/calendar.rs)
say-appt-ics-with = With { $with }.
say-appt-ics-reference = Booking reference { $reference }.
say-appt-ics-change = To change or cancel, use Front Door or contact { $source }.

# Names in a sentence (domain/words.rs)
frame-and-list = { $first } and { $last }

# domain/sources.rs
src-your-gp-surgery = your GP surgery ({ $name })
src-recorded-by-one = Recorded by { $who }
src-recorded-by-many = Recorded by { $first } and by { $last }
src-by-next = { $a }, by { $b }

# platform/security.rs
say-refused-cross-origin = This form was sent from another website, so Front Door refused it. Go to Front Door and try again.
