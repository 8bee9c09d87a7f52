# CODI Workshop: what participants read on their phones (the voting page, the page
# for typing a code, and a table's page for scoring its ministry). Shown in the
# workspace's language, or the one the phone chose.

## The page for typing a code.

phone-landing-title = CODI Workshop: type your code
phone-landing-label = The code on the projector, or on your table's sheet
phone-landing-open = Open
phone-landing-note = Capitals or small letters, both work. No account and no app: your phone keeps only a random number so that it votes once.
phone-not-open = This code is not open. Check the code on the projector, or on your table's sheet.
phone-no-page = There is no page at this address. Type the code instead.

## The voting page.

phone-title = CODI room vote
phone-language = Language
phone-connecting = Connecting…
phone-noscript = This page needs JavaScript to send your vote. Without it, vote with your card: the facilitator counts the cards too.
phone-waiting-title = Waiting for the facilitator
phone-waiting = Waiting for the facilitator.
phone-area = Area { $number } of { $areas }
phone-anonymous = Votes are anonymous: only the counts are kept, and no one sees who chose what.
phone-voted = { $voted ->
    [one] { $voted } phone has voted.
   *[other] { $voted } phones have voted.
}
phone-your-mark = ✔ Your vote
phone-your-vote = Your vote: { $vote }. You can change it until voting closes.
phone-tap = Tap your answer.
phone-result = n = { $n } · median { $median }
phone-result-no-median = n = { $n }
phone-closed = Voting on this area has closed.
phone-closed-yours = Voting on this area has closed. Your vote: { $vote }.
phone-ended-title = This vote has ended
phone-ended = This vote has ended. Thank you. When the facilitator starts the next one, scan the new code on the projector.
phone-lost = The facilitator's laptop is not answering. Keep this page open: it goes on by itself when the laptop is back.
phone-retrying = No connection to the facilitator's laptop. Retrying…
phone-sending = Sending…
phone-not-sent = The vote did not arrive: the laptop is not answering. Tap again in a moment.
phone-too-many-phones = Too many phones from this address have joined this vote. Raise your card instead.
phone-code-not-open = This code is not open. Check the projector or your table's sheet.
phone-too-many-requests = Too many requests or wrong codes from this device. Wait { $seconds } seconds, then try again.
phone-not-joined = This phone has not joined this vote; reload the page.
phone-unreadable = The vote could not be read.
phone-no-area = The vote names no area.
phone-not-an-answer = That is not an answer.
phone-counted = Vote counted.
phone-refused-closed = Voting is closed. Waiting for the facilitator.
phone-refused-not-open = This area is not open for voting any more; the page now shows the open one.
# The round was signed off (validated) after review: it is read-only.
phone-refused-validated = This round has been signed off and takes no more votes.
phone-refused-revealed = Voting on this area has closed: the result is being discussed.
phone-refused-too-fast = Too many votes from this phone; wait a few seconds.
phone-refused-full = The room is full: no more phones can join this vote.
phone-refused-bad-answer = That answer is not on this area's scale.

## A table's page: where a ministry's table types its answers, area by area. The
## page's script fills in the variables itself, after the message is chosen: a select
## on a number would always take its default, so counts are written so that any
## number reads right.

table-title = CODI table scoring
table-areas = Areas
table-noscript = This page needs JavaScript to save your table's answers. Without it, write them on your table's sheet and hand it to the facilitator.
table-area-answered = Area { $number }: { $title } (answered { $answer })
table-area-not-answered = Area { $number }: { $title } (not answered)
table-area-of = Area { $number } of { $total }: { $title }
table-note = From the facilitator: { $note }
table-submitted-note = Your table has submitted its answers. To change one, press Reopen below.
table-validated-note = This round has been signed off after review: its answers can be read but no longer changed.
table-guiding-questions = Guiding questions
table-last-round = Last round: { $answer }
table-your-choice = ✔ Your table's choice
table-rationale = Rationale: why this level?
table-evidence = Evidence: documents, data, examples
table-kept-here = Everything typed here is kept on this device until the facilitator's laptop has it: a reload or a lost connection loses nothing.
# What a device chose when it chose no answer (in table-other-chose and table-choose-again).
table-nothing = nothing
table-other-chose = Another device at your table chose { $theirs } (shown above). You had chosen { $mine }.
table-other-typed = Another device at your table saved the text above while you were typing. Your text, not lost:
table-choose-again = Choose { $answer } again
table-use-mine = Use mine instead
table-add-mine = Add mine below
table-keep-saved = Keep the saved choice
table-drop-mine = Drop mine
table-previous = ◀ Previous
table-next = Next ▶
table-submit = Submit ({ $answered } of { $total })
table-reopen = Reopen
table-merged = Another device at your table saved this area while you typed: their text is shown, yours is kept below it.
table-updated = Updated from another device at your table.
table-both-shown = Another device at your table saved this area too: both versions are shown.
table-status-submitted = Submitted. You can reopen until the facilitator closes table scoring.
table-status-unsaved = { $count } area(s) not on the laptop yet: kept on this device, sending…
table-status-answered = { $answered } of { $total } areas answered. Everything saves by itself.
table-saving = Saving…
table-saved = Saved { $time }
table-not-saved = Not saved: { $message }
table-not-saved-yet = Not saved yet: no connection to the facilitator's laptop. Kept on this device; trying again…
table-lost = The facilitator's laptop is not answering. Keep this page open: your answers are saved on this device and are sent when the laptop is back.
table-kept-until-open = { $count } area(s) are kept on this device and are sent if table scoring opens again.
table-not-submitted = No connection to the facilitator's laptop: not submitted. Try again in a moment.
table-not-reopened = No connection to the facilitator's laptop: not reopened. Try again in a moment.
table-retrying = No connection to the facilitator's laptop. Retrying…

## The table page: the laptop's replies.

table-closed = Table scoring is closed. What your table saved is on the facilitator's laptop; anything not saved stays on this device.
table-refused-closed = Table scoring is not open. Ask the facilitator.
table-refused-code = This table code is not valid (any more). Ask the facilitator for your table's address.
table-refused-area = This area is not in the instrument of this round.
# $why says what was wrong with the text or answer.
table-refused-invalid = Not saved: { $why }
table-refused-submitted = Your table has submitted its answers. Reopen to change one.
# The round was signed off (validated) after review: nothing more is saved. The page keeps what was typed.
table-refused-validated = This round has been signed off and takes no more changes. What you typed stays on this page; ask the facilitator.
table-refused-conflict = Another device at your table saved this area while you were typing.
table-unreadable-save = The save could not be read.
table-unreadable-request = The request could not be read.
table-save-no-area = The save names no area.
table-not-an-answer = That is not an answer.
table-reply-saved = Saved.
table-reply-submitted = Submitted.
table-reply-reopened = Reopened.
